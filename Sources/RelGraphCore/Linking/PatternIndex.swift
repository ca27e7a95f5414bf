/// Every pattern of the knowledge base in one token trie over normalised keys, so that an article is
/// matched in one left-to-right pass whatever the size of the KB (one trie walk per token, not one
/// scan per alias).
///
/// Pattern tokens `<country>` and `<nisba>` are slots: `<country>` matches any country name
/// (possibly several tokens), a capital standing for its country, or a group noun of the lexicon («وزير دفاع الجماعة»: the group named
/// before it), and `<nisba>` any demonym form; what the slot matched is captured.
struct PatternIndex: Sendable {
    struct TrieNode: Sendable {
        var countrySlot: Int?
        var nisbaSlot: Int?
        var payloads: [Payload] = []
    }

    /// A match of a pattern at a token position.
    struct Match: Sendable {
        /// Token range covered (first token possibly clitic-stripped).
        var range: Range<Int>
        let payloads: [Payload]
        /// The kinds of `payloads`.
        let kinds: Payload.Kinds
        /// Letters removed from the first token as proclitics.
        var cliticLength: Int
        /// What the `<country>` / `<nisba>` slots matched.
        var captured: [Capture]
    }

    /// The best match a walk has found so far: where it ends in the trie and the kinds it takes
    /// there. Its payloads are read from the node once the walk is done (`match(_:)`), not for
    /// every shorter match a longer one replaces.
    private struct Candidate {
        var range: Range<Int>
        var node: Int
        var kinds: Payload.Kinds
        var cliticLength: Int
        var captured: [Capture]
    }

    /// What a slot matched: a country (its KB index), or a group noun («الجماعة», «الحزب») that
    /// stands for the organisation named last before it, which only the article can say.
    enum Capture: Sendable, Equatable {
        case country(Int)
        case groupNoun
    }

    private(set) var nodes: [TrieNode] = [TrieNode()]
    /// What each node holds, one `NodeTag` a node: the walk reads it before the node's record,
    /// which it then reads only where there is something to take (most nodes it passes hold only
    /// edges), and knows from it alone whether a match ends there and of which kinds, and whether
    /// the transition table can hold a next step (most patterns are one word: their node has none).
    private var tags: [NodeTag] = [NodeTag()]

    /// A node's tag: the kinds of its payloads (none: it ends no pattern), whether it has edges to
    /// other nodes, and its slots, in 16 bits.
    private struct NodeTag {
        private var raw: UInt16 = 0
        private static let edges: UInt16 = 1 << 13, countrySlot: UInt16 = 1 << 14, nisbaSlot: UInt16 = 1 << 15

        var kinds: Payload.Kinds { Payload.Kinds(rawValue: raw & Payload.Kinds.all.rawValue) }
        var hasEdges: Bool { raw & Self.edges != 0 }
        var hasCountrySlot: Bool { raw & Self.countrySlot != 0 }
        var hasNisbaSlot: Bool { raw & Self.nisbaSlot != 0 }

        mutating func add(_ kind: Payload.Kinds) { raw |= kind.rawValue }
        mutating func addEdge() { raw |= Self.edges }
        mutating func addCountrySlot() { raw |= Self.countrySlot }
        mutating func addNisbaSlot() { raw |= Self.nisbaSlot }
    }
    /// Every key used by a pattern, as dense ids (then, once `share`d, other word lists' keys
    /// after them).
    private(set) var vocabulary = KeyVocabulary()
    /// Ids below this are keys of patterns (of this index or the other one of `entitiesAndTriggers`).
    private var sharedFrom: Int32?
    /// Trie edges by (node, key id).
    private var transitions = TransitionTable()
    /// The root's child on each key id (−1: the key begins no pattern), by id: the first token of
    /// a match is looked up in this dense list, not in the transition table.
    private var rootChild: [Int32] = []
    /// Key ids of the lexicon's group nouns (`group_nouns`), which a `<country>` slot also takes.
    private var groupNouns: [Int32] = []

