import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The rules of the GEXF 1.3 schema (gexf.xsd, viz.xsd and dynamics.xsd of https://gexf.net/1.3/)
/// that a relgraph file can break, checked on the parsed document: namespaces and version, the
/// elements allowed where (meta, graph, attributes, nodes, edges, attvalues, spells, viz),
/// enumerated values (mode, defaultedgetype, timeformat, edge type, attribute types), typed
/// values (attvalues by their declared type, weights, viz numbers, colours 0–255, spells as
/// `xs:date` with start ≤ end), required attributes, and the references the schema's keys
/// imply (unique node and edge ids, edges between declared nodes, attvalues of declared
/// attributes). The schema files themselves are not kept: the complete 1.3 set (viz.xsd with
/// gexf.xsd and dynamics.xsd) could not be fetched for this project, and the check states each rule.
enum GEXFCheck {
    static let gexf = "http://gexf.net/1.3"
    static let viz = "http://gexf.net/1.3/viz"
    static let attributeTypes: Set<String> = ["integer", "long", "double", "float", "boolean", "bigdecimal", "biginteger", "byte", "char", "short",
                                              "liststring", "listboolean", "listinteger", "listlong", "listfloat", "listdouble", "listbyte",
                                              "listshort", "listbigdecimal", "listbiginteger", "listchar", "string", "anyURI"]

    static func problems(_ text: String) throws -> [String] {
        let doc = try XMLDocument(data: Data(text.utf8))
        var out: [String] = []
        guard let root = doc.rootElement() else { return ["no root element"] }
        func children(_ e: XMLElement) -> [XMLElement] { (e.children ?? []).compactMap { $0 as? XMLElement } }
        func attr(_ e: XMLElement, _ name: String) -> String? { e.attributes?.first { $0.name == name }?.stringValue }
        func isGEXF(_ e: XMLElement, _ name: String) -> Bool { e.localName == name && e.uri == gexf }
        func oneOf(_ e: XMLElement, _ name: String, _ allowed: Set<String>, required: Bool = false) {
            guard let v = attr(e, name) else { if required { out.append("<\(e.localName ?? "")> without \(name)") }; return }
            if !allowed.contains(v) { out.append("<\(e.localName ?? "")> \(name)=\"\(v)\" is not one of \(allowed.sorted())") }
        }
        func isDate(_ s: String) -> Bool {
            let p = s.split(separator: "-", omittingEmptySubsequences: false)
            guard p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2, let m = Int(p[1]), let d = Int(p[2]), Int(p[0]) != nil else { return false }
            return (1...12).contains(m) && (1...31).contains(d)
        }
        func typed(_ v: String, _ type: String) -> Bool {
            switch type {
            case "integer", "long", "short", "byte", "biginteger": return Int(v) != nil
            case "double", "float", "bigdecimal": return Double(v) != nil
            case "boolean": return v == "true" || v == "false" || v == "1" || v == "0"
            default: return true
            }
        }

        guard isGEXF(root, "gexf") else { return ["root is not <gexf> in \(gexf)"] }
        if attr(root, "version") != "1.3" { out.append("version is not 1.3") }
        let top = children(root)
        let graphs = top.filter { isGEXF($0, "graph") }
        if graphs.count != 1 { out.append("\(graphs.count) <graph> elements (one required)") }
        for e in top where !isGEXF(e, "meta") && !isGEXF(e, "graph") { out.append("unexpected <\(e.name ?? "")> in <gexf>") }
        guard let graph = graphs.first else { return out }
        oneOf(graph, "mode", ["static", "dynamic"])
        oneOf(graph, "defaultedgetype", ["directed", "undirected", "mutual"])
        oneOf(graph, "timeformat", ["integer", "double", "date", "dateTime"])
        oneOf(graph, "timerepresentation", ["interval", "timestamp"])
        let dates = attr(graph, "timeformat") == "date"

        var declared: [String: [String: String]] = ["node": [:], "edge": [:]]
        var nodeIds = Set<String>(), edgeIds = Set<String>()
        func attvalues(_ e: XMLElement, _ cls: String) {
            for v in children(e) {
                guard isGEXF(v, "attvalue") else { out.append("unexpected <\(v.name ?? "")> in <attvalues>"); continue }
                guard let key = attr(v, "for"), let value = attr(v, "value") else { out.append("<attvalue> without for or value"); continue }
                guard let type = declared[cls]?[key] else { out.append("attvalue for undeclared \(cls) attribute \"\(key)\""); continue }
                if !typed(value, type) { out.append("\(cls) attribute \(key) (\(type)): \"\(value)\"") }
            }
        }
        func spells(_ e: XMLElement) {
            for s in children(e) {
                guard isGEXF(s, "spell") else { out.append("unexpected <\(s.name ?? "")> in <spells>"); continue }
                let start = attr(s, "start"), end = attr(s, "end")
                if start == nil && end == nil { out.append("<spell> without start or end") }
                if dates { for d in [start, end].compactMap({ $0 }) where !isDate(d) { out.append("spell date \"\(d)\" is not xs:date") } }
                if let start, let end, dates, start > end { out.append("spell \(start) after \(end)") }
            }
        }
        func vizElement(_ v: XMLElement, allowed: Set<String>) {
            guard let name = v.localName, allowed.contains(name) else { out.append("unexpected viz:\(v.localName ?? "")"); return }
            switch name {
            case "color":
                for c in ["r", "g", "b"] {
                    guard let s = attr(v, c), let n = Int(s), (0...255).contains(n) else { out.append("viz:color \(c) missing or not 0–255"); continue }
                }
                if let a = attr(v, "a"), !(Double(a).map { (0...1).contains($0) } ?? false) { out.append("viz:color a=\"\(a)\"") }
            case "size", "thickness":
                if !(attr(v, "value").flatMap(Double.init).map { $0 >= 0 } ?? false) { out.append("viz:\(name) value missing or negative") }
            case "position":
                for c in ["x", "y", "z"] where attr(v, c).map({ Double($0) == nil }) ?? (c != "z") { out.append("viz:position \(c) missing or not a number") }
            default: break
            }
        }

        for part in children(graph) {
            if isGEXF(part, "attributes") {
                oneOf(part, "class", ["node", "edge"], required: true)
                oneOf(part, "mode", ["static", "dynamic"])
                let cls = attr(part, "class") ?? "node"
                for a in children(part) {
                    guard isGEXF(a, "attribute"), let id = attr(a, "id"), attr(a, "title") != nil, let type = attr(a, "type") else {
                        out.append("<attribute> without id, title or type"); continue
                    }
                    if !attributeTypes.contains(type) { out.append("attribute \(id): type \(type)") }
                    if declared[cls]?[id] != nil { out.append("attribute id \(id) declared twice") }
                    declared[cls]?[id] = type
                }
            } else if isGEXF(part, "nodes") {
                for n in children(part) {
                    guard isGEXF(n, "node"), let id = attr(n, "id") else { out.append("<node> without id"); continue }
                    if !nodeIds.insert(id).inserted { out.append("node id \(id) twice") }
                    for c in children(n) {
                        if isGEXF(c, "attvalues") { attvalues(c, "node") }
                        else if isGEXF(c, "spells") { spells(c) }
                        else if c.uri == viz { vizElement(c, allowed: ["color", "position", "size", "shape"]) }
                        else { out.append("unexpected <\(c.name ?? "")> in <node>") }
                    }
                }
            } else if isGEXF(part, "edges") {
                for e in children(part) {
                    guard isGEXF(e, "edge"), let s = attr(e, "source"), let t = attr(e, "target") else { out.append("<edge> without source or target"); continue }
                    if let id = attr(e, "id"), !edgeIds.insert(id).inserted { out.append("edge id \(id) twice") }
                    if !nodeIds.contains(s) || !nodeIds.contains(t) { out.append("edge \(s) – \(t) names an undeclared node") }
                    oneOf(e, "type", ["directed", "undirected", "mutual"])
                    if let w = attr(e, "weight"), Double(w) == nil { out.append("edge weight \"\(w)\"") }
                    for c in children(e) {
                        if isGEXF(c, "attvalues") { attvalues(c, "edge") }
                        else if isGEXF(c, "spells") { spells(c) }
                        else if c.uri == viz { vizElement(c, allowed: ["color", "thickness", "shape"]) }
                        else { out.append("unexpected <\(c.name ?? "")> in <edge>") }
                    }
                }
            } else {
                out.append("unexpected <\(part.name ?? "")> in <graph>")
            }
        }
        return out
    }
}
