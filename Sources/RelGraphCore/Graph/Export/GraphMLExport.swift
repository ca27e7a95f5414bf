/// GraphML (http://graphml.graphdrawing.org/): nodes with name, label, kind, country; edges with
/// kind, weight, direction, polarity, hostile_weight, count and types (`call:2;meeting:4`).
enum GraphMLExport {
    static func render(_ g: RelationGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let nodeKeys = [("name", "string"), ("label", "string"), ("kind", "string"), ("country", "string")]
        let edgeKeys = [("kind", "string"), ("weight", "double"), ("direction", "string"), ("polarity", "string"),
                        ("hostile_weight", "double"), ("count", "int"), ("types", "string")]
        for (k, t) in nodeKeys { out += "  <key id=\"n_\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"\(t)\"/>\n" }
        out += "  <key id=\"n_known\" for=\"node\" attr.name=\"known\" attr.type=\"boolean\"><default>true</default></key>\n"
        for (k, t) in edgeKeys { out += "  <key id=\"e_\(k)\" for=\"edge\" attr.name=\"\(k)\" attr.type=\"\(t)\"/>\n" }
        out += "  <graph id=\"relgraph\" edgedefault=\"undirected\">\n"
        for n in g.nodes {
            out += "    <node id=\"\(XML.escape(n.id))\">"
            out += "<data key=\"n_name\">\(XML.escape(n.name))</data><data key=\"n_label\">\(XML.escape(n.label))</data>"
            out += "<data key=\"n_kind\">\(n.kind.rawValue)</data>"
            if let c = n.country { out += "<data key=\"n_country\">\(XML.escape(c))</data>" }
            if !n.known { out += "<data key=\"n_known\">false</data>" }
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
