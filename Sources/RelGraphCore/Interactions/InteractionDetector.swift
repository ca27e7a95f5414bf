/// Finds typed interactions in linked articles (text → mentions → **interactions** → graph).
///
/// Per sentence (see docs/relations.md for the full rules):
/// 1. Trigger words from the KB (`triggers`) give the sentence's interaction types and, for verbs,
///    a direction cue (`receive`, `initiate`, `host`).
/// 2. Participants are the persons named in the sentence (organisations named beside an
///    interaction word are most often its topic — «ضد القاعدة وداعش» — so they take part only in
///    hostility, step 5). With a `receive` cue the
///    one named after «من» initiates; with `initiate` the first named does; with `host` the guests go
///    to the first named (the host); otherwise the first named meets each of the others.
/// 3. Subject carry-over: a sentence with an interaction word and a single person (the others
///    unnamed: «التقى خالد بن سلمان بمسؤولين كبار») lends that person to the next sentence of the
///    paragraph, which then names the partners («وشملت اللقاءات روبيو وهيغسيث»).
/// 4. No person but two or more countries: the event is between the countries (not those after
///    «في», which name a place; the ones before the interaction word when there are two).
/// 5. Hostility words name agents and a target (`target: after` or `genitive`, see the KB).
/// 6. «بين X و Y» with two countries states bilateral relations (type `relations`).
/// Co-mentions without an interaction are not events; the graph builder keeps them apart.
public struct InteractionDetector: Sendable {
    public let kb: KnowledgeBase
    let index: PatternIndex

    public init(kb: KnowledgeBase) {
        self.init(kb: kb, index: PatternIndex.entitiesAndTriggers(kb: kb).triggers)
    }

    /// With a trigger index already built (`PatternIndex.entitiesAndTriggers`).
    init(kb: KnowledgeBase, index: PatternIndex) {
        self.kb = kb
        self.index = index
    }

    /// Events of one article, one per (pair, type) per sentence; merge them with an `EventLedger`.
    /// With `texts`, evidence sentences equal to earlier ones share their text.
    public func events(in la: LinkedArticle, texts: SentenceInterner? = nil) -> [InteractionEvent] {
        var out: [InteractionEvent] = []
        var scalars = la.scalars  // else decoded on the first event
        let date = la.article.date.description
        let source = Evidence.Source(article: la.article.id, date: date)
        var dangling: (person: String, paragraph: Int)?
        let encoded = la.keys.flatMap { $0.fingerprint == index.vocabulary.fingerprint ? $0 : nil } ?? index.encode(la.tokens)
        let bySentence = Self.linkedMentionsBySentence(la)
        for (k, sentence) in la.sentences.enumerated() {
            let mentions = bySentence[k]
            let triggers = matches(in: encoded, range: sentence.tokens)
            var cached: Evidence?
            func emit(_ s: String, _ t: String, directed: Bool, type: String) {
                if cached == nil {
                    if scalars.isEmpty { scalars = UTF8Scan.scalars(la.article.text) }
                    cached = Self.evidence(la, sentence, scalars, source: source, texts: texts)
                }
                let evidence = cached!
                guard s != t, let it = kb.interactionType(type) else { return }
                out.append(InteractionEvent(source: s, target: t, directed: directed, type: type, date: date,
                                            polarity: it.polarity, weight: it.weight, evidence: [evidence]))
            }
            let types = orderedUnique(triggers.compactMap { $0.trigger.type }.filter { kb.interactionType($0)?.polarity != .hostile })
            let cue = triggers.first { $0.trigger.cue != nil }
            let persons = distinctEntities(mentions.filter { $0.entityKind == .person })
            let countries = countryParties(mentions, tokens: la.tokens, firstTrigger: triggers.first?.range.lowerBound)

            if !types.isEmpty {
                if let d = dangling, d.paragraph == sentence.paragraph, !persons.isEmpty, !persons.contains(where: { $0.id == d.person }) {
                    for p in persons { for t in types { emit(d.person, p.id, directed: false, type: t) } }
                } else if persons.count >= 2 {
                    for (s, t, directed) in pairs(persons, cue: cue, tokens: la.tokens, sentence: sentence) {
                        for type in types { emit(s, t, directed: directed, type: type) }
                    }
                } else if persons.isEmpty, countries.count >= 2 {
                    let cs = countries.prefix(4).map(\.id)
                    for i in cs.indices { for j in cs.indices where j > i { for type in types { emit(cs[i], cs[j], directed: false, type: type) } } }
                }
            }
            dangling = (!types.isEmpty && persons.count == 1) ? (persons[0].id, sentence.paragraph) : nil

            for h in triggers where h.trigger.type.map({ kb.interactionType($0)?.polarity == .hostile }) ?? false {
                for (s, t) in hostility(h, mentions: mentions, persons: persons, tokens: la.tokens, sentence: sentence) {
                    emit(s, t, directed: true, type: h.trigger.type!)
                }
            }
            for (x, y) in between(mentions, tokens: la.tokens) { emit(x, y, directed: false, type: "relations") }
        }
        return out
    }