    init(kb: KnowledgeBase) {
        // One token-key cache for all the patterns (a pattern's words are mostly words of others).
        var cache = TokenKeyCache()
        for (i, c) in kb.countries.enumerated() {
            for n in c.names { insert(n, .countryName(i), cache: &cache) }
            for n in c.capitals + c.places { insert(n, .capital(i), cache: &cache) }
            for n in c.contextual { insert(n, .contextual(i), cache: &cache) }
            for stem in c.nisba { for form in Self.nisbaForms(stem) { insert(form, .nisba(i), cache: &cache) } }
        }
        for (i, o) in kb.offices.enumerated() {
            for t in o.titles { insert(t, .title(office: i, country: nil, from: nil, to: nil, form: .single), cache: &cache) }
            for t in o.duals { insert(t, .title(office: i, country: nil, from: nil, to: nil, form: .dual), cache: &cache) }
            for t in o.plurals { insert(t, .title(office: i, country: nil, from: nil, to: nil, form: .plural), cache: &cache) }
            for ct in o.countryTitles {
                insert(ct.title, .title(office: i, country: kb.seatPosition(ct.country), from: ct.from, to: ct.to, form: .single), cache: &cache)
            }
        }
        for (i, p) in kb.persons.enumerated() {
            for n in p.names { insert(n, .personName(i), cache: &cache) }
            for n in p.short { insert(n, .personShort(i), cache: &cache) }
        }
        for (i, o) in kb.organisations.enumerated() { for n in o.names { insert(n, .organisation(i), cache: &cache) } }
        for h in kb.lexicon.honorifics { insert(h, .honorific, cache: &cache) }
        for c in kb.lexicon.counterpart { insert(c, .counterpart, cache: &cache) }
        for c in kb.lexicon.pair { insert(c, .pair, cache: &cache) }
        for c in kb.lexicon.former { insert(c, .former, cache: &cache) }
        for w in kb.lexicon.groupNouns {
            for t in Self.tokens(w, cache: &cache) where t.kind == .word { groupNouns.append(vocabulary.intern(t.key)) }
        }
    }

    /// An index of interaction triggers only (kept apart from entity patterns so that trigger words
    /// never change how names are linked), over a copy of `vocabulary` extended with their keys.
    init(triggers: [Trigger], vocabulary: KeyVocabulary = KeyVocabulary()) {
        self.vocabulary = vocabulary
        var cache = TokenKeyCache()
        for (i, t) in triggers.enumerated() { insert(t.pattern, .trigger(i), cache: &cache) }
    }

    /// The entity index and the trigger index of a KB over one vocabulary, so that an article's
    /// tokens are encoded once for both (`EncodedTokens`). Built the same way by the linker and the
    /// interaction detector.
    static func entitiesAndTriggers(kb: KnowledgeBase) -> (entities: PatternIndex, triggers: PatternIndex) {
        var entities = PatternIndex(kb: kb)
        let triggers = PatternIndex(triggers: kb.triggers, vocabulary: entities.vocabulary)
        // The trigger index only added keys: the entity ids are unchanged.
        entities.vocabulary = triggers.vocabulary
        return (entities, triggers)
    }

    /// The entity and trigger indices of `entitiesAndTriggers` over `names`' words too: `names`
    /// is keyed by the indices' vocabulary (`NameWords.share`), so that an article's key ids give
    /// its tokens' word classes. Pattern keys keep their ids; the words after them begin no pattern.
    static func sharing(_ indices: (entities: PatternIndex, triggers: PatternIndex), with names: inout NameWords)
        -> (entities: PatternIndex, triggers: PatternIndex) {
        var shared = indices
        var vocabulary = indices.triggers.vocabulary
        let patternKeys = Int32(vocabulary.count)
        names.share(&vocabulary)
        shared.entities.adopt(vocabulary, patternKeys: patternKeys)
        shared.triggers.adopt(vocabulary, patternKeys: patternKeys)
        return shared
    }

    private mutating func adopt(_ extended: KeyVocabulary, patternKeys: Int32) {
        vocabulary = extended
        sharedFrom = patternKeys
    }

    /// True when key id `id` is a key of some pattern (not −1, nor a word only `share` added).
    @inline(__always)
    func isPatternKey(_ id: Int32) -> Bool { id >= 0 && id < (sharedFrom ?? Int32(vocabulary.count)) }

    /// Inflected demonym forms of a masculine singular stem, each with and without «ال»:
    /// stem, +ة, +ين, +ون, +ان, +تين, +تان, +ات; and the indefinite accusative +ا, which has no
    /// article («وفدا إيرانيا», «مسؤولا أمريكيا»; where it spells a country, «تركيا», «روسيا»,
    /// it is that country's name as well).
    static func nisbaForms(_ stem: String) -> [String] {
        // The stem is written without the article; do not strip «ال» from it: «ألماني» starts
        // with those letters.
        let bare = ArabicNormalizer.normalize(stem)
        let forms = ["", "ه", "ين", "ون", "ان", "تين", "تان", "ات"].map { bare + $0 }
        return forms + forms.map { "ال" + $0 } + [bare + "ا"]
    }

