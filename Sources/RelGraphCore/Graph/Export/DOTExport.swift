/// Plain DOT text (not laid out): a `digraph` in which undirected edges carry `dir=none`. Ids and
/// labels are quoted with `"` and `\` escaped, line breaks written as `\n`, NUL dropped (Graphviz
/// refuses it); a weight that is not a plain decimal (`1e+20`) is quoted.
enum DOTExport {
    static func render(_ g: RelationGraph) -> String {
        var out = "digraph relgraph {\n  node [fontname=\"DejaVu Sans\"];\n"
        for n in g.nodes {
            let shape = n.kind == .country ? "box" : n.kind == .organisation ? "hexagon" : "ellipse"
            out += "  \(quote(n.id)) [label=\(quote(n.label)), en=\(quote(n.name)), kind=\(n.kind.rawValue), shape=\(shape)];\n"
        }
        for e in g.edges {
            var s = g.nodes[e.source].id, t = g.nodes[e.target].id
            if e.direction == .backward { swap(&s, &t) }
            let dir = e.direction == .both ? "both" : (e.direction == .none ? "none" : "forward")
            out += "  \(quote(s)) -> \(quote(t)) [kind=\(e.kind.rawValue), weight=\(number(e.weight)), dir=\(dir), "
            out += "polarity=\(e.polarity.rawValue), types=\(quote(EdgeAttributes.types(e)))];\n"
        }
        return out + "}\n"
    }

    /// A number as a DOT id: bare when DOT's numeral grammar allows it, else quoted.
    static func number(_ x: Double) -> String {
        let s = JSONValue.format(x)
        return NumberText.isPlainDecimal(Substring(s)) ? s : quote(s)
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            case "\0": break
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
