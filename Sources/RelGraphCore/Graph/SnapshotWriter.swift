/// Writes a snapshot piece by piece, so that a large graph is never held as one JSON document: each
/// node, edge, event or article becomes a small `JSONValue` written into a buffer that is handed to
/// the sink whenever it holds `chunkSize` UTF-8 bytes. The text is exactly `JSONValue.pretty()` of
/// the whole document (keys sorted, one element per line, same numbers and escapes), so a streamed
/// snapshot and `Snapshot.json(_:)` are byte-identical.
public struct SnapshotWriter {
    /// Default buffer size of the sink's chunks.
    public static let defaultChunkSize = 1 << 20

    public var chunkSize: Int

    public init(chunkSize: Int = SnapshotWriter.defaultChunkSize) {
        self.chunkSize = max(1, chunkSize)
    }

    /// Writes the snapshot of `g` to `sink`, in chunks of about `chunkSize` bytes (a chunk ends
    /// after a whole element, so it may be longer by one element). Throws what the sink throws.
    public func write<E: Error>(_ g: RelationGraph, to sink: (String) throws(E) -> Void) throws(E) {
        var out = ""
        out.reserveCapacity(chunkSize + 4096)
        func flush(force: Bool = false) throws(E) {
            guard force ? !out.isEmpty : out.utf8.count >= chunkSize else { return }
            try sink(out)
            out.removeAll(keepingCapacity: true)
        }
        /// One top-level member `"key": [ … ]`, one element per line, as `JSONValue.pretty()` writes it.
        func list<C: Collection>(_ key: String, _ items: C, _ element: (C.Element) -> JSONValue) throws(E) {
            member(key)
            guard !items.isEmpty else { out += "[],\n"; return }
            out += "[\n"
            var left = items.count
            for item in items {
                out += "    "
                element(item).write(into: &out, indent: nil, level: 0)
                left -= 1
                out += left > 0 ? ",\n" : "\n"
                try flush()
            }
            out += "  ],\n"
        }
        func member(_ key: String) {
            out += "  "
            JSONValue.escape(key, into: &out)
            out += ": "
        }
        // Members in sorted key order: articles, edges, events, format, nodes, version.
        out += "{\n"
        try list("articles", g.articles, Snapshot.json(article:))
        try list("edges", g.edges) { Snapshot.json(edge: $0, in: g) }
        try list("events", g.events, Snapshot.json(event:))
        member("format")
        JSONValue.string(Snapshot.format).write(into: &out, indent: nil, level: 0)
        out += ",\n"
        try list("nodes", g.nodes, Snapshot.json(node:))
        member("version")
        JSONValue.int(Snapshot.version).write(into: &out, indent: nil, level: 0)
        out += "\n}\n"
        try flush(force: true)
    }
}

extension Snapshot {
    /// The snapshot as one string (small graphs, tests); large ones are streamed with `SnapshotWriter`.
    public static func json(_ g: RelationGraph) -> String {
        var text = ""
        SnapshotWriter().write(g) { text += $0 }
        return text
    }

    /// A node; `"known": false` only for an open-world person (a KB entity has no such key), and
    /// `"sides"` only for a person who acted for another side on some days.
    static func json(node n: GraphNode) -> JSONValue {
        var o: [String: JSONValue] = ["id": .string(n.id), "name": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue),
                                      "country": n.country.map(JSONValue.string) ?? .null]
        if !n.known { o["known"] = .bool(false) }
        if !n.sides.isEmpty {
            o["sides"] = .array(n.sides.map { t in
                .object(["side": .string(t.side), "from": t.from.map { .string($0.description) } ?? .null, "to": t.to.map { .string($0.description) } ?? .null])
            })
        }
        return .object(o)
    }

    static func json(edge e: GraphEdge, in g: RelationGraph) -> JSONValue {
        var types: [String: JSONValue] = [:]
        for t in e.types { types[t.type] = .object(["count": .int(t.count), "weight": .number(t.weight)]) }
        return .object(["source": .string(g.nodes[e.source].id), "target": .string(g.nodes[e.target].id),
                        "kind": .string(e.kind.rawValue), "weight": .number(e.weight), "direction": .string(e.direction.rawValue),
                        "polarity": .string(e.polarity.rawValue), "hostile_weight": .number(e.hostileWeight), "types": .object(types)])
    }

    static func json(event e: InteractionEvent) -> JSONValue {
        .object(["a": .string(e.a), "b": .string(e.b), "type": .string(e.type), "date": .string(e.date), "via": .array(e.via.map(JSONValue.string)),
                 "direction": .string(e.direction.rawValue), "polarity": .string(e.polarity.rawValue), "weight": .number(e.weight),
                 "evidence_count": .int(e.evidenceCount),
                 "evidence": .array(e.evidence.map { ev in
                     .object(["article": .string(ev.article), "date": .string(ev.date), "start": .int(ev.start), "end": .int(ev.end),
                              "text": .string(ev.text)])
                 })])
    }

    static func json(article a: ArticleInfo) -> JSONValue {
        var o: [String: JSONValue] = ["id": .string(a.id), "date": .string(a.date), "date_source": .string(a.dateSource)]
        if let t = a.title { o["title"] = .string(t) }
        if let u = a.url { o["url"] = .string(u) }
        if let s = a.outlet { o["outlet"] = .string(s) }
        if a.dateAssumed { o["date_assumed"] = .bool(true) }
        return .object(o)
    }
}
