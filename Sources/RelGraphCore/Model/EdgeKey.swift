/// The identity of a graph edge outside the graph: its two node ids, in the graph's edge order
/// (source, target), and its kind. Used to find an edge of one graph in another (a diff, a
/// drawing, a report) without building strings.
public struct EdgeKey: Hashable, Comparable, Sendable {
    public var source: String
    public var target: String
    public var kind: EdgeKind

    public init(source: String, target: String, kind: EdgeKind) {
        self.source = source
        self.target = target
        self.kind = kind
    }

    /// By source, target, then kind.
    public static func < (x: EdgeKey, y: EdgeKey) -> Bool {
        if x.source != y.source { return x.source < y.source }
        if x.target != y.target { return x.target < y.target }
        return x.kind < y.kind
    }
}
