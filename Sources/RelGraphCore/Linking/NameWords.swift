/// What the linker knows about the words of names, built once from the knowledge base: which words
/// can never be part of a name, which words before a title or name change what it means, and the
/// KB persons' names by the "skeleton" of their first and last words, for names written another way.
struct NameWords: Sendable {
    /// Function words and verbs (lexicon stopwords and the first word of every interaction trigger),
    /// normalised: a name stops before one.
    let stop: WordSet
    /// Words of the KB's person names: a word in ة is a name word only if a KB name carries it.
    let nameWords: WordSet
    /// Lexicon words, normalised (the first word of a multi-word entry).
    let subordinate: WordSet
    let deceased: WordSet
    let namedAfter: WordSet
    let titleWords: WordSet
    let countryPair: WordSet
    let capitalCity: WordSet
    /// First words of the KB's full person names (خالد, فيصل, محمد …), by their bytes: a partial
    /// name right after one of them belongs to another, unknown full name («فيصل بن سلمان»).
    let givenNames: WordSet
    /// Ids of the KB persons who died (`Person.died`).
    let dead: WordSet
    /// KB persons by the skeleton of the first word and of the last word of each of their names.
    let byFirst: [String: [Int32]]
    let byLast: [String: [Int32]]
    /// The word keys of each KB person's full names (persons in KB order).
    let names: [[[String]]]

    init(kb: KnowledgeBase) {
        var cache = TokenKeyCache()
        func keys(_ text: String) -> [String] { PatternIndex.tokens(text, cache: &cache).filter { $0.kind == .word }.map(\.key) }
        func firstKeys(_ list: [String]) -> WordSet { WordSet(Self.withProclitics(Set(list.compactMap { keys($0).first }))) }
        stop = firstKeys(kb.lexicon.stopwords + kb.triggers.map(\.pattern))
        subordinate = firstKeys(kb.lexicon.subordinate)
        deceased = firstKeys(kb.lexicon.deceased)
        namedAfter = firstKeys(kb.lexicon.namedAfter)
        titleWords = firstKeys(kb.lexicon.titleWords)
        countryPair = firstKeys(kb.lexicon.countryPair)
        capitalCity = firstKeys(kb.lexicon.capitalCity)
        var words = Set<String>(), given = Set<String>(), byFirst: [String: [Int32]] = [:], byLast: [String: [Int32]] = [:]
        var names: [[[String]]] = []
        names.reserveCapacity(kb.persons.count)
        for (i, p) in kb.persons.enumerated() {
            names.append(p.names.map(keys))
            for n in names[i] { if let first = n.first { given.insert(first) } }
            for n in p.names + [p.ar] {
                let k = keys(n)
                words.formUnion(k)
                guard k.count >= 2, let first = k.first, let last = k.last else { continue }
                let person = Int32(i)
                if byFirst[Self.skeleton(first)]?.last != person { byFirst[Self.skeleton(first), default: []].append(person) }
                if byLast[Self.skeleton(last)]?.last != person { byLast[Self.skeleton(last), default: []].append(person) }
            }
            for n in p.short { words.formUnion(keys(n)) }
        }
        nameWords = WordSet(words)
        self.givenNames = WordSet(given)
        dead = WordSet(kb.persons.filter { $0.died != nil }.map(\.id))
        self.names = names
        self.byFirst = byFirst
        self.byLast = byLast
    }

    /// The consonant skeleton of a normalised word, so that spellings of one transliterated name
    /// meet («جوزف» / «جوزيف», «هاقان» / «هاكان», «الحريري» / «حريري»): the article «ال» dropped,
    /// the long vowels and ه after the first letter dropped, and letters the press interchanges in
    /// foreign names folded (ق→ك, ط→ت, ظ ذ→ز, ث ص→س, ض→د).
    static func skeleton(_ key: String) -> String {
        var scalars = Array(key.unicodeScalars)
        if scalars.count > 4, scalars[0] == "ا", scalars[1] == "ل" { scalars.removeFirst(2) }
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            if i > 0 && (s == "ا" || s == "و" || s == "ي" || s == "ه") { continue }
            switch s {
            case "ق": out.append("ك")
            case "ط": out.append("ت")
            case "ظ", "ذ": out.append("ز")
            case "ث", "ص": out.append("س")
            case "ض": out.append("د")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// True when `key` (normalised), or the word with a proclitic removed, is in `set` (a set made
    /// by `withProclitics`, so one look-up answers).
    @inline(__always)
    static func contains(_ set: WordSet, _ key: String) -> Bool { set.contains(key) }

    /// The words with the proclitics `CliticVariants` removes put back: و ف, then ب ل ك (and «لل»
    /// for «ال»), as the press writes them («والراحل», «بمطار», «للشهيد»).
    static func withProclitics(_ words: Set<String>) -> Set<String> {
        var out = words
        for w in words {
            var forms = [w] + ["ب", "ل", "ك"].map { $0 + w }
            if w.hasPrefix("ال") { forms.append("لل" + w.dropFirst(2)) }
            for f in forms { out.insert(f); out.insert("و" + f); out.insert("ف" + f) }
        }
        return out
    }
}
