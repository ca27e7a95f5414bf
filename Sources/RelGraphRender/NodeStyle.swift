import RelGraphCore

/// Colours and shapes of nodes and edges. Deterministic: colours depend only on the sorted set of
/// country ids present in the graph.
struct NodeStyle: Equatable {
    var shape: String
    var style: String
    var fillColor: String
    var color: String
    var penWidth: String

    /// One colour family per country: a light tint for people and organisations of that country,
    /// a stronger shade for the country node, a dark outline.
    struct Family: Equatable {
        var light: String
        var strong: String
        var outline: String
    }

    /// Fixed palette, assigned to country ids in sorted order; it wraps around after the last
    /// entry.
    static let palette: [Family] = [
        Family(light: "#cfe2f3", strong: "#6fa8dc", outline: "#1c4587"),  // blue
        Family(light: "#d9ead3", strong: "#93c47d", outline: "#274e13"),  // green
        Family(light: "#f4cccc", strong: "#e06666", outline: "#660000"),  // red
        Family(light: "#fff2cc", strong: "#f1c232", outline: "#7f6000"),  // yellow
        Family(light: "#d9d2e9", strong: "#8e7cc3", outline: "#20124d"),  // purple
        Family(light: "#fce5cd", strong: "#f6b26b", outline: "#783f04"),  // orange
        Family(light: "#d0e0e3", strong: "#76a5af", outline: "#0c343d"),  // teal
        Family(light: "#ead1dc", strong: "#c27ba0", outline: "#4c1130"),  // pink
    ]
    /// For people without a country.
    static let neutral = Family(light: "#eeeeee", strong: "#bdbdbd", outline: "#424242")

    /// The colour family of each country id that occurs in `graph` (as a country node's id or as
    /// a person's or organisation's `country`), in sorted id order.
    static func families(for graph: RelationGraph) -> [String: Family] {
        var ids = Set<String>()
        for node in graph.nodes {
            if node.kind == .country { ids.insert(node.id) }
            if let country = node.country { ids.insert(country) }
        }
        var result: [String: Family] = [:]
        for (i, id) in ids.sorted().enumerated() { result[id] = palette[i % palette.count] }
        return result
    }

    /// The style of `node`, given the graph's `families`.
    static func of(_ node: GraphNode, families: [String: Family]) -> NodeStyle {
        switch node.kind {
        case .person:
            let family = node.country.flatMap { families[$0] } ?? neutral
            return NodeStyle(shape: "ellipse", style: "filled", fillColor: family.light,
                             color: family.outline, penWidth: "1")
        case .country:
            let family = families[node.id] ?? neutral
            return NodeStyle(shape: "box", style: "filled,bold,rounded", fillColor: family.strong,
                             color: family.outline, penWidth: "2")
        case .organisation:
            return NodeStyle(shape: "hexagon", style: "filled", fillColor: "#e0e0e0",
                             color: "#616161", penWidth: "1")
        }
    }
}
