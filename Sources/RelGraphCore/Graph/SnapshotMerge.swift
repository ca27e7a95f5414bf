/// Merges graphs built from disjoint shards of a corpus into the graph of the whole corpus.
///
/// Events are merged by key (pair, type, date, via) — so an event reported in two shards is one
/// event with the evidence of both (capped at `evidenceCap`, all counted) — and interaction edges
/// are rebuilt from the merged events exactly as `GraphBuilder` builds them; co-mention edges add
/// up; nodes, affiliations and articles are united. Merging the snapshots of shards therefore gives
/// the same snapshot as building from all their articles at once (a test checks it byte for byte),
/// which lets any batch system build shards on many hosts and merge them.
public enum SnapshotMerge {
    public static func merge(_ graphs: [RelationGraph], evidenceCap: Int = 10) -> RelationGraph {
        var merger = SnapshotMerger(evidenceCap: evidenceCap)
        for g in graphs { merger.add(g) }
        return merger.graph()
    }
}

/// `SnapshotMerge.merge` one graph at a time, so that a caller can read shard snapshots one by
/// one and let each go once added (`relgraph merge` holds the merged state and one shard, not
/// every shard). Adding graphs in turn and merging them at once give the same graph.
///
/// Events go through the same integer path as a build: direct events are interned (actor and type
/// ids as dense indices, dates as `DayKey`s) into a `CompactLedger`, and at the end they are sorted
/// with their country projections and aggregated into edges by the same code as
/// `GraphBuilder.graph`. Projections are not read from the shards: they are made again from the
/// direct events and the countries of their nodes, as a build makes them.
public struct SnapshotMerger {
    private var nodes: [String: GraphNode] = [:]
    private var actorIds = KeyVocabulary()
    private var typeIds = KeyVocabulary()
    /// Each type's weight and polarity, by type index (as the first event of the type gave them).
    private var types: [InteractionType] = []
    private var ledger: CompactLedger
    private var coMentions: [EdgeKey: EdgeSpec] = [:]
    private var affiliations: [EdgeKey: EdgeSpec] = [:]
    private var articles: [ArticleInfo] = []

    public init(evidenceCap: Int = 10) { ledger = CompactLedger(cap: evidenceCap) }

    public mutating func add(_ g: RelationGraph) {
        add(nodes: g.nodes, events: g.events.filter { $0.via.isEmpty }, edges: g.edges.map { EdgeSpec($0, in: g) }, articles: g.articles)
    }

    /// Adds one shard given as its parts (a store gives each article's this way, without making a
    /// graph of it first): its nodes, direct events, co-mention and affiliation edges (interaction
    /// edges are ignored: they are made from the events) and articles.
    public mutating func add(nodes shardNodes: [GraphNode], events: [InteractionEvent], edges: [EdgeSpec], articles shardArticles: [ArticleInfo]) {
        for n in shardNodes { nodes[n.id] = n }
        for e in events where e.via.isEmpty {
            guard let day = Day(iso: e.date) else { continue }
            let type = typeIds.intern(e.type)
            if Int(type) == types.count { types.append(InteractionType(id: e.type, en: e.type, weight: e.weight, polarity: e.polarity)) }
            ledger.add(CompactEvent(date: DayKey.of(day), a: actorIds.intern(e.a), b: actorIds.intern(e.b), type: type,
                                    direction: e.direction, evidenceCount: Int32(e.evidenceCount), evidence: e.evidence))
        }
        articles += shardArticles
        for e in edges {
            let key = EdgeKey(source: e.source, target: e.target, kind: e.kind)
            switch e.kind {
            case .interaction: break
            case .affiliation: affiliations[key] = EdgeSpec(source: key.source, target: key.target, kind: .affiliation, weight: 1)
            case .coMention:
                // Updated in place (one lookup, no copy of the stored edge).
                if let i = coMentions.index(forKey: key) {
                    coMentions.values[i].weight += e.weight
                    coMentions.values[i].types = RelationGraph.add(coMentions.values[i].types, e.types)
                } else {
                    coMentions[key] = EdgeSpec(source: key.source, target: key.target, kind: .coMention, weight: e.weight, types: e.types)
                }
            }
        }
    }

    /// The merged graph of everything added.
    public func graph() -> RelationGraph {
        var ledger = self.ledger
        let events = CompactEvents(sorting: ledger.takeAll(), actors: actorTable(), parallel: false)
        var edges = InteractionEdges.aggregate(events)
        edges += coMentions.keys.sorted().map { coMentions[$0]! }
        edges += affiliations.keys.sorted().map { affiliations[$0]! }
        return RelationGraph(nodes: Array(nodes.values), edges: edges, sortedEvents: EventList(compact: events), articles: articles)
    }

    /// The actors of the events (vocabulary order) and the countries and side terms of their
    /// nodes, as tables.
    private func actorTable() -> ActorTable {
        var ids = actorIds
        let interned = ids.count
        // The countries and sides of the actors become actors too (for the projections).
        for i in 0..<interned {
            guard let n = nodes[ids.key(Int32(i))] else { continue }
            if let c = n.country { _ = ids.intern(c) }
            for t in n.sides { _ = ids.intern(t.side) }
        }
        let all = (0..<ids.count).map { ids.key(Int32($0)) }
        let isCountry = all.map { nodes[$0]?.kind == .country }
        let country = all.map { id -> Int32 in nodes[id]?.country.flatMap { ids.id($0) } ?? -1 }
        let terms = all.map { id in (nodes[id]?.sides ?? []).compactMap { t in ids.id(t.side).map { ActorTable.Term(t, side: $0) } } }
        return ActorTable(ids: all, isCountry: isCountry, country: country, terms: terms, types: types)
    }
}
