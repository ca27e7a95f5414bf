/// What a batch of articles contributes to the graph, in a form that merges: parallel workers
/// each fill one and they are merged in input order (all parts are sums, unions and capped sorted
/// lists, so the result is the same however the articles were split).
public struct GraphAccumulator: Sendable {
    var nodes: [String: GraphNode] = [:]
    var ledger: EventLedger
    var coMentions: [PairKey: Int] = [:]
    var infos: [ArticleInfo] = []
    /// Where evidence texts are shared (nil: each sentence keeps its own).
    var texts: SentenceInterner?

    struct PairKey: Hashable, Comparable, Sendable {
        var a: String, b: String
        static func < (x: PairKey, y: PairKey) -> Bool { (x.a, x.b) < (y.a, y.b) }
    }

    public init(evidenceCap: Int = .max) { ledger = EventLedger(cap: evidenceCap) }

    public mutating func merge(_ other: GraphAccumulator) {
        for (k, v) in other.nodes { nodes[k] = v }
        ledger.merge(other.ledger)
        for (k, v) in other.coMentions { coMentions[k, default: 0] += v }
        infos += other.infos
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
        acc.infos.append(ArticleInfo(id: la.article.id, date: la.article.date.description,
                                     dateSource: la.article.dateSource.rawValue, title: la.article.title))
        for m in la.mentions {
            guard let id = m.entity, let kind = m.entityKind, acc.nodes.index(forKey: id) == nil, let node = node(id: id, kind: kind) else { continue }
            acc.nodes[id] = node
        }
        let events = detector.events(in: la, texts: acc.texts)
        acc.ledger.add(articleEvents: events)
        addCoMentions(la, events: events, to: &acc)
        return events
    }

    /// The canonical graph of everything accumulated.
    /// (Taking the accumulator lets its event table be freed as soon as the events are sorted.)
    /// With `parallel`, independent parts run on two threads (the result is the same).
    public func graph(_ acc: consuming GraphAccumulator, parallel: Bool = false) -> RelationGraph {
        var nodes = acc.nodes
        let cap = acc.ledger.cap
        let events = Self.withProjections(acc.ledger.takeAll(), cap: cap, builder: self)
        let coMentions = acc.coMentions
        func addNode(_ id: String) {
            guard nodes.index(forKey: id) == nil else { return }
            if let n = node(id: id, kind: kb.isCountry(id) ? .country : kb.isPerson(id) ? .person : .organisation) { nodes[id] = n }
        }
        // The nodes of the events are added while the interaction edges are aggregated.
        var (_, edges) = Parallel.both(parallel: parallel, {
            for e in events {
                addNode(e.a)
                addNode(e.b)
            }
        }, { InteractionEdges.aggregate(events) })
        // Co-mention pairs are distinct, so their order does not matter (edges are merged by key
        // and sorted by the graph).
        let weight = kb.interactionType("co_mention")?.weight ?? 0.5
        // Exactly the room needed (appending alone could double the capacity).
        edges.reserveCapacity(edges.count + coMentions.count + nodes.count)
        for (key, n) in coMentions {
            edges.append(EdgeSpec(source: key.a, target: key.b, kind: .coMention, weight: weight * Double(n),
                                  types: [TypeWeight(type: "co_mention", weight: weight * Double(n), count: n)]))
        }
        for node in nodes.values where node.kind != .country {
            guard let c = node.country, let cnode = self.node(id: c, kind: .country) else { continue }
            nodes[c] = cnode
            edges.append(EdgeSpec(source: node.id, target: c, kind: .affiliation, weight: 1))
        }
        return RelationGraph(nodes: Array(nodes.values), edges: edges, events: events, articles: acc.infos)
    }

    /// The events and their country projections, sorted by key.
    ///
    /// Events without `via` (all the detector makes) have projections with keys of their own (a
    /// projection's key holds its event's pair), so the projections are appended to the events
    /// and everything is sorted once: no second list, and no second buffer beyond the one growth
    /// to the final size. The projections of one actor pair share one `via` array. Events that
    /// already carry `via` (merged snapshots) take the general path: projections merged by key.
    static func withProjections(_ direct: [InteractionEvent], cap: Int, builder: GraphBuilder) -> [InteractionEvent] {
        var events = direct
        guard events.allSatisfy({ $0.via.isEmpty }) else {
            EventOrder.sort(&events)
            let projected = builder.projections(of: events, cap: cap)
            mergeSorted(&events, projected)
            return events
        }
        var projecting: [Int32] = []
        for (i, e) in events.enumerated() where builder.countryPair(of: e) != nil { projecting.append(Int32(i)) }
        events.reserveCapacity(events.count + projecting.count)
        var via: [GraphAccumulator.PairKey: [String]] = [:]
        for i in projecting {
            let e = events[Int(i)]
            let shared = via[GraphAccumulator.PairKey(a: e.a, b: e.b), default: [e.a, e.b]]
            via[GraphAccumulator.PairKey(a: e.a, b: e.b)] = shared
            events.append(builder.projectToCountries(e, via: shared)!)
        }
        EventOrder.sort(&events)
        return events
    }

