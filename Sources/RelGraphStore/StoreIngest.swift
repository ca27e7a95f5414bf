import Foundation
import RelGraphCore

/// `add`: reads inputs as a stream, links the new articles of each batch and adds the batch to the
/// store in one transaction. Articles whose content is already stored are not linked again.
public struct StoreIngest {
    public let linker: StoreLinker
    public let settings: LinkSettings
    /// Articles per transaction: what a killed run can lose (at most the batch in progress).
    public var batchSize = 2000
    /// The smallest part the last batch is cut into.
    static let lastPart = 128

    public init(linker: StoreLinker, settings: LinkSettings) {
        self.linker = linker
        self.settings = settings
    }

    public struct Result: Sendable {
        public var counts = AddCounts()
        public var articlesRead = 0
        public var bytesRead = 0
        public var filesRead = 0
        public var diagnostics: [Diagnostic] = []
        public var problemCount = 0
    }

    /// Adds the articles of `paths`; `progress` gets (articles, bytes) after each committed batch.
    public func add(paths: [String], to store: ArticleStore, maxDiagnostics: Int = 1000,
                    progress: ((Int, Int) -> Void)? = nil) throws -> Result {
        let pipeline = linker.pipeline
        let reader = pipeline.reader
        var stream = RecordStream(paths: paths, maxRecordBytes: pipeline.maxArticleBytes, maxDiagnostics: maxDiagnostics,
                                  followLinks: pipeline.followLinks)
        var log = DiagnosticLog(limit: maxDiagnostics)
        var result = Result()
        var files = Set<String>()
        var batch: [Article] = []
        // Linking of the next batch runs on other threads while this one writes the last.
        var pending: BackgroundLinks?
        func commit(_ p: BackgroundLinks) throws {
            let (articles, fresh, links) = p.wait()
            var counts = try store.add(zip(fresh, links).map { StoredArticle(article: $0.article, hash: $0.hash, links: $1) }, linkedWith: settings)
            counts.duplicates += articles - fresh.count
            result.counts = result.counts + counts
            progress?(result.articlesRead, result.bytesRead)
        }
        func flush(_ part: ArraySlice<Article>) throws {
            guard !part.isEmpty else { return }
            let hashes = part.map { ContentHash($0.text) }
            let known = try store.knownHashes(hashes)
            let fresh = zip(part, hashes).filter { !known.contains($0.1) }.map { (article: $0.0, hash: $0.1) }
            let next = BackgroundLinks(linker: linker, articles: part.count, fresh: fresh)
            if let p = pending { try commit(p) }
            pending = next
        }
        while let r = stream.next() {
            // A full batch goes when more input follows: the last one is cut in parts below.
            if batch.count >= batchSize {
                try flush(batch[...])
                batch.removeAll(keepingCapacity: true)
            }
            let d = reader.decode(r)
            log.append(contentsOf: d.diagnostics)
            files.insert(r.path)
            result.bytesRead += r.size
            result.articlesRead += d.articles.count
            batch += d.articles
        }
        // The last batch in parts of half what is left (down to `lastPart` articles), each its own
        // transaction: writing a part overlaps linking the next, so that little is left to write
        // once linking ends.
        var rest = batch[...]
        while !rest.isEmpty {
            let n = rest.count <= Self.lastPart ? rest.count : rest.count / 2
            try flush(rest.prefix(n))
            rest = rest.dropFirst(n)
        }
        if let p = pending { try commit(p) }
        result.filesRead = files.count
        var all = stream.log.kept + log.kept
        let omitted = stream.log.omitted + log.omitted
        if omitted > 0 { all.append(DiagnosticLog.moreNote(omitted: omitted, limit: log.limit)) }
        result.diagnostics = all
        result.problemCount = stream.log.problems + log.problems
        return result
    }
}

/// One batch being linked on a background thread (`StoreLinker.links`), waited for by `wait`.
/// (A batch's articles are known to be new only against the store as it was before the batch
/// ahead of it was written; `add` checks each again in its transaction.)
final class BackgroundLinks: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let articles: Int
    private let fresh: [(article: Article, hash: ContentHash)]
    private var links: [ArticleLinks] = []

    init(linker: StoreLinker, articles: Int, fresh: [(article: Article, hash: ContentHash)]) {
        self.articles = articles
        self.fresh = fresh
        Thread.detachNewThread { [self] in
            links = linker.links(fresh.map(\.article))
            done.signal()
        }
    }

    func wait() -> (Int, [(article: Article, hash: ContentHash)], [ArticleLinks]) {
        done.wait()
        return (articles, fresh, links)
    }
}

/// The identity of a knowledge base: the `ContentHash` of its YAML files' bytes (the default files,
/// in name order, then the overlays in the order given), recorded with each article so that a
/// store tells which knowledge base linked what.
public enum KnowledgeFingerprint {
    public static func of(overlays: [URL]) -> String {
        var files: [URL] = []
        if let dir = KnowledgeLoader.defaultDirectory(),
           let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) {
            files = e.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
                .sorted { $0.path < $1.path }
        }
        var text = ""
        for f in files + overlays {
            text += f.lastPathComponent + "\n"
            text += (try? String(contentsOf: f, encoding: .utf8)) ?? ""
        }
        return ContentHash(text).hex
    }
}
