/// Output formats of the communities: one row per node, communities in rank order (size
/// descending, ties by the smallest member id), members by id. Modularity has six decimals; JSON
/// keys are sorted.
public enum CommunityFormat: String, Sendable, CaseIterable {
    case table, csv, json

    public func render(_ r: CommunityReport, graph: RelationGraph) -> String {
        switch self {
        case .table: return Self.table(r, graph)
        case .csv: return Self.csv(r, graph)
        case .json: return Self.json(r, graph)
        }
    }

    static let header = ["layer", "community", "size", "id", "name", "kind", "label"]

    static func rows(_ r: CommunityReport, _ g: RelationGraph) -> [(LayerCommunities, [[String]])] {
        r.layers.map { layer in
            (layer, layer.communities.flatMap { c in
                c.members.map { i in
                    let n = g.nodes[i]
                    return [layer.layer.rawValue, String(c.rank), String(c.members.count), n.id, n.name, n.kind.rawValue, n.label]
                }
            })
        }
    }

    static func number(_ x: Double) -> String { NumberText.fixed(x, decimals: 6) ?? "nan" }

    /// A summary line per layer, then aligned columns escaped for a terminal; the Arabic label last.
    static func table(_ r: CommunityReport, _ g: RelationGraph) -> String {
        var out = ""
        for (layer, rows) in rows(r, g) {
            out += "\(layer.layer.rawValue) layer: \(layer.nodeCount) nodes, \(layer.edgeCount) edges, "
            out += "\(layer.communities.count) communities, modularity \(number(layer.modularity))\n"
            let body = rows.map { $0.map(TerminalText.escape) }
            var widths = header.map(\.count)
            for row in body { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { i, c in
                    guard i < cells.count - 1 else { return c }
                    let fill = String(repeating: " ", count: max(0, widths[i] - c.count))
                    return i == 1 || i == 2 ? fill + c : c + fill
                }.joined(separator: "  ")
            }
            out += line(header) + "\n"
            for row in body { out += line(row) + "\n" }
        }
        return out
    }

    static func csv(_ r: CommunityReport, _ g: RelationGraph) -> String {
        var out = header.joined(separator: ",") + "\r\n"
        for (_, rows) in rows(r, g) { for row in rows { out += row.map(CellText.csv).joined(separator: ",") + "\r\n" } }
        return out
    }

    static func json(_ r: CommunityReport, _ g: RelationGraph) -> String {
        let layers: [JSONValue] = r.layers.map { layer in
            .object([
                "layer": .string(layer.layer.rawValue), "nodes": .int(layer.nodeCount), "edges": .int(layer.edgeCount),
                "modularity": .number((layer.modularity * 1e6).rounded() / 1e6),
                "communities": .array(layer.communities.map { c in
                    .object(["community": .int(c.rank), "size": .int(c.members.count), "members": .array(c.members.map { i in
                        let n = g.nodes[i]
                        return .object(["id": .string(n.id), "name": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue)])
                    })])
                }),
            ])
        }
        return JSONValue.object([
            "algorithm": .string("louvain"), "seed": .int(Int(truncatingIfNeeded: r.options.seed)), "resolution": .number(r.options.resolution),
            "co_mentions": .bool(r.options.coMentions), "layers": .array(layers),
        ]).pretty()
    }
}
