import Foundation

/// The whole flow in one call: read articles → link → build the graph. Used by the CLI and tests.
public struct Pipeline: Sendable {
    public let kb: KnowledgeBase
    public let linker: Linker
    public let asOf: Day

    public init(kb: KnowledgeBase, asOf: Day) {
        self.kb = kb
        self.linker = Linker(kb: kb)
        self.asOf = asOf
    }

    public struct Output: Sendable {
        public var graph: RelationGraph
        public var linked: [LinkedArticle]
        public var diagnostics: [Diagnostic]
        public var filesRead: Int
    }

    /// Reads, links and builds. Articles are linked in input order; the graph is canonical anyway.
    /// `since`/`until` (inclusive) keep only articles dated in the window.
    public func run(paths: [String], since: Day? = nil, until: Day? = nil) -> Output {
        let read = ArticleReader(asOf: asOf).read(paths: paths)
        let kept = read.articles.filter { a in (since.map { a.date >= $0 } ?? true) && (until.map { a.date <= $0 } ?? true) }
        return run(articles: kept, diagnostics: read.diagnostics, filesRead: read.filesRead)
    }

    public func run(articles: [Article], diagnostics: [Diagnostic] = [], filesRead: Int = 0) -> Output {
        var diags = diagnostics
        var seen = Set<String>()
        var linked: [LinkedArticle] = []
        for a in articles {
            if !seen.insert(a.id).inserted {
                diags.append(Diagnostic(.warning, a.origin, "duplicate-id", "article id '\(a.id)' appears twice; both are used"))
            }
            let la = linker.link(a)
            for m in la.mentions where m.resolution == .unresolved && (m.kind == .title || m.kind == .person) {
                diags.append(Diagnostic(.note, a.origin, "unresolved", "«\(m.surface)» at offset \(m.start): \(m.note ?? "not linked")"))
            }
            linked.append(la)
        }
        return Output(graph: GraphBuilder(kb: kb).build(linked), linked: linked, diagnostics: diags, filesRead: filesRead)
    }
}
