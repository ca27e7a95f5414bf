/// What a batch of articles contributes to the graph, in a form that merges: parallel workers
/// each fill one and they are merged in input order (all parts are sums, unions and capped sorted
/// lists, so the result is the same however the articles were split).
public struct GraphAccumulator: Sendable {
    /// Actors (`ActorTable` indices) named by a linked mention, with the kind the mention gave.
    var named: [NodeKind?] = []
    var ledger: CompactLedger
    /// Co-mentions by actor pair (`a` before `b` in id order), packed as a << 32 | b.
    var coMentions = PairCounts()
    var infos: [ArticleInfo] = []
    /// Where evidence texts are shared (nil: each sentence keeps its own).
    var texts: SentenceInterner?

    public init(evidenceCap: Int = .max) { ledger = CompactLedger(cap: evidenceCap) }

    public mutating func merge(_ other: GraphAccumulator) {
        var other = other
        merge(taking: &other)
    }

    /// `merge(_:)` taking `other`'s events (moved, not copied; `other` is spent).
    mutating func merge(taking other: inout GraphAccumulator) {
        if named.count < other.named.count { named += [NodeKind?](repeating: nil, count: other.named.count - named.count) }
        for (i, k) in other.named.enumerated() where named[i] == nil { named[i] = k }
        ledger.merge(taking: &other.ledger)
        coMentions.merge(other.coMentions)
        infos += other.infos
    }

    /// Records that a mention named actor `i` as a `kind` (the first kind given is kept).
    mutating func name(_ i: Int32, as kind: NodeKind) {
        if named.count <= Int(i) { named += [NodeKind?](repeating: nil, count: Int(i) + 1 - named.count) }
        if named[Int(i)] == nil { named[Int(i)] = kind }
    }

    public var articleCount: Int { infos.count }
}

/// Builds the relations graph from linked articles (mentions → interactions → graph), one article
/// at a time into a `GraphAccumulator`.
///
/// - **Nodes**: every linked person, organisation and country (KB id, English name, Arabic label),
///   plus the country of each person or organisation.
/// - **Interaction edges** aggregate events (`InteractionDetector`, merged across articles by
///   pair, type and date): weight = Σ type weight of the events, per-type weights and counts,
///   direction (merged over events), hostile share. The **country layer** takes every event
///   between actors of two different countries as an event between the countries too (`via` names
///   the two actors, so two calls by different people on one day stay two events), beside the
///   events the text states between countries themselves.
/// - **Co-mention edges** (weak, kept apart): two actors, one named in a sentence and the other in
///   the same sentence or the one before it in the paragraph, or two countries named in one
///   sentence, with no event between them reported by that sentence. Weight = the `co_mention`
///   type weight per sentence.
/// - **Affiliation edges**: person/organisation → country, weight 1.
public struct GraphBuilder: Sendable {
    public let kb: KnowledgeBase
    let detector: InteractionDetector

    public init(kb: KnowledgeBase) {
        self.init(kb: kb, detector: InteractionDetector(kb: kb))
    }

    init(kb: KnowledgeBase, detector: InteractionDetector) {
        self.kb = kb
        self.detector = detector
    }

    /// All at once.
    public func build(_ articles: [LinkedArticle], evidenceCap: Int = .max) -> RelationGraph {
        var acc = GraphAccumulator(evidenceCap: evidenceCap)
        for la in articles { _ = add(la, to: &acc) }
        return graph(acc)
    }

    /// Adds one article; returns its events (for streaming evidence out).
    public func add(_ la: LinkedArticle, to acc: inout GraphAccumulator) -> [InteractionEvent] {
        let date = la.article.date.description
        return addEvents(la, to: &acc).map { detector.event($0, date: date) }
    }

    /// `add(_:to:)` returning the events on indices.
    func addEvents(_ la: LinkedArticle, to acc: inout GraphAccumulator) -> [SentenceEvent] {
        acc.infos.append(ArticleInfo(id: la.article.id, date: la.article.date.description,
                                     dateSource: la.article.dateSource.rawValue, title: la.article.title))
        let linked = detector.linkedMentions(la)
        for sentence in linked { for m in sentence { if let kind = m.kind { acc.name(m.actor, as: kind) } } }
        let events = detector.sentenceEvents(in: la, linked: linked, texts: acc.texts)
        acc.ledger.add(date: DayKey.of(la.article.date), articleEvents: events)
        addCoMentions(la, linked: linked, events: events, to: &acc)
        return events
    }

    var actors: ActorTable { detector.actors }

