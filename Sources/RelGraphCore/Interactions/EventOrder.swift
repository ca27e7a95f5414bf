/// Sorts events by key (date, a, b, type, via) fast: each distinct string gets its rank among the
/// strings of its field, and events are ordered by packed integer ranks (no string comparison or
/// struct copies inside the sort). Keys of a ledger are unique, so the order is the same as
/// sorting with `InteractionEvent.keyPrecedes`; inputs it cannot pack (a `via` that is not empty or
/// a pair, too many distinct values) are sorted with that comparator instead.
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
        var dates = Set<String>(), ids = Set<String>(), types = Set<String>()
        for e in events {
            guard e.via.isEmpty || e.via.count == 2 else { return nil }
            dates.insert(e.date)
            ids.insert(e.a)
            ids.insert(e.b)
            types.insert(e.type)
            for v in e.via { ids.insert(v) }
        }
        // Ranks: dates 20 bits, ids 16 bits each (a, b, two via), types 12 bits.
        guard dates.count < 1 << 20, ids.count < (1 << 16) - 1, types.count < 1 << 12, events.count < Int(Int32.max) else { return nil }
        let dateRank = rank(dates), idRank = rank(ids), typeRank = rank(types)
        var keys: [(hi: UInt64, lo: UInt32, index: Int32)] = []
        keys.reserveCapacity(events.count)
        for (i, e) in events.enumerated() {
            let hi = UInt64(dateRank[e.date]!) << 44 | UInt64(idRank[e.a]!) << 28 | UInt64(idRank[e.b]!) << 12 | UInt64(typeRank[e.type]!)
            // An empty via sorts before any pair; a pair by its two ids.
            let lo: UInt32 = e.via.isEmpty ? 0 : UInt32(idRank[e.via[0]]! + 1) << 16 | UInt32(idRank[e.via[1]]!)
            keys.append((hi, lo, Int32(i)))
        }
        keys.sort { ($0.hi, $0.lo) < ($1.hi, $1.lo) }
        return keys.map(\.index)
    }

    /// Each string's position among the sorted strings.
    static func rank(_ values: Set<String>) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(values.count)
        for (i, v) in values.sorted().enumerated() { out[v] = i }
        return out
    }
}
