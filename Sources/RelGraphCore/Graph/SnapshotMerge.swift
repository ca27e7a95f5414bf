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
        var nodes: [String: GraphNode] = [:]
        var ledger = EventLedger(cap: evidenceCap)
        var coMentions: [String: EdgeSpec] = [:]
        var affiliations: [String: EdgeSpec] = [:]
        var articles: [ArticleInfo] = []
        for g in graphs {
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
        let events = ledger.sorted
        var edges: [EdgeSpec] = events.map { EdgeSpec(event: $0) }
        edges += coMentions.keys.sorted().map { coMentions[$0]! }
        edges += affiliations.keys.sorted().map { affiliations[$0]! }
        return RelationGraph(nodes: Array(nodes.values), edges: edges, events: events, articles: articles)
    }
}
