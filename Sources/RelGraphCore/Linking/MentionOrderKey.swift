/// A mention's place in the article's mention order: its span (start, then end, as scalar
/// offsets) and its index in the list, packed into two words so that sorting compares integers.
struct MentionOrderKey: Comparable, Sendable {
    /// start · 2³² + end.
    private let span: UInt64
    let index: Int

    init(start: Int, end: Int, index: Int) {
        precondition(start >= 0 && end >= start && end < 1 << 32, "MentionOrderKey: span out of range")
        span = UInt64(start) << 32 | UInt64(end)
        self.index = index
    }

    /// True when both keys have the same start and end.
    func sameSpan(_ other: MentionOrderKey) -> Bool { span == other.span }

    static func < (x: MentionOrderKey, y: MentionOrderKey) -> Bool { x.span != y.span ? x.span < y.span : x.index < y.index }
}
