/// Output formats of the centrality report. Numbers have six decimals; JSON keys are sorted.
public enum CentralityFormat: String, Sendable, CaseIterable {
    case table, csv, json, markdown

    public func render(_ r: CentralityReport) -> String {
        switch self {
        case .table: return Self.table(r)
        case .csv: return Self.csv(r)
        case .json: return Self.json(r)
        case .markdown: return Self.markdown(r)
        }
    }

    static func number(_ x: Double) -> String { NumberText.fixed(x, decimals: 6) ?? "nan" }

    /// Display width in a terminal: one column per grapheme cluster (Arabic letters included;
    /// combining marks join their letter).
    static func width(_ s: String) -> Int { s.count }

    static func pad(_ s: String, _ w: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, w - width(s)))
        return right ? fill + s : s + fill
    }

    static func header(_ r: CentralityReport) -> [String] {
        ["rank", "id", "name"] + r.measures.map(\.rawValue) + ["community", "label"]
    }

    static func cells(_ row: CentralityRow) -> [String] {
        [String(row.rank), row.id, row.name] + row.values.map(number) + [String(row.community), row.label]
    }

    /// Aligned columns, each cell escaped for a terminal (`TerminalText`); the Arabic label comes last so right-to-left text cannot shift the others.
    static func table(_ r: CentralityReport) -> String {
        let head = header(r)
        let body = r.rows.map { cells($0).map(TerminalText.escape) }
        var widths = head.map(width)
        for row in body { for (i, c) in row.enumerated() { widths[i] = max(widths[i], width(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : pad(c, widths[i], right: i == 0 || (i >= 3 && i < cells.count - 1))
            }.joined(separator: "  ")
        }
        var out = "\(r.layer.rawValue) layer: \(r.nodeCount) nodes, \(r.edgeCount) edges\(r.directed ? ", directed" : ""); ranked by \(r.rankBy.rawValue)\n"
        out += line(head) + "\n"
        for row in body { out += line(row) + "\n" }
        return out
    }

    static func csv(_ r: CentralityReport) -> String {
        var out = header(r).joined(separator: ",") + "\r\n"
        for row in r.rows { out += cells(row).map(CellText.csv).joined(separator: ",") + "\r\n" }
        return out
    }

    static func markdown(_ r: CentralityReport) -> String {
        let head = header(r)
        var out = "| " + head.joined(separator: " | ") + " |\n"
        out += "|" + head.enumerated().map { i, _ in (i == 0 || (i >= 3 && i < head.count - 1)) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in r.rows { out += "| " + cells(row).map(MarkdownText.escape).joined(separator: " | ") + " |\n" }
        return out
    }

    static func json(_ r: CentralityReport) -> String {
        let rows: [JSONValue] = r.rows.map { row in
            var values: [String: JSONValue] = [:]
            for (m, v) in zip(r.measures, row.values) { values[m.rawValue] = .number(v) }
            return .object(["rank": .int(row.rank), "id": .string(row.id), "name": .string(row.name), "label": .string(row.label), "community": .int(row.community),
                            "kind": .string(row.kind.rawValue), "values": .object(values)])
        }
        return JSONValue.object([
            "layer": .string(r.layer.rawValue), "directed": .bool(r.directed), "nodes": .int(r.nodeCount), "edges": .int(r.edgeCount),
            "ranked_by": .string(r.rankBy.rawValue), "measures": .array(r.measures.map { .string($0.rawValue) }), "rows": .array(rows),
        ]).pretty()
    }
}
