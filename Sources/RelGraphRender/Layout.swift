/// A Graphviz layout engine, or `auto` to choose one from the graph's size.
public enum Layout: String, Sendable, Hashable, CaseIterable, Codable {
    /// `dot` for small sparse graphs, `neato` for medium or dense ones, `sfdp` for large ones: see
    /// `automatic(nodeCount:edgeCount:)`.
    case auto
    /// Hierarchical layers. Good up to a few dozen nodes; very slow on large dense graphs.
    case dot
    /// Spring model (stress majorisation). Good up to several hundred nodes.
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed: the only engine that stays fast on thousands of nodes.
    case sfdp
    /// Circular layout.
    case circo

    /// Largest node count for which `auto` chooses `dot`.
    ///
    /// `dot` is the most readable engine for small graphs, but its crossing minimisation grows
    /// badly with size and density (17 s for 300 random nodes / 600 edges here; more than 15
    /// minutes for 1,000 / 3,000) and `gvLayout` cannot be cancelled.
    public static let dotNodeLimit = 60
    /// Largest edge count for which `auto` chooses `dot`: a few nodes with many edges are as bad
    /// for it as many nodes, because every edge spanning ranks becomes a chain of virtual nodes
    /// for its ordering and network-simplex passes (48 random nodes: 0.08 s with 150 edges, 0.36 s
    /// with 300, 7.4 s with 600; `neato` lays out the 600 in 0.1 s).
    public static let dotEdgeLimit = 200
    /// Largest node count for which `auto` chooses `neato` (3.2 s for 1,000 / 3,000 here);
    /// above it `auto` chooses `sfdp` (0.5 s for 2,000 / 6,000; 3.9 s for 10,000 / 30,000).
    public static let neatoNodeLimit = 800

    /// The engine `auto` uses for a graph of `nodeCount` nodes and `edgeCount` edges: `dot` up to
    /// `dotNodeLimit` (60) nodes and `dotEdgeLimit` (200) edges, else `neato` up to
    /// `neatoNodeLimit` (800) nodes, `sfdp` beyond. Never returns `auto`.
    public static func automatic(nodeCount: Int, edgeCount: Int) -> Layout {
        if nodeCount <= dotNodeLimit && edgeCount <= dotEdgeLimit { return .dot }
        if nodeCount <= neatoNodeLimit { return .neato }
        return .sfdp
    }

    /// This layout with `auto` resolved for a graph of `nodeCount` nodes and `edgeCount` edges.
    public func resolved(nodeCount: Int, edgeCount: Int) -> Layout {
        self == .auto ? Layout.automatic(nodeCount: nodeCount, edgeCount: edgeCount) : self
    }

    /// Parses a user-supplied name (case-insensitive), e.g. a command-line value.
    /// - Throws: `GraphvizError.unknownLayout` listing the valid names.
    public init(parsing name: String) throws(GraphvizError) {
        guard let layout = Layout(rawValue: name.lowercased()) else {
            throw .unknownLayout(name: name, message: "")
        }
        self = layout
    }
}
