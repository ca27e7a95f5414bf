import Foundation

/// Turns the JSON results of the documented Wikidata query (`WikidataPositions.query`) into
/// knowledge-base persons a user can overlay with `--kb`, so that a desk with internet access can
/// refresh the offices it follows without a new relgraph.
///
/// Rows of one person are merged (several terms, several aliases). Each mapped term becomes a role
/// with `YYYY-MM-DD` dates; a date Wikidata gives only to the month or year keeps its first day and
/// the role is marked `# unverified: precision`. The output must load and pass `kb lint` on top of
/// the default knowledge base, so:
/// - a person the default KB already has (same id, or a full name of a KB person of the same country
///   among the Arabic label and aliases) is left out and reported in `skipped`: the KB's entry,
///   checked by hand, stays; an overlay may not redefine it without `kb lint` reporting a duplicate id;
/// - terms of one office in one country that overlap in Wikidata are cut: the earlier term ends
///   where the later starts (a term of the same person that overlaps another of that office is
///   merged with it instead);
/// - an imported term that overlaps a term of the default KB is clipped around it (the KB's dated,
///   sourced terms win); what is left is kept, each change noted in a comment on the role line and
///   in `notes`.
public enum WikidataImport {
    /// An imported role and the comments written after it.
    public struct ImportedRole: Sendable, Hashable {
        public var role: Role
        public var comments: [String]
    }

    public struct ImportedPerson: Sendable, Hashable {
        /// The Wikidata item (`Q…`).
        public var item: String
        public var id: String
        public var en: String
        public var ar: String
        public var country: String
        public var names: [String]
        public var roles: [ImportedRole]
        /// `https://www.wikidata.org/wiki/Q…`
        public var source: String { "https://www.wikidata.org/wiki/\(item)" }
    }

    public struct Result: Sendable {
        /// Sorted by id.
        public var persons: [ImportedPerson]
        /// Wikidata item → id of the default-KB person it was recognised as (left out of `persons`).
        public var skipped: [(item: String, id: String)]
        /// Rows and terms left out or changed, one line each, in a stable order.
        public var notes: [String]
        public var rows: Int
    }

    // MARK: Rows

    /// A Wikidata time with its precision (9 year, 10 month, 11 day).
    struct Time: Hashable {
        var day: Day
        var precision: Int
    }

    /// One «position held» statement of one person.
    struct Term: Hashable {
        var office: String
        var country: String
        var from: Time
        var to: Time?
    }

    struct PersonRows {
        var en: Set<String> = []
        var ar: Set<String> = []
        var aliases: Set<String> = []
        var terms: Set<Term> = []
    }

    /// Collects rows by person; work and memory grow with the number of distinct persons, terms
    /// and names, not with the rows' cross product. The results reader (`SPARQLResults`, with the
    /// JSON parser of a later stage) feeds it row by row.
    public struct Accumulator {
        let byItem: [String: WikidataPosition]
        var persons: [String: PersonRows] = [:]
        var rows = 0
        var seenVariables: Set<String> = []
        var notes: Set<String> = []

        public init(positions: [WikidataPosition]) {
            byItem = Dictionary(positions.map { ($0.item, $0) }, uniquingKeysWith: { a, _ in a })
        }

        public mutating func add(_ row: [String: SPARQLTerm]) {
            rows += 1
            seenVariables.formUnion(row.keys)
            guard let person = row["person"].flatMap(WikidataImport.item) else { return }
            var p = persons[person] ?? PersonRows()
            if let t = row["en"], t.kind == .literal { p.en.insert(t.value) }
            if let t = row["ar"], t.kind == .literal, t.language?.hasPrefix("ar") ?? true { p.ar.insert(t.value) }
            if let t = row["alias"], t.kind == .literal, t.language?.hasPrefix("ar") ?? true { p.aliases.insert(t.value) }
            if let term = term(row, person: person) { p.terms.insert(term) }
            persons[person] = p
        }

