/// Mention records for `relgraph link`: one JSON object or TSV row per mention.
///
/// Fields: `article`, `start`, `end` (Unicode-scalar offsets into the original text), `surface`,
/// `entity` (KB id, an open-world person's id, or null), `name` (English; for an open-world person the
/// name as written), `kind` (person, country, organisation, or title when unresolved), `known`
/// (false for an open-world person), `resolution` (name, coref, title, apposition, counterpart,
/// demonym, capital, country, history, unresolved), `office`, `country`, `sentence`, `note`.
public enum MentionTable {
    public static let fields = ["article", "start", "end", "surface", "entity", "name", "kind", "known", "resolution", "office", "country", "sentence", "note"]
    public static var tsvHeader: String { fields.joined(separator: "\t") }

    static func values(_ m: Mention, kb: KnowledgeBase) -> [String: JSONValue] {
        func opt(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        var name: String?
        if let id = m.entity {
            name = kb.person(id)?.en ?? kb.country(id)?.en ?? kb.organisation(id)?.en ?? (m.known ? nil : OpenWorld.name(ofId: id))
        }
        let kind = m.entityKind?.rawValue ?? m.kind.rawValue
        return ["article": .string(m.articleId), "start": .int(m.start), "end": .int(m.end), "surface": .string(m.surface),
                "entity": opt(m.entity), "name": opt(name), "kind": .string(kind), "known": .bool(m.known), "resolution": .string(m.resolution.rawValue),
                "office": opt(m.office), "country": opt(m.country), "sentence": .int(m.sentence), "note": opt(m.note)]
    }

    public static func json(_ m: Mention, kb: KnowledgeBase) -> String { JSONValue.object(values(m, kb: kb)).compact() }

    public static func tsv(_ m: Mention, kb: KnowledgeBase) -> String {
        let v = values(m, kb: kb)
        return fields.map { key -> String in
            switch v[key]! {
            case .string(let s): return CellText.tsv(s)
            case .int(let i): return String(i)
            case .bool(let b): return b ? "true" : "false"
            default: return ""
            }
        }.joined(separator: "\t")
    }
}
