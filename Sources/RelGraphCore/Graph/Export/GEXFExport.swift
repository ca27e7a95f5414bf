/// GEXF 1.3 (https://gexf.net/): Gephi's own format. Edge weight is native; edges are undirected
/// (readers such as networkx refuse a graph mixing edge types) and `direction` (none, forward =
/// source → target, backward, both), kind, types and polarity are attributes.
enum GEXFExport {
    static func render(_ g: RelationGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>relgraph</creator></meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">
                  <attribute id="0" title="name" type="string"/>
                  <attribute id="1" title="kind" type="string"/>
                  <attribute id="2" title="country" type="string"/>
                  <attribute id="3" title="known" type="boolean"><default>true</default></attribute>
                </attributes>
                <attributes class="edge">
                  <attribute id="0" title="kind" type="string"/>
                  <attribute id="1" title="types" type="string"/>
                  <attribute id="2" title="polarity" type="string"/>
                  <attribute id="3" title="direction" type="string"/>
                  <attribute id="4" title="count" type="integer"/>
                </attributes>
                <nodes>

            """
        for n in g.nodes {
            out += "      <node id=\"\(XML.escape(n.id))\" label=\"\(XML.escape(n.label))\"><attvalues>"
            out += "<attvalue for=\"0\" value=\"\(XML.escape(n.name))\"/><attvalue for=\"1\" value=\"\(n.kind.rawValue)\"/>"
            if let c = n.country { out += "<attvalue for=\"2\" value=\"\(XML.escape(c))\"/>" }
            if !n.known { out += "<attvalue for=\"3\" value=\"false\"/>" }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, e) in g.edges.enumerated() {
            let s = g.nodes[e.source].id, t = g.nodes[e.target].id
            out += "      <edge id=\"\(i)\" source=\"\(XML.escape(s))\" target=\"\(XML.escape(t))\""
            out += " weight=\"\(JSONValue.format(e.weight))\"><attvalues>"
            out += "<attvalue for=\"0\" value=\"\(e.kind.rawValue)\"/><attvalue for=\"1\" value=\"\(XML.escape(EdgeAttributes.types(e)))\"/>"
            out += "<attvalue for=\"2\" value=\"\(e.polarity.rawValue)\"/><attvalue for=\"3\" value=\"\(e.direction.rawValue)\"/>"
            out += "<attvalue for=\"4\" value=\"\(e.count)\"/></attvalues></edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
