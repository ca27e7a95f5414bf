/// Node-link JSON as networkx's `node_link_data` writes a MultiGraph (undirected; `direction` says
/// which way events went), readable with default arguments by networkx 2.8 to 3.5 (which read the
/// edges under `links`; 3.4 and 3.5 warn that the default will change) and by networkx 3.6 and
/// later (which read `edges`): the edge list is written under both keys. Nodes carry `id` (the
/// relgraph id), `en` (English name; no `name`, which igraph would take for the vertex name),
/// `label` (Arabic), kind, country, known and, when computed,
/// layer, community and centrality; the events (with evidence) are under `graph`.
enum NodeLinkExport {
    static func render(_ g: RelationGraph, _ ann: NodeAnnotations) -> String {
        var keys: [String: Int] = [:]
        let edges: [JSONValue] = g.edges.map { e in
            let pair = "\(e.source)|\(e.target)"
            let key = keys[pair, default: 0]
            keys[pair] = key + 1
            var types: [String: JSONValue] = [:]
            for t in e.types { types[t.type] = .number(t.weight) }
            return .object(["source": .string(g.nodes[e.source].id), "target": .string(g.nodes[e.target].id), "key": .int(key),
                            "kind": .string(e.kind.rawValue), "weight": .number(e.weight), "direction": .string(e.direction.rawValue),
                            "polarity": .string(e.polarity.rawValue), "types": .object(types)])
        }
        let nodes: [JSONValue] = g.nodes.enumerated().map { i, n in
            var o: [String: JSONValue] = ["id": .string(n.id), "en": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue),
                                          "country": n.country.map(JSONValue.string) ?? .null, "known": .bool(n.known)]
            if let layer = ann.layer(i), !layer.isEmpty { o["layer"] = .string(layer) }
            if let c = ann.community(i), c > 0 { o["community"] = .int(c) }
            for c in ann.centrality where i < c.values.count {
                if let v = c.values[i] { o[c.name] = .number((v * 1e6).rounded() / 1e6) }
            }
            return .object(o)
        }
        let events: [JSONValue] = g.events.map { e in
            .object(["a": .string(e.a), "b": .string(e.b), "type": .string(e.type), "date": .string(e.date), "direction": .string(e.direction.rawValue),
                     "polarity": .string(e.polarity.rawValue), "weight": .number(e.weight), "via": .array(e.via.map(JSONValue.string)),
                     "evidence": .array(e.evidence.map { .object(["article": .string($0.article), "start": .int($0.start), "end": .int($0.end), "text": .string($0.text)]) })])
        }
        return JSONValue.object(["directed": .bool(false), "multigraph": .bool(true), "graph": .object(["events": .array(events)]),
                                 "nodes": .array(nodes), "edges": .array(edges), "links": .array(edges)]).pretty()
    }
}
