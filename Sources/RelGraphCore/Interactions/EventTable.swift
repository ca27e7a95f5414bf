/// Events stored once, in insertion order, and found by key through an open-addressing table of
/// indices (a `Dictionary` keyed by `InteractionEvent.Key` would store every key a second time and
/// keep a quarter of its slots empty: about twice the memory for the 100,000s of events of a large
/// corpus).
struct EventTable: Sendable {
    private(set) var events: [InteractionEvent] = []
    /// Key hash of each event.
    private var hashes: [Int] = []
    private var index = SlotIndex()

    var count: Int { events.count }

    /// The index of the event with `e`'s key, if any.
    func index(of e: InteractionEvent, hash: Int) -> Int? {
        index.find(hash) { hashes[$0] == hash && Self.sameKey(events[$0], e) }.entry
    }

    /// Adds an event whose key is not in the table.
    mutating func append(_ e: InteractionEvent, hash: Int) {
        let slot = index.find(hash) { _ in false }.slot
        events.append(e)
        hashes.append(hash)
        index.insert(events.count - 1, at: slot, count: events.count) { hashes[$0] }
    }

    /// Mutable access to the event at `i`.
    subscript(i: Int) -> InteractionEvent {
        get { events[i] }
        _modify { yield &events[i] }
    }

    static func hash(_ e: InteractionEvent) -> Int {
        var h = Hasher()
        h.combine(e.a)
        h.combine(e.b)
        h.combine(e.type)
        h.combine(e.date)
        h.combine(e.via)
        return h.finalize()
    }

    static func sameKey(_ x: InteractionEvent, _ y: InteractionEvent) -> Bool {
        x.a == y.a && x.b == y.b && x.type == y.type && x.date == y.date && x.via == y.via
    }
}
