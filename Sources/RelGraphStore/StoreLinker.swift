import Foundation
import RelGraphCore

/// Links articles one by one for the store: each article goes through the same `Pipeline` as
/// `build` (on one thread, every piece of evidence kept), and its own graph is taken apart into
/// the rows the store keeps (`ArticleLinks`). Reading the store merges those per-article graphs
/// with `SnapshotMerger`, which gives the graph a build of the same articles gives.
public struct StoreLinker: Sendable {
    public let pipeline: Pipeline
    /// Articles linked at once (one per core by default).
    public var threads = ProcessInfo.processInfo.activeProcessorCount
    /// Evidence kept per event of one article: all of it (the read caps it).
    static let keepAll = 1 << 20

    public init(pipeline: Pipeline) {
        var p = pipeline
        p.threads = 1
        p.evidenceCap = Self.keepAll
        p.maxUnresolvedNotes = 50
        self.pipeline = p
    }

    /// What linking finds in each article (same order), on `threads` threads.
    public func links(_ articles: [Article]) -> [ArticleLinks] {
        let n = articles.count
        let workers = max(1, min(threads, n))
        let box = Results(count: n)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var i = w
            while i < n {
                box.set(i, link(articles[i]))
                i += workers
            }
        }
        return box.values.map { $0! }
    }

    /// One article's links.
    public func link(_ article: Article) -> ArticleLinks {
        var mentions: [Mention] = []
        let out = pipeline.run(articles: [article], linked: { mentions = $0.mentions })
        let g = out.graph
        let edges = g.edges.filter { $0.kind != .interaction }.map { EdgeSpec($0, in: g) }
        return ArticleLinks(nodes: g.nodes, events: g.events.filter { $0.via.isEmpty }, edges: edges, mentions: mentions,
                            diagnostics: out.diagnostics)
    }

    /// Results written by index from several threads (each index once).
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [ArticleLinks?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ v: ArticleLinks) {
            lock.lock()
            values[i] = v
            lock.unlock()
        }
    }
}
