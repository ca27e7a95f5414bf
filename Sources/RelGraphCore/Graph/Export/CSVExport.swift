/// An edge list in CSV (`CellText.csv`: RFC 4180 quoting, formula cells guarded): source, source_name, target, target_name, kind, weight,
/// direction, polarity, count, types.
enum CSVExport {
    static func render(_ g: RelationGraph) -> String {
        var out = "source,source_name,target,target_name,kind,weight,direction,polarity,count,types\r\n"
        for e in g.edges {
            let a = g.nodes[e.source], b = g.nodes[e.target]
            let row = [a.id, a.name, b.id, b.name, e.kind.rawValue, JSONValue.format(e.weight), e.direction.rawValue,
                       e.polarity.rawValue, String(e.count), EdgeAttributes.types(e)]
            out += row.map(CellText.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
