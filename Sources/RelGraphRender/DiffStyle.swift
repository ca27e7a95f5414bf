import RelGraphCore

/// Styles of a diff drawing. Later attributes override earlier ones for the same name (cgraph
/// keeps the last value set), so these are appended after the normal style.
///
/// Nodes: added — green outline, thick; removed — red dashed outline, faded fill; unchanged — as
/// usual. Edges: added — green; removed — red dashed; strengthened — blue, width by the new weight;
/// weakened — orange dashed; changed (types or polarity) — purple; unchanged — light grey.
enum DiffStyle {
    static func color(_ s: ChangeStatus) -> String {
        switch s {
        case .added: return "#2e7d32"
        case .removed: return "#c62828"
        case .strengthened: return "#1565c0"
        case .weakened: return "#ef6c00"
        case .changed: return "#6a1b9a"
        case .unchanged: return "#bdbdbd"
        }
    }

    static func node(_ s: ChangeStatus, _ node: GraphNode) -> [Attribute] {
        let base = node.kind == .country ? "filled,bold,rounded" : "filled"
        switch s {
        case .added: return [Attribute("color", color(s)), Attribute("penwidth", "3"), Attribute("class", "\(node.kind.rawValue) added")]
        case .removed: return [Attribute("color", color(s)), Attribute("penwidth", "2"), Attribute("style", base + ",dashed"),
                               Attribute("fontcolor", "#757575"), Attribute("class", "\(node.kind.rawValue) removed")]
        default: return [Attribute("class", "\(node.kind.rawValue) unchanged")]
        }
    }

    static func edge(_ s: ChangeStatus, _ edge: GraphEdge) -> [Attribute] {
        var a = [Attribute("color", color(s)), Attribute("class", "\(edge.kind.rawValue) \(s.rawValue)")]
        switch s {
        case .removed, .weakened: a.append(Attribute("style", "dashed"))
        case .unchanged: a.append(Attribute("penwidth", "1"))
        default: a.append(Attribute("style", edge.kind == .coMention ? "dotted" : "solid"))
        }
        return a
    }
}
