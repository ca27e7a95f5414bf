/// Node-link JSON as networkx's `node_link_data(G, edges="edges")` writes a MultiGraph, so that
/// `networkx.node_link_graph(data, edges="edges")` reads it; `events` (with evidence) is added
/// under `graph`.
enum NodeLinkExport {
    static func render(_ g: RelationGraph) -> String {
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
        let nodes: [JSONValue] = g.nodes.map { n in
            .object(["id": .string(n.id), "name": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue),
                     "country": n.country.map(JSONValue.string) ?? .null])
        }
        let events: [JSONValue] = g.events.map { e in
            .object(["a": .string(e.a), "b": .string(e.b), "type": .string(e.type), "date": .string(e.date), "direction": .string(e.direction.rawValue),
                     "polarity": .string(e.polarity.rawValue), "weight": .number(e.weight), "via": .array(e.via.map(JSONValue.string)),
                     "evidence": .array(e.evidence.map { .object(["article": .string($0.article), "start": .int($0.start), "end": .int($0.end), "text": .string($0.text)]) })])
        }
        return JSONValue.object(["directed": .bool(false), "multigraph": .bool(true), "graph": .object(["events": .array(events)]),
                                 "nodes": .array(nodes), "edges": .array(edges)]).pretty()
    }
}
