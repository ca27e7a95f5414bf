import RelGraphCore

/// Colours and shapes of nodes. Deterministic and stable across drawings: a country keeps its
/// colour whatever else is in the graph.
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

    /// Fixed palette (see `family(ofCountry:)`).
    static let palette: [Family] = [
        Family(light: "#cfe2f3", strong: "#6fa8dc", outline: "#1c4587"),  // blue
        Family(light: "#d9ead3", strong: "#93c47d", outline: "#274e13"),  // green
        Family(light: "#f4cccc", strong: "#e06666", outline: "#660000"),  // red
        Family(light: "#fff2cc", strong: "#f1c232", outline: "#7f6000"),  // yellow
        Family(light: "#d9d2e9", strong: "#8e7cc3", outline: "#20124d"),  // purple
        Family(light: "#fce5cd", strong: "#f6b26b", outline: "#783f04"),  // orange
        Family(light: "#d0e0e3", strong: "#76a5af", outline: "#0c343d"),  // teal
        Family(light: "#ead1dc", strong: "#c27ba0", outline: "#4c1130"),  // pink
        Family(light: "#e6d5c3", strong: "#a67c52", outline: "#4e342e"),  // brown
        Family(light: "#e6f4c8", strong: "#9ccc65", outline: "#33691e"),  // lime
        Family(light: "#d6d9f2", strong: "#5c6bc0", outline: "#1a237e"),  // indigo
        Family(light: "#f2edd5", strong: "#c9b458", outline: "#5d4e0b"),  // sand
    ]
    /// For people without a country.
    static let neutral = Family(light: "#eeeeee", strong: "#bdbdbd", outline: "#424242")

    /// Palette index of the knowledge base's countries. The twelve most often on one page differ;
    /// the others share a colour with a country rarely drawn beside them (Oman with Israel, Syria
    /// with the UAE, …).
    static let preferred: [String: Int] = [
        "IL": 0, "IR": 1, "QA": 2, "SA": 3, "US": 4, "AE": 5, "TR": 6, "EG": 7, "YE": 8, "IQ": 9, "KW": 10, "BH": 11,
        "OM": 0, "SY": 5, "RU": 2, "GB": 6, "CN": 7, "FR": 8, "DE": 9, "JO": 10, "LB": 11,
    ]

    /// The colour family of a country id: the same in every drawing (the preferred table, else
    /// FNV-1a of the id modulo the palette size).
    static func family(ofCountry id: String) -> Family {
        if let i = preferred[id] { return palette[i] }
        var h: UInt32 = 2_166_136_261
        for b in id.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
        return palette[Int(h % UInt32(palette.count))]
    }

    /// The colour family of each country id that occurs in `graph` (as a country node's id or as
    /// a person's or organisation's `country`).
    static func families(for graph: RelationGraph) -> [String: Family] {
        var result: [String: Family] = [:]
        for node in graph.nodes {
            if node.kind == .country { result[node.id] = family(ofCountry: node.id) }
            if let country = node.country { result[country] = family(ofCountry: country) }
        }
        return result
    }

    /// The family of the community of rank `rank` (1 = the largest): the palette in order, neutral
    /// beyond it (so two communities never share a colour).
    static func family(ofCommunity rank: Int) -> Family {
        rank >= 1 && rank <= palette.count ? palette[rank - 1] : neutral
    }

    /// The colour families by node index: by country, or by community rank (`coloring`).
    static func families(for graph: RelationGraph, coloring: NodeColoring) -> (byCountry: [String: Family], byNode: [Family]?) {
        switch coloring {
        case .country: return (families(for: graph), nil)
        case .community:
            let ranks = CommunityReport.compute(graph).rankByNode(count: graph.nodes.count)
            return ([:], ranks.map(family(ofCommunity:)))
        }
    }

    /// The style of `node`, given the graph's `families` (or the node's own family, `family`).
    static func of(_ node: GraphNode, families: [String: Family], family own: Family? = nil) -> NodeStyle {
        switch node.kind {
        case .person:
            let family = own ?? node.country.flatMap { families[$0] } ?? neutral
            // An official the knowledge base does not know: a dashed outline.
            return NodeStyle(shape: "ellipse", style: node.known ? "filled" : "filled,dashed", fillColor: family.light,
                             color: family.outline, penWidth: "1")
        case .country:
            let family = own ?? families[node.id] ?? neutral
            return NodeStyle(shape: "box", style: "filled,bold,rounded", fillColor: family.strong,
                             color: family.outline, penWidth: "2")
        case .organisation:
            if let own { return NodeStyle(shape: "hexagon", style: "filled", fillColor: own.light, color: own.outline, penWidth: "1") }
            return NodeStyle(shape: "hexagon", style: "filled", fillColor: "#e0e0e0",
                             color: "#616161", penWidth: "1")
        }
    }
}

extension NodeColoring {
    /// The colours `.community` gives the community of rank 1, 2, … in order, then the neutral
    /// family used beyond them (the last element): `light` fills people and organisations,
    /// `strong` countries, `outline` every outline. For pages that recolour a drawing by community
    /// (the report) in the same colours as `render --color-by community`.
    public static var communityFamilies: [(light: String, strong: String, outline: String)] {
        (NodeStyle.palette + [NodeStyle.neutral]).map { ($0.light, $0.strong, $0.outline) }
    }
}
