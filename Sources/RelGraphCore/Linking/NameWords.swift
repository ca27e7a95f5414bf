/// What the linker knows about the words of names, built once from the knowledge base: which words
/// can never be part of a name, which words before a title or name change what it means, and the
/// KB persons' names by the "skeleton" of their first and last words, for names written another way.
struct NameWords: Sendable {
    /// The lexicon's word classes of every normalised word that has one (`WordClass`), by the
    /// word's id in `vocabulary`. Once `share`d, that is the pattern indices' vocabulary, so that a
    /// token's classes are read by the key id its article's encoding already holds.
    private(set) var vocabulary: KeyVocabulary
    private var classes: [WordClass]
    /// Ids of the KB persons who died (`Person.died`).
    let dead: WordSet
    /// KB persons by the skeleton of the first word and of the last word of each of their names.
    let byFirst: [String: [Int32]]
    let byLast: [String: [Int32]]
    /// The word keys of each KB person's full names (persons in KB order).
    let names: [[[String]]]
    /// The lexicon's `title_reference` words as keys, without proclitics («الامير», «الوزير»).
    let titleReferences: WordSet
    /// The lexicon's `honorific_pronouns` as keys: each pronoun (without proclitics) with the words
    /// that introduce the person it stands for.
    let honorificPronouns: [String: WordSet]
    /// The lexicon's `group_nouns` («الحزب», «والحركة») by key, each with its noun without the
    /// article and proclitics («حزب», «حركه»).
    let groupNouns: [String: String]
    /// The words of each KB organisation's names, without the article («حزب», «الله»; «جماعه»,
    /// «حوثيه»), by organisation id: a group noun refers to an organisation whose name has it.
    let organisationWords: [String: Set<String>]
    /// The KB organisations' short forms (`Organisation.short`) by their first word's key (with
    /// proclitics): the keys of the other words, and the organisation's id.
    let organisationShorts: [String: [(rest: [String], id: String)]]

    init(kb: KnowledgeBase) {
        var cache = TokenKeyCache()
        func keys(_ text: String) -> [String] { PatternIndex.tokens(text, cache: &cache).filter { $0.kind == .word }.map(\.key) }
        // Words are interned as they come (lexicon order, then KB order), so that the vocabulary's
        // ids do not depend on hashing order; a word met again gets its further classes.
        var vocabulary = KeyVocabulary()
        var classes: [WordClass] = []
        func add(_ words: some Sequence<String>, _ c: WordClass) {
            for w in words {
                let id = Int(vocabulary.intern(w))
                if id == classes.count { classes.append(c) } else { classes[id].insert(c) }
            }
        }
        func firstKeys(_ list: [String]) -> [String] { Self.withProclitics(list.compactMap { keys($0).first }) }
        add(firstKeys(kb.lexicon.stopwords + kb.triggers.map(\.pattern)), .stop)
        add(firstKeys(kb.lexicon.stopwords), .function)
        add(firstKeys(kb.lexicon.subordinate), .subordinate)
        add(firstKeys(kb.lexicon.deceased), .deceased)
        add(firstKeys(kb.lexicon.namedAfter), .namedAfter)
        add(firstKeys(kb.lexicon.titleWords), .titleWord)
        add(firstKeys(kb.lexicon.countryPair), .countryPair)
        add(firstKeys(kb.lexicon.capitalCity), .capitalCity)
        add(firstKeys(kb.lexicon.killed), .killed)
        add(kb.lexicon.commonWords.compactMap { keys($0).first }, .commonWord)
        add(Self.bareMinister, .bareMinister)
        add(firstKeys(kb.lexicon.titleReference), .titleReference)
        add(firstKeys(kb.lexicon.institutions), .institution)
        add(firstKeys(kb.lexicon.officialGroups), .officialGroup)
        add(Self.familyArticle, .familyArticle)
        add(firstKeys(kb.lexicon.speechVerbs), .speechVerb)
        add(kb.lexicon.complementizers.compactMap { keys($0).first }, .complementizer)
        let pronouns = kb.lexicon.honorificPronouns.map(keys).filter { $0.count >= 2 }
        add(Self.withProclitics(pronouns.map { $0[0] }), .honorificPronoun)
        add(firstKeys(kb.lexicon.enemyNouns), .enemyNoun)
        add(firstKeys(kb.lexicon.enemyAdjectives), .enemyAdjective)
        add(firstKeys(kb.lexicon.definiteLookingVerbs), .definiteLookingVerb)
        add(firstKeys(kb.lexicon.royalHonorifics), .royalHonorific)
        var groupNouns: [String: String] = [:]
        for w in kb.lexicon.groupNouns.compactMap({ keys($0).first }) {
            for form in Self.withProclitics([w]) { groupNouns[form] = Self.withoutArticle(w) }
        }
        add(groupNouns.keys.sorted(), .groupNoun)
        self.groupNouns = groupNouns
        var organisationWords: [String: Set<String>] = [:]
        for o in kb.organisations { organisationWords[o.id] = Set((o.names + [o.ar]).flatMap(keys).map(Self.withoutArticle)) }
        self.organisationWords = organisationWords
        var shorts: [String: [(rest: [String], id: String)]] = [:]
        for o in kb.organisations {
            for form in o.short {
                let k = keys(form)
                guard let first = k.first else { continue }
                for f in Self.withProclitics([first]) { shorts[f, default: []].append((Array(k.dropFirst()), o.id)) }
            }
        }
        add(shorts.keys.sorted(), .organisationShort)
        self.organisationShorts = shorts
        var byFirst: [String: [Int32]] = [:], byLast: [String: [Int32]] = [:]
        var names: [[[String]]] = []
        names.reserveCapacity(kb.persons.count)
        for (i, p) in kb.persons.enumerated() {
            names.append(p.names.map(keys))
            add(names[i].compactMap(\.first), .givenName)
            for k in names[i] + [keys(p.ar)] {
                add(k, .nameWord)
                guard k.count >= 2, let first = k.first, let last = k.last else { continue }
                let person = Int32(i)
                let (f, l) = (Self.skeleton(first), Self.skeleton(last))
                if byFirst[f]?.last != person { byFirst[f, default: []].append(person) }
                if byLast[l]?.last != person { byLast[l, default: []].append(person) }
            }
            for n in p.short { add(keys(n), .nameWord) }
        }
        add(Self.compoundTails(names), .compoundTail)
        self.vocabulary = vocabulary
        self.classes = classes
        dead = WordSet(kb.persons.filter { $0.died != nil }.map(\.id))
        self.names = names
        self.titleReferences = WordSet(kb.lexicon.titleReference.compactMap { keys($0).first })
        var cues: [String: [String]] = [:]  // (entries for one pronoun, from several layers, add up)
        for p in pronouns { cues[p[0], default: []] += p.dropFirst() }
        self.honorificPronouns = cues.mapValues { WordSet($0) }
        self.byFirst = byFirst
        self.byLast = byLast
    }

