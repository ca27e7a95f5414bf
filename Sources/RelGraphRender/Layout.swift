/// A Graphviz layout engine, or `auto` to choose one from the graph's size.
public enum Layout: String, Sendable, Hashable, CaseIterable, Codable {
    /// `dot` for small graphs, `neato` for medium ones, `sfdp` for large ones: see `automatic(nodeCount:)`.
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
    /// Largest node count for which `auto` chooses `neato` (3.2 s for 1,000 / 3,000 here);
    /// above it `auto` chooses `sfdp` (0.5 s for 2,000 / 6,000; 3.9 s for 10,000 / 30,000).
    public static let neatoNodeLimit = 800

    /// The engine `auto` uses for a graph of `nodeCount` nodes: `dot` up to `dotNodeLimit` (60)
    /// nodes, `neato` up to `neatoNodeLimit` (800), `sfdp` beyond. Never returns `auto`.
    public static func automatic(nodeCount: Int) -> Layout {
        if nodeCount <= dotNodeLimit { return .dot }
        if nodeCount <= neatoNodeLimit { return .neato }
        return .sfdp
    }

    /// This layout with `auto` resolved for a graph of `nodeCount` nodes.
    public func resolved(nodeCount: Int) -> Layout {
        self == .auto ? Layout.automatic(nodeCount: nodeCount) : self
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
