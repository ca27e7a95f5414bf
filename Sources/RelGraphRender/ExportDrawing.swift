import RelGraphCore

/// The drawing an export carries (GEXF's `viz:` elements): node colours and sizes as `render`
/// draws them with the same options, edge colours by polarity, and node positions from Graphviz's
/// layout (the `plain` output, inches turned into points, y up as in Gephi).
public enum ExportDrawing {
    /// Points per size unit: a node `width` inches wide gets `viz:size` width × 18 (uniform nodes: 13.5).
    static let sizePerInch = 18.0

    /// - Parameter layOut: run the layout for positions; without it the drawing has none.
    public static func compute(_ graph: RelationGraph, options: RenderOptions = RenderOptions(), layOut: Bool) throws(GraphvizError) -> NodeAnnotations.Drawing {
        let (families, byNode) = NodeStyle.families(for: graph, coloring: options.colorBy)
        let colors = graph.nodes.enumerated().map { i, n in NodeStyle.of(n, families: families, family: byNode?[i]).fillColor }
        let sizing = NodeSizing(graph: graph, measure: options.sizeBy)
        let sizes = graph.nodes.indices.map { sizing.width($0) * sizePerInch }
        let edgeColors = graph.edges.map { $0.kind == .interaction ? EdgeStyle.color($0.polarity) : "#9e9e9e" }
        var positions: [NodeAnnotations.Position]?
        if layOut && !graph.nodes.isEmpty {
            let engine = options.layout.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count).rawValue
            let plain = try GraphvizRenderer.render(graph, options: options, engine: engine, format: "plain")
            positions = Self.positions(plain: String(decoding: plain, as: UTF8.self), names: SVGIdentifiers.nodeIds(graph.nodes))
        }
        return NodeAnnotations.Drawing(nodeColors: colors, nodeSizes: sizes, positions: positions, edgeColors: edgeColors)
    }

    /// Node centres from Graphviz's `plain` output (`node NAME X Y …`, inches), in points, by
    /// the index of `names` (the nodes' Graphviz names); a node not found is at the origin.
    static func positions(plain: String, names: [String]) -> [NodeAnnotations.Position] {
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() { index[n] = i }
        var out = [NodeAnnotations.Position](repeating: NodeAnnotations.Position(x: 0, y: 0), count: names.count)
        for line in plain.split(separator: "\n") where line.hasPrefix("node ") {
            var rest = line.dropFirst(5)
            let name: Substring
            if rest.first == "\"" {
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: "\"") else { continue }
                name = rest[..<close]
                rest = rest[rest.index(after: close)...]
            } else {
                guard let space = rest.firstIndex(of: " ") else { continue }
                name = rest[..<space]
                rest = rest[space...]
            }
            let numbers = rest.split(separator: " ").prefix(2).compactMap { Double($0) }
            guard numbers.count == 2, let i = index[String(name)] else { continue }
            out[i] = NodeAnnotations.Position(x: (numbers[0] * 72 * 100).rounded() / 100, y: (numbers[1] * 72 * 100).rounded() / 100)
        }
        return out
    }
}