    /// The canonical graph of everything accumulated.
    /// (Taking the accumulator lets its event table be freed as soon as the events are built.)
    /// With `parallel`, independent parts run on two threads (the result is the same).
    public func graph(_ acc: consuming GraphAccumulator, parallel: Bool = false) -> RelationGraph {
        var nodes: [String: GraphNode] = [:]
        for (i, kind) in acc.named.enumerated() {
            guard let kind, let n = node(id: actors.ids[i], kind: kind) else { continue }
            nodes[n.id] = n
        }
        let events = Self.events(acc.ledger.takeAll(), actors: actors, parallel: parallel)
        let coMentions = acc.coMentions
        func addNode(_ id: String) {
            guard nodes.index(forKey: id) == nil else { return }
            if let n = node(id: id, kind: kb.isCountry(id) ? .country : kb.isPerson(id) ? .person : .organisation) { nodes[id] = n }
        }
        // The nodes of the events are added while the interaction edges are aggregated.
        var (_, edges) = Parallel.both(parallel: parallel, {
            for id in events.endIds { addNode(id) }
        }, { InteractionEdges.aggregate(events) })
        // Co-mention pairs are distinct, so their order does not matter (edges are merged by key
        // and sorted by the graph).
        let weight = kb.interactionType("co_mention")?.weight ?? 0.5
        // Exactly the room needed (appending alone could double the capacity).
        edges.reserveCapacity(edges.count + coMentions.count + nodes.count)
        for (key, n) in zip(coMentions.keys, coMentions.counts) {
            let (a, b) = ActorTable.pair(of: key)
            edges.append(EdgeSpec(source: actors.ids[a], target: actors.ids[b], kind: .coMention,
                                  weight: weight * Double(n), types: [TypeWeight(type: "co_mention", weight: weight * Double(n), count: n)]))
        }
        for node in nodes.values where node.kind != .country {
            guard let c = node.country, let cnode = self.node(id: c, kind: .country) else { continue }
            nodes[c] = cnode
            edges.append(EdgeSpec(source: node.id, target: c, kind: .affiliation, weight: 1))
        }
        return RelationGraph(nodes: Array(nodes.values), edges: edges, sortedEvents: events, articles: acc.infos, parallel: parallel)
    }

    /// The accumulated events and their country projections, sorted by key (date, a, b, type, via).
    ///
    /// Every event between actors of two different countries (neither a country) is also an event
    /// between the countries, with `via` naming its pair; a projection's key holds that pair, so
    /// projections never merge with each other or with direct events. Keys are sorted on integer
    /// ranks (`ActorTable` ranks follow the id strings, `DayKey` the date strings): no list is
    /// sorted or merged as strings, and the result keeps the events on indices (`CompactEvents`;
    /// an event and its projection share their evidence). `packed: false` forces the string sort
    /// (used beyond what packed keys hold; tests), which gives an array of `InteractionEvent`s.
    static func events(_ direct: [CompactEvent], actors: ActorTable, packed: Bool = true, parallel: Bool = false) -> EventList {
        guard packed, direct.count < 1 << 30, actors.ids.count < 1 << 16, actors.types.count < 1 << 16 else {
            // Beyond what the packed keys hold: built in any order and sorted as strings.
            var out: [InteractionEvent] = []
            for e in direct {
                let date = DayKey.day(e.date).description
                out.append(CompactEvents.event(e, projection: false, date: date, actors: actors))
                if actors.countryPair(e.a, e.b) != nil { out.append(CompactEvents.event(e, projection: true, date: date, actors: actors)) }
            }
            return EventList(out.sorted(by: InteractionEvent.keyPrecedes))
        }
        // Sort keys: hi = day << 32 | rank(a), lo = rank(b) << 48 | rank(type) << 32 | at, where
        // at = index into `direct` << 1 | (1 for the projection).
        var keys: [(hi: UInt64, lo: UInt64)] = []
        keys.reserveCapacity(2 * direct.count)
        let rank = actors.rank
        @Sendable @inline(__always) func r(_ i: Int32) -> UInt64 { UInt64(UInt32(bitPattern: rank[Int(i)])) }
        for (i, e) in direct.enumerated() {
            let t = UInt64(UInt32(bitPattern: actors.typeRank[Int(e.type)])) << 32
            keys.append((UInt64(UInt32(bitPattern: e.date)) << 32 | r(e.a), r(e.b) << 48 | t | UInt64(i) << 1))
            if let (ca, cb, _) = actors.countryPair(e.a, e.b) {
                keys.append((UInt64(UInt32(bitPattern: e.date)) << 32 | r(ca), r(cb) << 48 | t | UInt64(i) << 1 | 1))
            }
        }
        // Equal (day, a, b, type): a direct event (no `via`) first, then projections by `via`.
        // The order is total (an event's projection is keyed by the event), so the halves sorted
        // in parallel merge to the one order.
        Parallel.sort(&keys, parallel: parallel) { x, y in
            if x.hi != y.hi { return x.hi < y.hi }
            if x.lo >> 32 != y.lo >> 32 { return x.lo >> 32 < y.lo >> 32 }
            @inline(__always) func viaKey(_ lo: UInt64) -> UInt64 {
                guard lo & 1 == 1 else { return 0 }
                let e = direct[Int(lo & 0xFFFF_FFFF) >> 1]
                return (r(e.a) + 1) << 32 | (r(e.b) + 1)
            }
            return viaKey(x.lo) < viaKey(y.lo)
        }
        let order = keys.map { UInt32(truncatingIfNeeded: $0.lo) }
        keys = []
        return EventList(compact: CompactEvents(direct: direct, order: order, actors: actors))
    }

