import Foundation
import RelGraphCore
import RelGraphStore

/// A store given where articles or a snapshot are read: one SQLite file written by `relgraph add`.
enum StoreInput {
    /// True when `path` is an existing SQLite file (its first 16 bytes say so).
    static func isStore(_ path: String) -> Bool { SQLiteStore.isSQLite(path) }

    /// The one store among `paths`, nil when there is none; a store mixed with other inputs is an error.
    static func open(_ paths: [String]) throws -> SQLiteStore? {
        guard let s = paths.first(where: isStore) else { return nil }
        guard paths.count == 1 else { throw CLIError(message: "give either one store or other inputs, not both (\(s) is a store)") }
        return try SQLiteStore(path: s)
    }

    /// The graph of the store among `paths` over `window`, nil when the inputs are not a store.
    static func graph(from paths: [String], window: DayWindow = .all, evidenceCap: Int = 10) throws -> (RelationGraph, Int)? {
        guard let store = try open(paths) else { return nil }
        let g = try store.graph(in: window, evidenceCap: evidenceCap)
        return (g.graph, g.articles)
    }

    /// A pipeline output for a graph read from a store (no input diagnostics: they were shown by `add`).
    static func output(_ graph: RelationGraph, articles: Int) -> Pipeline.Output {
        Pipeline.Output(graph: graph, linked: [], diagnostics: [], filesRead: 1, articlesRead: articles, bytesRead: 0)
    }

    /// The store's record of how its articles were linked: the knowledge base and these options.
    static func settings(_ input: InputOptions, knowledge: KnowledgeOptions) -> LinkSettings {
        let options = "on-invalid=\(input.onInvalid.rawValue);max-article-bytes=\(input.maxArticleBytes);as-of=\(input.day())"
        return LinkSettings(kb: KnowledgeFingerprint.of(overlays: knowledge.knowledgeBases.map { URL(fileURLWithPath: $0) }), options: options)
    }
}