    /// The tokens of `text`, with keys through `cache`.
    static func tokens(_ text: String, cache: inout TokenKeyCache) -> [Token] {
        cache.beginArticle()
        return Tokenizer.tokenize(scalars: UTF8Scan.scalars(text), cache: &cache)
    }

    /// Normalised token keys of a pattern, with the «عبد ال…» joined/split spelling variants, the
    /// keys made through `cache`. The pattern is cut at spaces and tabs (scalars, not
    /// `Character`s: no grapheme breaking), so that «<country>» and «<nisba>» stay whole; every
    /// other part is tokenised.
    static func keySequences(_ pattern: String, cache: inout TokenKeyCache) -> [[String]] {
        var keys: [String] = []
        for part in UTF8Scan.scalars(pattern).split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if let slot = ["<country>", "<nisba>"].first(where: { part.elementsEqual($0.unicodeScalars) }) { keys.append(slot); continue }
            cache.beginArticle()
            keys += Tokenizer.tokenize(scalars: Array(part), cache: &cache).map(\.key)
        }
        guard !keys.isEmpty else { return [] }
        var variants: [[String]] = [keys]
        // عبد العزيز <-> عبدالعزيز
        var joined: [String] = []
        var i = 0
        var changed = false
        while i < keys.count {
            // (Keys compared as bytes: they are normalised already.)
            if keys[i].utf8.elementsEqual("عبد".utf8), i + 1 < keys.count, keys[i + 1].utf8.starts(with: "ال".utf8) {
                joined.append("عبد" + keys[i + 1]); i += 2; changed = true
            } else { joined.append(keys[i]); i += 1 }
        }
        if changed { variants.append(joined) }
        var split: [String] = []
        changed = false
        for k in keys {
            if k.utf8.starts(with: "عبدال".utf8), k.count > 5 { split += ["عبد", String(k.dropFirst(3))]; changed = true } else { split.append(k) }
        }
        if changed { variants.append(split) }
        return variants
    }

    mutating func insert(_ pattern: String, _ payload: Payload, cache: inout TokenKeyCache) {
        for keys in Self.keySequences(pattern, cache: &cache) {
            var node = 0
            for k in keys {
                let next: Int
                // (Slots told apart by their bytes: `String` equality on Arabic keys goes through
                // Unicode normalisation, and this runs for every key of every pattern.)
                switch k.utf8.first == 0x3C ? k : "" {
                case "<country>":
                    if let n = nodes[node].countrySlot { next = n } else {
                        next = newNode()
                        nodes[node].countrySlot = next
                        tags[node].addCountrySlot()
                    }
                case "<nisba>":
                    if let n = nodes[node].nisbaSlot { next = n } else {
                        next = newNode()
                        nodes[node].nisbaSlot = next
                        tags[node].addNisbaSlot()
                    }
                default:
                    let id = vocabulary.intern(k)
                    if let n = child(node, id) { next = n } else {
                        next = newNode()
                        if node == 0 {
                            if rootChild.count <= Int(id) { rootChild += [Int32](repeating: -1, count: Int(id) + 1 - rootChild.count) }
                            rootChild[Int(id)] = Int32(next)
                        } else {
                            transitions.set(node, id, next)
                            tags[node].addEdge()
                        }
                    }
                }
                node = next
            }
            if !nodes[node].payloads.contains(payload) { nodes[node].payloads.append(payload) }
            tags[node].add(payload.kind)
        }
    }

    /// A new empty node (its index).
    private mutating func newNode() -> Int {
        nodes.append(TrieNode())
        tags.append(NodeTag())
        return nodes.count - 1
    }

    /// The child of `node` on key id `id`, if any.
    @inline(__always)
    private func child(_ node: Int, _ id: Int32) -> Int? {
        guard node == 0 else { return transitions.child(node, id) }
        guard id >= 0, Int(id) < rootChild.count, rootChild[Int(id)] >= 0 else { return nil }
        return Int(rootChild[Int(id)])
    }

    /// True when the normalised word with UTF-8 bytes `key` is the first word of some pattern.
    func beginsPattern(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let id = vocabulary.id(key) else { return false }
        return child(0, id) != nil
    }

    /// The tokens of an article as this index's key ids (once per article).
    func encode(_ tokens: [Token]) -> EncodedTokens { EncodedTokens(tokens, vocabulary: vocabulary) }

    /// The longest match starting at token `i` (clitic variants of the first token tried; on equal
    /// length the variant with fewer removed letters wins) with payloads of the kinds `wanted`
    /// (only those are kept), or nil.
    func longestMatch(in tokens: [Token], at i: Int, kinds wanted: Payload.Kinds = .all) -> Match? {
        longestMatch(in: encode(tokens), at: i, kinds: wanted)
    }

    /// `longestMatch(in:at:kinds:)` on tokens encoded by `encode(_:)`.
    func longestMatch(in tokens: EncodedTokens, at i: Int, kinds wanted: Payload.Kinds = .all) -> Match? {
        guard i < tokens.count else { return nil }
        var best: Candidate?
        // (Forms read by index: a slice of them would retain the list on every call.)
        for f in Int(tokens.formStart[i])..<Int(tokens.formStart[i + 1]) {
            let (id, removed) = tokens.forms[f]
            guard let first = child(0, id) else { continue }
            walk(tokens, node: first, next: i + 1, start: i, removed: Int(removed), captured: [], wanted: wanted, best: &best)
        }
        // A pattern may also start with a slot (rare); not supported at position 0 by design.
        // (Not `best.map(match)`: the closure would copy the whole index.)
        guard let best else { return nil }
        return match(best)
    }

    /// A walk's best candidate as a match: its node's payloads of the kinds taken (the node's own
    /// list when it takes them all: shared, not copied).
    private func match(_ c: Candidate) -> Match {
        let all = nodes[c.node].payloads
        let payloads = tags[c.node].kinds.isSubset(of: c.kinds) ? all : all.filter { c.kinds.contains($0.kind) }
        return Match(range: c.range, payloads: payloads, kinds: c.kinds, cliticLength: c.cliticLength, captured: c.captured)
    }

    private func walk(_ tokens: EncodedTokens, node: Int, next: Int, start: Int, removed: Int, captured: [Capture],
                      wanted: Payload.Kinds, best: inout Candidate?) {
        let len = next - start
        let tag = tags[node]
        let kinds = tag.kinds.intersection(wanted)
        if !kinds.isEmpty, best == nil || len > best!.range.count || (len == best!.range.count && removed < best!.cliticLength) {
            best = Candidate(range: start..<next, node: node, kinds: kinds, cliticLength: removed, captured: captured)
        }
        guard next < tokens.count else { return }
        if tag.hasEdges, isPatternKey(tokens.ids[next]), let child = transitions.child(node, tokens.ids[next]) {
            walk(tokens, node: child, next: next + 1, start: start, removed: removed, captured: captured, wanted: wanted, best: &best)
        }
        if tag.hasCountrySlot, let slot = nodes[node].countrySlot {
            if let m = longestMatch(in: tokens, at: next, kinds: [.countryName, .capital]), m.cliticLength == 0 {
                for case .countryName(let c) in m.payloads {
                    walk(tokens, node: slot, next: m.range.upperBound, start: start, removed: removed, captured: captured + [.country(c)], wanted: wanted, best: &best)
                }
                // A capital for its country («سفير الرياض لدى واشنطن»), when the words name no country.
                if !m.kinds.contains(.countryName) {
                    for case .capital(let c) in m.payloads {
                        walk(tokens, node: slot, next: m.range.upperBound, start: start, removed: removed, captured: captured + [.country(c)], wanted: wanted, best: &best)
                    }
                }
            } else if groupNouns.contains(tokens.ids[next]) {
                walk(tokens, node: slot, next: next + 1, start: start, removed: removed, captured: captured + [.groupNoun], wanted: wanted, best: &best)
            }
        }
        if tag.hasNisbaSlot, let slot = nodes[node].nisbaSlot,
           let m = longestMatch(in: tokens, at: next, kinds: .nisba), m.cliticLength == 0 {
            for case .nisba(let c) in m.payloads {
                walk(tokens, node: slot, next: m.range.upperBound, start: start, removed: removed, captured: captured + [.country(c)], wanted: wanted, best: &best)
            }
        }
    }
}