    /// The definite words that the names carry only right after «عبد» («عبد السلام», «عبد الرحمن»),
    /// sorted.
    static func compoundTails(_ names: [[[String]]]) -> [String] {
        // (Keys compared by their UTF-8 bytes: «ال» is D8 A7 D9 84, «عبد» D8 B9 D8 A8 D8 AF.)
        let article: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84], abd: [UInt8] = [0xD8, 0xB9, 0xD8, 0xA8, 0xD8, 0xAF]
        var tails = Set<String>(), free = Set<String>()
        for name in names.joined() {
            for (j, w) in name.enumerated() where w.utf8.starts(with: article) {
                if j > 0 && name[j - 1].utf8.elementsEqual(abd) { tails.insert(w) } else { free.insert(w) }
            }
        }
        return tails.subtracting(free).sorted()
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

    /// A key without a leading article «ال» (kept when that would leave under two letters).
    static func withoutArticle(_ key: String) -> String {
        key.utf8.starts(with: "ال".utf8) && key.unicodeScalars.count > 3 ? String(key.unicodeScalars.dropFirst(2)) : key
    }

    /// «الوزير» alone, with «و»: the minister of a ministry named before (`resolveMinistryMinisters`).
    static let bareMinister = ["الوزير", "والوزير"]
    /// «آل» (normalised «ال»), with «و»: before a family name (`resolveFamilyNames`).
    static let familyArticle = ["ال", "وال"]

    /// These words interned into `shared` (the pattern indices' vocabulary, which only grows), and
    /// their classes kept by the ids there: a token's classes are then read by its key id
    /// (`EncodedTokens.ids`) with no look-up. Words are added in this vocabulary's id order, so
    /// the ids do not depend on hashing order.
    mutating func share(_ shared: inout KeyVocabulary) {
        var byShared: [WordClass] = []
        for id in 0..<Int32(vocabulary.count) {
            let s = Int(shared.intern(vocabulary.key(id)))
            if s >= byShared.count { byShared += repeatElement([], count: s + 1 - byShared.count) }
            byShared[s].formUnion(classes[Int(id)])
        }
        vocabulary = shared
        classes = byShared
    }

    /// The classes of the word with key id `id` in `vocabulary` (−1: a word no list has).
    @inline(__always)
    func classes(of id: Int32) -> WordClass { id >= 0 && Int(id) < classes.count ? classes[Int(id)] : [] }

    /// The classes of `key` (normalised). The lexicon's classes hold each word with and without
    /// the proclitics (`withProclitics`), so one look-up answers for «والراحل» as for «الراحل».
    @inline(__always)
    func classes(of key: String) -> WordClass { classes(of: vocabulary.id(key) ?? -1) }

    /// True when `key` (normalised) has class `c`.
    @inline(__always)
    func has(_ key: String, _ c: WordClass) -> Bool { classes(of: key).contains(c) }

    /// The words with the proclitics `CliticVariants` removes put back: و ف, then ب ل ك (and «لل»
    /// for «ال»), as the press writes them («والراحل», «بمطار», «للشهيد»); each word's forms in
    /// turn (a form two words share comes twice).
    static func withProclitics(_ words: some Sequence<String>) -> [String] {
        var out: [String] = []
        for w in words {
            var forms = [w] + ["ب", "ل", "ك"].map { $0 + w }
            if w.utf8.starts(with: "ال".utf8) { forms.append("لل" + w.dropFirst(2)) }
            for f in forms { out.append(f); out.append("و" + f); out.append("ف" + f) }
        }
        return out
    }
}

