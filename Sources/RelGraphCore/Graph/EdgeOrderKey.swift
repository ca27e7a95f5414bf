/// An edge's place in the graph's canonical edge order: its ends as node positions (source,
/// target) and its kind, packed in one word as source · 2³² + target · 4 + the kind's rank, so
/// that sorting compares integers (kinds in the order of their raw values: `EdgeKind.rank`).
struct EdgeOrderKey: Hashable, Comparable, Sendable {
    private let raw: UInt64

    /// The largest node position a key holds.
    static let maxNode = 1 << 30 - 1

    init(source: Int, target: Int, kind: EdgeKind) {
        precondition(source >= 0 && target >= 0 && source <= Self.maxNode && target <= Self.maxNode, "EdgeOrderKey: node out of range")
        raw = UInt64(source) << 32 | UInt64(target) << 2 | UInt64(kind.rank)
    }

    var source: Int { Int(raw >> 32) }
    var target: Int { Int(raw >> 2 & 0x3FFF_FFFF) }

    static func < (x: EdgeOrderKey, y: EdgeOrderKey) -> Bool { x.raw < y.raw }
}
