/// Formats `relgraph export` writes. All are deterministic (sorted nodes and edges, fixed numbers).
/// `annotations` (communities, centrality, a drawing) are written where the format has room.
///
/// - `graphml`: GraphML with typed keys; node `id` and `name` are the relgraph id (networkx and
///   igraph look nodes up by it), the English name is `en`.
/// - `gexf`: GEXF 1.3 as Gephi reads it: dynamic (spells from event dates), mixed edge types,
///   edge kinds, typed attributes, `viz:` colour, size and position from a drawing.
/// - `json`: node-link JSON (networkx's `node_link_data`, edges under `edges` and `links`).
/// - `csv`: Gephi's spreadsheet pair, a nodes table and an edges table (`csvNodes`, `csvEdges`);
///   `render` gives the edges table.
/// - `dot`: plain DOT text (not laid out) for Graphviz or other tools.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, gexf, json, csv, dot

    public func render(_ g: RelationGraph, annotations: NodeAnnotations = NodeAnnotations()) -> String {
        switch self {
        case .graphml: return GraphMLExport.render(g, annotations)
        case .gexf: return GEXFExport.render(g, annotations)
        case .json: return NodeLinkExport.render(g, annotations)
        case .csv: return CSVExport.edges(g)
        case .dot: return DOTExport.render(g)
        }
    }

    /// The nodes table of the CSV pair.
    public static func csvNodes(_ g: RelationGraph, annotations: NodeAnnotations = NodeAnnotations()) -> String {
        CSVExport.nodes(g, annotations)
    }

    /// The edges table of the CSV pair.
    public static func csvEdges(_ g: RelationGraph) -> String { CSVExport.edges(g) }
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
                // Characters XML 1.0 does not allow are dropped; other raw controls become spaces.
                if OutputText.isXMLForbidden(u) { return "" }
                if OutputText.isRawControl(u) { return " " }
                return nil
            }
        }
    }
}
