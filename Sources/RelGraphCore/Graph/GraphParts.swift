/// A graph's share from some articles, taken apart (`GraphBuilder.parts`): what
/// `SnapshotMerger.add(nodes:events:edges:articles:)` merges. The store keeps one per article
/// and merges those of a window back into the graph a build of the window's articles gives.
public struct GraphParts: Sendable {
    /// Sorted by id.
    public var nodes: [GraphNode]
    /// Direct events (no country projections) in key order, with all the evidence kept.
    public var events: [InteractionEvent]
    /// Co-mention (source < target) and affiliation edges, by `EdgeKey`.
    public var edges: [EdgeSpec]

    public init(nodes: [GraphNode], events: [InteractionEvent], edges: [EdgeSpec]) {
        self.nodes = nodes
        self.events = events
        self.edges = edges
    }
}