        mutating func term(_ row: [String: SPARQLTerm], person: String) -> Term? {
            guard let item = row["position"].flatMap(WikidataImport.item) else { return nil }
            guard let pos = byItem[item] else {
                notes.insert("\(person): position \(item) is not in the positions file; its terms are left out")
                return nil
            }
            let rowCountry = row["country"].flatMap { $0.kind == .literal ? $0.value.uppercased() : nil }
            guard let country = pos.country ?? rowCountry, country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                notes.insert("\(person): position \(item) has no country in the positions file or the results; its terms are left out")
                return nil
            }
            guard let start = row["start"], let from = WikidataImport.time(start, precision: row["startPrecision"]) else {
                notes.insert("\(person): a term of \(item) has no start date Wikidata gives to the year or better; left out")
                return nil
            }
            var to: Time?
            if let end = row["end"] {
                guard let t = WikidataImport.time(end, precision: row["endPrecision"]) else {
                    notes.insert("\(person): a term of \(item) has an unknown end date; left out")
                    return nil
                }
                to = t
            }
            if let to, to.day < from.day {
                notes.insert("\(person): a term of \(item) ends (\(to.day)) before it starts (\(from.day)); left out")
                return nil
            }
            return Term(office: pos.office, country: country, from: from, to: to)
        }

