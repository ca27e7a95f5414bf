/// GEXF 1.3 (https://gexf.net/) as Gephi reads it natively:
/// - a dynamic graph (`mode="dynamic"`, `timeformat="date"`): every interaction edge has one spell
///   per day its events were reported (`<spell start="2025-03-01" end="2025-03-01"/>`), so
///   Gephi's timeline shows relations appear and recur; a node whose edges (other than
///   affiliations) all carry dates gets the spells of its edges; co-mention and affiliation edges
///   and the other nodes have none (present all the time);
/// - mixed edges: undirected by default; an edge whose events went one way (and an affiliation,
///   person → country) is `type="directed"` from the initiator; parallel edges between one pair
///   (an interaction and a co-mention) stay apart through the edge `kind` attribute;
/// - typed attribute declarations: node name (English), kind, country, known, layer, community
///   and the centrality measures on the node's layer; edge types, polarity, direction, count and
///   hostile weight; weight is native;
/// - with a drawing: `viz:color`, `viz:size` on nodes and edges' `viz:color`, and `viz:position`
///   when the graph was laid out.
/// networkx's `read_gexf` refuses graphs that mix directed and undirected edges, which Gephi's
/// own reader accepts; GraphML and node-link JSON are the exports for networkx.
enum GEXFExport {
    static func render(_ g: RelationGraph, _ ann: NodeAnnotations) -> String {
        let dates = EdgeDates.of(g)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta><creator>relgraph</creator><description>Relations between officials, organisations and countries reported in Arabic news</description></meta>
              <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">
                <attributes class="node" mode="static">
                  <attribute id="name" title="name" type="string"/>
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="country" title="country" type="string"/>
                  <attribute id="known" title="known" type="boolean"><default>true</default></attribute>

            """
        if !ann.layer.isEmpty {
            out += "      <attribute id=\"layer\" title=\"layer\" type=\"string\"/>\n"
            out += "      <attribute id=\"community\" title=\"community\" type=\"integer\"/>\n"
        }
        for c in ann.centrality { out += "      <attribute id=\"\(XML.escape(c.name))\" title=\"\(XML.escape(c.name))\" type=\"double\"/>\n" }
        out += """
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="types" title="types" type="string"/>
                  <attribute id="polarity" title="polarity" type="string"/>
                  <attribute id="direction" title="direction" type="string"/>
                  <attribute id="count" title="count" type="integer"/>
                  <attribute id="hostile_weight" title="hostile_weight" type="double"/>
                </attributes>
                <nodes>

            """
        // A node's spells: those of its edges, when every edge of it that is not an affiliation has dates.
        var nodeDates = [Set<String>](repeating: [], count: g.nodes.count)
        var undated = [Bool](repeating: false, count: g.nodes.count)
        for (i, e) in g.edges.enumerated() where e.kind != .affiliation {
            for v in [e.source, e.target] {
                if dates[i].isEmpty { undated[v] = true } else { nodeDates[v].formUnion(dates[i]) }
            }
        }
        for (i, n) in g.nodes.enumerated() {
            out += "      <node id=\"\(XML.escape(n.id))\" label=\"\(XML.escape(n.label))\">\n        <attvalues>"
            out += value("name", XML.escape(n.name)) + value("kind", n.kind.rawValue)
            if let c = n.country { out += value("country", XML.escape(c)) }
            if !n.known { out += value("known", "false") }
            if let layer = ann.layer(i), !layer.isEmpty { out += value("layer", layer) }
            if let c = ann.community(i), c > 0 { out += value("community", String(c)) }
            for c in ann.centrality where i < c.values.count {
                if let v = c.values[i], let text = NumberText.fixed(v, decimals: 6) { out += value(XML.escape(c.name), text) }
            }
            out += "</attvalues>\n"
            if !undated[i] && !nodeDates[i].isEmpty { out += "        " + spells(nodeDates[i].sorted()) + "\n" }
            if let d = ann.drawing, i < d.nodeColors.count {
                out += "        " + color(d.nodeColors[i]) + "<viz:size value=\"\(fixed(d.nodeSizes[i]))\"/>"
                if let p = d.positions?[i] { out += "<viz:position x=\"\(fixed(p.x))\" y=\"\(fixed(p.y))\" z=\"0.0\"/>" }
                out += "\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, e) in g.edges.enumerated() {
            var s = g.nodes[e.source].id, t = g.nodes[e.target].id
            if e.direction == .backward { swap(&s, &t) }
            let directed = e.direction == .forward || e.direction == .backward
            out += "      <edge id=\"\(i)\" source=\"\(XML.escape(s))\" target=\"\(XML.escape(t))\" kind=\"\(e.kind.rawValue)\""
            out += " type=\"\(directed ? "directed" : "undirected")\" label=\"\(XML.escape(e.types.map(\.type).joined(separator: ", ")))\""
            out += " weight=\"\(JSONValue.format(e.weight))\">\n        <attvalues>"
            out += value("types", XML.escape(EdgeAttributes.types(e))) + value("polarity", e.polarity.rawValue)
            out += value("direction", (e.direction == .backward ? EdgeDirection.forward : e.direction).rawValue)
            out += value("count", String(e.count)) + value("hostile_weight", JSONValue.format(e.hostileWeight))
            out += "</attvalues>\n"
            if !dates[i].isEmpty { out += "        " + spells(dates[i]) + "\n" }
            if let d = ann.drawing, i < d.edgeColors.count { out += "        " + color(d.edgeColors[i]) + "\n" }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    static func value(_ id: String, _ v: String) -> String { "<attvalue for=\"\(id)\" value=\"\(v)\"/>" }

    /// One spell per day.
    static func spells(_ days: [String]) -> String {
        "<spells>" + days.map { "<spell start=\"\(XML.escape($0))\" end=\"\(XML.escape($0))\"/>" }.joined() + "</spells>"
    }

    /// `viz:color` of `#rrggbb` (black for anything else).
    static func color(_ hex: String) -> String {
        let digits = Array(hex.utf8.dropFirst())
        func byte(_ k: Int) -> Int {
            guard digits.count == 6, let v = Int(String(decoding: digits[2 * k..<2 * k + 2], as: UTF8.self), radix: 16) else { return 0 }
            return v
        }
        return "<viz:color r=\"\(byte(0))\" g=\"\(byte(1))\" b=\"\(byte(2))\"/>"
    }

    static func fixed(_ x: Double) -> String { NumberText.fixed(x, decimals: 2) ?? "0" }
}
