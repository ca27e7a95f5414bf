/// Reads a snapshot with `JSONPullParser`: the top-level lists are walked element by element and
/// each node, edge, event or article goes straight into the graph's parts, so the document is never
/// held whole. The checks and their order are those of a reader that sees the whole document:
/// syntax first, then `format`, then `version`, then the first problem in nodes, edges, events
/// (schema problems are kept until the end because `format` and `version` come last).
struct SnapshotReader {
    private var p: JSONPullParser
    private var file: String { p.file }

    private var format: String?
    private var version: JSONValue?
    private var nodes: [GraphNode]?
    private var edges: [EdgeSpec]?
    /// Element index and place (`line:column`) of each of `edges`: node ids are checked at the end (nodes come after edges).
    private var edgePlaces: [(index: Int, place: String)] = []
    private var events: [InteractionEvent] = []
    /// Element index and place (`line:column`) of each of `events`: their nodes and types are checked at the end.
    private var eventPlaces: [(index: Int, place: String)] = []
    /// Kind of each node id read so far (one id with two kinds is refused).
    private var nodeKinds: [String: NodeKind] = [:]
    private var articles: [ArticleInfo] = []
    /// Evidence read so far, so that a sentence reported by several events is stored once and the
    /// sentences of one article share its `Source` (as in a graph `build` makes).
    private var pieces = Set<Evidence>()
    private var sources: [Pair: Evidence.Source] = [:]
    private struct Pair: Hashable {
        var article: String
        var date: String
    }

    /// The first schema problem of a list: element index, then the step that failed (in the order
    /// the checks are made), then the error.
    private struct Problem {
        var index: Int
        var step: Int
        var error: SnapshotError
    }
    private var problems: [String: Problem] = [:]

    init(_ parser: JSONPullParser) { p = parser }

    mutating func read() throws -> RelationGraph {
        guard try p.atObject() else {
            _ = try p.value()
            try p.finish()
            throw notASnapshot
        }
        p.enter()
        var first = true
        while let key = try p.nextKey(&first) {
            switch key {
            case "format": if case .string(let s) = try p.value() { format = s } else { format = nil }
            case "version": version = try p.value()
            case "nodes": nodeKinds = [:]; nodes = try list(key, element: Self.node)
            case "edges": edgePlaces = []; edges = try list(key, element: Self.edge)
            case "events": eventPlaces = []; events = try list(key, element: Self.event) ?? []
            case "articles": articles = try list(key, element: Self.article) ?? []
            default: _ = try p.value()
            }
        }
        try p.finish()
        guard format == Snapshot.format else { throw notASnapshot }
        guard let v = version?.intValue else { throw SnapshotError.malformed(file: file, message: "missing \"version\"") }
        guard v == Snapshot.version else { throw SnapshotError.unsupportedVersion(file: file, version: v, supported: Snapshot.version) }
        if let problem = problems["nodes"] { throw problem.error }
        guard let nodes else { throw mustBeList("nodes") }
        guard let edges else { throw problems["edges"]?.error ?? mustBeList("edges") }
        try checkEdgeEnds(edges, nodes: nodes)
        try checkEvents(types: Set(edges.lazy.flatMap { $0.types.map(\.type) }))
        return RelationGraph(nodes: nodes, edges: edges, events: events, articles: problems["articles"] == nil ? articles : [])
    }

    private var notASnapshot: SnapshotError {
        .malformed(file: file, message: "not a relgraph snapshot (missing \"format\": \"\(Snapshot.format)\")")
    }

    private func mustBeList(_ key: String, at place: String? = nil) -> SnapshotError {
        .malformed(file: place.map { "\(file):\($0)" } ?? file, message: "\"\(key)\" must be a list of objects")
    }

    /// The first edge naming an unknown node, unless an earlier problem among the edges comes first.
    private func checkEdgeEnds(_ edges: [EdgeSpec], nodes: [GraphNode]) throws {
        let recorded = problems["edges"]
        let ids = Set(nodes.map(\.id))
        for (e, place) in zip(edges, edgePlaces) {
            if let recorded, (recorded.index, recorded.step) < (place.index, 1) { throw recorded.error }
            if !ids.contains(e.source) || !ids.contains(e.target) {
                throw SnapshotError.malformed(file: "\(file):\(place.place)",
                                              message: "edge \(place.index) refers to an unknown node (\(ids.contains(e.source) ? e.target : e.source))")
            }
        }
        if let recorded { throw recorded.error }
    }

    /// The first event on a node the snapshot lacks or of a type no edge has, unless an earlier
    /// problem among the events comes first (a writer never makes either).
    private func checkEvents(types: Set<String>) throws {
        let recorded = problems["events"]
        for (e, place) in zip(events, eventPlaces) {
            if let recorded, (recorded.index, recorded.step) < (place.index, 9) { throw recorded.error }
            for id in [e.a, e.b] where nodeKinds[id] == nil {
                throw SnapshotError.malformed(file: "\(file):\(place.place)", message: "event \(place.index) refers to an unknown node (\(id))")
            }
            if !types.contains(e.type) {
                throw SnapshotError.malformed(file: "\(file):\(place.place)",
                                              message: "event \(place.index) has type \"\(e.type)\", which no edge of the snapshot has")
            }
        }
        if let recorded { throw recorded.error }
    }

