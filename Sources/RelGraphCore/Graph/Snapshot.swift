import Foundation

/// The snapshot file: a graph saved as JSON, readable back. Schema (version 1):
/// ```
/// { "format": "relgraph-snapshot", "version": 1,
///   "articles": [{"id", "date", "date_source", "title"?}],
///   "nodes": [{"id", "name", "label", "kind", "country"?}],            // sorted by id
///   "edges": [{"source", "target", "kind", "weight"}] }                // sorted by source, target, kind
/// ```
/// Keys are sorted, numbers have a fixed format, one node/edge/article per line.
public enum Snapshot {
    public static let format = "relgraph-snapshot"
    public static let version = 1

    public static func json(_ g: RelationGraph) -> String {
        let nodes: [JSONValue] = g.nodes.map { n in
            var o: [String: JSONValue] = ["id": .string(n.id), "name": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue)]
            o["country"] = n.country.map(JSONValue.string) ?? .null
            return .object(o)
        }
        let edges: [JSONValue] = g.edges.map { e in
            .object(["source": .string(g.nodes[e.source].id), "target": .string(g.nodes[e.target].id),
                     "kind": .string(e.kind.rawValue), "weight": .number(e.weight)])
        }
        let articles: [JSONValue] = g.articles.map { a in
            var o: [String: JSONValue] = ["id": .string(a.id), "date": .string(a.date), "date_source": .string(a.dateSource)]
            if let t = a.title { o["title"] = .string(t) }
            return .object(o)
        }
        return JSONValue.object(["format": .string(format), "version": .int(version), "nodes": .array(nodes),
                                 "edges": .array(edges), "articles": .array(articles)]).pretty()
    }

    /// True when the data looks like a snapshot: it starts with `{` and names the format (keys are
    /// sorted, so `"format"` comes after the node and edge lists: the whole file is searched).
    public static func looksLikeSnapshot(_ data: Data) -> Bool {
        guard data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{") else { return false }
        return data.range(of: Data("\"format\": \"\(format)\"".utf8)) != nil || data.range(of: Data("\"format\":\"\(format)\"".utf8)) != nil
    }

    public static func read(_ data: Data, file: String) throws -> RelationGraph {
        let obj: Any
        do { obj = try JSONSerialization.jsonObject(with: data) } catch {
            throw SnapshotError.malformed(file: file, message: "not valid JSON (\((error as NSError).localizedDescription))")
        }
        guard let root = obj as? [String: Any], root["format"] as? String == format else {
            throw SnapshotError.malformed(file: file, message: "not a relgraph snapshot (missing \"format\": \"\(format)\")")
        }
        guard let v = root["version"] as? Int else { throw SnapshotError.malformed(file: file, message: "missing \"version\"") }
        guard v == version else { throw SnapshotError.unsupportedVersion(file: file, version: v, supported: version) }
        func list(_ key: String) throws -> [[String: Any]] {
            guard let l = root[key] as? [[String: Any]] else { throw SnapshotError.malformed(file: file, message: "\"\(key)\" must be a list of objects") }
            return l
        }
        var nodes: [GraphNode] = []
        for (i, n) in try list("nodes").enumerated() {
            guard let id = n["id"] as? String, let kindRaw = n["kind"] as? String, let kind = NodeKind(rawValue: kindRaw) else {
                throw SnapshotError.malformed(file: file, message: "node \(i) needs \"id\" and a \"kind\" of person, country or organisation")
            }
            nodes.append(GraphNode(id: id, name: n["name"] as? String ?? id, label: n["label"] as? String ?? id, kind: kind, country: n["country"] as? String))
        }
        let ids = Set(nodes.map(\.id))
        var edges: [(source: String, target: String, kind: EdgeKind, weight: Double)] = []
        for (i, e) in try list("edges").enumerated() {
            guard let s = e["source"] as? String, let t = e["target"] as? String, let w = (e["weight"] as? NSNumber)?.doubleValue,
                  let kind = EdgeKind(rawValue: e["kind"] as? String ?? EdgeKind.coMention.rawValue) else {
                throw SnapshotError.malformed(file: file, message: "edge \(i) needs \"source\", \"target\", \"kind\" and a numeric \"weight\"")
            }
            guard ids.contains(s), ids.contains(t) else {
                throw SnapshotError.malformed(file: file, message: "edge \(i) refers to an unknown node (\(ids.contains(s) ? t : s))")
            }
            guard w.isFinite, w >= 0 else { throw SnapshotError.malformed(file: file, message: "edge \(i) has a negative or non-finite weight") }
            edges.append((s, t, kind, w))
        }
        var articles: [ArticleInfo] = []
        for a in (root["articles"] as? [[String: Any]]) ?? [] {
            guard let id = a["id"] as? String else { continue }
            articles.append(ArticleInfo(id: id, date: a["date"] as? String ?? "", dateSource: a["date_source"] as? String ?? "", title: a["title"] as? String))
        }
        return RelationGraph(nodes: nodes, edges: edges, articles: articles)
    }
}

/// The error of snapshot reading.
public enum SnapshotError: Error, Sendable, CustomStringConvertible {
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
