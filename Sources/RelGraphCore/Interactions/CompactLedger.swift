/// One report of an interaction by one sentence, on `ActorTable` indices: what the detector finds.
/// The ends are in id order (`a` before `b`), as in `InteractionEvent`.
struct SentenceEvent: Sendable {
    var a: Int32
    var b: Int32
    var type: Int32
    var direction: EdgeDirection
    var evidence: Evidence
}

/// The interaction stage's output for one article (`InteractionDetector.detect`): its actors by
/// sentence, and what its sentences report.
struct ArticleInteractions: Sendable {
    var linked: [[InteractionDetector.Linked]]
    var events: [SentenceEvent]
    /// Sentences whose persons or evidence text were cut to the detector's limits.
    var limits = InteractionDetector.LimitCounts()
}

/// An interaction event on indices while a graph is accumulated: (date, a, b, type) is its key;
/// it becomes an `InteractionEvent` (strings) only in the finished graph.
struct CompactEvent: Sendable {
    /// The day as `DayKey` (ordered as the `YYYY-MM-DD` strings are).
    var date: Int32
    var a: Int32
    var b: Int32
    var type: Int32
    var direction: EdgeDirection
    var evidenceCount: Int32
    var evidence: [Evidence]

    @inline(__always)
    func sameKey(_ o: CompactEvent) -> Bool { date == o.date && a == o.a && b == o.b && type == o.type }
}

/// `EventLedger` on indices: reports of the same event (same key) merged, at most `cap` pieces of
/// evidence kept per event (the first by article and offset), all counted. Events are stored once,
/// in insertion order, and found through an open-addressing table of indices. Merging is
/// associative and commutative (direction merge, evidence union, sums), so partial ledgers merge
/// to the same result in any grouping.
struct CompactLedger: Sendable {
    private(set) var events: [CompactEvent] = []
    private var index = SlotIndex()
    let cap: Int

    init(cap: Int) { self.cap = cap }

    var count: Int { events.count }

    /// Adds one article's reports (one per pair, type and sentence; a sentence may report an event
    /// twice, through two trigger words): merged per key first, evidence de-duplicated.
    mutating func add(date: Int32, articleEvents raw: [SentenceEvent]) {
        // An article has few events: equal keys are grouped by sorting (stably), not hashing.
        let order = raw.indices.sorted { i, j in (raw[i].a, raw[i].b, raw[i].type, i) < (raw[j].a, raw[j].b, raw[j].type, j) }
        var k = 0
        while k < order.count {
            let first = raw[order[k]]
            var direction = first.direction
            var evidence = [first.evidence]
            var next = k + 1
            while next < order.count {
                let e = raw[order[next]]
                guard e.a == first.a, e.b == first.b, e.type == first.type else { break }
                direction = direction.merged(with: e.direction)
                if !evidence.contains(e.evidence) { evidence.append(e.evidence) }
                next += 1
            }
            add(CompactEvent(date: date, a: first.a, b: first.b, type: first.type, direction: direction,
                             evidenceCount: Int32(evidence.count), evidence: evidence))
            k = next
        }
    }

    /// Adds an event whose evidence is distinct from what the ledger holds (taken: kept as it
    /// is when new, no copy of its evidence list).
    mutating func add(_ e: consuming CompactEvent) {
        let hash = Self.hash(e)
        let (found, slot) = index.find(hash) { events[$0].sameKey(e) }
        if let i = found {
            events[i].direction = events[i].direction.merged(with: e.direction)
            events[i].evidenceCount += e.evidenceCount
            Evidence.absorb(e.evidence, into: &events[i].evidence, cap: cap)
            return
        }
        if !e.evidence.isSorted() { e.evidence.sort() }
        if e.evidence.count > cap { e.evidence.removeLast(e.evidence.count - cap) }
        events.append(e)
        index.insert(events.count - 1, at: slot, count: events.count) { Self.hash(events[$0]) }
    }

    /// Adds `other`'s events, taking them (`other` is left empty): each is moved out of its list,
    /// not copied, so its evidence list is neither retained nor released (the main thread merges
    /// every batch's ledger this way).
    /// With `remap`, the other's actor indices are mapped first (open-world persons of another
    /// accumulator; the order of an event's two ends, by id, is unchanged).
    mutating func merge(taking other: inout CompactLedger, remap: ((Int32) -> Int32)? = nil) {
        var taken = other.events
        other = CompactLedger(cap: other.cap)
        let placeholder = CompactEvent(date: 0, a: 0, b: 0, type: 0, direction: .none, evidenceCount: 0, evidence: [])
        taken.drain(leaving: placeholder) { e in
            var e = e
            if let remap {
                e.a = remap(e.a)
                e.b = remap(e.b)
            }
            add(e)
        }
    }

    /// Room for `n` events.
    mutating func reserveCapacity(_ n: Int) {
        events.reserveCapacity(n)
        index.reserve(n, count: events.count) { Self.hash(events[$0]) }
    }

    /// All events in insertion order, leaving the ledger empty (its table freed).
    mutating func takeAll() -> [CompactEvent] {
        let all = events
        self = CompactLedger(cap: cap)
        return all
    }

    /// A 64-bit mix of the key (multiply–xorshift, as in SplitMix64's finaliser).
    @inline(__always)
    static func hash(_ e: CompactEvent) -> Int {
        var x = (UInt64(UInt32(bitPattern: e.date)) << 32 | UInt64(UInt32(bitPattern: e.a))) &* 0x9E37_79B9_7F4A_7C15
        x ^= UInt64(UInt32(bitPattern: e.b)) << 32 | UInt64(UInt32(bitPattern: e.type))
        return Int(truncatingIfNeeded: SlotIndex.mix(x))
    }
}
