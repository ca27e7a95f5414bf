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
public struct SnapshotMerger {
    private var nodes: [String: GraphNode] = [:]
    private var ledger: EventLedger
    private var coMentions: [String: EdgeSpec] = [:]
    private var affiliations: [String: EdgeSpec] = [:]
    private var articles: [ArticleInfo] = []

    public init(evidenceCap: Int = 10) { ledger = EventLedger(cap: evidenceCap) }

    public mutating func add(_ g: RelationGraph) {
        for n in g.nodes { nodes[n.id] = n }
        for e in g.events { ledger.add(e) }
        articles += g.articles
        for e in g.edges {
            let s = g.nodes[e.source].id, t = g.nodes[e.target].id
            switch e.kind {
            case .interaction: break
            case .affiliation: affiliations["\(s)|\(t)"] = EdgeSpec(source: s, target: t, kind: .affiliation, weight: 1)
            case .coMention:
                let key = "\(s)|\(t)"
                if var old = coMentions[key] {
                    old.weight += e.weight
                    old.types = RelationGraph.add(old.types, e.types)
                    coMentions[key] = old
                } else {
                    coMentions[key] = EdgeSpec(source: s, target: t, kind: .coMention, weight: e.weight, types: e.types)
                }
            }
        }
    }

    /// The merged graph of everything added.
    public func graph() -> RelationGraph {
        let events = ledger.sorted
        var edges: [EdgeSpec] = events.map { EdgeSpec(event: $0) }
        edges += coMentions.keys.sorted().map { coMentions[$0]! }
        edges += affiliations.keys.sorted().map { affiliations[$0]! }
        return RelationGraph(nodes: Array(nodes.values), edges: edges, events: events, articles: articles)
    }
}