/// What the lexicon and the KB say a normalised word is (several at once: «الراحل» is deceased,
/// «محمد» a given name and a name word).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// Function words and verbs (lexicon stopwords and the first word of every interaction
    /// trigger): a name stops before one.
    static let stop = WordClass(rawValue: 1 << 0)
    /// A word of a KB person's name: a word in ة is a name word only if a KB name carries it.
    static let nameWord = WordClass(rawValue: 1 << 1)
    /// First word of a KB person's full name (خالد, فيصل, محمد …): a partial name right after one
    /// belongs to another, unknown full name («فيصل بن سلمان»).
    static let givenName = WordClass(rawValue: 1 << 2)
    /// Lexicon words (the first word of each entry, with proclitics).
    static let subordinate = WordClass(rawValue: 1 << 3)
    static let deceased = WordClass(rawValue: 1 << 4)
    static let namedAfter = WordClass(rawValue: 1 << 5)
    static let titleWord = WordClass(rawValue: 1 << 6)
    static let countryPair = WordClass(rawValue: 1 << 7)
    static let capitalCity = WordClass(rawValue: 1 << 8)
    /// «مقتل، اغتيال …» (lexicon `killed`): a title right after one names the holder who died.
    static let killed = WordClass(rawValue: 1 << 9)
    /// `NameWords.bareMinister` and `NameWords.familyArticle`.
    static let bareMinister = WordClass(rawValue: 1 << 10)
    static let familyArticle = WordClass(rawValue: 1 << 11)
    /// Lexicon `title_reference` («الأمير», «الوزير»): alone, the person so titled named before
    /// (`ArticlePass.resolveTitleReferences`).
    static let titleReference = WordClass(rawValue: 1 << 12)
    /// Lexicon `institutions` («الحكومة», «وزارة», «الجيش»): a title the KB does not list may
    /// name one on the way to its holder's name («المتحدث باسم الحكومة العراقية …»).
    static let institution = WordClass(rawValue: 1 << 13)
    /// Lexicon `official_groups` («مسؤولين»): before demonyms, the persons of those countries
    /// named before (`ArticlePass.resolveOfficialGroups`).
    static let officialGroup = WordClass(rawValue: 1 << 14)
    /// Lexicon `speech_verbs` («أعلن», «قال», with proclitics) and `complementizers` («أن», «إنه»,
    /// as written): «أعلن X أن …» reports an event (`InteractionDetector.reportedClause`).
    static let speechVerb = WordClass(rawValue: 1 << 15)
    static let complementizer = WordClass(rawValue: 1 << 16)
    /// Lexicon `stopwords` alone (function words, not trigger words): a noun phrase ends at one
    /// (`InteractionDetector.objectNationality`).
    static let function = WordClass(rawValue: 1 << 17)
    /// Lexicon `common_words` («ظريف», «الشرع», as written): a short name that alone names no one
    /// (`ArticlePass.resolveShortNames`).
    static let commonWord = WordClass(rawValue: 1 << 18)
    /// Lexicon `honorific_pronouns` («جلالته», «سموه», with proclitics): the person named before
    /// under the honorific (`ArticlePass.resolveHonorificPronouns`).
    static let honorificPronoun = WordClass(rawValue: 1 << 19)
    /// Lexicon `enemy_nouns` («العدو», with proclitics) and `enemy_adjectives` («المعادي»): the enemy
    /// the article has named (`ArticlePass.resolveEnemyReferences`).
    static let enemyNoun = WordClass(rawValue: 1 << 20)
    static let enemyAdjective = WordClass(rawValue: 1 << 21)
    /// Lexicon `group_nouns` («الحزب», «الحركة», with proclitics): alone, an organisation named
    /// before (`ArticlePass.resolveGroupNouns`).
    static let groupNoun = WordClass(rawValue: 1 << 22)
    /// The first word of a KB organisation's short form (`Organisation.short`), with proclitics
    /// (`ArticlePass.resolveOrganisationShorts`).
    static let organisationShort = WordClass(rawValue: 1 << 23)
    /// Lexicon `definite_looking_verbs` («التقى», with proclitics): a verb, though it opens like
    /// «ال…» (`ArticlePass.isDemonymReading`).
    static let definiteLookingVerb = WordClass(rawValue: 1 << 24)
    /// A definite word that KB names carry only right after «عبد» («السلام», «الرحمن»): a name
    /// word there, a common noun elsewhere («مسار السلام» is no name).
    static let compoundTail = WordClass(rawValue: 1 << 25)
    /// Lexicon `royal_honorifics` («الشيخ», «الأمير», with proclitics): before a given name alone,
    /// the office holder of that name (`ArticlePass.officeHolder(givenName:)`).
    static let royalHonorific = WordClass(rawValue: 1 << 26)
}
