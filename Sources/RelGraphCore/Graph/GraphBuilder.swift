/// What a batch of articles contributes to the graph, in a form that merges: parallel workers
/// each fill one and they are merged in input order (all parts are sums, unions and capped sorted
/// lists, so the result is the same however the articles were split).
public struct GraphAccumulator: Sendable {
    /// Actors (`ActorTable` indices, then `open`'s) named by a linked mention, with the kind the
    /// mention gave.
    var named: [NodeKind?] = []
    /// Open-world persons (officials the KB does not know), as actors after the KB's.
    var open: OpenActors
    var ledger: CompactLedger
    /// Co-mentions by actor pair (`a` before `b` in id order).
    var coMentions = PairCounts()
    var infos: [ArticleInfo] = []
    /// Where evidence texts are shared (nil: each sentence keeps its own).
    var texts: SentenceInterner?

    /// An accumulator for a builder's actors (`GraphBuilder.accumulator`).
    init(evidenceCap: Int, actors: Int) {
        ledger = CompactLedger(cap: evidenceCap)
        open = OpenActors(base: actors)
    }

    public mutating func merge(_ other: GraphAccumulator) {
        var other = other
        merge(taking: &other)
    }

    /// `merge(_:)` taking `other`'s events (moved, not copied; `other` is spent).
    mutating func merge(taking other: inout GraphAccumulator) {
        // The other's open-world persons get this accumulator's indices.
        let map = open.merge(other.open)
        for (i, k) in other.named.enumerated() {
            guard let k else { continue }
            name(map(Int32(i)), as: k)
        }
        ledger.merge(taking: &other.ledger, remap: other.open.count > 0 ? map : nil)
        coMentions.merge(other.coMentions, remap: other.open.count > 0 ? map : nil)
        infos.append(moving: &other.infos, leaving: ArticleInfo(id: "", date: "", dateSource: "", title: nil))
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
    /// The interaction stage's actor and type tables (events arrive on its indices).
    let actors: ActorTable
    /// The KB actors' nodes, by actor index.
    let nodeTable: NodeTable

    /// A builder for the events of `detector` (which shares its actor table).
    public init(kb: KnowledgeBase, detector: InteractionDetector) {
        self.kb = kb
        self.actors = detector.actors
        self.nodeTable = NodeTable(kb: kb, actors: detector.actors)
    }

    /// An empty accumulator for this builder's actors.
    public func accumulator(evidenceCap: Int) -> GraphAccumulator { GraphAccumulator(evidenceCap: evidenceCap, actors: actors.ids.count) }

    /// Adds one article, with what the interaction stage found in it.
    func add(_ la: LinkedArticle, _ found: ArticleInteractions, to acc: inout GraphAccumulator) {
        acc.infos.append(ArticleInfo(id: la.article.id, date: la.article.date.description,
                                     dateSource: la.article.dateSource.rawValue, title: la.article.title,
                                     url: la.article.url, outlet: la.article.outlet))
        for sentence in found.linked { for m in sentence { if let kind = m.kind { acc.name(m.actor, as: kind) } } }
        acc.ledger.add(date: DayKey.of(la.article.date), articleEvents: found.events)
        addCoMentions(la, linked: found.linked, events: found.events, to: &acc, view: ActorView(table: actors, open: acc.open, day: DayKey.of(la.article.date)))
    }

    /// The canonical graph of everything accumulated.
    /// (Taking the accumulator lets its event table be freed as soon as the events are built.)
    /// With `parallel`, independent parts run on two threads (the result is the same).
    public func graph(_ acc: consuming GraphAccumulator, parallel: Bool = false) -> RelationGraph {
        let actors = ActorView(table: self.actors, open: acc.open, day: 0).merged(kb: kb)
        var nodes = namedNodes(acc)
        let events = CompactEvents(sorting: acc.ledger.takeAll(), actors: actors, parallel: parallel)
        let coMentions = acc.coMentions
        // The nodes of the events are added while the interaction edges are aggregated.
        var (_, edges) = Parallel.both(parallel: parallel, {
            for id in EventList(compact: events).endIds { addNode(id, to: &nodes) }
        }, { InteractionEdges.aggregate(events) })
        // Co-mention pairs are distinct, so their order does not matter (edges are merged by key
        // and sorted by the graph).
        edges.reserveCapacity(edges.count + coMentions.count + nodes.count)
        var parts = coMentionEdges(coMentions, actors: actors)
        edges.append(moving: &parts, leaving: EdgeSpec.placeholder)
        parts = affiliations(&nodes)
        edges.append(moving: &parts, leaving: EdgeSpec.placeholder)
        return RelationGraph(nodes: Array(nodes.values), edges: edges, sortedEvents: EventList(compact: events), articles: acc.infos, parallel: parallel)
    }

    /// What `graph` would hold, taken apart as `SnapshotMerger.add(nodes:events:edges:articles:)`
    /// takes it, without making the graph (no interaction edges, no country projections, no
    /// canonical edge table): the nodes (by id), the direct events in key order, and the
    /// co-mention and affiliation edges between those nodes (co-mentions with source < target, by
    /// key). The store keeps each article this way; merging the parts of the articles gives the
    /// graph of all of them.
    public func parts(_ acc: consuming GraphAccumulator) -> GraphParts {
        let actors = ActorView(table: self.actors, open: acc.open, day: 0).merged(kb: kb)
        var nodes = namedNodes(acc)
        let events = CompactEvents(sorting: acc.ledger.takeAll(), actors: actors)
        for id in EventList(compact: events).endIds { addNode(id, to: &nodes) }
        var edges = coMentionEdges(acc.coMentions, actors: actors)
        edges += affiliations(&nodes)
        // As `RelationGraph` keeps them: no edge to a node it lacks, none from a node to itself.
        edges.removeAll { nodes[$0.source] == nil || nodes[$0.target] == nil || $0.source == $0.target }
        edges.sort { EdgeKey(source: $0.source, target: $0.target, kind: $0.kind) < EdgeKey(source: $1.source, target: $1.target, kind: $1.kind) }
        let direct = events.order.indices.filter { !events.order[$0].isProjection }.map { events.event(at: $0) }
        return GraphParts(nodes: nodes.values.sorted { $0.id < $1.id }, events: direct, edges: edges)
    }

    /// The nodes the mentions named, by id (open-world persons with the names as written).
    private func namedNodes(_ acc: borrowing GraphAccumulator) -> [String: GraphNode] {
        let open = acc.open
        var nodes: [String: GraphNode] = [:]
        let openNames = open.names
        for (i, kind) in acc.named.enumerated() {
            guard let kind else { continue }
            if i >= self.actors.ids.count {
                let k = i - self.actors.ids.count, c = open.country[k]
                nodes[open.ids[k]] = GraphNode(id: open.ids[k], name: openNames[k], label: openNames[k], kind: .person,
                                               country: c >= 0 ? self.actors.ids[Int(c)] : nil, known: false)
                continue
            }
            guard let n = nodeTable.node(i, kind: kind) else { continue }
            nodes[n.id] = n
        }
        return nodes
    }

    /// Adds the KB's node `id` (of the kind the KB gives it) when `nodes` lacks it.
    private func addNode(_ id: String, to nodes: inout [String: GraphNode]) {
        guard nodes.index(forKey: id) == nil else { return }
        if let i = actors.actor(id), let n = nodeTable.node(Int(i)) { nodes[id] = n }
    }

    /// One co-mention edge per pair counted (weight: the `co_mention` type's weight per sentence).
    private func coMentionEdges(_ coMentions: PairCounts, actors: ActorTable) -> [EdgeSpec] {
        guard let type = kb.interactionType(role: .coMention) else { return [] }
        var edges: [EdgeSpec] = []
        edges.reserveCapacity(coMentions.count)
        for (key, n) in zip(coMentions.keys, coMentions.counts) {
            let weight = type.weight * Double(n)
            edges.append(EdgeSpec(source: actors.ids[Int(key.a)], target: actors.ids[Int(key.b)], kind: .coMention,
                                  weight: weight, types: [TypeWeight(type: type.id, weight: weight, count: n)]))
        }
        return edges
    }

    /// The affiliation edge of each person and organisation to its country (made a node too).
    private func affiliations(_ nodes: inout [String: GraphNode]) -> [EdgeSpec] {
        var edges: [EdgeSpec] = []
        for node in nodes.values where node.kind != .country {
            guard let c = node.country, let i = actors.actor(c), let cnode = nodeTable.node(Int(i), kind: kb.isCountry(c) ? .country : .organisation) else { continue }
            nodes[c] = cnode
            edges.append(EdgeSpec(source: node.id, target: c, kind: .affiliation, weight: 1))
        }
        return edges
    }

    /// Co-mentions of one article: pairs named together by a sentence that reports no event
    /// between them (an event between two people also counts between their countries).
    func addCoMentions(_ la: LinkedArticle, linked: [[InteractionDetector.Linked]], events: [SentenceEvent], to acc: inout GraphAccumulator,
                       view actors: ActorView) {
        let pack = IndexPair.init
        // Pairs reported, by the start of the reporting sentence, sorted: looked up by binary
        // search (a crafted article has thousands of events; a linear search made it quadratic).
        var reported: [SentencePair] = []
        reported.reserveCapacity(2 * events.count)
        for e in events {
            reported.append(SentencePair(start: e.evidence.start, pair: pack(e.a, e.b)))
            if let p = actors.countryPair(e.a, e.b) { reported.append(SentencePair(start: e.evidence.start, pair: pack(p.a, p.b))) }
        }
        reported.sort()
        func isReported(_ start: Int, _ p: IndexPair) -> Bool {
            let key = SentencePair(start: start, pair: p)
            var lo = 0, hi = reported.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if reported[mid] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo < reported.count && reported[lo] == key
        }
        // Entities of each sentence, distinct (few: linear searches), in two flat lists:
        // sentence k's are actorList[actorAt[k]..<actorAt[k + 1]] (countries likewise).
        let n = la.sentences.count
        var actorList: [Int32] = [], countryList: [Int32] = []
        // (Made at the article's count of linked mentions, the most they hold: not grown.)
        let linkedCount = linked.reduce(0) { $0 + $1.count }
        actorList.reserveCapacity(linkedCount)
        countryList.reserveCapacity(linkedCount)
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
        // Each pair in id order (`ActorView.precedes`); KB actors by the table's rank directly.
        let rank = actors.table.rank, base = actors.open.base
        func ordered(_ x: Int32, _ y: Int32) -> IndexPair {
            let first = x < base && y < base ? rank[Int(x)] < rank[Int(y)] : actors.precedes(x, y)
            return first ? pack(x, y) : pack(y, x)
        }
        var pairs: [IndexPair] = [], window: [Int32] = []
        window.reserveCapacity(linkedCount)
        for (k, sentence) in la.sentences.enumerated() {
            let here = actorAt[k]..<actorAt[k + 1]
            let countries = countryAt[k]..<countryAt[k + 1]
            guard here.count + countries.count >= 2 || (k > 0 && !here.isEmpty) else { continue }
            let start = la.tokens[sentence.tokens.lowerBound].start
            window.removeAll(keepingCapacity: true)
            for i in here { window.append(actorList[i]) }
            var previousStart: Int?
            if k > 0, la.sentences[k - 1].paragraph == sentence.paragraph {
                for i in actorAt[k - 1]..<actorAt[k] where !window.contains(actorList[i]) { window.append(actorList[i]) }
                previousStart = la.tokens[la.sentences[k - 1].tokens.lowerBound].start
            }
            // Every pair once: collected, then sorted and made distinct.
            pairs.removeAll(keepingCapacity: true)
            for i in here {
                let x = actorList[i]
                for y in window where x != y { pairs.append(ordered(x, y)) }
            }
            for i in countries { for j in countries where j > i { pairs.append(ordered(countryList[i], countryList[j])) } }
            pairs.sort()
            for (i, p) in pairs.enumerated() where i == 0 || pairs[i - 1] != p {
                if isReported(start, p) { continue }
                if let s = previousStart, isReported(s, p) { continue }
                acc.coMentions.add(p)
            }
        }
    }

    /// A pair of actors reported by the sentence starting at `start`, ordered by start, then pair.
    struct SentencePair: Comparable {
        var start: Int
        var pair: IndexPair

        static func < (x: SentencePair, y: SentencePair) -> Bool { (x.start, x.pair) < (y.start, y.pair) }
    }
}
