/// The JSON the page's script reads (`<script type="application/json" id="relgraph-data">`):
///
/// Covers the drawn graph (`drawnGraph`, else `graph`):
/// - `nodes`: id, name, label, kind, country, `svg` (element ids in the drawings), `status` (diff);
/// - `edges`: the graph's edges by node id, with kind, weight, types, polarity, count, `svg`, and
///   for interactions up to `evidencePerEdge` evidence items (newest first) and `evidenceTotal`;
/// - `changes`: the diff's drawn edge changes with status, weights before/after and `svg` in the diff drawing.
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
        let allNodes = g.nodes + extraNodes.keys.sorted().map { extraNodes[$0]! }
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
            return .object(o)
        }

        let events = eventsByPair(g)
        let edges: [JSONValue] = g.edges.map { e in
            let a = g.nodes[e.source], b = g.nodes[e.target]
            let key = "\(a.id)|\(b.id)|\(e.kind.rawValue)"
            var evidence: [JSONValue] = []
            var total = 0
            if e.kind == .interaction {
                for ev in events[a.id < b.id ? "\(a.id)|\(b.id)" : "\(b.id)|\(a.id)"] ?? [] {
                    total += ev.evidenceCount
                    for item in ev.evidence where evidence.count < c.evidencePerEdge {
                        evidence.append(.object([
                            "date": .string(ev.date), "type": .string(ev.type), "article": .string(item.article),
                            "direction": .string(direction(ev, g)), "text": .string(item.text),
                        ]))
                    }
                }
            }
            return .object([
                "source": .string(a.id), "target": .string(b.id), "kind": .string(e.kind.rawValue),
                "weight": .number(e.weight), "count": .int(e.count), "polarity": .string(e.polarity.rawValue),
                "types": .array(e.types.map { .string("\($0.type) ×\($0.count)") }),
                "svg": c.drawing?.edgeElements[key].map { .string($0) } ?? .null,
                "evidence": .array(evidence), "evidenceTotal": .int(max(total, evidence.count)),
            ])
        }

        var changes: [JSONValue] = []
        if let d = c.diff {
            for e in d.diff.edges {
                let key = "\(e.source)|\(e.target)|\(e.kind.rawValue)"
                guard let element = d.drawing?.edgeElements[key] else { continue }  // not drawn
                changes.append(.object([
                    "source": .string(e.source), "target": .string(e.target), "kind": .string(e.kind.rawValue),
                    "status": .string(e.status.rawValue),
                    "before": .number(e.before?.weight ?? 0), "after": .number(e.after?.weight ?? 0),
                    "svg": .string(ReportPage.diffPrefix + element),
                ]))
            }
        }
        return .object(["nodes": .array(nodes), "edges": .array(edges), "changes": .array(changes)])
    }

    /// Events by unordered pair `a|b` (a < b), newest first, then by type.
    static func eventsByPair(_ g: RelationGraph) -> [String: [InteractionEvent]] {
        var out: [String: [InteractionEvent]] = [:]
        for e in g.events { out[e.a < e.b ? "\(e.a)|\(e.b)" : "\(e.b)|\(e.a)", default: []].append(e) }
        for k in out.keys { out[k]!.sort { ($0.date, $1.type) > ($1.date, $0.type) } }
        return out
    }

    /// «Saudi Arabia → Iran», «A ↔ B» both ways, or empty for events without a direction.
    static func direction(_ e: InteractionEvent, _ g: RelationGraph) -> String {
        let a = g.node(e.a)?.name ?? e.a, b = g.node(e.b)?.name ?? e.b
        switch e.direction {
        case .forward: return "\(a) → \(b)"
        case .backward: return "\(b) → \(a)"
        case .both: return "\(a) ↔ \(b)"
        case .none: return ""
        }
    }
}
