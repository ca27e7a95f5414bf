/// Output formats of `relgraph diff`. JSON schema: docs/diff.md.
public enum DiffFormat: String, Sendable, CaseIterable {
    case table, markdown, json

    public func render(_ d: GraphDiff, names: [String: String] = [:]) -> String {
        switch self {
        case .json: return Self.json(d)
        case .markdown: return Self.text(d, names: names, markdown: true)
        case .table: return Self.text(d, names: names, markdown: false)
        }
    }

    static func state(_ s: EdgeState?) -> JSONValue {
        guard let s else { return .null }
        return .object(["weight": .number(s.weight), "types": .object(s.types.mapValues(JSONValue.number)),
                        "polarity": .string(s.polarity.rawValue), "direction": .string(s.direction.rawValue)])
    }

    static func edge(_ e: EdgeChange) -> JSONValue {
        .object(["source": .string(e.source), "target": .string(e.target), "kind": .string(e.kind.rawValue), "status": .string(e.status.rawValue),
                 "before": state(e.before), "after": state(e.after), "weight_change": .number(e.weightChange),
                 "relative_change": e.relativeChange.map(JSONValue.number) ?? .null,
                 "types_changed": .bool(e.typesChanged), "polarity_changed": .bool(e.polarityChanged)])
    }

    static func json(_ d: GraphDiff) -> String {
        func node(_ n: NodeChange) -> JSONValue { .object(["id": .string(n.id), "name": .string(n.name), "label": .string(n.label), "kind": .string(n.kind.rawValue)]) }
        return JSONValue.object([
            "format": .string("relgraph-diff"), "version": .int(1),
            "before": .object(["articles": .int(d.beforeArticles)]), "after": .object(["articles": .int(d.afterArticles)]),
            "min_change": .number(d.minChange), "rank_measure": .string(d.rankMeasure.rawValue),
            "nodes": .object(["added": .array(d.nodesAdded.map(node)), "removed": .array(d.nodesRemoved.map(node))]),
            "edges": .array(d.edges.map(edge)),
            "movers": .array(d.movers.map { .object(["id": .string($0.id), "name": .string($0.name), "before": .int($0.before),
                                                     "after": .int($0.after), "moved": .int($0.moved)]) }),
            "country_pairs": .object(["new": .array(d.newCountryPairs.map { .array([.string($0.source), .string($0.target)]) }),
                                      "dormant": .array(d.dormantCountryPairs.map { .array([.string($0.source), .string($0.target)]) })]),
        ]).pretty()
    }

    static func text(_ d: GraphDiff, names: [String: String], markdown: Bool) -> String {
        // User text (names, ids, labels, types): escaped for Markdown, or without NUL in the table.
        func t(_ s: String) -> String { markdown ? MarkdownText.escape(s) : OutputText.withoutNUL(s) }
        func name(_ id: String) -> String { names[id].map { "\(t($0)) (\(t(id)))" } ?? t(id) }
        func pair(_ e: EdgeChange) -> String { "\(name(e.source)) – \(name(e.target))" }
        func types(_ s: EdgeState?) -> String {
            guard let s else { return "—" }
            return s.types.keys.sorted().map(t).joined(separator: ", ") + " · " + s.polarity.rawValue
        }
        func w(_ x: Double) -> String { JSONValue.format((x * 100).rounded() / 100) }
        let h = markdown ? "## " : "", bullet = markdown ? "- " : "  "
        var out = markdown ? "# What changed\n\n" : ""
        out += "before: \(d.beforeArticles) article(s); after: \(d.afterArticles) article(s)\(d.minChange > 0 ? "; weight changes under \(w(d.minChange)) ignored" : "")\n"
        if d.isEmpty { return out + "\nNo change.\n" }
        func section(_ title: String, _ lines: [String]) {
            guard !lines.isEmpty else { return }
            out += "\n\(h)\(title) (\(lines.count))\n" + (markdown ? "\n" : "")
            for l in lines { out += bullet + l + "\n" }
        }
        section("Appeared", d.nodesAdded.map { "\(name($0.id)) [\($0.kind.rawValue)] \(t($0.label))" })
        section("Vanished", d.nodesRemoved.map { "\(name($0.id)) [\($0.kind.rawValue)] \(t($0.label))" })
        section("New relations", d.edges(.added).filter { $0.kind == .interaction }.map { "\(pair($0)): \(w($0.weightChange)) (\(types($0.after)))" })
        section("Ended relations", d.edges(.removed).filter { $0.kind == .interaction }.map { "\(pair($0)): −\(w(-$0.weightChange)) (\(types($0.before)))" })
        let moved: (EdgeChange) -> String = { e in
            let rel = e.relativeChange.map { " (\($0 >= 0 ? "+" : "")\(w($0 * 100)) %)" } ?? ""
            var s = "\(pair(e)): \(w(e.before!.weight)) → \(w(e.after!.weight))\(rel)"
            if e.polarityChanged { s += "; \(e.before!.polarity.rawValue) → \(e.after!.polarity.rawValue)" }
            if e.typesChanged { s += "; types \(types(e.before)) → \(types(e.after))" }
            return s
        }
        section("Strengthened", d.edges(.strengthened).filter { $0.kind == .interaction }.map(moved))
        section("Weakened", d.edges(.weakened).filter { $0.kind == .interaction }.map(moved))
        section("Changed in kind or polarity", d.edges(.changed).filter { $0.kind == .interaction }.map(moved))
        section("New country pairs", d.newCountryPairs.map(pair))
        section("Dormant country pairs", d.dormantCountryPairs.map(pair))
        section("Rank movers by \(d.rankMeasure.rawValue) (people)", d.movers.map { "\(name($0.id)): \($0.before) → \($0.after) (\($0.moved > 0 ? "+" : "")\($0.moved))" })
        let weak = d.edges.filter { $0.kind == .coMention }.count
        if weak > 0 { out += "\n\(weak) co-mention (weak) link change(s) not listed; the JSON format lists them.\n" }
        return out
    }
}
