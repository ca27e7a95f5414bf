import RelGraphCore

/// The `id` attributes written into the SVG: `node-<id>` and `edge-<source>-<target>-<kind>`.
///
/// Only ASCII letters, digits and `_` are kept; any other character (`-` included) becomes `_`.
/// Should two node ids map to the same safe form, later ones (in sorted id order) get `_2`, `_3`, …
/// so every safe id is unique and stable. A safe id never contains `-`, so the `-` between the
/// parts of an edge id cannot be confused with one inside a node id: `p` + `q-r` and `p-q` + `r`
/// give different edge ids (edge ids are injective).
enum SVGIdentifiers {
    /// The safe form of a graph node id.
    static func safe(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_": out.unicodeScalars.append(scalar)
            default: out.append("_")
            }
        }
        return out.isEmpty ? "_" : out
    }

    /// Unique safe ids for `nodes`, by index.
    static func nodeIds(_ nodes: [GraphNode]) -> [String] {
        var used = Set<String>()
        return nodes.map { node in
            let base = safe(node.id)
            var candidate = base
            var n = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)_\(n)"
                n += 1
            }
            return candidate
        }
    }

    /// `node-<safe id>`.
    static func node(_ safeId: String) -> String { "node-\(safeId)" }

    /// `edge-<safe source id>-<safe target id>-<kind>` (kind `co_mention` or `affiliation`).
    static func edge(source: String, target: String, kind: EdgeKind) -> String {
        "edge-\(source)-\(target)-\(kind.rawValue)"
    }
}

extension GraphvizRenderer {
    /// The `id` attributes `render` gives the SVG elements of `graph`'s nodes and edges, for pages
    /// that script the drawing: node id → `node-…`, edge key (node ids in the graph's edge order)
    /// → `edge-…`.
    public static func elementIds(_ graph: RelationGraph) -> (nodes: [String: String], edges: [EdgeKey: String]) {
        let safe = SVGIdentifiers.nodeIds(graph.nodes)
        var nodes: [String: String] = [:]
        for (i, n) in graph.nodes.enumerated() { nodes[n.id] = SVGIdentifiers.node(safe[i]) }
        var edges: [EdgeKey: String] = [:]
        for e in graph.edges {
            edges[graph.key(e)] =
                SVGIdentifiers.edge(source: safe[e.source], target: safe[e.target], kind: e.kind)
        }
        return (nodes, edges)
    }
}
