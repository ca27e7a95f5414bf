/// Formats `relgraph export` writes. All are deterministic (sorted nodes and edges, fixed numbers).
///
/// - `graphml`: GraphML with typed keys; opens in Gephi, yEd, Cytoscape; `networkx.read_graphml`
///   reads it back (as a MultiGraph when a pair has both an interaction and a co-mention edge).
/// - `gexf`: GEXF 1.3 for Gephi, weights native, kind/types/polarity as attributes, per-edge type.
/// - `json`: node-link JSON as networkx's `node_link_data(G, edges="edges")` writes it (a
///   multigraph, undirected; `direction` says which way events went), plus the events.
/// - `csv`: an edge list, one row per edge, with both ends' names.
/// - `dot`: plain DOT text (not laid out) for Graphviz or other tools.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, gexf, json, csv, dot

    public func render(_ g: RelationGraph) -> String {
        switch self {
        case .graphml: return GraphMLExport.render(g)
        case .gexf: return GEXFExport.render(g)
        case .json: return NodeLinkExport.render(g)
        case .csv: return CSVExport.render(g)
        case .dot: return DOTExport.render(g)
        }
    }
}

/// Edge attributes shared by the exports.
enum EdgeAttributes {
    /// `call:2;meeting:4` — type:weight pairs, sorted by type.
    static func types(_ e: GraphEdge) -> String {
        e.types.map { "\($0.type):\(JSONValue.format($0.weight))" }.joined(separator: ";")
    }
}

/// Escaping for XML text and attribute values.
enum XML {
    static func escape(_ s: String) -> String {
        ScalarEscape.apply(s) { u in
            switch u {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\n": return "&#10;"
            case "\t": return "&#9;"
            default:
                // Characters XML 1.0 does not allow are dropped.
                if OutputText.isXMLForbidden(u) { return "" }
                return nil
            }
        }
    }
}