    // MARK: participants

    struct Participant { var id: String; var start: Int; var tokenStart: Int }

    /// The linked mentions of each sentence, by (start, end). The linker's mentions are sorted by
    /// offset, so each sentence's are one run of them (otherwise they are grouped and sorted).
    static func linkedMentionsBySentence(_ la: LinkedArticle) -> [[Mention]] {
        var out = [[Mention]](repeating: [], count: la.sentences.count)
        let ms = la.mentions
        var ordered = true
        for i in ms.indices.dropFirst() where (ms[i].start, ms[i].end) < (ms[i - 1].start, ms[i - 1].end) { ordered = false; break }
        for m in ms where m.entity != nil { out[m.sentence].append(m) }
        if !ordered {
            for k in out.indices where out[k].count > 1 { out[k].sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        }
        return out
    }

    /// First mention of each entity, in order (sentences name few entities: a linear search).
    func distinctEntities(_ ms: [Mention]) -> [Participant] {
        var out: [Participant] = []
        for m in ms where !out.contains(where: { $0.id == m.entity! }) {
            out.append(Participant(id: m.entity!, start: m.start, tokenStart: m.tokens.lowerBound))
        }
        return out
    }

    /// Countries that can be parties to a country-level event: not those standing after «في» (a
    /// place: «الأمن في العراق»); when two or more are named before the first trigger word, only
    /// those (the subjects: «واستعرضت الولايات المتحدة والسعودية …»).
    func countryParties(_ mentions: [Mention], tokens: [Token], firstTrigger: Int?) -> [Participant] {
        let named = mentions.filter { m in
            m.entityKind == .country && !(m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].key == "في")
        }
        let all = distinctEntities(named)
        guard let t = firstTrigger else { return all }
        let before = all.filter { $0.tokenStart < t }
        return before.count >= 2 ? before : all
    }

    func orderedUnique(_ xs: [String]) -> [String] {
        var out: [String] = []
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }

    func country(of id: String) -> String? { kb.actorCountry(id) }

    /// (source, target, directed) pairs among the persons of a sentence.
    func pairs(_ persons: [Participant], cue: TriggerHit?, tokens: [Token], sentence: Sentence) -> [(String, String, Bool)] {
        let first = persons[0]
        switch cue?.trigger.cue {
        case .receive?:
            // The first person named after «من» (following the cue) initiates.
            let cueEnd = cue!.range.upperBound
            if let from = (cueEnd..<sentence.tokens.upperBound).first(where: { tokens[$0].key == "من" }),
               let initiator = persons.first(where: { $0.tokenStart > from }),
               let recipient = persons.first(where: { $0.id != initiator.id }) {
                return [(initiator.id, recipient.id, true)]
            }
            return persons.dropFirst().map { (first.id, $0.id, false) }
        case .initiate?:
            return persons.dropFirst().map { (first.id, $0.id, true) }
        case .host?:
            return persons.dropFirst().map { ($0.id, first.id, true) }
        case nil:
            return persons.dropFirst().map { (first.id, $0.id, false) }
        }
    }

