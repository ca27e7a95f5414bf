/// The JSON the page's script reads (`<script type="application/json" id="relgraph-data">`):
///
/// Covers the drawn graph (`drawnGraph`, else `graph`), plus the nodes the tables list:
/// - `nodes`: id, name, label, kind, country, `countryId` (the node's own id for a country),
///   `neighbours` (distinct neighbours in the whole graph), `svg` (element ids in the drawings;
///   empty for a node not drawn), `status` (diff),
///   `layer` and `community`: the rank of the node's Louvain community in its layer over the whole
///   graph (`CommunityReport`, seed 0; 1 = the largest), for colouring by community;
/// - `edges`: the drawn graph's edges by node id, with kind, weight, types, polarity, count, `svg`,
///   `relation` (interactions: index into `timeline.relations`), and
///   for interactions up to `evidencePerEdge` evidence items (newest first) and `evidenceTotal`;
/// - `changes`: the diff's drawn edge changes with status, weights before/after and `svg` in the diff drawing;
/// - `timeline`: the dated events (`ReportTimeline`);
/// - `communityColors`: `ReportContent.communityColors`.
///
/// Keys are sorted and numbers fixed-format (`JSONValue`), so the page is byte-stable.
enum ReportData {
    static func json(_ c: ReportContent) -> JSONValue {
        let g = c.drawnGraph ?? c.graph
        var status: [String: ChangeStatus] = [:]
        var extraNodes: [String: GraphNode] = [:]
        if let d = c.diff {
            for n in d.diff.nodes {
                status[n.id] = n.status
                if g.node(n.id) == nil { extraNodes[n.id] = GraphNode(id: n.id, name: n.name, label: n.label, kind: n.kind, country: nil) }
            }
        }
        // Nodes the tables list but the drawing leaves out: the filters need their kind and country.
        let relations = ReportTimeline.relations(c)
        var listed = relations.pairs.flatMap { [$0.0, $0.1] }
        if let r = c.centrality { listed += r.rows.prefix(c.maxRows).map(\.id) }
        for id in listed where g.node(id) == nil && extraNodes[id] == nil { if let n = c.graph.node(id) { extraNodes[id] = n } }
        let allNodes = g.nodes + extraNodes.keys.sorted().map { extraNodes[$0]! }
        let neighbours = neighbourCounts(c.graph)
        let communities = c.communities ?? CommunityReport.compute(c.graph)
        var community: [String: (layer: GraphLayer, rank: Int)] = [:]
        for layer in communities.layers { for k in layer.communities { for i in k.members { community[c.graph.nodes[i].id] = (layer.layer, k.rank) } } }
        let nodes: [JSONValue] = allNodes.map { n in
            var svg: [JSONValue] = []
            if let s = c.drawing?.nodeElements[n.id] { svg.append(.string(s)) }
            if let s = c.diff?.drawing?.nodeElements[n.id] { svg.append(.string(ReportPage.diffPrefix + s)) }
            var o: [String: JSONValue] = [
                "id": .string(n.id), "name": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue),
                "country": n.country.map { .string(c.countryNames[$0].map { "\($0) (\(n.country!))" } ?? $0) } ?? .null,
                "svg": .array(svg),
            ]
            if let s = status[n.id] { o["status"] = .string(s.rawValue) }
            if !n.known { o["known"] = .bool(false) }
            if let i = c.graph.index(of: n.id) { o["neighbours"] = .int(neighbours[i]) }
            if let home = n.kind == .country ? n.id : n.country { o["countryId"] = .string(home) }
            if let k = community[n.id] { o["layer"] = .string(k.layer.rawValue); o["community"] = .int(k.rank) }
            return .object(o)
        }

        let events = g.eventsByPair()
        let edges: [JSONValue] = g.edges.map { e in
            let a = g.nodes[e.source], b = g.nodes[e.target]
            let key = g.key(e)
            var evidence: [JSONValue] = []
            var total = 0
            if e.kind == .interaction {
                for ev in events[RelationGraph.pairKey(a.id, b.id)] ?? [] {
                    total += ev.evidenceCount
                    for item in ev.evidence where evidence.count < c.evidencePerEdge {
                        var o: [String: JSONValue] = [
                            "date": .string(ev.date), "type": .string(ev.type), "article": .string(item.article),
                            "direction": .string(g.arrow(ev)), "text": .string(item.text),
                        ]
                        // Provenance: the page links only http(s) urls (`linkURL`).
                        if let info = g.article(item.article) {
                            if let t = info.title { o["title"] = .string(t) }
                            if let u = info.linkURL { o["url"] = .string(u) }
                            if let s = info.outlet { o["outlet"] = .string(s) }
                            if info.dateAssumed { o["assumed"] = .bool(true) }
                        }
                        evidence.append(.object(o))
                    }
                }
            }
            var o: [String: JSONValue] = [
                "source": .string(a.id), "target": .string(b.id), "kind": .string(e.kind.rawValue),
                "weight": .number(e.weight), "count": .int(e.count), "polarity": .string(e.polarity.rawValue),
                "types": .array(e.types.map { .string("\($0.type) ×\($0.count)") }),
                "svg": c.drawing?.edgeElements[key].map { .string($0) } ?? .null,
                "evidence": .array(evidence), "evidenceTotal": .int(max(total, evidence.count)),
            ]
            if e.kind == .interaction, let r = relations.index[RelationGraph.pairKey(a.id, b.id)] { o["relation"] = .int(r) }
            return .object(o)
        }

        var changes: [JSONValue] = []
        if let d = c.diff {
            for e in d.diff.edges {
                let key = EdgeKey(source: e.source, target: e.target, kind: e.kind)
                guard let element = d.drawing?.edgeElements[key] else { continue }  // not drawn
                changes.append(.object([
                    "source": .string(e.source), "target": .string(e.target), "kind": .string(e.kind.rawValue),
                    "status": .string(e.status.rawValue),
                    "before": .number(e.before?.weight ?? 0), "after": .number(e.after?.weight ?? 0),
                    "svg": .string(ReportPage.diffPrefix + element),
                ]))
            }
        }
        return .object(["nodes": .array(nodes), "edges": .array(edges), "changes": .array(changes),
                        "timeline": ReportTimeline.json(c, relations),
                        "communityColors": .array(c.communityColors.map { .array($0.map { .string($0) }) })])
    }

    /// Distinct neighbours of each node in the whole graph over interaction and co-mention edges
    /// (what the focus label counts, however much of the graph is drawn).
    static func neighbourCounts(_ g: RelationGraph) -> [Int] {
        var peers = [[Int]](repeating: [], count: g.nodes.count)
        for e in g.edges where e.kind != .affiliation { peers[e.source].append(e.target); peers[e.target].append(e.source) }
        return peers.map { Set($0).count }
    }
}
