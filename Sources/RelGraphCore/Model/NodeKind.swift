/// The kind of a graph node.
public enum NodeKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case person
    case country
    case organisation

    public static func < (a: NodeKind, b: NodeKind) -> Bool { a.rawValue < b.rawValue }
}
