extension RelationGraph {
    /// The key of an unordered pair of entity ids: `a|b` with `a < b`.
    public static func pairKey(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }

    /// The events of every pair of entities, by `pairKey`, newest first and by type within a date.
    /// One pass over `events`, for callers that look up many pairs (`events(between:_:)` scans).
    public func eventsByPair() -> [String: [InteractionEvent]] {
        var out: [String: [InteractionEvent]] = [:]
        for e in events { out[Self.pairKey(e.a, e.b), default: []].append(e) }
        for k in out.keys { out[k]!.sort { ($0.date, $1.type) > ($1.date, $0.type) } }
        return out
    }

    /// The event's direction with English names: «A → B», «A ↔ B», or empty when it has none.
    public func arrow(_ e: InteractionEvent) -> String {
        let a = node(e.a)?.name ?? e.a, b = node(e.b)?.name ?? e.b
        switch e.direction {
        case .forward: return "\(a) → \(b)"
        case .backward: return "\(b) → \(a)"
        case .both: return "\(a) ↔ \(b)"
        case .none: return ""
        }
    }
}
