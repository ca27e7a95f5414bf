/// A pair of CSV tables in Gephi's spreadsheet convention (Data Laboratory → Import Spreadsheet):
/// RFC 4180 (CRLF, `CellText.csv` quoting, formula cells guarded), UTF-8 without a byte-order mark.
///
/// - nodes: `Id` (relgraph id), `Label` (Arabic), then en (English name; not `name`, which igraph
///   takes for the vertex name), kind, country, known and,
///   when computed, layer, community and the centrality measures;
/// - edges: `Source`, `Target`, `Type` (`Directed` from the initiator when the events went one way,
///   and for affiliations; else `Undirected`), `Id`, `Label` (the interaction types), `Weight`,
///   then kind, direction, polarity, count, types (`call:2;meeting:4`), hostile_weight and
///   `Timeset`: the days the events were reported, as Gephi writes an interval set
///   (`<[2025-03-01,2025-03-01];[…]>`), empty for co-mentions and affiliations.
enum CSVExport {
    static func nodes(_ g: RelationGraph, _ ann: NodeAnnotations) -> String {
        var head = ["Id", "Label", "en", "kind", "country", "known"]
        if !ann.layer.isEmpty { head += ["layer", "community"] }
        head += ann.centrality.map(\.name)
        var out = head.map(CellText.csv).joined(separator: ",") + "\r\n"
        for (i, n) in g.nodes.enumerated() {
            var row = [n.id, n.label, n.name, n.kind.rawValue, n.country ?? "", n.known ? "true" : "false"]
            if !ann.layer.isEmpty { row += [ann.layer(i) ?? "", ann.community(i).map { $0 > 0 ? String($0) : "" } ?? ""] }
            row += ann.centrality.map { c in i < c.values.count ? c.values[i].flatMap { NumberText.fixed($0, decimals: 6) } ?? "" : "" }
            out += row.map(CellText.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func edges(_ g: RelationGraph) -> String {
        let dates = EdgeDates.of(g)
        var out = "Source,Target,Type,Id,Label,Weight,kind,direction,polarity,count,types,hostile_weight,Timeset\r\n"
        for (i, e) in g.edges.enumerated() {
            var s = g.nodes[e.source].id, t = g.nodes[e.target].id
            if e.direction == .backward { swap(&s, &t) }
            let directed = e.direction == .forward || e.direction == .backward
            let timeset = dates[i].isEmpty ? "" : "<" + dates[i].map { "[\($0),\($0)]" }.joined(separator: ";") + ">"
            let row = [s, t, directed ? "Directed" : "Undirected", String(i), e.types.map(\.type).joined(separator: ", "),
                       JSONValue.format(e.weight), e.kind.rawValue, (e.direction == .backward ? EdgeDirection.forward : e.direction).rawValue,
                       e.polarity.rawValue, String(e.count), EdgeAttributes.types(e), JSONValue.format(e.hostileWeight), timeset]
            out += row.map(CellText.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
