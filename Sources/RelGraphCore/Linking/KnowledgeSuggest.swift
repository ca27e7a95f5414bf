/// Turns what the linker found but the KB does not know into YAML stubs a user can review and pass
/// with `--kb`:
/// - each open-world person (an official named beside a title or an honorific, `Mention.known`
///   false), with every form of the name seen, the office and country of the title beside it, and
///   the articles it came from;
/// - each unresolved title whose office and country are known but that no name stands beside
///   (name left empty).
/// Stubs are sorted by (office, country, name); the earliest article date becomes `from`.
public enum KnowledgeSuggest {
    public struct Stub: Sendable, Hashable {
        public var office: String
        public var country: String
        public var name: String?
        public var firstSeen: Day
        public var examples: [String]
        /// Every form of the name seen (the first is `name`).
        public var forms: [String] = []
        /// The articles it came from (the first few).
        public var articles: [String] = []
    }

    /// Articles listed per stub at most.
    static let maxArticles = 10

    public static func stubs(_ linked: [LinkedArticle], linker: Linker) -> [Stub] {
        var c = Collector()
        for la in linked { c.add(la) }
        return c.stubs
    }

    /// Stubs gathered one article at a time, so that a corpus need not be held: only the stubs
    /// are kept (at most `maxStubs`; mentions of further stubs are counted in `omitted`).
    public struct Collector: Sendable {
        var byKey: [String: Stub] = [:]
        /// Mentions not made into stubs past `maxStubs`.
        public private(set) var omitted = 0
        public static let maxStubs = 10_000

        public init() {}

        mutating func add(key: String, office: String?, country: String?, name: String?, form: String?, article la: LinkedArticle, example: String) {
            if var s = byKey[key] {
                s.firstSeen = min(s.firstSeen, la.article.date)
                if s.office.isEmpty, let office { s.office = office }
                if s.country.isEmpty, let country { s.country = country }
                if let form, !s.forms.contains(form) { s.forms.append(form) }
                if s.examples.count < 3, !s.examples.contains(example) { s.examples.append(example) }
                if s.articles.count < maxArticles, !s.articles.contains(la.article.id) { s.articles.append(la.article.id) }
                byKey[key] = s
            } else if byKey.count < Self.maxStubs {
                byKey[key] = Stub(office: office ?? "", country: country ?? "", name: name, firstSeen: la.article.date, examples: [example],
                                  forms: form.map { [$0] } ?? [], articles: [la.article.id])
            } else {
                omitted += 1
            }
        }

        public mutating func add(_ la: LinkedArticle) {
            for m in la.mentions {
                if !m.known, m.entityKind == .person, let id = m.entity {
                    let isName = m.kind == .person
                    add(key: "open|\(id)", office: isName ? nil : m.office, country: m.country, name: OpenWorld.name(ofId: id),
                        form: isName ? m.surface : nil, article: la, example: "\(la.article.id): «\(m.surface)»")
                } else if m.resolution == .unresolved, m.kind == .title, let office = m.office, let country = m.country {
                    add(key: "title|\(office)|\(country)", office: office, country: country, name: nil, form: nil, article: la,
                        example: "\(la.article.id): «\(m.surface)»")
                }
            }
        }

        /// The stubs, sorted by (office, country, name).
        public var stubs: [Stub] {
            byKey.values.map { s -> Stub in
                var s = s
                if let first = s.forms.first { s.name = first }
                return s
            }.sorted { ($0.office, $0.country, $0.name ?? "") < ($1.office, $1.country, $1.name ?? "") }
        }
    }

    /// The stubs as a knowledge-base YAML file (see docs/knowledge-base.md).
    public static func yaml(_ stubs: [Stub]) -> String {
        var out = """
            # Stubs written by `relgraph kb suggest` for titled persons not in the knowledge base.
            # Review each entry: give a readable id and the English name, check the role dates against
            # two sources, then use the file with --kb FILE (and check it with `relgraph kb lint FILE`).

            """
        if stubs.isEmpty { return out + "persons: []\n" }
        out += "persons:\n"
        var counts: [String: Int] = [:]
        for s in stubs {
            let base = "\(s.country.isEmpty ? "xx" : s.country.lowercased())_\(s.office.isEmpty ? "person" : s.office)"
            counts[base, default: 0] += 1
            // Every text is quoted or made one comment line: an article id or a name holding a
            // line break (CR, U+2028, …) must not end a comment or a scalar and add entries.
            out += "  - id: \(KnowledgeYAML.quoted("\(base)_\(counts[base]!)"))\n"
            out += "    en: TODO\n"
            out += "    ar: \(KnowledgeYAML.quoted(s.name ?? "TODO"))\n"
            out += "    country: \(KnowledgeYAML.quoted(s.country.isEmpty ? "TODO" : s.country))\n"
            let names = (s.forms.isEmpty ? [s.name].compactMap { $0 } : s.forms).map(KnowledgeYAML.quoted)
            out += "    names: [\(names.joined(separator: ", "))]\n"
            out += "    roles:\n"
            if !s.office.isEmpty {
                out += "      - {office: \(KnowledgeYAML.quoted(s.office)), from: \(s.firstSeen)}   # first seen in the articles; set the real start date\n"
            }
            if !s.articles.isEmpty { out += "    # articles: \(KnowledgeYAML.comment(s.articles.joined(separator: ", ")))\n" }
            for e in s.examples { out += "    # seen: \(KnowledgeYAML.comment(e))\n" }
        }
        return out
    }
}