    /// One top-level list: each element is read whole and handed to `element` (index, `line:column`
    /// where it starts, object),
    /// which returns the item or records a problem. A value that is not a list of objects is
    /// recorded as the list's problem. Nil when the value is not a list.
    private mutating func list<T>(_ key: String, element: (inout Self, Int, String, [String: JSONValue]) -> T?) throws -> [T]? {
        problems[key] = nil
        guard try p.atArray() else {
            let place = self.place
            _ = try p.value()
            problems[key] = Problem(index: -1, step: 0, error: mustBeList(key, at: place))
            return nil
        }
        p.enter()
        var items: [T] = []
        var first = true
        var i = 0
        while try p.nextElement(&first) {
            let place = self.place
            if case .object(let o) = try p.value() {
                if let item = element(&self, i, place, o) { items.append(item) }
            } else if problems[key].map({ $0.index >= 0 }) ?? true {
                problems[key] = Problem(index: -1, step: 0, error: mustBeList(key, at: place))
            }
            i += 1
        }
        return items
    }

    /// Records the first problem of list `key` (a problem of the whole list is kept over element problems).
    /// `line:column` of the parser's position (the start of the value it is at).
    private var place: String { "\(p.line):\(p.column)" }

    private mutating func problem(_ key: String, _ index: Int, step: Int = 0, at place: String, _ message: String) {
        guard problems[key] == nil else { return }
        problems[key] = Problem(index: index, step: step, error: .malformed(file: "\(file):\(place)", message: message))
    }

    private static func node(_ r: inout Self, _ i: Int, _ place: String, _ n: [String: JSONValue]) -> GraphNode? {
        guard let id = n["id"]?.stringValue, let kind = n["kind"]?.stringValue.flatMap(NodeKind.init(rawValue:)) else {
            r.problem("nodes", i, at: place, "node \(i) needs \"id\" and a \"kind\" of person, country or organisation")
            return nil
        }
        if let known = r.nodeKinds.updateValue(kind, forKey: id) {
            r.problem("nodes", i, step: 1, at: place,
                      known == kind ? "node \(i): id \"\(id)\" appears twice" : "node \(i): id \"\(id)\" is both a \(known.rawValue) and a \(kind.rawValue)")
            return nil
        }
        var known = true
        if case .bool(let b)? = n["known"] { known = b }
        // (A side term with no side or a date that is no day is left out.)
        var sides: [SideTerm] = []
        if case .array(let terms)? = n["sides"] {
            for case .object(let t) in terms {
                guard let side = t["side"]?.stringValue else { continue }
                let from = t["from"]?.stringValue.map(Day.init(iso:)), to = t["to"]?.stringValue.map(Day.init(iso:))
                if from == .some(nil) || to == .some(nil) { continue }
                sides.append(SideTerm(side: side, from: from ?? nil, to: to ?? nil))
            }
        }
        return GraphNode(id: id, name: n["name"]?.stringValue ?? id, label: n["label"]?.stringValue ?? id, kind: kind,
                         country: n["country"]?.stringValue, known: known, sides: sides)
    }

    private static func edge(_ r: inout Self, _ i: Int, _ place: String, _ e: [String: JSONValue]) -> EdgeSpec? {
        guard let s = e["source"]?.stringValue, let t = e["target"]?.stringValue, let w = e["weight"]?.doubleValue,
              let kind = EdgeKind(rawValue: e["kind"]?.stringValue ?? "") else {
            r.problem("edges", i, at: place, "edge \(i) needs \"source\", \"target\", a \"kind\" (interaction, co_mention, affiliation) and a numeric \"weight\"")
            return nil
        }
        // Kept even with a problem below: its node ids are checked first, at the end.
        r.edgePlaces.append((i, place))
        guard Self.acceptable(w, upTo: RelationGraph.maximumEdgeWeight) else {
            r.problem("edges", i, step: 2, at: place, "edge \(i) has a negative, non-finite or absurd weight (\(Self.shown(w)); at most \(Self.shown(RelationGraph.maximumEdgeWeight)))")
            return EdgeSpec(source: s, target: t, kind: kind, weight: 0)
        }
        guard let direction = EdgeDirection(rawValue: e["direction"]?.stringValue ?? "none") else {
            r.problem("edges", i, step: 3, at: place, "edge \(i): \"direction\" must be none, forward, backward or both")
            return EdgeSpec(source: s, target: t, kind: kind, weight: 0)
        }
        var types: [TypeWeight] = []
        if case .object(let byType) = e["types"] {
            for type in byType.keys.sorted() {
                guard case .object(let o) = byType[type], let tw = o["weight"]?.doubleValue, let c = o["count"]?.intValue,
                      Self.acceptable(tw, upTo: RelationGraph.maximumEdgeWeight), c >= 0 else {
                    r.problem("edges", i, step: 4, at: place, "edge \(i): type \"\(type)\" needs \"count\" >= 0 and a finite \"weight\" >= 0")
                    return EdgeSpec(source: s, target: t, kind: kind, weight: 0)
                }
                types.append(TypeWeight(type: type, weight: tw, count: c))
            }
        }
        return EdgeSpec(source: s, target: t, kind: kind, weight: w, types: types, direction: direction,
                        hostileWeight: e["hostile_weight"]?.doubleValue ?? 0)
    }

