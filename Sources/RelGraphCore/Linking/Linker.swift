/// An article after linking: its tokens, sentences and mentions (sorted by offset).
public struct LinkedArticle: Sendable {
    public var article: Article
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var mentions: [Mention]
    /// The text's Unicode scalars and its tokens as key ids of the linker's vocabulary, handed to
    /// the interaction detector so that it neither decodes nor encodes the article again (empty
    /// and nil once the article is stored).
    var scalars: [Unicode.Scalar] = []
    /// The UTF-8 offset of each scalar (`UTF8Scan.scalarsAndOffsets`), empty with `scalars`.
    var offsets: [Int32] = []
    var keys: EncodedTokens?

    init(article: Article, tokens: [Token], sentences: [Sentence], mentions: [Mention],
         scalars: [Unicode.Scalar] = [], offsets: [Int32] = [], keys: EncodedTokens? = nil) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.scalars = scalars
        self.offsets = offsets
        self.keys = keys
    }

    /// Without the working data kept for the detector.
    var stored: LinkedArticle {
        var copy = self
        copy.scalars = []
        copy.offsets = []
        copy.keys = nil
        return copy
    }
}

/// Links the mentions of an article to knowledge-base entities.
///
/// Order of the passes (each can use what the previous ones found in the whole article):
/// 1. one longest-match pass of the KB patterns over the tokens (`PatternIndex`);
/// 2. countries: names, demonyms and capitals; an ambiguous form (عمان: Oman or Amman) takes the
///    country the article names unambiguously, otherwise stays unresolved; context-only names
///    («المملكة») count only when the article names that country elsewhere;
/// 3. persons by full name (an ambiguous full name keeps the candidate in office on the date);
///    organisations;
/// 4. titles: the country comes from a slot («وزير خارجية قطر»), a country-specific title
///    («وزير الحرب» = US), or a following demonym («وزير الدفاع السعودي», coordinated
///    «السعودي والقطري» gives one mention per country). A name standing next to the title
///    (after it, or just before it, honorifics and commas allowed between) decides (`apposition`),
///    provided its country agrees; otherwise the office holder on the article's date (`title`). A
///    bare title takes the person named in the article who holds that office on the date (the one
///    named last before it), else the holder in the article's dominant country — in the home press
///    (a dateline naming the country's agency, «الرياض - واس:») that country's; a title followed by
///    «السابق» (former) is linked only through a name next to it;
/// 5. partial names («بن سلمان», «هيغسيث»): the closest preceding person of the article with that
///    form (`coref`), else the only one named anywhere in it, else the only KB person with that form,
///    else the only one in office on the date (`name`); a partial name right after a given name
///    known to the KB («فيصل بن سلمان») belongs to another, unknown person and stays unresolved;
/// 6. counterparts («نظيره الأمريكي»): the office of the closest preceding person (their
///    highest-ranked office, offices.yaml order, when they hold several), in the named country, on
///    the date;
/// 7. pairs («الطرفان», «الوزيرين»): the two persons of the latest sentence before it that names
///    several, if it names exactly two.
public struct Linker: Sendable {
    public let kb: KnowledgeBase
    let index: PatternIndex
    /// The terms of each office in each country (key: office index, country index), person
    /// ascending, as `DayKey`s: from (inclusive, `Int32.min` when open) to (exclusive, `Int32.max`).
    let terms: [IndexPair: [Term]]
    /// The words of names (function words, lexicon words, KB names by skeleton).
    let names: NameWords

    /// The KB countries' news agencies as token keys, longest first (`ArticlePass.datelineAgency`).
    let agencies: [Agency]

    struct Agency: Sendable {
        var keys: [String]
        var country: Int
    }

    /// Each KB person's roles as indices and `DayKey`s (roles naming an office or country the KB
    /// lacks are left out), so that the passes ask "does p hold o on this day" on integers.
    let tenures: [[Tenure]]

    struct Term: Sendable {
        var person: Int32
        var from: Int32
        var to: Int32
    }

    /// A role of a person: `office` in `country`, from `from` (inclusive) to `to` (exclusive).
    struct Tenure: Sendable {
        var office: Int32
        var country: Int32
        var from: Int32
        var to: Int32

        func isHeld(on day: Int32) -> Bool { from <= day && day < to }
    }

    public init(kb: KnowledgeBase) {
        let (indices, names) = Self.parts(kb)
        self.init(kb: kb, index: indices.entities, names: names)
    }

