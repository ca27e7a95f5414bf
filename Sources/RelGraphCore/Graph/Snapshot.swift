import Foundation

/// The snapshot file: a graph saved as JSON, readable back. Schema (version 1) in
/// docs/snapshot.md. Keys are sorted, numbers have a fixed format, one node, edge, event or
/// article per line.
public enum Snapshot {
    public static let format = "relgraph-snapshot"
    public static let version = 1

    /// True when the data looks like a snapshot: it starts with `{` and names the format (keys are
    /// sorted, so `"format"` comes after the edge and event lists: the whole file is searched).
    public static func looksLikeSnapshot(_ data: Data) -> Bool {
        guard data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{") else { return false }
        return data.range(of: Data("\"format\": \"\(format)\"".utf8)) != nil || data.range(of: Data("\"format\":\"\(format)\"".utf8)) != nil
    }

    /// 1-based line and column (in bytes) of a byte offset.
    static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in data.prefix(max(0, offset)) {
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    public static func read(_ data: Data, file: String) throws -> RelationGraph {
        let obj: Any
        do { obj = try JSONSerialization.jsonObject(with: data) } catch {
            let debug = ((error as NSError).userInfo["NSDebugDescription"] as? String) ?? (error as NSError).localizedDescription
            var place = ""
            if let r = debug.range(of: #"character (\d+)"#, options: .regularExpression),
               let offset = Int(debug[r].dropFirst("character ".count)) {
                let (line, column) = Self.lineAndColumn(of: offset, in: data)
                place = ":\(line):\(column)"
            }
            throw SnapshotError.malformed(file: file + place, message: "not valid JSON (\(debug))")
        }
        guard let root = obj as? [String: Any], root["format"] as? String == format else {
            throw SnapshotError.malformed(file: file, message: "not a relgraph snapshot (missing \"format\": \"\(format)\")")
        }
        guard let v = root["version"] as? Int else { throw SnapshotError.malformed(file: file, message: "missing \"version\"") }
        guard v == version else { throw SnapshotError.unsupportedVersion(file: file, version: v, supported: version) }
        /// `file:line` of element `i` of the list under `key`, as `build` writes it (one per line).
        func at(_ key: String, _ i: Int) -> String {
            guard let r = data.range(of: Data("\"\(key)\": [".utf8)) else { return file }
            return "\(file):\(Self.lineAndColumn(of: r.lowerBound, in: data).line + 1 + i)"
        }
        func list(_ key: String, required: Bool = true) throws -> [[String: Any]] {
            if !required && root[key] == nil { return [] }
            guard let l = root[key] as? [[String: Any]] else { throw SnapshotError.malformed(file: file, message: "\"\(key)\" must be a list of objects") }
            return l
        }
        func number(_ x: Any?) -> Double? { (x as? NSNumber)?.doubleValue }
        var nodes: [GraphNode] = []
        for (i, n) in try list("nodes").enumerated() {
            guard let id = n["id"] as? String, let kindRaw = n["kind"] as? String, let kind = NodeKind(rawValue: kindRaw) else {
                throw SnapshotError.malformed(file: at("nodes", i), message: "node \(i) needs \"id\" and a \"kind\" of person, country or organisation")
            }
            nodes.append(GraphNode(id: id, name: n["name"] as? String ?? id, label: n["label"] as? String ?? id, kind: kind, country: n["country"] as? String))
        }
        let ids = Set(nodes.map(\.id))
        var edges: [EdgeSpec] = []
        for (i, e) in try list("edges").enumerated() {
            guard let s = e["source"] as? String, let t = e["target"] as? String, let w = number(e["weight"]),
                  let kind = EdgeKind(rawValue: e["kind"] as? String ?? "") else {
                throw SnapshotError.malformed(file: at("edges", i), message: "edge \(i) needs \"source\", \"target\", a \"kind\" (interaction, co_mention, affiliation) and a numeric \"weight\"")
            }
            guard ids.contains(s), ids.contains(t) else {
                throw SnapshotError.malformed(file: at("edges", i), message: "edge \(i) refers to an unknown node (\(ids.contains(s) ? t : s))")
            }
            guard w.isFinite, w >= 0 else { throw SnapshotError.malformed(file: at("edges", i), message: "edge \(i) has a negative or non-finite weight") }
            guard let direction = EdgeDirection(rawValue: e["direction"] as? String ?? "none") else {
                throw SnapshotError.malformed(file: at("edges", i), message: "edge \(i): \"direction\" must be none, forward, backward or both")
            }
            var types: [TypeWeight] = []
            for (type, v) in (e["types"] as? [String: Any]) ?? [:] {
                guard let o = v as? [String: Any], let tw = number(o["weight"]), let c = o["count"] as? Int else {
                    throw SnapshotError.malformed(file: at("edges", i), message: "edge \(i): type \"\(type)\" needs \"count\" and \"weight\"")
                }
                types.append(TypeWeight(type: type, weight: tw, count: c))
            }
            edges.append(EdgeSpec(source: s, target: t, kind: kind, weight: w, types: types, direction: direction,
                                  hostileWeight: number(e["hostile_weight"]) ?? 0))
        }
        var events: [InteractionEvent] = []
        for (i, e) in try list("events", required: false).enumerated() {
            guard let a = e["a"] as? String, let b = e["b"] as? String, let type = e["type"] as? String, let date = e["date"] as? String,
                  let direction = EdgeDirection(rawValue: e["direction"] as? String ?? ""),
                  let polarity = Polarity(rawValue: e["polarity"] as? String ?? ""), let w = number(e["weight"]) else {
                throw SnapshotError.malformed(file: at("events", i), message: "event \(i) needs a, b, type, date, direction, polarity and weight")
            }
            let evidence = ((e["evidence"] as? [[String: Any]]) ?? []).map { ev in
                Evidence(article: ev["article"] as? String ?? "", date: ev["date"] as? String ?? date, start: ev["start"] as? Int ?? 0,
                         end: ev["end"] as? Int ?? 0, text: ev["text"] as? String ?? "")
            }
            var event = InteractionEvent(source: a, target: b, directed: false, type: type, date: date, polarity: polarity, weight: w, evidence: evidence)
            event.a = a; event.b = b; event.direction = direction
            event.via = (e["via"] as? [String]) ?? []
            event.evidenceCount = (e["evidence_count"] as? Int) ?? evidence.count
            events.append(event)
        }
        var articles: [ArticleInfo] = []
        for a in (root["articles"] as? [[String: Any]]) ?? [] {
            guard let id = a["id"] as? String else { continue }
            articles.append(ArticleInfo(id: id, date: a["date"] as? String ?? "", dateSource: a["date_source"] as? String ?? "", title: a["title"] as? String))
        }
        return RelationGraph(nodes: nodes, edges: edges, events: events, articles: articles)
    }
}

/// The error of snapshot reading.
public enum SnapshotError: Error, Sendable, CustomStringConvertible {
    /// `file` carries `:line[:column]` when the place is known.
    case malformed(file: String, message: String)
    case unsupportedVersion(file: String, version: Int, supported: Int)

    public var description: String {
        switch self {
        case .malformed(let file, let message):
            return "\(file): \(message). Rebuild it with `relgraph build`."
        case .unsupportedVersion(let file, let v, let s):
            return "\(file): snapshot version \(v) is not supported (this relgraph reads version \(s)); rebuild it with this relgraph's `build`."
        }
    }
}
