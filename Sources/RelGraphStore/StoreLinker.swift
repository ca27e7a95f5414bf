import Foundation
import RelGraphCore

/// Links articles for the store in batches, with the same parallel `Pipeline` as `build`
/// (`Pipeline.parts(of:)`: batches of articles on every core), keeping every piece of evidence;
/// each article comes back taken apart into the rows the store keeps (`ArticleLinks`). Reading
/// the store merges those parts with `SnapshotMerger`, which gives the graph a build of the same
/// articles gives.
public struct StoreLinker: Sendable {
    public let pipeline: Pipeline
    /// Evidence kept per event of one article: all of it (the read caps it).
    static let keepAll = 1 << 20

    public init(pipeline: Pipeline) {
        var p = pipeline
        p.evidenceCap = Self.keepAll
        // The notes are not stored (`relgraph link STORE --unresolved` lists the unresolved mentions).
        p.maxUnresolvedNotes = 0
        self.pipeline = p
    }

    /// What linking finds in each article (same order).
    public func links(_ articles: [Article]) -> [ArticleLinks] {
        pipeline.parts(of: articles).map { ArticleLinks(nodes: $0.graph.nodes, events: $0.graph.events, edges: $0.graph.edges, mentions: $0.mentions) }
    }
}
