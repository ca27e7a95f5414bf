/// The dated events behind the page's filters, time slider, per-relation months and window
/// comparison (`timeline` in the page's data, read by `report.js`).
///
/// - `relations`: `[source id, target id]` of the relations the page shows: the relations table's
///   rows in table order (row i is relation i), then the drawn interaction edges not in the table;
/// - `days`: the event dates (ISO, ascending); `kinds`: `{type, polarity}` sorted by type, then polarity;
/// - `events`: `[relation, day, kind, count, weight]`: the events of one relation, day and kind
///   folded into one record (count and summed weight), by day, then relation, then kind;
/// - `omittedEvents`: events left out past `maxRecords` records (those of the lightest relations:
///   whole relations are dropped, heaviest kept), so a large batch keeps the page's size bounded.
enum ReportTimeline {
    /// At most this many records (about 20 bytes each: ≤ 1 MB of the page).
    static let maxRecords = 50_000

    struct Relations {
        var pairs: [(String, String)] = []
        var index: [String: Int] = [:]

        mutating func add(_ a: String, _ b: String) {
            let key = RelationGraph.pairKey(a, b)
            guard index[key] == nil else { return }
            index[key] = pairs.count
            pairs.append((a, b))
        }
    }

    /// The relations the page shows (see above).
    static func relations(_ c: ReportContent) -> Relations {
        var r = Relations()
        let g = c.graph
        for e in ReportSections.relationEdges(g).prefix(c.maxRows) { r.add(g.nodes[e.source].id, g.nodes[e.target].id) }
        if let d = c.drawnGraph {
            for e in d.edges where e.kind == .interaction { r.add(d.nodes[e.source].id, d.nodes[e.target].id) }
        }
        return r
    }

    struct Record {
        var relation: Int, day: Int, kind: Int, count: Int, weight: Double
    }

    static func json(_ c: ReportContent, _ relations: Relations) -> JSONValue {
        var days: [String] = []
        var kinds: [String: Int] = [:]
        var kindList: [(String, Polarity)] = []
        var records: [Record] = []
        var open: [String: Int] = [:]  // "relation|kind" → record of the current day
        for e in c.graph.events {
            guard let r = relations.index[RelationGraph.pairKey(e.a, e.b)] else { continue }
            if days.last != e.date { days.append(e.date); open.removeAll(keepingCapacity: true) }
            let kindKey = "\(e.type)|\(e.polarity.rawValue)"
            let k: Int
            if let known = kinds[kindKey] { k = known } else { k = kindList.count; kinds[kindKey] = k; kindList.append((e.type, e.polarity)) }
            let key = "\(r)|\(k)"
            if let i = open[key] {
                records[i].count += 1
                records[i].weight += e.weight
            } else {
                open[key] = records.count
                records.append(Record(relation: r, day: days.count - 1, kind: k, count: 1, weight: e.weight))
            }
        }
        // Kinds in sorted order, records renumbered and in (day, relation, kind) order.
        let order = kindList.indices.sorted { (kindList[$0].0, kindList[$0].1.rawValue) < (kindList[$1].0, kindList[$1].1.rawValue) }
        var rank = [Int](repeating: 0, count: order.count)
        for (i, k) in order.enumerated() { rank[k] = i }
        for i in records.indices { records[i].kind = rank[records[i].kind] }
        records.sort { ($0.day, $0.relation, $0.kind) < ($1.day, $1.relation, $1.kind) }

        var omitted = 0
        if records.count > maxRecords {
            var perRelation = [Int](repeating: 0, count: relations.pairs.count)
            for r in records { perRelation[r.relation] += 1 }
            var kept = 0, last = -1
            for (i, n) in perRelation.enumerated() {
                if kept + n > maxRecords { break }
                kept += n
                last = i
            }
            omitted = records.reduce(0) { $0 + ($1.relation > last ? $1.count : 0) }
            records.removeAll { $0.relation > last }
        }
        return .object([
            "relations": .array(relations.pairs.map { .array([.string($0.0), .string($0.1)]) }),
            "days": .array(days.map { .string($0) }),
            "kinds": .array(order.map { .object(["type": .string(kindList[$0].0), "polarity": .string(kindList[$0].1.rawValue)]) }),
            "events": .array(records.map { .array([.int($0.relation), .int($0.day), .int($0.kind), .int($0.count), .number($0.weight)]) }),
            "omittedEvents": .int(omitted),
        ])
    }
}
