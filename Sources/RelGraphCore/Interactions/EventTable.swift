/// Events stored once, in insertion order, and found by key through an open-addressing table of
/// indices (a `Dictionary` keyed by `InteractionEvent.Key` would store every key a second time and
/// keep a quarter of its slots empty: about twice the memory for the 100,000s of events of a large
/// corpus).
struct EventTable: Sendable {
    private(set) var events: [InteractionEvent] = []
    /// Key hash of each event.
    private var hashes: [Int] = []
    /// Indices into `events`, −1 when empty (load ≤ 1/2).
    private var slots = [Int32](repeating: -1, count: 16)

    var count: Int { events.count }

    mutating func reserveCapacity(_ n: Int) {
        events.reserveCapacity(n)
        hashes.reserveCapacity(n)
        var size = slots.count
        while size < 2 * n { size *= 2 }
        if size > slots.count { rehash(size) }
    }

    /// The index of the event with `e`'s key, if any.
    func index(of e: InteractionEvent, hash: Int) -> Int? {
        let mask = slots.count - 1
        var h = hash & mask
        while true {
            let s = slots[h]
            if s < 0 { return nil }
            if hashes[Int(s)] == hash && Self.sameKey(events[Int(s)], e) { return Int(s) }
            h = (h + 1) & mask
        }
    }

    /// Adds an event whose key is not in the table.
    mutating func append(_ e: InteractionEvent, hash: Int) {
        if 2 * (events.count + 1) > slots.count { rehash(slots.count * 2) }
        events.append(e)
        hashes.append(hash)
        place(Int32(events.count - 1), hash)
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

    private mutating func place(_ i: Int32, _ hash: Int) {
        let mask = slots.count - 1
        var h = hash & mask
        while slots[h] >= 0 { h = (h + 1) & mask }
        slots[h] = i
    }

    private mutating func rehash(_ size: Int) {
        slots = [Int32](repeating: -1, count: size)
        for i in events.indices { place(Int32(i), hashes[i]) }
    }
}
