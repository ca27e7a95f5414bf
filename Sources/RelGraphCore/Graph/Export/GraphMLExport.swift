/// GraphML (http://graphml.graphdrawing.org/). A node's `id` is its relgraph id and so is its
/// `name` key, because igraph's `Graph.Read_GraphML` names vertices by the `name` attribute
/// (networkx by the `id`): both look nodes up by relgraph id. The English name is `en`, the
/// Arabic `label`; then kind, country, known, and (when computed) layer, community and the
/// centrality measures. Edges: kind, weight, direction, polarity, hostile_weight, count and types
/// (`call:2;meeting:4`).
enum GraphMLExport {
    static func render(_ g: RelationGraph, _ ann: NodeAnnotations) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        var nodeKeys = [("name", "string"), ("en", "string"), ("label", "string"), ("kind", "string"), ("country", "string")]
        if !ann.layer.isEmpty { nodeKeys += [("layer", "string"), ("community", "int")] }
        nodeKeys += ann.centrality.map { ($0.name, "double") }
        let edgeKeys = [("kind", "string"), ("weight", "double"), ("direction", "string"), ("polarity", "string"),
                        ("hostile_weight", "double"), ("count", "int"), ("types", "string")]
        for (k, t) in nodeKeys { out += "  <key id=\"n_\(XML.escape(k))\" for=\"node\" attr.name=\"\(XML.escape(k))\" attr.type=\"\(t)\"/>\n" }
        out += "  <key id=\"n_known\" for=\"node\" attr.name=\"known\" attr.type=\"boolean\"><default>true</default></key>\n"
        for (k, t) in edgeKeys { out += "  <key id=\"e_\(k)\" for=\"edge\" attr.name=\"\(k)\" attr.type=\"\(t)\"/>\n" }
        out += "  <graph id=\"relgraph\" edgedefault=\"undirected\">\n"
        for (i, n) in g.nodes.enumerated() {
            out += "    <node id=\"\(XML.escape(n.id))\">"
            out += "<data key=\"n_name\">\(XML.escape(n.id))</data><data key=\"n_en\">\(XML.escape(n.name))</data>"
            out += "<data key=\"n_label\">\(XML.escape(n.label))</data><data key=\"n_kind\">\(n.kind.rawValue)</data>"
            if let c = n.country { out += "<data key=\"n_country\">\(XML.escape(c))</data>" }
            if !n.known { out += "<data key=\"n_known\">false</data>" }
            if let layer = ann.layer(i), !layer.isEmpty { out += "<data key=\"n_layer\">\(layer)</data>" }
            if let c = ann.community(i), c > 0 { out += "<data key=\"n_community\">\(c)</data>" }
            for c in ann.centrality where i < c.values.count {
                if let v = c.values[i], let text = NumberText.fixed(v, decimals: 6) { out += "<data key=\"n_\(XML.escape(c.name))\">\(text)</data>" }
            }
            out += "</node>\n"
        }
        for (i, e) in g.edges.enumerated() {
            out += "    <edge id=\"e\(i)\" source=\"\(XML.escape(g.nodes[e.source].id))\" target=\"\(XML.escape(g.nodes[e.target].id))\">"
            out += "<data key=\"e_kind\">\(e.kind.rawValue)</data><data key=\"e_weight\">\(JSONValue.format(e.weight))</data>"
            out += "<data key=\"e_direction\">\(e.direction.rawValue)</data><data key=\"e_polarity\">\(e.polarity.rawValue)</data>"
            out += "<data key=\"e_hostile_weight\">\(JSONValue.format(e.hostileWeight))</data><data key=\"e_count\">\(e.count)</data>"
            out += "<data key=\"e_types\">\(XML.escape(EdgeAttributes.types(e)))</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
