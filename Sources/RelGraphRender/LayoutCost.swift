/// What a layout will cost on a graph of a given size, said before `gvLayout` starts (it cannot
/// be cancelled, and gives no sign of life): `dot` grows badly with size (17 s for 300 nodes / 600
/// edges, more than 15 minutes for 1,000 / 3,000), the spring engines with the node count, and
/// every engine writes about 1.7 KB of SVG per edge (99 MB, and 1.1 GB of memory, for 59,000).
public enum LayoutCost {
    /// Beyond these sizes a layout takes minutes (measured on this project's graphs).
    public static let dotNodes = 300, dotEdges = 1_000
    public static let springNodes = 3_000
    public static let circoNodes = 2_000
    /// Beyond this many edges the output is tens of megabytes, whatever the engine.
    public static let largeEdges = 20_000

    /// A warning for `layout` (resolved as `auto` resolves it) on `nodes` nodes and `edges` edges,
    /// nil when the graph is within what the layout handles in reasonable time.
    public static func warning(layout: Layout, nodes: Int, edges: Int) -> String? {
        let engine = layout.resolved(nodeCount: nodes, edgeCount: edges)
        var problems: [String] = []
        switch engine {
        case .dot where nodes > dotNodes || edges > dotEdges:
            problems.append("the dot layout of \(nodes) nodes and \(edges) edges can run for many minutes (neato or sfdp are faster)")
        case .neato where nodes > springNodes, .fdp where nodes > springNodes:
            problems.append("the \(engine.rawValue) layout of \(nodes) nodes can run for minutes (sfdp is faster)")
        case .circo where nodes > circoNodes:
            problems.append("the circo layout of \(nodes) nodes can run for minutes (sfdp is faster)")
        default: break
        }
        if edges > largeEdges {
            problems.append("\(edges) edges make a drawing of about \(edges * 17 / 10_000) MB that no viewer shows legibly")
        }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }
}