    // MARK: hostility

    func hostility(_ h: TriggerHit, mentions: [Mention], persons: [Participant], tokens: [Token], sentence: Sentence) -> [(String, String)] {
        let after = mentions.filter { $0.tokens.lowerBound >= h.range.upperBound }
        switch h.trigger.target {
        case .genitive?:
            // «اعتداءات X على Y»: X must stand right after the word.
            guard let agent = after.first, agent.tokens.lowerBound == h.range.upperBound, agent.entityKind != .person,
                  let on = tokens.indices.first(where: { $0 >= agent.tokens.upperBound && $0 < sentence.tokens.upperBound && ["علي", "ضد"].contains(tokens[$0].key) }),
                  let target = after.first(where: { $0.tokens.lowerBound > on && $0.entityKind != .person }) else { return [] }
            return [(agent.entity!, target.entity!)]
        default:
            // Target: the first country or organisation within 8 tokens after the word.
            guard let target = after.first(where: { $0.entityKind != .person && $0.tokens.lowerBound < h.range.upperBound + 8 }),
                  let targetId = target.entity else { return [] }
            var agents = persons.compactMap { country(of: $0.id) }
            agents += mentions.filter { $0.entityKind == .country && $0.tokens.upperBound <= h.range.lowerBound }.compactMap(\.entity)
            return orderedUnique(agents).filter { $0 != targetId }.map { ($0, targetId) }
        }
    }

    // MARK: «بين X و Y»

    func between(_ mentions: [Mention], tokens: [Token]) -> [(String, String)] {
        let countries = mentions.filter { $0.entityKind == .country }
        var out: [(String, String)] = []
        for (i, c) in countries.enumerated() where i + 1 < countries.count {
            let start = c.tokens.lowerBound
            guard start > 0, tokens[start - 1].key == "بين" else { continue }
            let next = countries[i + 1]
            guard next.tokens.lowerBound == c.tokens.upperBound, tokens[next.tokens.lowerBound].key.hasPrefix("و"),
                  let a = c.entity, let b = next.entity, a != b else { continue }
            out.append((a, b))
        }
        return out
    }

    // MARK: triggers

    struct TriggerHit { var trigger: Trigger; var range: Range<Int> }

    func matches(in tokens: EncodedTokens, range: Range<Int>) -> [TriggerHit] {
        var out: [TriggerHit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = index.longestMatch(in: tokens, at: i), m.range.upperBound <= range.upperBound {
                for case .trigger(let t) in m.payloads { out.append(TriggerHit(trigger: kb.triggers[t], range: m.range)) }
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    static func evidence(_ la: LinkedArticle, _ s: Sentence, _ scalars: [Unicode.Scalar], source: Evidence.Source,
                         texts: SentenceInterner? = nil) -> Evidence {
        let start = la.tokens[s.tokens.lowerBound].start, end = la.tokens[s.tokens.upperBound - 1].end
        // Runs of white space folded to one space.
        var text: [UInt8] = []
        text.reserveCapacity(2 * (end - start))
        var space = false
        for s in scalars[start..<end] {
            let v = s.value
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || (v > 0x7F && ScalarClass.isWhitespace(v)) {
                space = true
            } else {
                if space && !text.isEmpty { text.append(0x20) }
                space = false
                ScalarClass.appendUTF8(v, to: &text)
            }
        }
        return Evidence(source: source, start: start, end: end,
                        text: texts.map { $0.intern(String(decoding: text, as: UTF8.self)) } ?? String(decoding: text, as: UTF8.self))
    }
}