    /// The pattern indices and the name words of a KB, built on two threads, then over one
    /// vocabulary (`PatternIndex.sharing`).
    static func parts(_ kb: KnowledgeBase) -> (indices: (entities: PatternIndex, triggers: PatternIndex), names: NameWords) {
        var (indices, names) = Parallel.both(parallel: true, { PatternIndex.entitiesAndTriggers(kb: kb) }, { NameWords(kb: kb) })
        indices = PatternIndex.sharing(indices, with: &names)
        return (indices, names)
    }

    /// With an entity index and name words already built (`parts`).
    init(kb: KnowledgeBase, index: PatternIndex, names: NameWords) {
        self.kb = kb
        self.index = index
        self.names = names
        var terms: [IndexPair: [Term]] = [:]
        var tenures: [[Tenure]] = []
        tenures.reserveCapacity(kb.persons.count)
        for (i, p) in kb.persons.enumerated() {
            var own: [Tenure] = []
            for r in p.roles {
                guard let o = kb.officePosition(r.office), let c = kb.seatPosition(r.country) else { continue }
                let t = Tenure(office: Int32(o), country: Int32(c), from: r.from.map(DayKey.of) ?? .min, to: r.to.map(DayKey.of) ?? .max)
                own.append(t)
                terms[IndexPair(t.office, t.country), default: []].append(Term(person: Int32(i), from: t.from, to: t.to))
            }
            tenures.append(own)
        }
        self.terms = terms
        self.tenures = tenures
        var cache = TokenKeyCache(limit: 1 << 8)
        var agencies: [Agency] = []
        for (c, country) in kb.countries.enumerated() {
            for a in country.agencies {
                let keys = PatternIndex.tokens(a, cache: &cache).filter { $0.kind == .word }.map(\.key)
                if !keys.isEmpty { agencies.append(Agency(keys: keys, country: c)) }
            }
        }
        self.agencies = agencies.sorted { $0.keys.count > $1.keys.count }
    }

    public func link(_ article: Article) -> LinkedArticle {
        var cache = TokenKeyCache(limit: 1 << 12)
        return link(article, cache: &cache)
    }

    /// With token keys and mention surfaces shared through `cache` (one per thread, kept across
    /// its articles).
    func link(_ article: Article, cache: inout TokenKeyCache) -> LinkedArticle {
        let (scalars, offsets) = UTF8Scan.scalarsAndOffsets(article.text)
        cache.beginArticle()
        var tokens = Tokenizer.tokenize(scalars: scalars, cache: &cache)
        var keys = EncodedTokens(cache: &cache, vocabulary: index.vocabulary)
        if let cut = RunTogetherWords.split(tokens, keys: keys, scalars: scalars, index: index) {
            tokens = cut
            keys = EncodedTokens(tokens, vocabulary: index.vocabulary)
        }
        let sentences = SentenceSplitter.split(tokens)
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (k, s) in sentences.enumerated() { for t in s.tokens { sentenceOf[t] = k } }
        var pass = ArticlePass(linker: self, article: article, offsets: offsets, tokens: tokens, keys: keys, sentenceOf: sentenceOf,
                               strings: consume cache)
        pass.run()
        cache = pass.strings
        // Sorted by (start, end, entity), stably: indices are sorted (ties by index), then the
        // mentions permuted in place by moves (no copies, so no retain/release of their strings).
        var mentions = pass.mentions
        pass.mentions = []
        if let order = Self.order(mentions) { mentions.permute(by: order) }
        return LinkedArticle(article: article, tokens: tokens, sentences: sentences, mentions: mentions, scalars: scalars, offsets: offsets, keys: keys)
    }

    /// The permutation that sorts mentions by (start, end, entity) stably, or nil when they are in
    /// that order already (entity ids are compared only on equal spans).
    static func order(_ mentions: [Mention]) -> [Int]? {
        let n = mentions.count
        guard n > 1 else { return nil }
        // (Fields read in place: a `Mention` copied would retain its strings.)
        func byEntity(_ i: Int, _ j: Int) -> Bool {
            let ex = mentions[i].entity ?? "", ey = mentions[j].entity ?? ""
            return ex != ey ? ex < ey : i < j
        }
        // Keys sorted as integers (span, then index), then runs of equal spans (rare) put in
        // entity order.
        var keys = mentions.indices.map { MentionOrderKey(start: mentions[$0].start, end: mentions[$0].end, index: $0) }
        keys.sort()
        var order = keys.map(\.index)
        var g = 0
        while g < n {
            var h = g + 1
            while h < n && keys[h].sameSpan(keys[g]) { h += 1 }
            if h - g > 1 { order[g..<h].sort(by: byEntity) }
            g = h
        }
        return order.indices.allSatisfy { order[$0] == $0 } ? nil : order
    }

}
