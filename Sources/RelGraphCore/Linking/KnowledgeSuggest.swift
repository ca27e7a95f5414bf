/// Turns unresolved titled mentions («السفير الأمريكي مايكل راتني») into YAML stubs a user can
/// review and pass with `--kb`.
///
/// For each unresolved title whose office and country are known, the words right after it (after
/// honorifics and commas) are taken as the person's name when there are two to four of them and
/// none is a function word (`lexicon.stopwords`), a demonym or another KB pattern, and none ends in
/// ta marbuta (ة) unless the KB knows it as part of a name: «خطوة مهمة» or «لمناقشة العلاقات» after a
/// title are common nouns, while «خليفة» or «أسامة» are names the KB's persons carry. Stubs are grouped
/// by (office, country, name); the earliest article date becomes `from`.
public enum KnowledgeSuggest {
    public struct Stub: Sendable, Hashable {
        public var office: String
        public var country: String
        public var name: String?
        public var firstSeen: Day
        public var examples: [String]
    }

    public static func stubs(_ linked: [LinkedArticle], linker: Linker) -> [Stub] {
        var c = Collector(linker: linker)
        for la in linked { c.add(la) }
        return c.stubs
    }

    /// Stubs gathered one article at a time, so that a corpus need not be held: only the stubs
    /// are kept (at most `maxStubs`; the rest are counted in `omitted`).
    public struct Collector {
        let linker: Linker
        let stop: Set<String>
        let nameWords: Set<String>
        var byKey: [String: Stub] = [:]
        /// Stubs not kept past `maxStubs`.
        public private(set) var omitted = 0
        public static let maxStubs = 10_000

        public init(linker: Linker) {
            self.linker = linker
            stop = Set(linker.kb.lexicon.stopwords.map { ArabicNormalizer.normalize($0) })
            nameWords = Set(linker.kb.persons.flatMap { p in ([p.ar] + p.names + p.short).flatMap { Tokenizer.tokenize($0).map(\.key) } })
        }

        public mutating func add(_ la: LinkedArticle) {
            var scalars: [Unicode.Scalar] = []
            for m in la.mentions where m.resolution == .unresolved && m.kind == .title {
                guard let office = m.office, let country = m.country else { continue }
                if scalars.isEmpty { scalars = Array(la.article.text.unicodeScalars) }
                let name = nameAfter(m.tokens.upperBound, la.tokens, scalars, linker: linker, stop: stop, nameWords: nameWords)
                let key = "\(office)|\(country)|\(name ?? "")"
                let example = "\(la.article.id): «\(m.surface)\(name.map { " " + $0 } ?? "")»"
                if var s = byKey[key] {
                    s.firstSeen = min(s.firstSeen, la.article.date)
                    if s.examples.count < 3 { s.examples.append(example) }
                    byKey[key] = s
                } else if byKey.count < Self.maxStubs {
                    byKey[key] = Stub(office: office, country: country, name: name, firstSeen: la.article.date, examples: [example])
                } else {
                    omitted += 1
                }
            }
        }

        /// The stubs, by (office, country, name).
        public var stubs: [Stub] { byKey.keys.sorted().map { byKey[$0]! } }
    }

    static func nameAfter(_ start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar], linker: Linker, stop: Set<String>,
                          nameWords: Set<String>) -> String? {
        var t = start
        while t < tokens.count {
            if tokens[t].kind == .punct, tokens[t].key == "," { t += 1; continue }
            if let m = linker.index.longestMatch(in: tokens, at: t), m.payloads.contains(.honorific) || m.payloads.contains(where: \.isNisba) {
                t = m.range.upperBound
                continue
            }
            break
        }
        let first = t
        while t < tokens.count, t - first < 4, tokens[t].kind == .word, !stop.contains(tokens[t].key),
              linker.index.longestMatch(in: tokens, at: t) == nil {
            t += 1
        }
        guard t - first >= 2 else { return nil }
        for token in tokens[first..<t] where scalars[token.end - 1] == "\u{0629}" && !nameWords.contains(token.key) { return nil }
        return String(String.UnicodeScalarView(scalars[tokens[first].start..<tokens[t - 1].end]))
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
            let base = "\(s.country.lowercased())_\(s.office)"
            counts[base, default: 0] += 1
            // Every text is quoted or made one comment line: an article id or a name holding a
            // line break (CR, U+2028, …) must not end a comment or a scalar and add entries.
            out += "  - id: \(YAMLText.quoted("\(base)_\(counts[base]!)"))\n"
            out += "    en: TODO\n"
            out += "    ar: \(YAMLText.quoted(s.name ?? "TODO"))\n"
            out += "    country: \(YAMLText.quoted(s.country))\n"
            out += "    names: [\(s.name.map(YAMLText.quoted) ?? "")]\n"
            out += "    roles:\n"
            out += "      - {office: \(YAMLText.quoted(s.office)), from: \(s.firstSeen)}   # first seen in the articles; set the real start date\n"
            for e in s.examples { out += "    # seen: \(YAMLText.comment(e))\n" }
        }
        return out
    }
}