    /// Co-mentions of one article: pairs named together by a sentence that reports no event
    /// between them (an event between two people also counts between their countries).
    func addCoMentions(_ la: LinkedArticle, linked: [[InteractionDetector.Linked]], events: [SentenceEvent], to acc: inout GraphAccumulator) {
        let actors = self.actors
        let pack = ActorTable.pairKey
        // Pairs reported, by the start of the reporting sentence (few: a linear search).
        var reported: [(start: Int, pair: UInt64)] = []
        reported.reserveCapacity(2 * events.count)
        for e in events {
            reported.append((e.evidence.start, pack(e.a, e.b)))
            if let p = actors.countryPair(e.a, e.b) { reported.append((e.evidence.start, pack(p.a, p.b))) }
        }
        func isReported(_ start: Int, _ p: UInt64) -> Bool { reported.contains { $0.start == start && $0.pair == p } }
        // Entities of each sentence, distinct (few: linear searches), in two flat lists:
        // sentence k's are actorList[actorAt[k]..<actorAt[k + 1]] (countries likewise).
        let n = la.sentences.count
        var actorList: [Int32] = [], countryList: [Int32] = []
        var actorAt = [Int](repeating: 0, count: n + 1), countryAt = [Int](repeating: 0, count: n + 1)
        // (Ranges of the flat lists read by index: a slice of a list would retain it each time.)
        func has(_ list: [Int32], _ range: Range<Int>, _ x: Int32) -> Bool {
            for i in range where list[i] == x { return true }
            return false
        }
        for k in 0..<n {
            actorAt[k] = actorList.count
            countryAt[k] = countryList.count
            for m in linked[k] {
                guard let kind = m.kind else { continue }
                if kind == .country {
                    if !has(countryList, countryAt[k]..<countryList.count, m.actor) { countryList.append(m.actor) }
                } else if !has(actorList, actorAt[k]..<actorList.count, m.actor) {
                    actorList.append(m.actor)
                }
            }
        }
        actorAt[n] = actorList.count
        countryAt[n] = countryList.count
        var pairs: [UInt64] = [], window: [Int32] = [], cs: [Int32] = []
        for (k, sentence) in la.sentences.enumerated() {
            let here = actorAt[k]..<actorAt[k + 1]
            let countriesHere = countryAt[k + 1] - countryAt[k]
            guard here.count + countriesHere >= 2 || (k > 0 && !here.isEmpty) else { continue }
            let start = la.tokens[sentence.tokens.lowerBound].start
            window.removeAll(keepingCapacity: true)
            for i in here { window.append(actorList[i]) }
            var previousStart: Int?
            if k > 0, la.sentences[k - 1].paragraph == sentence.paragraph {
                for i in actorAt[k - 1]..<actorAt[k] where !window.contains(actorList[i]) { window.append(actorList[i]) }
                previousStart = la.tokens[la.sentences[k - 1].tokens.lowerBound].start
            }
            pairs.removeAll(keepingCapacity: true)
            func addPair(_ p: UInt64) { if !pairs.contains(p) { pairs.append(p) } }
            for i in here {
                let x = actorList[i]
                for y in window where x != y { addPair(actors.precedes(x, y) ? pack(x, y) : pack(y, x)) }
            }
            cs.removeAll(keepingCapacity: true)
            for i in countryAt[k]..<countryAt[k + 1] { cs.append(countryList[i]) }
            cs.sort { actors.precedes($0, $1) }
            for i in cs.indices { for j in cs.indices where j > i { addPair(pack(cs[i], cs[j])) } }
            for p in pairs {
                if isReported(start, p) { continue }
                if let s = previousStart, isReported(s, p) { continue }
                acc.coMentions.add(p)
            }
        }
    }

    func node(id: String, kind: NodeKind) -> GraphNode? {
        switch kind {
        case .person:
            guard let p = kb.person(id) else { return nil }
            return GraphNode(id: p.id, name: p.en, label: p.ar, kind: .person, country: p.country)
        case .organisation:
            guard let o = kb.organisation(id) else { return nil }
            return GraphNode(id: o.id, name: o.en, label: o.ar, kind: .organisation, country: o.country)
        case .country:
            guard let c = kb.country(id) else { return nil }
            return GraphNode(id: c.id, name: c.en, label: c.ar, kind: .country, country: nil)
        }
    }
}