    /// The country projections of events that may carry `via` themselves (merged by key), sorted.
    func projections(of direct: [InteractionEvent], cap: Int) -> [InteractionEvent] {
        var projections = EventLedger(cap: cap)
        projections.reserveCapacity(direct.count)
        for e in direct { if let p = projectToCountries(e) { projections.add(p) } }
        return projections.takeSorted()
    }

    /// Two sorted event lists merged into the first (in place, by moves). Projections carry `via`,
    /// so their keys never collide with direct events.
    static func mergeSorted(_ events: inout [InteractionEvent], _ projected: [InteractionEvent]) {
        let n1 = events.count
        // Exactly the room needed (appending alone could double the capacity).
        events.reserveCapacity(n1 + projected.count)
        events.append(contentsOf: projected)
        var order: [Int32] = []
        order.reserveCapacity(events.count)
        var i = 0, j = n1
        while i < n1 || j < events.count {
            if j >= events.count || (i < n1 && InteractionEvent.keyPrecedes(events[i], events[j])) { order.append(Int32(i)); i += 1 }
            else { order.append(Int32(j)); j += 1 }
        }
        EventOrder.permute(&events, order)
    }

    /// The two countries of an event's actors in id order, and whether that reverses the event's
    /// pair, when they differ (nil for events between countries).
    func countryPair(of e: InteractionEvent) -> (a: String, b: String, reversed: Bool)? {
        guard !kb.isCountry(e.a), !kb.isCountry(e.b),
              let ca = country(of: e.a), let cb = country(of: e.b), ca != cb else { return nil }
        return ca < cb ? (ca, cb, false) : (cb, ca, true)
    }

    /// The event between the countries of its two actors, when they differ (nil for country
    /// events); `via` (the event's pair) may be given to share one array among projections.
    func projectToCountries(_ e: InteractionEvent, via: [String]? = nil) -> InteractionEvent? {
        guard let (ca, cb, reversed) = countryPair(of: e) else { return nil }
        var p = e
        p.a = ca
        p.b = cb
        if reversed { p.direction = e.direction.reversed }
        p.via = via ?? [e.a, e.b]
        return p
    }

    func country(of id: String) -> String? { kb.actorCountry(id) }

    /// Co-mentions of one article: pairs named together by a sentence that reports no event
    /// between them (an event between two people also counts between their countries).
    func addCoMentions(_ la: LinkedArticle, events: [InteractionEvent], to acc: inout GraphAccumulator) {
        // Pairs reported, by the start of the reporting sentence (few per sentence: linear search).
        var reported: [Int: [(a: String, b: String)]] = [:]
        for e in events {
            let p = countryPair(of: e)
            for ev in e.evidence {
                reported[ev.start, default: []].append((e.a, e.b))
                if let p { reported[ev.start]!.append((p.a, p.b)) }
            }
        }
        func isReported(_ start: Int, _ p: GraphAccumulator.PairKey) -> Bool {
            reported[start]?.contains { $0.a == p.a && $0.b == p.b } ?? false
        }
        // Entities of each sentence, distinct (few: arrays).
        var actors = [[String]](repeating: [], count: la.sentences.count)
        var countries = [[String]](repeating: [], count: la.sentences.count)
        for m in la.mentions {
            guard let id = m.entity, let kind = m.entityKind else { continue }
            if kind == .country {
                if !countries[m.sentence].contains(id) { countries[m.sentence].append(id) }
            } else if !actors[m.sentence].contains(id) {
                actors[m.sentence].append(id)
            }
        }
        var pairs: [GraphAccumulator.PairKey] = []
        for (k, sentence) in la.sentences.enumerated() {
            guard actors[k].count + countries[k].count >= 2 || (k > 0 && !actors[k].isEmpty) else { continue }
            let start = la.tokens[sentence.tokens.lowerBound].start
            var window = actors[k]
            var previousStart: Int?
            if k > 0, la.sentences[k - 1].paragraph == sentence.paragraph {
                for y in actors[k - 1] where !window.contains(y) { window.append(y) }
                previousStart = la.tokens[la.sentences[k - 1].tokens.lowerBound].start
            }
            pairs.removeAll(keepingCapacity: true)
            func addPair(_ p: GraphAccumulator.PairKey) { if !pairs.contains(p) { pairs.append(p) } }
            for x in actors[k] { for y in window where x != y { addPair(.init(a: min(x, y), b: max(x, y))) } }
            let cs = countries[k].sorted()
            for i in cs.indices { for j in cs.indices where j > i { addPair(.init(a: cs[i], b: cs[j])) } }
            for p in pairs {
                if isReported(start, p) { continue }
                if let s = previousStart, isReported(s, p) { continue }
                acc.coMentions[p, default: 0] += 1
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
