/// An entry of the graph's event order (`CompactEvents.order`): a direct event, by its index in the
/// accumulated events, or the projection of that event onto the countries of its two actors.
/// Packed in 32 bits as index · 2 + (1 for the projection), so an order of a million events takes
/// 4 MB.
struct EventRef: Hashable, Sendable {
    private let raw: UInt32

    init(event: Int, projection: Bool) {
        precondition(event >= 0 && event < 1 << 31, "EventRef: event index out of range")
        raw = UInt32(event) << 1 | (projection ? 1 : 0)
    }

    /// The index of the direct event.
    var event: Int { Int(raw >> 1) }

    /// True for the projection onto the actors' countries.
    var isProjection: Bool { raw & 1 == 1 }
}

/// The sort key of an event entry: (day, rank of a, rank of b, rank of type) in two words, then
/// its `Via`, and the entry it sorts. Ranks are the positions of the id strings in string order
/// (`ActorTable`), so comparing keys compares the events' key strings. Every part of the order is
/// in the key, so sorting compares plain integers.
struct EventSortKey: Comparable, Sendable {
    /// day · 2³² + rank(a), rank(b) · 2³² + rank(type).
    let high: UInt64
    let low: UInt64
    let via: Via
    let ref: EventRef

    /// The `via` of an entry as a comparable value: none (a direct event) sorts first, then the
    /// projections by the ranks of the two actors they come from.
    struct Via: Comparable, Sendable {
        fileprivate let raw: UInt64

        static let direct = Via(raw: 0)

        init(rankA: Int32, rankB: Int32) { raw = UInt64(rankA + 1) << 32 | UInt64(rankB + 1) }

        private init(raw: UInt64) { self.raw = raw }

        static func < (x: Via, y: Via) -> Bool { x.raw < y.raw }
    }

    init(day: Int32, a: Int32, b: Int32, type: Int32, via: Via, ref: EventRef) {
        @inline(__always) func word(_ x: Int32) -> UInt64 { UInt64(UInt32(bitPattern: x)) }
        high = word(day) << 32 | word(a)
        low = word(b) << 32 | word(type)
        self.via = via
        self.ref = ref
    }

    /// By (day, a, b, type, via); the entry itself does not take part (the sort is stable).
    @inline(__always)
    static func < (x: EventSortKey, y: EventSortKey) -> Bool {
        if x.high != y.high { return x.high < y.high }
        if x.low != y.low { return x.low < y.low }
        return x.via.raw < y.via.raw
    }

    static func == (x: EventSortKey, y: EventSortKey) -> Bool { x.high == y.high && x.low == y.low && x.via.raw == y.via.raw }
}