        /// The persons of the rows added, resolved against `kb`; `file` names the results in errors.
        public func finish(file: String, kb: KnowledgeBase) throws -> Result {
            for v in ["person", "position", "start"] where rows > 0 && !seenVariables.contains(v) {
                throw WikidataImportError.missingVariable(file: file, variable: v)
            }
            return WikidataImport.build(persons, kb: kb, rows: rows, notes: notes)
        }
    }

    /// `Q…` from an entity IRI (`http://www.wikidata.org/entity/Q42`).
    static func item(_ t: SPARQLTerm) -> String? {
        guard t.kind == .uri, let last = t.value.split(separator: "/").last, last.first == "Q", last.count > 1,
              last.dropFirst().allSatisfy(\.isASCIIDigit) else { return nil }
        return String(last)
    }

    /// A Wikidata time literal (`2015-04-29T00:00:00Z`, `+2015-04-00T…`) at `precision` (default
    /// day). Month and year precision keep the first day of the month or year; coarser precision,
    /// dates before year 1 and unknown values (IRIs, blank nodes) give nil.
    static func time(_ t: SPARQLTerm, precision: SPARQLTerm?) -> Time? {
        guard t.kind == .literal else { return nil }
        var s = Substring(t.value)
        if s.first == "+" { s = s.dropFirst() }
        let parts = s.prefix(while: { $0 != "T" }).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        let p = precision.flatMap { Int($0.value) } ?? 11
        guard p >= 9 else { return nil }
        let day = p >= 11 ? Day(year: y, month: m, day: d) : p == 10 ? Day(year: y, month: max(m, 1), day: 1) : Day(year: y, month: 1, day: 1)
        return day.map { Time(day: $0, precision: min(p, 11)) }
    }

    // MARK: Persons

    static func build(_ rows: [String: PersonRows], kb: KnowledgeBase, rows count: Int, notes: Set<String>) -> Result {
        var notes = notes
        let knownNames = personsByName(kb)
        var skipped: [(item: String, id: String)] = []
        var people: [ImportedPerson] = []
        var taken = Set(kb.persons.map(\.id) + kb.countries.map(\.id) + kb.organisations.map(\.id))
        // In item-number order, so that the older item keeps the plain id on a collision.
        for item in rows.keys.sorted(by: { ($0.count, $0) < ($1.count, $1) }) {
            let r = rows[item]!
            let en = r.en.sorted().first ?? item
            let arabic = (r.ar.sorted() + r.aliases.sorted()).map(Reader.trimmed).filter(containsArabic)
            var names: [String] = []
            var seen: Set<String> = []
            for n in arabic where seen.insert(ArabicNormalizer.normalize(n)).inserted { names.append(n) }
            guard let ar = names.first else {
                notes.insert("\(item) (\(en)): no Arabic label or alias; left out")
                continue
            }
            let terms = mergeOwn(r.terms.filter { t in
                if kb.country(t.country) != nil { return true }
                notes.insert("\(item) (\(en)): a term of \(t.office) is in country '\(t.country)', which the knowledge base does not have; left out")
                return false
            })
            guard let first = terms.first else {
                notes.insert("\(item) (\(en)): no term of a mapped position with a start date; left out")
                continue
            }
            let base = slug(en).isEmpty ? item.lowercased() : slug(en)
            let countries = Set(terms.map(\.country))
            if let known = knownPerson(id: base, names: seen, countries: countries, kb: kb, byName: knownNames) {
                skipped.append((item, known))
                continue
            }
            let id = taken.contains(base) ? "\(base)_\(item.lowercased())" : base
            taken.insert(id)
            let roles = terms.map { t in
                ImportedRole(role: Role(office: t.office, country: t.country, from: t.from.day, to: t.to?.day),
                             comments: precisionComment(t).map { [$0] } ?? [])
            }
            people.append(ImportedPerson(item: item, id: id, en: Reader.trimmed(en), ar: ar, country: first.country, names: names, roles: roles))
        }
        cutOverlaps(&people, notes: &notes)
        clip(&people, around: kb, notes: &notes)
        people.removeAll { p in
            if p.roles.isEmpty { notes.insert("\(p.item) (\(p.id)): no term is left once overlapping terms are resolved; left out") }
            return p.roles.isEmpty
        }
        for i in people.indices {
            people[i].roles.sort { ($0.role.from!, $0.role.office, $0.role.country) < ($1.role.from!, $1.role.office, $1.role.country) }
            people[i].country = people[i].roles[0].role.country
        }
        people.sort { $0.id < $1.id }
        return Result(persons: people, skipped: skipped.sorted { $0.id < $1.id }, notes: notes.sorted(), rows: count)
    }

    static func containsArabic(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value) }
    }

    /// Terms of one person sorted by start; two terms of the same office and country that overlap
    /// become one (Wikidata often records a reappointment as a second, overlapping statement).
    static func mergeOwn(_ terms: Set<Term>) -> [Term] {
        var out: [Term] = []
        for t in terms.sorted(by: { ($0.office, $0.country, $0.from.day) < ($1.office, $1.country, $1.from.day) }) {
            if let last = out.last, last.office == t.office, last.country == t.country, last.to.map({ t.from.day < $0.day }) ?? true {
                if let a = last.to, let b = t.to { out[out.count - 1].to = a.day < b.day ? b : a } else { out[out.count - 1].to = nil }
                continue
            }
            out.append(t)
        }
        return out.sorted { ($0.from.day, $0.office, $0.country) < ($1.from.day, $1.office, $1.country) }
    }

    static func precisionComment(_ t: Term) -> String? {
        func word(_ p: Int) -> String { p == 10 ? "month" : "year" }
        var parts: [String] = []
        if t.from.precision < 11 { parts.append("start given to the \(word(t.from.precision))") }
        if let to = t.to, to.precision < 11 { parts.append("end given to the \(word(to.precision))") }
        return parts.isEmpty ? nil : "unverified: precision (\(parts.joined(separator: ", ")))"
    }

    /// The KB's persons by normalised full name (and display label), with the countries they
    /// belong to or hold roles of.
    static func personsByName(_ kb: KnowledgeBase) -> [String: [(id: String, countries: Set<String>)]] {
        var out: [String: [(id: String, countries: Set<String>)]] = [:]
        for p in kb.persons {
            let countries = Set([p.country] + p.roles.map(\.country))
            for n in Set(([p.ar] + p.names).map { ArabicNormalizer.normalize($0) }) { out[n, default: []].append((p.id, countries)) }
        }
        return out
    }

    /// The id of the KB person this import is: the same id and a shared name, or a shared full
    /// name and country. Nil for a new person.
    static func knownPerson(id: String, names: Set<String>, countries: Set<String>, kb: KnowledgeBase,
                            byName: [String: [(id: String, countries: Set<String>)]]) -> String? {
        if let p = kb.person(id), !names.isDisjoint(with: ([p.ar] + p.names).map { ArabicNormalizer.normalize($0) }) { return id }
        return names.flatMap { byName[$0] ?? [] }.filter { !$0.countries.isDisjoint(with: countries) }.map(\.id).min()
    }

    /// Terms of one office in one country among the imported persons, sorted by start (then id):
    /// each that runs past the next one's start ends there. A term cut to nothing (two terms that
    /// start on one day) is left out. O(n log n).
    static func cutOverlaps(_ people: inout [ImportedPerson], notes: inout Set<String>) {
        var groups: [String: [(person: Int, role: Int)]] = [:]
        for (i, p) in people.enumerated() { for (j, r) in p.roles.enumerated() { groups["\(r.role.office)|\(r.role.country)", default: []].append((i, j)) } }
        var drop: Set<[Int]> = []
        for key in groups.keys.sorted() {
            let terms = groups[key]!.sorted { a, b in
                (people[a.person].roles[a.role].role.from!, people[a.person].id) < (people[b.person].roles[b.role].role.from!, people[b.person].id)
            }
            for (a, b) in zip(terms, terms.dropFirst()) {
                let next = people[b.person].roles[b.role].role
                var r = people[a.person].roles[a.role]
                guard r.role.to.map({ next.from! < $0 }) ?? true else { continue }
                let other = people[b.person].id
                if r.role.from! == next.from! {
                    drop.insert([a.person, a.role])
                    notes.insert("\(people[a.person].id): the \(key.replacingOccurrences(of: "|", with: " of ")) term from \(next.from!) starts on the day \(other)'s does; left out")
                    continue
                }
                r.role.to = next.from
                r.comments.append("cut at the start of \(other)'s term (overlapping terms in Wikidata)")
                people[a.person].roles[a.role] = r
                notes.insert("\(people[a.person].id): the \(key.replacingOccurrences(of: "|", with: " of ")) term from \(r.role.from!) now ends on \(next.from!), where \(other)'s starts")
            }
        }
        for i in people.indices {
            people[i].roles = people[i].roles.enumerated().filter { !drop.contains([i, $0.offset]) }.map(\.element)
        }
    }

    /// Removes from each imported term the days the KB gives to another holder of the same office
    /// in the same country; the pieces left are kept (usually one), each with a comment.
    static func clip(_ people: inout [ImportedPerson], around kb: KnowledgeBase, notes: inout Set<String>) {
        var held: [String: [(from: Day?, to: Day?, id: String)]] = [:]
        for p in kb.persons { for r in p.roles { held["\(r.office)|\(r.country)", default: []].append((r.from, r.to, p.id)) } }
        for i in people.indices {
            var roles: [ImportedRole] = []
            for r in people[i].roles {
                var pieces = [(from: r.role.from!, to: r.role.to)]
                var by: [String] = []
                for k in (held["\(r.role.office)|\(r.role.country)"] ?? []).sorted(by: { $0.id < $1.id }) {
                    var next: [(from: Day, to: Day?)] = []
                    for piece in pieces {
                        // [a, b) and [c, d) overlap when a < d and c < b (open ends unbounded).
                        let startsBeforeItEnds = k.to.map { piece.from < $0 } ?? true
                        let itStartsBeforeThisEnds: Bool
                        if let end = piece.to, let kf = k.from { itStartsBeforeThisEnds = kf < end } else { itStartsBeforeThisEnds = true }
                        let overlaps = startsBeforeItEnds && itStartsBeforeThisEnds
                        guard overlaps else { next.append(piece); continue }
                        if !by.contains(k.id) { by.append(k.id) }
                        if let kf = k.from, piece.from < kf { next.append((piece.from, kf)) }
                        if let kt = k.to, piece.to.map({ kt < $0 }) ?? true { next.append((kt, piece.to)) }
                    }
                    pieces = next
                }
                guard !by.isEmpty else { roles.append(r); continue }
                let what = "\(r.role.office) of \(r.role.country) from \(r.role.from!) to \(r.role.to.map { "\($0)" } ?? "open")"
                if pieces.isEmpty { notes.insert("\(people[i].id): the \(what) term lies within the knowledge base's terms of \(by.joined(separator: ", ")); left out") }
                for piece in pieces {
                    var c = r
                    c.role.from = piece.from
                    c.role.to = piece.to
                    c.comments.append("clipped around the knowledge base's term of \(by.joined(separator: ", ")) (Wikidata: \(r.role.from!) to \(r.role.to.map { "\($0)" } ?? "open"))")
                    roles.append(c)
                    notes.insert("\(people[i].id): the \(what) term overlaps the knowledge base's term of \(by.joined(separator: ", ")); kept \(piece.from) to \(piece.to.map { "\($0)" } ?? "open")")
                }
            }
            people[i].roles = roles
        }
    }

    /// A snake_case ASCII id from an English name: accents stripped, letters without an ASCII
    /// decomposition spelled out (ß → ss), apostrophes dropped, anything else a separator.
    static func slug(_ name: String) -> String {
        let spelled: [Character: String] = ["ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae", "Æ": "ae",
                                            "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ħ": "h"]
        let apostrophes: Set<Character> = ["'", "’", "‘", "ʿ", "ʾ", "`", "´"]
        var out = ""
        var pendingSeparator = false
        for ch in name {
            if apostrophes.contains(ch) { continue }
            var ascii = spelled[ch] ?? String(ch).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            ascii = String(ascii.lowercased().unicodeScalars.filter { $0.isASCII && (("a"..."z").contains($0) || ("0"..."9").contains($0)) }.map(Character.init))
            if ascii.isEmpty { pendingSeparator = true; continue }
            if pendingSeparator && !out.isEmpty { out += "_" }
            pendingSeparator = false
            out += ascii
        }
        return out
    }

    // MARK: YAML

    /// The persons as knowledge-base YAML (docs/knowledge-base.md), every string quoted, roles and
    /// persons in a fixed order: the same results give the same bytes.
    public static func yaml(_ result: Result, source: String) -> String {
        var out = """
            # Written by `relgraph kb import` from Wikidata query results (\(KnowledgeYAML.comment(source))).
            # Persons the default knowledge base already has are left out; comments on role lines say
            # which dates are imprecise or were cut. Check with `relgraph kb lint FILE`, then use --kb FILE.

            """
        if result.persons.isEmpty { return out + "persons: []\n" }
        out += "persons:\n"
        for p in result.persons {
            out += "  - id: \(KnowledgeYAML.quoted(p.id))\n"
            out += "    en: \(KnowledgeYAML.quoted(p.en))\n"
            out += "    ar: \(KnowledgeYAML.quoted(p.ar))\n"
            out += "    country: \(KnowledgeYAML.quoted(p.country))\n"
            out += "    names: \(KnowledgeYAML.list(p.names))\n"
            out += "    roles:\n"
            for r in p.roles {
                var line = "      - {office: \(KnowledgeYAML.quoted(r.role.office))"
                if r.role.country != p.country { line += ", country: \(KnowledgeYAML.quoted(r.role.country))" }
                line += ", from: \(r.role.from!)"
                if let to = r.role.to { line += ", to: \(to)" }
                line += "}"
                if !r.comments.isEmpty { line += "  # " + KnowledgeYAML.comment(r.comments.joined(separator: "; ")) }
                out += line + "\n"
            }
            out += "    sources: [\(KnowledgeYAML.quoted(p.source))]\n"
        }
        return out
    }
}
