/// The events of a graph in key order (date, a, b, type, via): a random-access collection of
/// `InteractionEvent`s.
///
/// A graph built from articles (`GraphBuilder`) keeps its events on indices: the accumulated
/// `CompactEvent`s (32 bytes each, evidence included by reference) and one 4-byte entry per event
/// in key order, a direct event or the country projection of one. Each `InteractionEvent`
/// (104 bytes, with strings and a `via` array) is made when it is read: on a 1 GB corpus (780,000
/// events) the run's peak fell from 328 to 262 MB. A graph read from a snapshot or built in code
/// holds the events as given (an array).
public struct EventList: RandomAccessCollection, Sendable, Equatable {
    enum Storage: Sendable {
        case array([InteractionEvent])
        case compact(CompactEvents)
    }

    let storage: Storage

    /// Events already in key order.
    public init(_ events: [InteractionEvent]) { storage = .array(events) }

    init(compact: CompactEvents) { storage = .compact(compact) }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .array(let a): return a.count
        case .compact(let c): return c.order.count
        }
    }

    public subscript(i: Int) -> InteractionEvent {
        switch storage {
        case .array(let a): return a[i]
        case .compact(let c): return c.event(at: i)
        }
    }

    public static func == (x: EventList, y: EventList) -> Bool { x.elementsEqual(y) }

    /// The ids at the ends of the events (each once when on indices; maybe repeated otherwise).
    var endIds: [String] {
        switch storage {
        case .array(let a): return a.flatMap { [$0.a, $0.b] }
        case .compact(let c):
            var seen = [Bool](repeating: false, count: c.actors.ids.count)
            for i in c.order.indices {
                let x = c.ends(at: i)
                seen[Int(x.a)] = true
                seen[Int(x.b)] = true
            }
            return seen.indices.filter { seen[$0] }.map { c.actors.ids[$0] }
        }
    }
}

/// Events on `ActorTable` indices in key order (date, a, b, type, via): the accumulated direct
/// events, and one `EventRef` per entry (a direct event or its country projection) in key order.
///
/// Every event between actors of two different sides (at most one a side itself:
/// `ActorTable.isSide`) is also an event between the sides, with `via` naming its pair; a projection's key holds that pair, so
/// projections never merge with each other or with direct events. An event and its projection
/// share their evidence.
struct CompactEvents: Sendable {
    let direct: [CompactEvent]
    let order: [EventRef]
    let actors: ActorTable
    /// The `YYYY-MM-DD` text of each day key from `firstDay` on (empty where no event has that day).
    let firstDay: Int32
    let dates: [String]

    /// `direct` and their country projections, sorted by key. Keys are compared on integer ranks
    /// (`ActorTable` ranks follow the id strings, `DayKey` the date strings), so the order is the
    /// order of the strings; with `parallel`, the keys are sorted in two halves on two threads
    /// (the order is total, so the result is the same).
    init(sorting direct: [CompactEvent], actors: ActorTable, parallel: Bool = false) {
        var keys: [EventSortKey] = []
        keys.reserveCapacity(2 * direct.count)
        let rank = actors.rank, typeRank = actors.typeRank
        // (Fields read in place: a copy of each event would retain and release its evidence list.)
        for i in direct.indices {
            let day = direct[i].date, ea = direct[i].a, eb = direct[i].b
            let type = typeRank[Int(direct[i].type)]
            let a = rank[Int(ea)], b = rank[Int(eb)]
            keys.append(EventSortKey(day: day, a: a, b: b, type: type, via: .direct, ref: EventRef(event: i, projection: false)))
            if let (ca, cb, _) = actors.countryPair(ea, eb, on: day) {
                keys.append(EventSortKey(day: day, a: rank[Int(ca)], b: rank[Int(cb)], type: type,
                                         via: EventSortKey.Via(rankA: a, rankB: b), ref: EventRef(event: i, projection: true)))
            }
        }
        // Equal (day, a, b, type): a direct event (no `via`) first, then projections by `via`.
        Parallel.sort(&keys, parallel: parallel, by: <)
        let order = keys.map(\.ref)
        keys = []
        self.init(direct: direct, order: order, actors: actors)
    }

    init(direct: [CompactEvent], order: [EventRef], actors: ActorTable) {
        self.direct = direct
        self.order = order
        self.actors = actors
        // (Dates read in place, as above.)
        var lo = Int32.max, hi = Int32.min
        for i in direct.indices {
            lo = min(lo, direct[i].date)
            hi = max(hi, direct[i].date)
        }
        if direct.isEmpty { (lo, hi) = (0, -1) }
        var dates = [String](repeating: "", count: Int(hi - lo + 1))
        for i in direct.indices where dates[Int(direct[i].date - lo)].isEmpty { dates[Int(direct[i].date - lo)] = DayKey.day(direct[i].date).description }
        self.firstDay = lo
        self.dates = dates
    }

    func event(at i: Int) -> InteractionEvent {
        let ref = order[i]
        let e = direct[ref.event]
        return Self.event(e, projection: ref.isProjection, date: dates[Int(e.date - firstDay)], actors: actors)
    }

    /// Entry `i`'s event and its ends as an edge sees them: the event's actors, or for a
    /// projection their countries (the direction turned when the countries are in the other order).
    @inline(__always)
    func ends(at i: Int) -> (event: CompactEvent, a: Int32, b: Int32, direction: EdgeDirection) {
        let ref = order[i]
        let e = direct[ref.event]
        let x = Self.ends(a: e.a, b: e.b, day: e.date, direction: e.direction, projection: ref.isProjection, actors: actors)
        return (e, x.a, x.b, x.direction)
    }

    /// The ends of an event from its fields (no copy of its evidence list): its actors, or for a
    /// projection their countries.
    @inline(__always)
    static func ends(a: Int32, b: Int32, day: Int32, direction: EdgeDirection, projection: Bool, actors: ActorTable)
        -> (a: Int32, b: Int32, direction: EdgeDirection, projected: Bool) {
        guard projection, let p = actors.countryPair(a, b, on: day) else { return (a, b, direction, false) }
        return (p.a, p.b, p.reversed ? direction.reversed : direction, true)
    }

    /// The event `e`, or its projection onto the countries of its actors (`via` naming them).
    static func event(_ e: CompactEvent, projection: Bool, date: String, actors: ActorTable) -> InteractionEvent {
        let x = ends(a: e.a, b: e.b, day: e.date, direction: e.direction, projection: projection, actors: actors)
        var event = actors.event(a: x.a, b: x.b, type: e.type, date: date, direction: x.direction,
                                 evidence: e.evidence, evidenceCount: Int(e.evidenceCount))
        if x.projected { event.via = [actors.ids[Int(e.a)], actors.ids[Int(e.b)]] }
        return event
    }
}
