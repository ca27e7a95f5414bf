/// Sorts events by key (date, a, b, type, via) fast: each distinct string gets its rank among all
/// the key strings, and events are ordered by packed integer ranks (no string comparison or struct
/// copies inside the sort). Keys of a ledger are unique, so the order is the same as sorting with
/// `InteractionEvent.keyPrecedes`; inputs it cannot pack (a `via` that is not empty or a pair,
/// non-ASCII strings, too many distinct strings) are sorted with that comparator instead.
enum EventOrder {
    static func sorted(_ events: some Collection<InteractionEvent>) -> [InteractionEvent] {
        let n = events.count
        guard n > 1 else { return Array(events) }
        // One copy out of the collection; then the events are moved (not copied) into place.
        let source = UnsafeMutableBufferPointer<InteractionEvent>.allocate(capacity: n)
        defer { source.deallocate() }
        _ = source.initialize(fromContentsOf: events)
        guard let order = packedOrder(source) else {
            let all = Array(source)
            source.deinitialize()
            return all.sorted(by: InteractionEvent.keyPrecedes)
        }
        return [InteractionEvent](unsafeUninitializedCapacity: n) { buffer, count in
            for (k, i) in order.enumerated() { (buffer.baseAddress! + k).initialize(to: (source.baseAddress! + Int(i)).move()) }
            count = n
        }
    }

    /// Indices of `events` in key order, or nil when the keys do not pack into 96 bits.
    static func packedOrder(_ events: UnsafeMutableBufferPointer<InteractionEvent>) -> [Int32]? {
        // Every string of the keys interned (byte hashing), then ranked: one rank order for all
        // fields, so comparing ranks compares the strings.
        var strings = KeyVocabulary()
        var ids: [(date: Int32, a: Int32, b: Int32, type: Int32, via0: Int32, via1: Int32)] = []
        ids.reserveCapacity(events.count)
        for e in events {
            guard e.via.isEmpty || e.via.count == 2 else { return nil }
            let via = e.via.isEmpty ? (Int32(-1), Int32(-1)) : (strings.intern(e.via[0]), strings.intern(e.via[1]))
            ids.append((strings.intern(e.date), strings.intern(e.a), strings.intern(e.b), strings.intern(e.type), via.0, via.1))
        }
        guard strings.count < (1 << 16) - 1, events.count < Int(Int32.max), strings.isASCII else { return nil }
        let byString = (0..<Int32(strings.count)).map { strings.key($0) }
        let sortedIds = byString.indices.sorted { byString[$0] < byString[$1] }
        var rank = [UInt64](repeating: 0, count: strings.count)
        for (r, id) in sortedIds.enumerated() { rank[id] = UInt64(r) }
        var keys: [(hi: UInt64, lo: UInt32, index: Int32)] = []
        keys.reserveCapacity(events.count)
        for (i, k) in ids.enumerated() {
            let hi = rank[Int(k.date)] << 48 | rank[Int(k.a)] << 32 | rank[Int(k.b)] << 16 | rank[Int(k.type)]
            // An empty via sorts before any pair; a pair by its two ids.
            let lo: UInt32 = k.via0 < 0 ? 0 : UInt32(rank[Int(k.via0)] + 1) << 16 | UInt32(rank[Int(k.via1)])
            keys.append((hi, lo, Int32(i)))
        }
        keys.sort { ($0.hi, $0.lo) < ($1.hi, $1.lo) }
        return keys.map(\.index)
    }
}