    private static func event(_ r: inout Self, _ i: Int, _ place: String, _ e: [String: JSONValue]) -> InteractionEvent? {
        guard let a = e["a"]?.stringValue, let b = e["b"]?.stringValue, let type = e["type"]?.stringValue, let date = e["date"]?.stringValue,
              let direction = EdgeDirection(rawValue: e["direction"]?.stringValue ?? ""),
              let polarity = Polarity(rawValue: e["polarity"]?.stringValue ?? ""), let w = e["weight"]?.doubleValue else {
            r.problem("events", i, at: place, "event \(i) needs a, b, type, date, direction, polarity and weight")
            return nil
        }
        guard Day(iso: date) != nil else {
            r.problem("events", i, step: 1, at: place, "event \(i) has an impossible date \"\(date)\" (expected a real YYYY-MM-DD)")
            return nil
        }
        guard Self.acceptable(w, upTo: InteractionType.maximumWeight) else {
            r.problem("events", i, step: 2, at: place,
                      "event \(i) has a negative, non-finite or absurd weight (\(Self.shown(w)); at most \(Self.shown(InteractionType.maximumWeight)))")
            return nil
        }
        var evidence: [Evidence] = []
        for (k, ev) in (e["evidence"]?.objects ?? []).enumerated() {
            let start = ev["start"]?.intValue ?? 0, end = ev["end"]?.intValue ?? 0, evDate = ev["date"]?.stringValue ?? date
            guard start >= 0, end >= start else {
                r.problem("events", i, step: 3, at: place, "event \(i), evidence \(k): offsets \(start)..\(end) are negative or reversed")
                return nil
            }
            guard Day(iso: evDate) != nil else {
                r.problem("events", i, step: 3, at: place, "event \(i), evidence \(k) has an impossible date \"\(evDate)\"")
                return nil
            }
            evidence.append(r.shared(article: ev["article"]?.stringValue ?? "", date: evDate, start: start, end: end,
                                     text: ev["text"]?.stringValue ?? ""))
        }
        r.eventPlaces.append((i, place))
        var event = InteractionEvent(source: a, target: b, directed: false, type: type, date: date, polarity: polarity, weight: w, evidence: evidence)
        event.a = a
        event.b = b
        event.direction = direction
        event.via = e["via"]?.strings ?? []
        event.evidenceCount = e["evidence_count"]?.intValue ?? evidence.count
        return event
    }

    /// A weight a writer can have made: finite, not negative, at most `limit`.
    private static func acceptable(_ w: Double, upTo limit: Double) -> Bool { w.isFinite && w >= 0 && w <= limit }

    /// A weight as an error message shows it.
    private static func shown(_ w: Double) -> String { NumberText.trimmed(w, decimals: 6) ?? String(describing: w) }

    /// A piece of evidence, sharing the storage of an equal piece read before and its article's `Source`.
    private mutating func shared(article: String, date: String, start: Int, end: Int, text: String) -> Evidence {
        let key = Pair(article: article, date: date)
        let source: Evidence.Source
        if let known = sources[key] {
            source = known
        } else {
            source = Evidence.Source(article: article, date: date)
            sources[key] = source
        }
        return pieces.insert(Evidence(source: source, start: start, end: end, text: text)).memberAfterInsert
    }

    /// Articles without an id are left out; a list with something other than objects gives none.
    private static func article(_ r: inout Self, _ i: Int, _ place: String, _ a: [String: JSONValue]) -> ArticleInfo? {
        guard let id = a["id"]?.stringValue else { return nil }
        return ArticleInfo(id: id, date: a["date"]?.stringValue ?? "", dateSource: a["date_source"]?.stringValue ?? "", title: a["title"]?.stringValue,
                           url: a["url"]?.stringValue, outlet: a["outlet"]?.stringValue)
    }
}

/// Typed views of a read value, as the snapshot reader needs them.
extension JSONValue {
    var stringValue: String? { if case .string(let s) = self { s } else { nil } }

    /// Any number.
    var doubleValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    /// An integer, or a number with an exact integer value.
    var intValue: Int? {
        switch self {
        case .int(let i): i
        case .number(let d): Int(exactly: d)
        default: nil
        }
    }

    /// The items when this is an array of objects only.
    var objects: [[String: JSONValue]]? {
        guard case .array(let items) = self else { return nil }
        var out: [[String: JSONValue]] = []
        for case .object(let o) in items { out.append(o) }
        return out.count == items.count ? out : nil
    }

    /// The items when this is an array of strings only.
    var strings: [String]? {
        guard case .array(let items) = self else { return nil }
        let out = items.compactMap(\.stringValue)
        return out.count == items.count ? out : nil
    }
}
