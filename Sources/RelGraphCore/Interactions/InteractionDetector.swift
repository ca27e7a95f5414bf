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
/// 4. No person but two or more countries or organisations: the event is between them (not those
///    after «في», which name a place, nor organisations after «ضد/على», a topic; the ones before
///    the interaction word when there are two; not a mediator).
/// 5. Targeted words (every hostile one, support, arms, greetings passed on, mediation) name
///    their agents and targets by a rule of the KB (`target`, see `TargetRule`).
/// 6. «بين X و Y» with two countries states bilateral relations (type `relations`).
/// Co-mentions without an interaction are not events; the graph builder keeps them apart.
public struct InteractionDetector: Sendable {
    public let kb: KnowledgeBase
    let index: PatternIndex
    /// Actors and types as indices (events are found on integers).
    let actors: ActorTable
    /// Each KB trigger as a hit with an empty range (its type index, cue, target and modality):
    /// `matches` copies it, so that the sentence's rules read a hit's facts from the hit.
    let triggerHits: [TriggerHit]
    /// The type that «بين X و Y» states (the KB type with role `between`; −1: none).
    let betweenType: Int32
    /// The type of a visit (the KB type with role `visit`; −1: none).
    let visitType: Int32
    /// The KB's type with role `attendance` (−1: none).
    let attendanceType: Int32
    /// The types with `remote: true` (calls, cables, messages), by type index.
    let remoteTypes: Set<Int32>
    /// The lexicon's `killed` words as keys, with their proclitics.
    let killWords: WordSet
    /// The lexicon's `conflict_nouns` («الحرب», «التصعيد»), with their proclitics: a «بين» after
    /// one names no relation.
    let conflictWords: WordSet
    /// The lexicon's `participles` («متوعدا», «متوعدة»), with their proclitics: after a comma they
    /// go on with the clause before, so the party after them is their object, not their subject.
    let participleWords: WordSet
    /// The lexicon's `martyrdom` words, with their proclitics.
    let martyrdomWords: WordSet
    /// The lexicon's `retaliation` words («ردا», «انتقاما») and `exposed` verbs («تعرضت»), as
    /// written (no proclitics).
    let retaliationWords: WordSet
    let exposedWords: WordSet
    /// The lexicon's `against` words as keys (as written: no proclitics).
    let againstWords: WordSet
    /// The lexicon's `locatives` («قبالة», «قرب»), with their proclitics: where a strike's object
    /// phrase ends and a place, not a party, begins.
    let locativeWords: WordSet
    /// The lexicon's `sites` («أهداف», «مواقع», «منشآت»), with their proclitics: what a strike
    /// hits at a place named after «في».
    let siteWords: WordSet
    /// The lexicon's `delegates` words as keys («وفد», «قادة», «ممثلين»): people of the party
    /// named after them.
    let delegateWords: WordSet
    /// The lexicon's `title_words` and `subordinate` words («رئيس», «قائد», «سفير», «مساعد»),
    /// bare and with «ال», with their proclitics («بقائد», «والسفير»): where no one is linked to
    /// one, an unnamed official.
    let unnamedTitleWords: WordSet
    /// The same and the lexicon's `members` («قائد», «عناصر»), with their proclitics («لأحد»):
    /// before the party a strike's victims belong to.
    let memberWords: WordSet
    /// The lexicon's `institutions` words as keys («وزارة», «الخارجية», «الجيش»): a state body,
    /// whose demonym names the country acting.
    let institutionWords: WordSet
    /// The lexicon's `visit_reference` words as keys, with their proclitics («وخلال الزيارة»).
    let visitReferenceWords: WordSet
    /// The lexicon's `meeting_reference` words as keys, with their proclitics («وكان الاجتماع»).
    let meetingReferenceWords: WordSet
    /// The type an office's holder is received as, by office id (`Office.receivedAs`).
    let receivedAs: [String: Int32]
    /// The lexicon's `similar` words («برقية مماثلة»), with their proclitics.
    let similarWords: WordSet
    /// The lexicon's `separately` phrases («على حدة») as token keys.
    let separatePhrases: [[String]]
    /// The lexicon's word classes by key id of the trigger index's vocabulary (the linker's, shared):
    /// speech verbs and complementizers («أعلن X أن …») are read from a token's key id.
    let words: NameWords

    public init(kb: KnowledgeBase) {
        let (indices, words) = Linker.parts(kb)
        self.init(kb: kb, index: indices.triggers, words: words)
    }

    /// With a trigger index and the word classes over its vocabulary already built (`Linker.parts`).
    init(kb: KnowledgeBase, index: PatternIndex, words: NameWords) {
        self.kb = kb
        self.index = index
        self.words = words
        let actors = ActorTable(kb: kb)
        self.actors = actors
        self.triggerHits = kb.triggers.indices.map { i in
            let t = kb.triggers[i]
            let type = t.type.map { actors.typeIndex[$0] ?? -1 }
            let targeted = type.map { $0 >= 0 && (actors.typePolarity[Int($0)] == .hostile || t.target != nil) } ?? false
            return TriggerHit(trigger: i, range: 0..<0, type: type, cue: t.cue, target: t.target, modality: t.modality, targeted: targeted)
        }
        self.betweenType = kb.interactionType(role: .between).flatMap { actors.typeIndex[$0.id] } ?? -1
        self.visitType = kb.interactionType(role: .visit).flatMap { actors.typeIndex[$0.id] } ?? -1
        self.attendanceType = kb.interactionType(role: .attendance).flatMap { actors.typeIndex[$0.id] } ?? -1
        self.remoteTypes = Set(kb.interactionTypes.filter(\.remote).compactMap { actors.typeIndex[$0.id] })
        var cache = TokenKeyCache()
        func firstKeys(_ words: [String]) -> [String] {
            words.compactMap { PatternIndex.tokens($0, cache: &cache).first(where: { $0.kind == .word })?.key }
        }
        self.killWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.killed))))
        self.conflictWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.conflictNouns))))
        self.participleWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.participles))))
        self.martyrdomWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.martyrdom))))
        self.retaliationWords = WordSet(firstKeys(kb.lexicon.retaliation))
        self.exposedWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.exposed))))
        self.againstWords = WordSet(firstKeys(kb.lexicon.against))
        self.locativeWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.locatives))))
        self.siteWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.sites))))
        self.delegateWords = WordSet(firstKeys(kb.lexicon.delegates))
        let titleKeys = firstKeys(kb.lexicon.titleWords + kb.lexicon.subordinate)
        self.unnamedTitleWords = WordSet(NameWords.withProclitics(Set(titleKeys + titleKeys.filter { !$0.hasPrefix("ال") }.map { "ال" + $0 })))
        self.memberWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.delegates + kb.lexicon.members))))
        self.institutionWords = WordSet(firstKeys(kb.lexicon.institutions))
        self.visitReferenceWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.visitReference))))
        self.meetingReferenceWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.meetingReference))))
        self.receivedAs = Dictionary(kb.offices.compactMap { o in o.receivedAs.flatMap { actors.typeIndex[$0] }.map { (o.id, $0) } }, uniquingKeysWith: { a, _ in a })
        self.similarWords = WordSet(NameWords.withProclitics(Set(firstKeys(kb.lexicon.similar))))
        self.separatePhrases = kb.lexicon.separately.map { PatternIndex.tokens($0, cache: &cache).filter { $0.kind == .word }.map(\.key) }.filter { !$0.isEmpty }
    }

    /// What the detector finds in one article: its linked actors by sentence and its events (one
    /// per pair, type and sentence, on `ActorTable` indices). With `texts`, evidence sentences equal
    /// to earlier ones share their text.
    /// Open-world persons (officials the KB does not know) become actors in `open`.
    func detect(_ la: LinkedArticle, texts: SentenceInterner? = nil, open: inout OpenActors) -> ArticleInteractions {
        let linked = linkedMentions(la, open: &open)
        let view = ActorView(table: actors, open: open, day: DayKey.of(la.article.date))
        var limits = LimitCounts()
        let (clauses, byClause) = Self.eventClauses(la.sentences, linked: linked, tokens: la.tokens)
        let events = sentenceEvents(in: la, clauses: clauses, linked: byClause, texts: texts, view: view, limits: &limits)
        return ArticleInteractions(linked: linked, events: events, limits: limits)
    }

    /// The article's sentences as the detector reads them: a sentence is cut before a clause of its
    /// own that opens with «فيما», «بينما», «في حين» or «كما» after a comma and names a party
    /// («استقبل X Y في القاهرة، فيما كان Z يزور الدوحة»: Z's visit is no part of X's reception;
    /// «بعث X برقية إلى Y، كما أجرى Z اتصالا بـY»: two senders, no pair of them), and
    /// each part has its own events. `linked` is grouped by sentence; the result by clause.
    static func eventClauses(_ sentences: [Sentence], linked: [[Linked]], tokens: [Token]) -> (clauses: [Sentence], linked: [[Linked]]) {
        // (Most articles have no such clause: their sentences and lists are returned as they are.)
        func cutsAt(_ t: Int) -> Bool {
            tokens[t - 1].kind == .punct && clauseBreaks.contains(tokens[t - 1].key)
                && (opensWhileClause(tokens[t]) || tokens[t].keyIs("في") && tokens[t + 1].keyIs("حين") || tokens[t].keyIs("كما"))
        }
        // «كما» opens a clause of its own only with a verb and its subject right after it («، كما
        // أجرى أمير قطر …»), not when it goes on with the event before («، كما كان في استقباله …»).
        func opens(_ t: Int, _ rest: ArraySlice<Linked>) -> Bool {
            tokens[t].keyIs("كما") ? rest.contains { $0.tokens.lowerBound == t + 2 } : rest.contains { $0.tokens.lowerBound >= t }
        }
        guard sentences.contains(where: { s in s.tokens.dropFirst(2).contains { $0 < s.tokens.upperBound - 1 && cutsAt($0) } }) else {
            return (sentences, linked)
        }
        var clauses: [Sentence] = [], byClause: [[Linked]] = []
        clauses.reserveCapacity(sentences.count)
        byClause.reserveCapacity(sentences.count)
        for (k, s) in sentences.enumerated() {
            var start = s.tokens.lowerBound
            var rest = linked[k][...]
            for t in s.tokens.dropFirst(2) where t < s.tokens.upperBound - 1 {
                guard cutsAt(t), opens(t, rest) else { continue }
                let before = rest.prefix { $0.tokens.lowerBound < t }
                clauses.append(Sentence(tokens: start..<t, paragraph: s.paragraph))
                byClause.append(Array(before))
                rest = rest.dropFirst(before.count)
                start = t
            }
            clauses.append(Sentence(tokens: start..<s.tokens.upperBound, paragraph: s.paragraph))
            byClause.append(Array(rest))
        }
        return (clauses, byClause)
    }

    /// Persons of one sentence taken for its events (the first ones named): a sentence naming
    /// hundreds would make tens of thousands of events, each repeating it.
    public static let maxPersonsPerSentence = 12
    /// Longest evidence text kept, in characters (Unicode scalars); a longer sentence is cut at a
    /// word and ends with « …».
    public static let maxEvidenceScalars = 1000

    /// How often an article met the limits above (the pipeline turns them into notes).
    struct LimitCounts: Sendable {
        /// Sentences naming more than `maxPersonsPerSentence` persons.
        var crowdedSentences = 0
        /// Evidence sentences longer than `maxEvidenceScalars`.
        var cutSentences = 0
        /// Sentences whose interaction words are all future, negated or hypothetical (no event made).
        var unrealisedSentences = 0
    }

    /// Events of one article, one per (pair, type) per sentence, as strings (evidence output,
    /// tests). With `texts`, evidence sentences equal to earlier ones share their text.
    public func events(in la: LinkedArticle, texts: SentenceInterner? = nil) -> [InteractionEvent] {
        let date = la.article.date.description
        var open = OpenActors(base: actors.ids.count)
        let found = detect(la, texts: texts, open: &open)
        return found.events.map { event($0, date: date, open: open) }
    }

    /// A sentence's report as an `InteractionEvent` (`open`: the accumulator's open-world persons).
    func event(_ e: SentenceEvent, date: String, open: OpenActors) -> InteractionEvent {
        func id(_ x: Int32) -> String { x < open.base ? actors.ids[Int(x)] : open.ids[Int(x - open.base)] }
        let t = Int(e.type)
        return InteractionEvent(a: id(e.a), b: id(e.b), type: actors.types[t], date: date, direction: e.direction,
                                polarity: actors.typePolarity[t], weight: actors.typeWeight[t], evidence: [e.evidence], evidenceCount: 1, via: [])
    }

    /// The article's linked mentions as actors, grouped by sentence (each sentence's sorted by
    /// (start, end)). Open-world persons become actors in `open`; other entities the KB does not
    /// know are left out.
    func linkedMentions(_ la: LinkedArticle, open: inout OpenActors) -> [[Linked]] {
        var out = [[Linked]](repeating: [], count: la.sentences.count)
        let ms = la.mentions
        let actors = self.actors, receivedAs = self.receivedAs  // (read by a closure below: locals, not a copy of `self`)
        var ordered = true
        for i in ms.indices.dropFirst() where (ms[i].start, ms[i].end) < (ms[i - 1].start, ms[i - 1].end) { ordered = false; break }
        // Actors first, so that each sentence's list is made at its size (one allocation).
        var actorOf = [Int32](repeating: -1, count: ms.count)
        var count = [Int32](repeating: 0, count: out.count)
        for i in ms.indices {  // (fields read in place: the mentions are not copied)
            guard let id = ms[i].entity else { continue }
            var found = actors.actor(id)
            if found == nil, !ms[i].known {
                let country = ms[i].country.flatMap { actors.actor($0) } ?? -1
                found = open.actor(id, name: ms[i].kind == .person ? ms[i].surface : nil, country: country)
            }
            guard let actor = found else { continue }
            actorOf[i] = actor
            count[ms[i].sentence] += 1
        }
        for k in out.indices where count[k] > 0 { out[k].reserveCapacity(Int(count[k])) }
        for i in ms.indices where actorOf[i] >= 0 {
            out[ms[i].sentence].append(Linked(actor: actorOf[i], kind: ms[i].entityKind, demonym: ms[i].resolution == .demonym,
                                              receivedAs: ms[i].office.flatMap { receivedAs[$0] } ?? -1,
                                              start: ms[i].start, end: ms[i].end, tokens: ms[i].tokens))
        }
        if !ordered {
            for k in out.indices where out[k].count > 1 { out[k].sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        }
        return out
    }

    /// The article's events, clause by clause (`eventClauses`), with its linked mentions grouped
    /// the same way.
    func sentenceEvents(in la: LinkedArticle, clauses: [Sentence], linked bySentence: [[Linked]], texts: SentenceInterner? = nil, view: ActorView,
                        limits: inout LimitCounts) -> [SentenceEvent] {
        var out: [SentenceEvent] = []
        var scalars = la.scalars, offsets = la.offsets  // else decoded on the first event
        let source = Evidence.Source(article: la.article.id, date: la.article.date.description)
        var dangling: (person: Int32, paragraph: Int)?
        // The one person the previous sentence names, event or not («أدى X اليمين. كما اتصل به Y»).
        var lone: (person: Int32, paragraph: Int)?
        // The type and addressee of the previous sentence's cable (a remote event with a direction),
        // for «كما بعث X برقية مماثلة».
        var cable: (type: Int32, to: Int32)?
        let similarWords = self.similarWords, words = self.words
        // The acting person of the previous sentence's event, for a next sentence whose verb has
        // no subject of its own («كما استقبل X …»).
        var subject: Int32?
        // Persons present at the sentence's event («بحضور X»).
        var attendees: [Int32] = []
        // The one person of the article's last sentence of attendance («شارك X في اجتماع …»).
        var participant: Int32?
        let fingerprint = index.vocabulary.fingerprint
        let encoded = la.keys.flatMap { $0.fingerprint == fingerprint ? $0 : nil } ?? index.encode(la.tokens)
        let relations = betweenType
        // What the closures below read, as locals: a closure that read them from `self` would copy
        // the whole detector (its KB and indices) each time it is made, sentence by sentence.
        let visitType = self.visitType, remoteTypes = self.remoteTypes, visitReferenceWords = self.visitReferenceWords, meetingReferenceWords = self.meetingReferenceWords
        let delegateWords = self.delegateWords, unnamedTitleWords = self.unnamedTitleWords
        // (Likewise the article's tokens: a closure reading `la` would copy the article.)
        let tokens = la.tokens
        // Per-sentence lists, kept across sentences (cleared, not reallocated).
        var triggers: [TriggerHit] = [], types: [Int32] = [], persons: [Participant] = [], bodies: [Participant] = [], victims: [Int32] = []
        let killWords = self.killWords, typePolarity = view.table.typePolarity
        var related: [(Int32, Int32)] = []
        // (visitor, country visited) of the article, for `visitsDuring`.
        var visitors: [(Int32, Int32)] = [], destinations: [Int32] = [], destinationAt: [Int] = [], venueList: [Int32] = []
        // The actors of the sentence named by an office received otherwise than as a visitor, with
        // that type (an ambassador in the country he serves in: `Office.receivedAs`).
        var residents: [(actor: Int32, type: Int32)] = []
        // (visitor, country) of the sentence's visit words in a relative clause («Y، الذي يزور
        // الكويت»), made once the sentence's `visit` is at hand.
        var relativeVisits: [(Int32, Int32)] = []
        // The hosts of the sentence's relative-clause visitor («X … Y، الذي يزور الدولة»: X is at
        // home, whatever place the sentence names).
        var atHome: [Int32] = []
        func noteVisitor(_ guest: Int32, host: Int32) {
            guard !residents.contains(where: { $0.actor == guest }), !atHome.contains(guest) else { return }
            let c = view.country(host)
            if c >= 0, view.country(guest) != c, !visitors.contains(where: { $0 == (guest, c) }) { visitors.append((guest, c)) }
        }
        for (k, sentence) in clauses.enumerated() {
            let mentions = bySentence[k]
            // No actor named: no event, and no subject to lend to the next sentence.
            guard !mentions.isEmpty else { dangling = nil; subject = nil; lone = nil; continue }
            matches(in: encoded, range: sentence.tokens, into: &triggers)
            // (What only a sentence with a marker of modality needs: sought there only.)
            let participleWords = self.participleWords  // (a local: read in `&&`'s closure below)
            if triggers.contains(where: { $0.modality != nil }) {
                for i in triggers.indices {
                    let b = triggers[i].range.lowerBound - 1
                    triggers[i].participleAfterBreak = b > sentence.tokens.lowerBound && tokens[b].kind == .punct && Self.clauseBreaks.contains(tokens[b].key)
                        && participleWords.contains(tokens[b + 1].key)
                    triggers[i].setting = b >= sentence.tokens.lowerBound && tokens[b].kind == .word
                        && (tokens[b].keyIs("خلال") || tokens[b].keyIs("اثناء") || tokens[b].keyIs("هامش"))
                    triggers[i].medium = b >= sentence.tokens.lowerBound && tokens[b].kind == .word && tokens[b].keyIs("في")
                        && (triggers[i].range.upperBound..<sentence.tokens.upperBound).contains { tokens[$0].keyIs("الي") }
                    if triggers[i].medium {
                        triggers[i].lastTo = (sentence.tokens.lowerBound..<triggers[i].range.lowerBound).last { tokens[$0].keyIs("الي") } ?? -1
                    }
                }
            }
            // A word inside a person's name is no trigger or marker («جان إيف لو دريان»: «لو»).
            triggers.removeAll { h in mentions.contains { $0.kind == .person && $0.tokens.contains(h.range.lowerBound) } }
            // A visit word in a relative clause after a person («التقى X … Y، الذي يزور الدولة
            // حاليا») is that person's visit to the country of the sentence's other persons; it
            // orders no pair of its own.
            relativeVisits.removeAll(keepingCapacity: true)
            atHome.removeAll(keepingCapacity: true)
            // (A loop, not `removeAll(where:)`: a closure calling `visited` would copy the detector.)
            var kept = 0
            for i in triggers.indices {
                let h = triggers[i]
                guard h.type == visitType, let v = Self.relativeSubject(of: h, mentions, tokens) else {
                    triggers[kept] = h
                    kept += 1
                    continue
                }
                for m in mentions where m.kind == .person && m.actor != v {
                    noteVisitor(v, host: m.actor)
                    if view.country(m.actor) != view.country(v) { atHome.append(m.actor) }
                }
                var places: [Int32] = [], at: [Int] = []
                visited(after: h, mentions: mentions, tokens: tokens, into: &places, at: &at)
                for c in places { relativeVisits.append((v, c)) }
            }
            triggers.removeLast(triggers.count - kept)
            // The persons named right after a kill word («قدم التعازي في اغتيال رئيس المكتب
            // السياسي لحركة حماس X»): parties of the killing only, never of a call or cable about it.
            // (And those joined to a victim by «و»: «التعازي باستشهاد الرئيس X ووزير الخارجية Y».)
            victims.removeAll(keepingCapacity: true)
            var victimEnd = -1
            for m in mentions where m.kind == .person && m.tokens.lowerBound > sentence.tokens.lowerBound {
                let before = m.tokens.lowerBound - 1
                if tokens[before].kind == .word, killWords.contains(tokens[before].key)
                    || m.tokens.lowerBound == victimEnd && conjoined(m.tokens.lowerBound, tokens, encoded) {
                    victims.append(m.actor)
                    victimEnd = m.tokens.upperBound
                } else if m.tokens.lowerBound <= victimEnd && victims.last == m.actor {
                    victimEnd = max(victimEnd, m.tokens.upperBound)  // (the victim's name after his title)
                }
            }
            let sentenceStart = out.count
            residents.removeAll(keepingCapacity: true)
            for m in mentions where m.receivedAs >= 0 && !residents.contains(where: { $0.actor == m.actor }) { residents.append((m.actor, m.receivedAs)) }
            var cached: Evidence?
            func emit(_ s: Int32, _ t: Int32, directed: Bool, type: Int32) {
                if cached == nil {
                    if offsets.isEmpty { (scalars, offsets) = UTF8Scan.scalarsAndOffsets(la.article.text) }
                    cached = Self.evidence(la, sentence, scalars, offsets, source: source, texts: texts)
                    if cached!.end - cached!.start > Self.maxEvidenceScalars { limits.cutSentences += 1 }
                }
                guard s != t, type >= 0 else { return }
                if type == visitType, let r = residents.first(where: { $0.actor == s }) {
                    emit(s, t, directed: false, type: r.type)
                    return
                }
                if !victims.isEmpty, victims.contains(s) || victims.contains(t), typePolarity[Int(type)] != .hostile { return }
                // Two actors of one country are one side (a delegation, a host and his ministers):
                // the graph is of relations between countries' actors. A movement its people are
                // seated at is a side of its own («حمّل الرئيس اليمني الحوثيين مسؤولية …»).
                if !view.isCountry(s), !view.isCountry(t), case let c = view.side(s), c >= 0, c == view.side(t) { return }
                // So are an actor and its own country, unless the actor is a side of its own
                // («أدان وزير الخارجية السوري العقوبات المفروضة على سوريا» is not against Syria).
                if view.isCountry(t) ? !view.isSide(s) && view.country(s) == t : view.isCountry(s) && !view.isSide(t) && view.country(t) == s { return }
                let forward = view.precedes(s, t)
                out.append(SentenceEvent(a: forward ? s : t, b: forward ? t : s, type: type,
                                         direction: directed ? (forward ? .forward : .backward) : .none, evidence: cached!))
            }
            // «زار X الكويت», «زيارة X إلى قطر», a reception's guest: the visitor → the country visited.
            func visit(_ visitor: Int32, _ c: Int32) {
                guard !residents.contains(where: { $0.actor == visitor }) else { return }
                emit(visitor, c, directed: true, type: visitType)
                if !visitors.contains(where: { $0 == (visitor, c) }) { visitors.append((visitor, c)) }
            }
            for (v, c) in relativeVisits { visit(v, c) }
            types.removeAll(keepingCapacity: true)
            var unrealised = false
            for h in triggers {
                guard let t = h.type, !h.targeted else { continue }
                if !Self.realised(h, among: triggers) { unrealised = true; continue }
                // (Taking part in an act, «شاركت مقاتلات أردنية في اعتراض صواريخ إيرانية», is that
                // act, no attendance: the act's word, after «في» a few words on, tells it.)
                if t == attendanceType, triggers.contains(where: { a in
                    a.targeted && a.range.lowerBound > h.range.upperBound && a.range.lowerBound <= h.range.upperBound + 4 && tokens[a.range.lowerBound - 1].keyIs("في")
                }) { continue }
                if !types.contains(t) { types.append(t) }
            }
            if unrealised && types.isEmpty { limits.unrealisedSentences += 1 }
            distinctEntities(mentions, kind: .person, into: &persons)
            // Persons named after «بحضور، يرافقه، وحضر اللقاء» are present only: they join no pair
            // of the event, and attend it (below).
            attendees.removeAll(keepingCapacity: true)
            // (After «كان في استقبال X والوفد المرافق له»: those named next greet the guest and
            // his delegation; they are hosts, not its members.)
            // (A `welcome` greeting's persons likewise: its ranking greeter is paired below.)
            let welcome = triggers.first { $0.cue == .welcome }
            if let present = triggers.first(where: { $0.cue == .present || $0.cue == .welcome }),
               !triggers.contains(where: { $0.cue == .greet && $0.range.upperBound <= present.range.lowerBound }) {
                // (To the end of its clause: «وكان في استقباله X، ثم التقى Y» has the guest meet Y.)
                let presentEnd = (present.range.upperBound..<sentence.tokens.upperBound).first { t in
                    tokens[t].kind == .punct && Self.clauseBreaks.contains(tokens[t].key)
                        && triggers.contains { $0.type != nil && !$0.targeted && $0.range.lowerBound > t && $0.range.lowerBound <= t + 2 }
                } ?? Int.max
                for p in persons where p.tokenStart >= present.range.lowerBound && p.tokenStart < presentEnd && !attendees.contains(p.actor) { attendees.append(p.actor) }
                persons.removeAll { $0.tokenStart >= present.range.lowerBound && $0.tokenStart < presentEnd }
            }
            // The sender of a message another carries («وسلمه رسالة من الرئيس Z») is not there:
            // a party of the message only (`TargetRule.conveyed`), not of the visit or meeting.
            for h in triggers where h.target == .conveyed {
                persons.removeAll { p in
                    p.tokenStart >= h.range.upperBound && p.tokenStart <= h.range.upperBound + 2 && !tokens[p.tokenStart - 1].keyIs("الي")
                }
            }
            // «أعلن الوزير أن أمير الكويت أجرى اتصالين مع …»: who reports the event is no party
            // to it when every event word stands in the reported clause and that clause names
            // two persons of its own. (The clause is sought only in a sentence where it can matter.)
            if persons.count >= 2, triggers.contains(where: { $0.type != nil }), let c = reportedClause(sentence, tokens, encoded),
               triggers.allSatisfy({ $0.type == nil || $0.range.lowerBound > c }), persons.count(where: { $0.tokenStart > c }) >= 2 {
                persons.removeAll { $0.tokenStart < c }
            }
            if persons.count > Self.maxPersonsPerSentence {
                persons.removeSubrange(Self.maxPersonsPerSentence...)
                limits.crowdedSentences += 1
            }

            // Countries the sentence's visit words take someone to: a pair of persons then needs a
            // host among them («وصل X وY إلى الكويت» pairs neither visitor with the other).
            destinations.removeAll(keepingCapacity: true)
            destinationAt.removeAll(keepingCapacity: true)
            var firstVisitWord = Int.max
            if visitType >= 0, types.contains(visitType) {
                for h in triggers where h.type == visitType && h.cue != .host && Self.realised(h, among: triggers) {
                    firstVisitWord = min(firstVisitWord, h.range.lowerBound)
                    visited(after: h, mentions: mentions, tokens: tokens, into: &destinations, at: &destinationAt)
                }
                // «تعهدت طهران بفتح صفحة جديدة مع أبوظبي بعد زيارة X»: a visit whose one person is
                // named right after the word (the visitor) and whose destination is not named goes
                // to the one country the sentence names besides the visitor's. (Not after a host's
                // verb: «استقبل X …» names the host there. Not a demonym, which qualifies a noun and
                // names no place: «… في ظل التصعيد الصهيوني».)
                if destinations.isEmpty, persons.count == 1, case let visitor = persons[0],
                   triggers.contains(where: { $0.type == visitType && $0.cue != .host && $0.range.upperBound == visitor.tokenStart && Self.realised($0, among: triggers) }) {
                    let others = mentions.filter { $0.kind == .country && !$0.demonym && $0.actor != view.country(visitor.actor) && !Self.inTitle($0, mentions) }
                    if let first = others.first, others.allSatisfy({ $0.actor == first.actor }) {
                        destinations.append(first.actor)
                        destinationAt.append(first.tokens.lowerBound)
                    }
                }
            }
            // Two persons both named after the last destination are in another clause («عقب زيارة
            // X لبكين، أجرى Y محادثات مع Z»): the visit does not constrain them.
            let clauseEnd = destinationAt.filter { $0 > firstVisitWord }.max() ?? Int.max
            func hosted(_ x: Int32, _ y: Int32) -> Bool {
                if destinations.isEmpty || destinations.contains(view.country(x)) || destinations.contains(view.country(y)) { return true }
                func later(_ a: Int32) -> Bool { persons.contains { $0.actor == a && $0.tokenStart > clauseEnd } }
                return later(x) && later(y)
            }
            let cue = triggers.first { $0.cue.map { $0 != .present && $0 != .welcome } ?? false }
            // «كما استقبل X», «كما التقى مع X»: a cue verb opening the sentence, or any trigger
            // right after an opening «كما» ("also"), with its one person after it has the previous
            // sentence's acting person as its subject (with two, «كما التقى X Y», the first is the
            // verb's own subject).
            let also = triggers.first { h in
                h.type != nil && h.range.lowerBound > sentence.tokens.lowerBound && h.range.lowerBound <= sentence.tokens.lowerBound + 2
                    && (tokens[h.range.lowerBound - 1].keyIs("كما") || tokens[h.range.lowerBound - 1].keyIs("وكما"))
            }
            // (The one person is the verb's object, not its subject named after it: after «مع» or
            // another word, in «بالـ», the guest of a reception, or right after the verb with
            // nothing the verb could take as object after it in the clause, «كما التقى ولي العهد
            // الأمير محمد بن سلمان.»; «كما التقى X السفير» is X's.)
            func nothingMetAfter(_ p: Participant, _ c: TriggerHit) -> Bool {
                var t = subjectEnd(p.actor, after: c, mentions)
                while t < sentence.tokens.upperBound, tokens[t].kind == .word {
                    if unnamedTitleWords.contains(tokens[t].key) || delegateWords.contains(tokens[t].key) || tokens[t].keyIs("مع") { return false }
                    if let m = mentions.first(where: { $0.tokens.lowerBound == t }), m.actor != p.actor, !(t > 0 && tokens[t - 1].keyIs("في")) { return false }
                    t += 1
                }
                return true
            }
            var continued = false
            if let c = cue ?? also, let x = subject, !types.isEmpty, c.range.lowerBound <= sentence.tokens.lowerBound + 2,
               persons.count == 1, let p = persons.first, p.tokenStart >= c.range.upperBound, p.actor != x,
               c.cue == .host || p.tokenStart > c.range.upperBound || tokens[p.tokenStart].key.hasPrefix("بال") || nothingMetAfter(p, c) {
                persons.insert(Participant(actor: x, start: -1, tokenStart: c.range.lowerBound), at: 0)
                continued = true
            }
            // «وخلال الزيارة التقى الرئيس الإيراني»: a sentence that refers back to the article's
            // one visit of a country, and whose persons are all of that country, has the visitor
            // as its subject — when an event word other than the reference tells what was done
            // («هذه الزيارة تأتي في إطار سياسة الرئيس …» tells of no meeting).
            if !continued, cue == nil, !types.isEmpty, let c = commonCountry(persons, view), c >= 0,
               let ref = sentence.tokens.first(where: { tokens[$0].kind == .word && visitReferenceWords.contains(tokens[$0].key) }),
               triggers.contains(where: { $0.type != nil && !$0.range.contains(ref) && !$0.targeted && Self.realised($0, among: triggers) }),
               case let guests = visitors.filter({ $0.1 == c }), guests.count == 1, !persons.contains(where: { $0.actor == guests[0].0 }) {
                persons.insert(Participant(actor: guests[0].0, start: -1, tokenStart: ref), at: 0)
                continued = true
            }
            subject = nil
            if !types.isEmpty {
                // The previous sentence's lone person is the other party of a sentence whose persons
                // are all of one country («وصل X إلى الرياض. والتقى خلالها ولي العهد ووزير
                // الخارجية»); a sentence naming persons of two countries has its own parties.
                if !continued, let d = dangling, d.paragraph == sentence.paragraph, commonCountry(persons, view) != nil,
                   !persons.contains(where: { $0.actor == d.person }) {
                    for p in persons where hosted(d.person, p.actor) { for t in types { emit(d.person, p.actor, directed: false, type: t) } }
                } else if persons.count >= 2 {
                    // (A call or a cable names a place, «بمناسبة توليه الحكم في دولة الكويت», not
                    // where its parties met.)
                    if types.allSatisfy(remoteTypes.contains) { venueList.removeAll(keepingCapacity: true) } else {
                        venues(mentions, tokens: tokens, keys: encoded, into: &venueList)
                    }
                    // A cue verb after a visit clause («عقب زيارة X لبكين، أجرى Y محادثات مع Z») orders
                    // the persons of its own clause. (A clause after «، فيما» is a clause of its own
                    // already: `eventClauses`.)
                    let own = persons.filter { $0.tokenStart > clauseEnd }
                    let parties = cue.map { $0.range.lowerBound > clauseEnd } ?? false && own.count >= 2 ? own : persons
                    for (s, t, directed) in pairs(parties, cue: cue, hits: triggers, tokens: tokens, keys: encoded, sentence: sentence, view: view) where hosted(s, t) {
                        for type in types { emit(s, t, directed: directed, type: type) }
                        // A reception's guest visits the host's country too.
                        if let c = cue?.cue, c == .host || c == .greet, directed,
                           case let hc = view.country(t), hc >= 0, hc != view.country(s) {
                            visit(s, hc)
                        }
                        // Met in the country of one of them: the other is visiting it.
                        if venueList.contains(view.country(t)) { noteVisitor(s, host: t) }
                        if venueList.contains(view.country(s)) { noteVisitor(t, host: s) }
                    }
                } else if persons.isEmpty {
                    let firstTrigger = triggers.first(where: { $0.type != nil })?.range
                    partiesOtherThanPersons(mentions, tokens: tokens, firstTrigger: firstTrigger,
                                            against: againstWord(from: sentence.tokens.lowerBound, in: sentence, tokens), into: &bodies)
                    // (Who reports an event, «أعلن البيت الأبيض أن المغرب وإسرائيل اتفقتا …», is no
                    // party to it: only those named after the «أن» before its word.)
                    if let t = firstTrigger?.lowerBound,
                       let said = (sentence.tokens.lowerBound..<t).last(where: { tokens[$0].kind == .word && words.classes(of: encoded.ids[$0]).contains(.complementizer) }) {
                        bodies.removeAll { $0.tokenStart < said }
                    }
                    // (Who is called on, right before the «إلى» of what a call asks for, is no party of
                    // the statement making the call: «وفي بيان مشترك، دعا قادة فرنسا وألمانيا
                    // وبريطانيا إيران إلى الامتناع …».)
                    if let call = triggers.first(where: { $0.modality == .hypothetical })?.range.upperBound {
                        bodies.removeAll { b in
                            b.tokenStart >= call && mentions.contains { $0.tokens.lowerBound == b.tokenStart && $0.tokens.upperBound < sentence.tokens.upperBound
                                && tokens[$0.tokens.upperBound].keyIs("الي") }
                        }
                    }
                    // (Mediators are no party to the event they mediate: «اتفاق بوساطة قطر ومصر».)
                    for h in triggers where h.target == .mediation {
                        let span = mediators(of: h, mentions, tokens)
                        bodies.removeAll { span.contains($0.tokenStart) }
                    }
                    // (An event word with its parties after «بين» names them only: «أدانت إيران اتفاق
                    // التطبيع بين الإمارات وإسرائيل» is no agreement of Iran's.)
                    for h in triggers {
                        guard let sides = sidesAfterBetween(h, among: triggers, mentions, tokens: tokens, sentence: sentence) else { continue }
                        bodies.removeAll { !sides.contains($0.actor) }
                        break
                    }
                    if bodies.count >= 2 {
                        let n = min(bodies.count, 4)
                        for i in 0..<n { for j in (i + 1)..<n { for type in types { emit(bodies[i].actor, bodies[j].actor, directed: false, type: type) } } }
                    }
                }
            }
            // «خلال زيارة X إلى باريس، وقعت السعودية وفرنسا اتفاقية»: an event's compound subject
            // of countries or organisations are parties to each other, in a sentence that names
            // persons too (one that names none pairs them above). (After a reception's word they
            // are its guests: «تسلم X أوراق اعتماد سفير اليابان وسفيرة إسبانيا».)
            if !persons.isEmpty {
                for h in triggers where !h.targeted && h.type != visitType && h.cue != .host && h.cue != .greet {
                    guard let t = h.type, types.contains(t), Self.realised(h, among: triggers) else { continue }
                    let subjects = compoundSubject(of: h, mentions, tokens: tokens, keys: encoded, sentence: sentence)
                    guard !subjects.contains(where: { $0.kind == .person }) else { continue }
                    let sides = orderedUnique(subjects.map(\.actor))
                    for i in sides.indices { for j in sides.indices where j > i { emit(sides[i], sides[j], directed: false, type: t) } }
                }
            }
            // «أعلن X التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل وحماس»: the parties after «بين»
            // are the event's, whoever tells of it (a sentence that names no person pairs them above).
            if !persons.isEmpty {
                for h in triggers {
                    guard let t = h.type, types.contains(t), let sides = sidesAfterBetween(h, among: triggers, mentions, tokens: tokens, sentence: sentence) else { continue }
                    for i in sides.indices { for j in sides.indices where j > i { emit(sides[i], sides[j], directed: false, type: t) } }
                }
            }
            // «وصل X لحضور اجتماع المجلس الأعلى لمجلس التعاون»: one acting person attends the
            // organisation's meeting (X → organisation); with no organisation named, «شارك X في
            // القمة في الدوحة»: attends in the host country (X → the country after «في»).
            if persons.count == 1 {
                let p = persons[0].actor
                for h in triggers where h.type == attendanceType && attendanceType >= 0 {
                    let from = subjectEnd(p, after: h, mentions)
                    let near = mentions.filter { $0.tokens.lowerBound >= from && $0.tokens.lowerBound <= from + Self.withReach }
                    if let m = near.first(where: { $0.kind == .organisation }) ?? near.first(where: { m in
                        m.kind == .country && m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].keyIs("في") && !Self.inTitle(m, mentions) }),
                       m.actor != view.country(p) {
                        emit(p, m.actor, directed: true, type: attendanceType)
                    }
                }
                for h in triggers {
                    guard let t = h.type, types.contains(t) else { continue }
                    // «أعرب X عن تعازيه لإيران»: a party in the dative right after the word.
                    if let m = mentions.first(where: { $0.kind != .person && $0.tokens.lowerBound >= h.range.upperBound && $0.tokens.lowerBound <= h.range.upperBound + 1
                                                       && Self.isDative($0, tokens) && $0.actor != view.country(p) && !Self.inTitle($0, mentions) }) {
                        emit(p, m.actor, directed: h.cue == .initiate, type: t)
                    }
                    // «هنأت الكويت الرئيس X», «استقبلت قطر X»: a country or organisation right after
                    // a verb that orders its parties is the subject, the person after it the object.
                    if h.cue == .initiate || h.cue == .host, persons[0].tokenStart > h.range.upperBound,
                       let m = mentions.first(where: { $0.kind != .person && $0.tokens.lowerBound == h.range.upperBound && !Self.inTitle($0, mentions) }),
                       m.actor != view.country(p), m.tokens.upperBound <= persons[0].tokenStart {
                        if h.cue == .host { emit(p, m.actor, directed: true, type: t) } else { emit(m.actor, p, directed: true, type: t) }
                    }
                }
            }
            // «التقى X قائد الأسطول الخامس الأمريكي», «استقبل X سفير الولايات المتحدة»: a title
            // word no one is linked to, right after the event word or its one acting person, with
            // a country named within `unnamedTitleReach` words after it, is that country's
            // official: X meets the country (a reception's guest visits the host).
            if persons.count == 1, let p = persons.first?.actor {
                // The country of an unlinked title word at token `a`, if another than p's.
                func official(at a: Int) -> Linked? {
                    guard a >= 0, a < sentence.tokens.upperBound, tokens[a].kind == .word, unnamedTitleWords.contains(tokens[a].key),
                          !mentions.contains(where: { $0.kind == .person && $0.tokens.contains(a) }),
                          let m = mentions.first(where: { $0.tokens.lowerBound >= a && $0.kind != .person }),
                          m.kind == .country, m.tokens.lowerBound <= a + Self.unnamedTitleReach, m.actor != view.country(p),
                          !(a..<m.tokens.lowerBound).contains(where: { tokens[$0].kind != .word || isWord($0, .stop, tokens, encoded) })
                    else { return nil }
                    return m
                }
                for h in triggers {
                    guard let t = h.type, types.contains(t) else { continue }
                    // (Right after the word, after its subject, or after the subject's name when a
                    // long title stands before it: «التقى قائد القوات البحرية السعودية الفريق X»;
                    // the first of those places where such a title stands with another country.)
                    let named = mentions.last { $0.actor == p && $0.tokens.lowerBound >= h.range.upperBound && $0.tokens.lowerBound < h.range.upperBound + Self.withReach }
                    // (Past function words and commas after the name: «استقبل X اليوم سفير الولايات
                    // المتحدة», «استقبل X وزير الخارجية، سفير …».)
                    func isComma(_ t: Int) -> Bool { tokens[t].kind == .punct && (tokens[t].keyIs("،") || tokens[t].keyIs(",")) }
                    var past = named?.tokens.upperBound ?? -1
                    while past >= 0, past < sentence.tokens.upperBound, isWord(past, .function, tokens, encoded) || isComma(past) { past += 1 }
                    // (And past where it happened: «استقبل X في مكتبه ببغداد السفير البريطاني», «التقى X،
                    // في الرياض، نائب وزير الخارجية الياباني».)
                    var placed = -1
                    if var n = named?.tokens.upperBound {
                        if n < sentence.tokens.upperBound, isComma(n) { n += 1 }
                        if n < sentence.tokens.upperBound, tokens[n].keyIs("في") {
                            placed = (n + 1..<min(n + 6, sentence.tokens.upperBound)).first { tokens[$0].kind == .word && unnamedTitleWords.contains(tokens[$0].key) } ?? -1
                        }
                    }
                    // (A loop, not a lazy map: a lazy sequence would hold `official`, and with it a copy of `self`.)
                    var found: Linked?
                    for a in [h.range.upperBound, subjectEnd(p, after: h, mentions), named?.tokens.upperBound ?? -1, past, placed] {
                        if let m = official(at: a) { found = m; break }
                    }
                    // (Or the subject of the clause's verb, before the word: «قدم سفير دولة قطر أوراق
                    // اعتماده إلى الرئيس الكيني»: the official initiates.)
                    if found == nil, h.cue == .initiate, let m = official(at: sentence.tokens.lowerBound + 1), m.tokens.upperBound <= h.range.lowerBound {
                        emit(m.actor, p, directed: true, type: t)
                        continue
                    }
                    guard let first = found else { continue }
                    // (With the officials joined to it: «أوراق اعتماد سفير اليابان وسفيرة إسبانيا».)
                    var officials = [first]
                    while case let next = officials[officials.count - 1].tokens.upperBound, next < sentence.tokens.upperBound {
                        let a = isComma(next) ? next + 1 : next
                        guard a < sentence.tokens.upperBound, tokens[a].keyStartsWithWaw, let o = official(at: a),
                              !officials.contains(where: { $0.actor == o.actor }) else { break }
                        officials.append(o)
                    }
                    for m in officials {
                        if h.cue == .host { emit(m.actor, p, directed: true, type: t) } else { emit(p, m.actor, directed: h.cue == .initiate, type: t) }
                    }
                }
            }
            // «عقد X لقاءات مع مسؤولين في جماعة الحوثي», «التقى X قادة الحشد الشعبي»: the acting
            // person — the sentence's one person, or the one named before the word — meets the
            // organisations and countries named after a «مع» or a `delegates` word (for a remote
            // event, «إلى»: the addressee, the person → it) that follows
            // the event word or the person named right after it, beside the persons named there
            // («اجتماعات مع A وB، إضافة إلى ممثلين عن جماعة الحوثي»); a reception's guests visit
            // the host.
            if let p = persons.first?.actor {
                for h in triggers {
                    guard let t = h.type, types.contains(t) else { continue }
                    let subjectEnd = subjectEnd(p, after: h, mentions)
                    // (A cable or message goes «إلى» its addressee: «بعث X برقية تعزية إلى حزب الله».)
                    let remote = remoteTypes.contains(t)
                    let near = { (from: Int) in (from..<max(from, min(from + 2, sentence.tokens.upperBound))).first {
                        tokens[$0].keyIs("مع") || delegateWords.contains(tokens[$0].key) || remote && tokens[$0].keyIs("الي") } }
                    guard let with = near(h.range.upperBound) ?? near(subjectEnd),
                          persons.count == 1 || (persons[0].tokenStart < with && !persons.dropFirst().contains(where: { $0.tokenStart < with })) else { continue }
                    let hosts = h.cue == .host
                    // (Not past an `against` word: «… مع المسؤولين الأمريكيين سبل الضغط على
                    // الحوثيين» names a topic there, not a partner.)
                    // (Counted from the last person met, when there are some.)
                    let from = persons.count == 1 ? with : max(with, mentions.last { $0.kind == .person }?.tokens.upperBound ?? with)
                    let end = min(from + Self.withReach + 1, againstWord(from: with, in: sentence, tokens) ?? Int.max)
                    // (Beside persons, only the people of a party: «مع A الأوضاع في اليمن» names a topic.)
                    func delegated(_ m: Linked) -> Bool {
                        (max(with, m.tokens.lowerBound - 3)..<m.tokens.lowerBound).contains { delegateWords.contains(tokens[$0].key) }
                    }
                    // (Not a country after «في» once a party is named: «التقى X مسؤولين إسرائيليين في
                    // باريس» says where; «مسؤولين في جماعة الحوثي» whose.)
                    var named = false
                    for m in mentions where m.kind != .person && m.tokens.lowerBound > with && m.tokens.lowerBound < end
                        && m.actor != view.country(p) && !Self.inTitle(m, mentions) && (persons.count == 1 || delegated(m))
                        && !(named && m.kind == .country && tokens[m.tokens.lowerBound - 1].keyIs("في")) {
                        named = true
                        if hosts { emit(m.actor, p, directed: true, type: t) } else { emit(p, m.actor, directed: remote && tokens[with].keyIs("الي"), type: t) }
                    }
                }
            }
            if !destinations.isEmpty {
                let lender = dangling.flatMap { $0.paragraph == sentence.paragraph ? $0.person : nil }
                for (c, at) in zip(destinations, destinationAt) {
                    // The visitors: the persons named between the visit word and the country
                    // («زيارة روحاني للعراق», «وصل X وY إلى …»), else the sentence's first person of
                    // another country.
                    // With the destination put before the verb, every person of another country
                    // named after it («إلى الدوحة وصل X بعد الزيارة التي قام بها Y»).
                    var found = false
                    for p in persons where (at < firstVisitWord ? p.tokenStart > firstVisitWord : p.tokenStart < at && p.tokenStart > firstVisitWord)
                        && view.country(p.actor) != c {
                        visit(p.actor, c)
                        found = true
                    }
                    if !found, let visitor = persons.first(where: { view.country($0.actor) != c })?.actor ?? lender.flatMap({ view.country($0) != c ? $0 : nil }) {
                        visit(visitor, c)
                    }
                }
            }
            // «شارك X في اجتماع …», then «الاجتماع أقيم برئاسة A وB»: a later sentence that
            // refers back to the meeting and names its parties has X attending with them.
            if let x = participant, attendanceType >= 0, !types.isEmpty, !persons.contains(where: { $0.actor == x }),
               sentence.tokens.contains(where: { tokens[$0].kind == .word && meetingReferenceWords.contains(tokens[$0].key) }) {
                for p in persons { emit(x, p.actor, directed: false, type: attendanceType) }
            }
            if attendanceType >= 0, types.contains(attendanceType), persons.count == 1 { participant = persons[0].actor }
            // Those present attend with the acting parties of the sentence's own event (`emit`
            // drops the pairs of one country: their own side). A later «وحضر اللقاء X» is not
            // tied to an event: the press lists aides there as often as principals.
            if let w = welcome, persons.count < 2 {
                // «وصل X إلى الرياض، وكان في استقباله Y وZ» (or the same in a sentence of its own):
                // the guest — the person named before the word, else the previous sentence's lone
                // acting person — visits the first greeter of another country; Z escorts. (After a
                // reception of its own, «استقبل X Y، كما كان في استقباله Z»: Z attends, below.)
                // A call or a cable to the pronoun («كما اتصل به Y مهنئا», «وهنأه Y») goes from Y to
                // the one the previous sentence names, else to the addressee of its cable («هنأ X Z
                // …، كما هنأه Y»: Z).
                let type = w.type ?? visitType
                let before = persons.filter { $0.tokenStart < w.range.lowerBound }.map(\.actor)
                let referent = type == visitType ? dangling : dangling ?? lone ?? cable.map { (person: $0.to, paragraph: sentence.paragraph) }
                let guests = before.isEmpty ? referent.flatMap { $0.paragraph == sentence.paragraph ? [$0.person] : nil } ?? [] : before
                for g in guests {
                    guard let host = attendees.first(where: { view.country($0) >= 0 && view.country($0) != view.country(g) }) else { continue }
                    if type == visitType {
                        emit(g, host, directed: true, type: type)
                        visit(g, view.country(host))
                    } else {
                        emit(host, g, directed: true, type: type)
                    }
                }
            } else if attendanceType >= 0, !types.isEmpty {
                for a in attendees { for p in persons where p.actor != a { emit(a, p.actor, directed: false, type: attendanceType) } }
            }
            // «بدأت المحادثات في الرياض بمشاركة X ونظيره Y»: with no acting person and no
            // organisation named before the word, the event (not a visit, an attendance or a
            // remote one) of exactly two persons present, of two countries, is theirs.
            if persons.isEmpty, attendees.count == 2, view.country(attendees[0]) >= 0, view.country(attendees[0]) != view.country(attendees[1]),
               let present = triggers.first(where: { $0.cue == .present })?.range.lowerBound,
               !mentions.contains(where: { $0.kind == .organisation && $0.tokens.upperBound <= present }) {
                for t in types where t != attendanceType && t != visitType && !remoteTypes.contains(t) {
                    emit(attendees[0], attendees[1], directed: false, type: t)
                }
            }
            // «عقدت في الرياض القمة بمشاركة X»: with no acting person, those present attend the
            // organisation named before them, else in the host country named after «في» there.
            if attendanceType >= 0, !types.isEmpty, persons.isEmpty, !attendees.isEmpty,
               let present = triggers.first(where: { $0.cue == .present })?.range.lowerBound {
                let before = mentions.filter { $0.tokens.upperBound <= present && !Self.inTitle($0, mentions) }
                if let host = before.first(where: { $0.kind == .organisation }) ?? before.first(where: { m in
                    m.kind == .country && m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].keyIs("في") }) {
                    for a in attendees where view.country(a) != host.actor { emit(a, host.actor, directed: true, type: attendanceType) }
                }
            }
            dangling = (!types.isEmpty && persons.count == 1) ? (persons[0].actor, sentence.paragraph) : nil
            lone = persons.count == 1 && attendees.isEmpty ? (persons[0].actor, sentence.paragraph) : nil
            if !types.isEmpty, let p = persons.first { subject = p.actor }

            for h in triggers where h.targeted {
                guard Self.realised(h, among: triggers) else { continue }
                for (s, t) in targeted(h, among: triggers, mentions: mentions, persons: persons, tokens: tokens, keys: encoded, sentence: sentence, view: view) {
                    emit(s, t, directed: true, type: h.type!)
                }
            }
            between(mentions, tokens: tokens, into: &related)
            for (x, y) in related { emit(x, y, directed: false, type: relations) }
            // «كما بعث X برقية مماثلة»: a cable of the previous sentence's type, by this
            // sentence's one person (who names no one else), to the same addressee.
            if let c = cable, out.count == sentenceStart, triggers.contains(where: { $0.type == c.type }),
               case let named = orderedUnique(mentions.filter { $0.kind == .person }.map(\.actor)), named.count == 1, named[0] != c.to,
               sentence.tokens.contains(where: { tokens[$0].kind == .word && similarWords.contains(tokens[$0].key) }) {
                emit(named[0], c.to, directed: true, type: c.type)
            }
            if let e = out[sentenceStart...].last(where: { remoteTypes.contains($0.type) && $0.direction != .none }) {
                cable = (e.type, e.direction == .forward ? e.b : e.a)
            } else if out.count > sentenceStart {
                cable = nil
            }
        }
        if !visitors.isEmpty { visitsDuring(&out, visitors: visitors, view: view) }
        return out
    }

    /// True when no word of the sentence marks trigger `h` as future, negated or hypothetical (a
    /// marker standing at most `Modality.reach` words before it in its clause, or `h` itself
    /// carrying one).
    static func realised(_ h: TriggerHit, among hits: [TriggerHit]) -> Bool {
        if h.modality != nil { return false }
        if h.participleAfterBreak { return true }
        if h.setting, hits.contains(where: { $0.type != nil && !$0.setting && $0.range.upperBound <= h.range.lowerBound && !realised($0, among: hits) }) {
            return false
        }
        for m in hits where m.range.upperBound <= h.range.lowerBound {
            guard let mod = m.modality, h.range.lowerBound - m.range.upperBound <= mod.reach else { continue }
            // (A call made in a statement or a call, «دعت مصر وقطر في بيان مشترك إسرائيل إلى …»,
            // «دعا X في اتصال هاتفي مع Y إلى …»: the medium, between the marker and the «إلى» of
            // what is called for, is no part of it; «يرغب في لقاء X» has no such «إلى».)
            if mod == .hypothetical, h.medium, h.lastTo < m.range.upperBound { continue }
            return false
        }
        return true
    }

    /// Countries a visit word `h` takes someone to, added to `out`: within eight words after it,
    /// standing where a destination stands — right after the word («زار الكويت», «زيارة لمصر»),
    /// after «إلى/في/نحو», right after a person (the visitor: «زيارة بن سلمان لمصر»), or joined by
    /// «و» to one of those; or put before the word after «إلى» («إلى الدوحة وصل X»). A country in a
    /// title («وزير الدفاع السعودي») is none of them.
    func visited(after h: TriggerHit, mentions: [Linked], tokens: [Token], into out: inout [Int32], at: inout [Int]) {
        // A destination put before the verb: «إلى الدوحة وصل X»; or before «في» and the noun: «توجه
        // X إلى طهران في زيارة رسمية».
        let before = h.range.lowerBound > 0 && tokens[h.range.lowerBound - 1].keyIs("في") ? h.range.lowerBound - 1 : h.range.lowerBound
        if let m = mentions.last(where: { $0.tokens.upperBound == before }), m.kind == .country,
           m.tokens.lowerBound > 0, tokens[m.tokens.lowerBound - 1].keyIs("الي"), !out.contains(m.actor) {
            out.append(m.actor)
            at.append(m.tokens.lowerBound)
        }
        var previous: Linked?
        for m in mentions where m.tokens.lowerBound >= h.range.upperBound && m.tokens.lowerBound < h.range.upperBound + Self.destinationReach {
            defer { previous = m }
            var before = m.tokens.lowerBound - 1
            while before >= h.range.upperBound, tokens[before].kind == .punct { before -= 1 }
            let place = before < h.range.upperBound || tokens[before].keyIs("الي") || tokens[before].keyIs("في") || tokens[before].keyIs("نحو")
                || (previous.map { $0.tokens.upperBound - 1 == before && ($0.kind == .person || (tokens[m.tokens.lowerBound].keyStartsWithWaw && out.contains($0.actor))) } ?? false)
            guard m.kind == .country, place, !out.contains(m.actor), !Self.inTitle(m, mentions) else { continue }
            out.append(m.actor)
            at.append(m.tokens.lowerBound)
        }
    }

    /// The person a relative clause opening right before word `h` (or one verb before it) is
    /// about: «… Y، الذي يزور …», «… Y الذي يقوم بزيارة …» — the person named last before the
    /// relative pronoun, past one comma and the rest of that person's title («ألباريس وزير الخارجية
    /// في مملكة إسبانيا، الذي …»); nil when none.
    static func relativeSubject(of h: TriggerHit, _ mentions: [Linked], _ tokens: [Token]) -> Int32? {
        guard let rel = [h.range.lowerBound - 1, h.range.lowerBound - 2].first(where: { $0 > 0 && (tokens[$0].keyIs("الذي") || tokens[$0].keyIs("التي")) }),
              (rel + 1..<h.range.lowerBound).allSatisfy({ tokens[$0].kind == .word }) else { return nil }
        var end = rel
        if tokens[end - 1].kind == .punct, tokens[end - 1].keyIs("،") || tokens[end - 1].keyIs(",") { end -= 1 }
        // (Only the person's own title may stand between: no punctuation, within eight words.)
        guard let p = mentions.last(where: { $0.kind == .person && $0.tokens.upperBound <= end }), end - p.tokens.upperBound <= 8,
              !(p.tokens.upperBound..<end).contains(where: { tokens[$0].kind == .punct }) else { return nil }
        return p.actor
    }

    /// How many tokens after a visit word its destination may stand («وصل وزير الدفاع السعودي
    /// خالد بن سلمان إلى طهران»: a title and a name between).
    static let destinationReach = 12

    /// How many tokens after «مع» the organisations and countries an event word joins a lone
    /// person with may stand («لقاءات مع مسؤولين عمانيين وإيرانيين، إضافة إلى ممثلين عن جماعة الحوثي»).
    static let withReach = 12
    /// How far after an event word its «بين» may stand («اتفاق لوقف إطلاق النار في غزة بين …»).
    static let betweenReach = 8
    /// Words of no phrase, place or «في» that may stand between an event word and its «بين»
    /// («اتفاق التطبيع بين», «مناورات بحرية مشتركة بين»).
    static let betweenFreeWords = 2

    /// How far after an unlinked title word («قائد الأسطول الخامس الأمريكي») its country may be named.
    static let unnamedTitleReach = 4

    /// Where the subject `p` named after event word `h` ends («التقى وزير الخارجية الإيراني عباس
    /// عراقجي مع …»): its first mention there, then its title, demonym and name next to it; right
    /// after the word when it is not named there.
    func subjectEnd(_ p: Int32, after h: TriggerHit, _ mentions: [Linked]) -> Int {
        var end = h.range.upperBound
        if let first = mentions.first(where: { $0.actor == p && $0.tokens.lowerBound >= h.range.upperBound
                                               && $0.tokens.lowerBound <= h.range.upperBound + Self.withReach }) {
            end = first.tokens.upperBound
            // (The subject's name may follow its title past ranks: «قائد القوات الجوية الفريق الركن X».)
            for m in mentions where m.tokens.lowerBound >= first.tokens.upperBound
                && (m.actor == p && m.tokens.lowerBound <= end + 3 || Self.inTitle(m, mentions) && m.tokens.lowerBound <= end + 1) {
                end = max(end, m.tokens.upperBound)
            }
        }
        return end
    }

    /// The country all of `persons` belong to (nil: none named, or of several countries).
    func commonCountry(_ persons: [Participant], _ view: ActorView) -> Int32? {
        guard let c = persons.first.map({ view.country($0.actor) }) else { return nil }
        for p in persons.dropFirst() where view.country(p.actor) != c { return nil }
        return c
    }

    /// Countries a sentence names as its venue: after «في» or written «بال…» («بالكويت»), also
    /// past a capital word of the lexicon (`capital_city`: «في العاصمة طهران», «في العاصمة
    /// الإيرانية طهران», where the demonym right after it names the venue), into `out`.
    func venues(_ mentions: [Linked], tokens: [Token], keys: EncodedTokens, into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        for m in mentions where m.kind == .country && !out.contains(m.actor) {
            var lb = m.tokens.lowerBound
            if lb > 1, isWord(lb - 1, .capitalCity, tokens, keys) { lb -= 1 }
            let first = tokens[lb]
            if (lb > 0 && tokens[lb - 1].keyIs("في")) || first.key.utf8.starts(with: "بال".utf8) {
                out.append(m.actor)
            }
        }
    }

    /// A visit event's identity within an article: its two ends and its sentence.
    struct VisitKey: Hashable {
        var a: Int32
        var b: Int32
        var start: Int
    }

    /// Cooperative events of the article between a visitor and a person of the country visited are
    /// also a visit (visitor → host): «التقى X (الذي يزور الكويت) أمير الكويت». A visit event between
    /// them that had no direction gets it.
    func visitsDuring(_ events: inout [SentenceEvent], visitors: [(Int32, Int32)], view: ActorView) {
        func visits(_ x: Int32, _ y: Int32) -> Bool {
            let c = view.country(y)
            return c >= 0 && !view.isCountry(y) && visitors.contains { $0 == (x, c) }
        }
        guard !visitors.isEmpty else { return }
        // Visits of the article by (a, b, sentence), so that each is made once (a set: an article
        // may hold thousands of events).
        var made = Set<VisitKey>()
        for e in events where e.type == visitType { made.insert(VisitKey(a: e.a, b: e.b, start: e.evidence.start)) }
        for i in events.indices {
            let e = events[i]
            // (Attending a visit's meeting is not being visited.)
            guard e.type >= 0, e.type != attendanceType, actors.typePolarity[Int(e.type)] == .cooperative,
                  !view.isCountry(e.a), !view.isCountry(e.b) else { continue }
            let forward: Bool
            if visits(e.a, e.b) { forward = true } else if visits(e.b, e.a) { forward = false } else { continue }
            if e.type == visitType {
                if e.direction == .none { events[i].direction = forward ? .forward : .backward }
            } else if made.insert(VisitKey(a: e.a, b: e.b, start: e.evidence.start)).inserted {
                events.append(SentenceEvent(a: e.a, b: e.b, type: visitType, direction: forward ? .forward : .backward, evidence: e.evidence))
            }
        }
    }

    // MARK: participants

    /// A linked mention as an actor: what event detection needs of it.
    struct Linked: Sendable {
        var actor: Int32
        var kind: NodeKind?
        /// Named by a demonym («إيرانية»): an adjective of a noun, not a noun of its own.
        var demonym = false
        /// The type this actor's call on an official is, when named by an office that says
        /// (`Office.receivedAs`: a resident ambassador meets, he does not visit); −1 otherwise.
        var receivedAs: Int32 = -1
        /// Scalar offsets in the text.
        var start: Int
        var end: Int
        var tokens: Range<Int>
    }

    struct Participant { var actor: Int32; var start: Int; var tokenStart: Int }

    /// First mention of each entity of `kind`, in order, into `out` (sentences name few entities:
    /// a linear search).
    func distinctEntities(_ ms: [Linked], kind: NodeKind, into out: inout [Participant]) {
        out.removeAll(keepingCapacity: true)
        for m in ms where m.kind == kind && !out.contains(where: { $0.actor == m.actor }) {
            out.append(Participant(actor: m.actor, start: m.start, tokenStart: m.tokens.lowerBound))
        }
    }

    /// Countries and organisations that can be parties to an event of a sentence that names no
    /// person («وقعت الأمم المتحدة والسعودية اتفاقية», «أعلنت وزارة الدفاع الأمريكية الموافقة على
    /// صفقة أسلحة للسعودية»), into `out`: not a demonym inside a title, nor those standing
    /// after «في» (a place: «الأمن في العراق»), nor organisations after the sentence's first
    /// `against` word (a topic: «التعاون … ضد الجماعات الإرهابية … تنظيم القاعدة وداعش»,
    /// `against`); when two or more are named before the first
    /// trigger word, only those (the subjects: «واستعرضت الولايات المتحدة والسعودية …»); when
    /// «بين» follows that word, only those after it («رحبت السعودية بالاتفاق بين إيران وX»: the
    /// agreement's parties, not who welcomes it).
    func partiesOtherThanPersons(_ mentions: [Linked], tokens: [Token], firstTrigger: Range<Int>?, against: Int?, into out: inout [Participant]) {
        out.removeAll(keepingCapacity: true)
        for m in mentions where m.kind != .person && !Self.inTitle(m, mentions) && !(m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].keyIs("في"))
            && (m.kind == .country || against.map { m.tokens.lowerBound < $0 } ?? true)
            && !out.contains(where: { $0.actor == m.actor }) {
            out.append(Participant(actor: m.actor, start: m.start, tokenStart: m.tokens.lowerBound))
        }
        guard let t = firstTrigger else { return }
        if let between = (t.upperBound..<min(t.upperBound + 2, tokens.count)).first(where: { tokens[$0].keyIs("بين") }) {
            out.removeAll { $0.tokenStart <= between }
        } else if out.lazy.filter({ $0.tokenStart < t.lowerBound }).count >= 2 {
            out.removeAll { $0.tokenStart >= t.lowerBound }
        }
    }

    func orderedUnique<T: Equatable>(_ xs: [T]) -> [T] {
        var out: [T] = []
        for x in xs where !out.contains(x) { out.append(x) }
        return out
    }

    /// (source, target, directed) pairs among the persons of a sentence.
    func pairs(_ persons: [Participant], cue: TriggerHit?, hits: [TriggerHit], tokens: [Token], keys: EncodedTokens, sentence: Sentence, view: ActorView) -> [(Int32, Int32, Bool)] {
        let first = persons[0]
        switch cue?.cue {
        case .receive?:
            // The first person named after «من» (following the cue) initiates, and so do the
            // persons listed after him with «و» or a comma («تلقى X برقيات تهنئة من A وB وC»).
            let cueEnd = cue!.range.upperBound
            if let from = (cueEnd..<sentence.tokens.upperBound).first(where: { tokens[$0].keyIs("من") }),
               let initiator = persons.first(where: { $0.tokenStart > from }),
               let recipient = persons.first(where: { $0.actor != initiator.actor }) {
                var senders = [initiator.actor]
                for p in persons where p.tokenStart > initiator.tokenStart && p.actor != recipient.actor && !senders.contains(p.actor) {
                    let t = p.tokenStart
                    guard conjoined(t, tokens, keys) || tokens[t - 1].keyIs("،") || tokens[t - 1].keyIs(",") else { break }
                    senders.append(p.actor)
                }
                return senders.map { ($0, recipient.actor, true) }
            }
            // No «من»: the person named right after an event noun, in the genitive («تلقى X تعازي
            // Y», «تلقى X رسالة الرئيس Y»), initiates.
            if let initiator = persons.dropFirst().first(where: { p in hits.contains { $0.type != nil && $0.range.upperBound == p.tokenStart } }) {
                return persons.filter { $0.actor != initiator.actor }.map { (initiator.actor, $0.actor, true) }
            }
            return persons.dropFirst().map { (first.actor, $0.actor, false) }
        case .initiate?:
            // (The holders one group title names act together: «أجرى وزيرا خارجية مصر والأردن
            // محادثات مع نظيرهما الإيراني X» is each of them with X, not with each other.)
            let initiators = persons.filter { $0.tokenStart == first.tokenStart }
            return initiators.flatMap { i in
                persons.filter { p in !initiators.contains { $0.actor == p.actor } }.map { (i.actor, $0.actor, true) }
            }
        case .host?:
            // The passive «استُقبل X من قبل Y»: Y, after «من قبل», hosts the persons before it.
            let cueEnd = cue!.range.upperBound
            if let by = (cueEnd..<sentence.tokens.upperBound - 1).first(where: { tokens[$0].keyIs("من") && tokens[$0 + 1].keyIs("قبل") }),
               let host = persons.first(where: { $0.tokenStart > by }) {
                return persons.filter { $0.tokenStart < by && $0.actor != host.actor }.map { ($0.actor, host.actor, true) }
            }
            // «لدى استقباله X، أكد Y»: the reception noun with its pronoun («استقباله»,
            // «استقبالها») opening the sentence, no one named before it: the guest X is named
            // first, the host Y (the pronoun) after the clause's punctuation.
            let word = tokens[cue!.range.upperBound - 1].key
            if cue!.range.lowerBound <= sentence.tokens.lowerBound + 2, first.tokenStart >= cueEnd, word.hasSuffix("ه") || word.hasSuffix("ها"),
               let host = persons.first(where: { p in p.actor != first.actor && (first.tokenStart..<p.tokenStart).contains { tokens[$0].kind == .punct } }) {
                return persons.filter { $0.tokenStart < host.tokenStart && $0.actor != host.actor }.map { ($0.actor, host.actor, true) }
            }
            return persons.dropFirst().map { ($0.actor, first.actor, true) }
        case .greet?:
            // The guest goes to the first greeter named (protocol names the ranking host first;
            // the ambassadors and officials listed after him escort the guest and join no pair).
            let after = persons.filter { $0.tokenStart >= cue!.range.upperBound }
            guard after.count >= 2 else { return persons.dropFirst().map { (first.actor, $0.actor, false) } }
            return [(after[0].actor, after[1].actor, true)]
        case .gather?:
            // Everyone gathered meets everyone else (persons are bounded per sentence).
            let gathered = persons.filter { $0.tokenStart >= cue!.range.upperBound }
            guard gathered.count >= 2 else { return persons.dropFirst().map { (first.actor, $0.actor, false) } }
            return gathered.indices.flatMap { i in gathered[(i + 1)...].map { (gathered[i].actor, $0.actor, false) } }
        case .possessive?:
            let word = cue!.range
            if let owner = persons.last(where: { $0.tokenStart < word.lowerBound }),
               let partner = persons.first(where: { $0.tokenStart >= word.upperBound && $0.actor != owner.actor }) {
                return [(owner.actor, partner.actor, false)]
            }
            return persons.dropFirst().map { (first.actor, $0.actor, false) }
        case .present?, .welcome?, nil:
            // The first named meets each of the others; the holders named by one group title
            // («رؤساء إيران وروسيا وتركيا») also meet each other. A group holding someone of the
            // first person's own country («الزيارات المتبادلة لرؤساء البلدين» after the Iranian
            // minister) is a pair of its own: the first does not meet its other members.
            func group(_ p: Participant) -> [Participant] { persons.filter { $0.tokenStart == p.tokenStart } }
            let own = view.country(first.actor)
            var out = persons.dropFirst().compactMap { p -> (Int32, Int32, Bool)? in
                let g = group(p)
                if g.count > 1, p.tokenStart != first.tokenStart, own >= 0, g.contains(where: { view.country($0.actor) == own }) { return nil }
                return (first.actor, p.actor, false)
            }
            // (Not when each was met on their own: «… وزراء خارجية A وB وC، كل على حدة»; the
            // sentence is searched only when there are such pairs.)
            func separately() -> Bool {
                separatePhrases.contains { phrase in
                    sentence.tokens.contains { t in
                        t + phrase.count <= sentence.tokens.upperBound && phrase.indices.allSatisfy { tokens[t + $0].kind == .word && tokens[t + $0].key == phrase[$0] }
                    }
                }
            }
            var together: [(Int32, Int32, Bool)] = []
            for (i, p) in persons.enumerated() where i > 0 {
                for q in persons[(i + 1)...] where q.tokenStart == p.tokenStart { together.append((p.actor, q.actor, false)) }
            }
            // A compound subject right after the event word — every person after the first joined
            // by «و» («اجتمع وزراء خارجية: X وY وZ في الرياض», «اجتمع X وY وZ»): all met each other.
            // (An honorific may stand before the first name: «اجتمع الأمير X وY وZ». A title whose
            // own first letter is و, «وزير الخارجية المصري X», is no conjunction.)
            if cue == nil, persons.count >= 3,
               hits.contains(where: { $0.type != nil && $0.range.upperBound <= first.tokenStart && first.tokenStart <= $0.range.upperBound + 2 }),
               persons.dropFirst().allSatisfy({ conjoined($0.tokenStart, tokens, keys) }) {
                for (i, p) in persons.enumerated() where i > 0 {
                    for q in persons[(i + 1)...] where q.tokenStart != p.tokenStart { together.append((p.actor, q.actor, false)) }
                }
            }
            if !together.isEmpty, !separately() { out += together }
            return out
        }
    }

    /// The complementizer («أن», «إن», «بأن») opening the clause a speech verb of the sentence
    /// reports («أعلن X أن …», «وقال X إن …»): the first one after the first speech verb.
    func reportedClause(_ sentence: Sentence, _ tokens: [Token], _ keys: EncodedTokens) -> Int? {
        guard let verb = sentence.tokens.first(where: { isWord($0, .speechVerb, tokens, keys) }) else { return nil }
        return (verb + 1..<sentence.tokens.upperBound).first { isWord($0, .complementizer, tokens, keys) }
    }

    /// True when token `t` opens with the conjunction «و»: its key starts with the letter, and the
    /// key as a whole is no word of a pattern («ووزير», «وإيران»; not «وزير», «ولي», «وليد»).
    func conjoined(_ t: Int, _ tokens: [Token], _ keys: EncodedTokens) -> Bool {
        tokens[t].keyStartsWithWaw && !index.isPatternKey(keys.ids[t])
    }

    /// True when token `t` is a word of class `c` (read by its key id).
    @inline(__always)
    func isWord(_ t: Int, _ c: WordClass, _ tokens: [Token], _ keys: EncodedTokens) -> Bool {
        tokens[t].kind == .word && words.classes(of: keys.ids[t]).contains(c)
    }

    // MARK: «بين X و Y»

    /// The pairs of countries of each «بين X و Y», in order, into `out` — not after a noun of a
    /// conflict (lexicon `conflict_nouns`, maybe with one word between: «الحرب الدائرة بين»).
    func between(_ mentions: [Linked], tokens: [Token], into out: inout [(Int32, Int32)]) {
        out.removeAll(keepingCapacity: true)
        var previous: Linked?
        for next in mentions where next.kind == .country {
            defer { previous = next }
            guard let c = previous else { continue }
            let start = c.tokens.lowerBound
            guard start > 0, tokens[start - 1].keyIs("بين") else { continue }
            if start > 1, tokens[start - 2].kind == .word, conflictWords.contains(tokens[start - 2].key) { continue }
            if start > 2, tokens[start - 3].kind == .word, conflictWords.contains(tokens[start - 3].key) { continue }
            guard next.tokens.lowerBound == c.tokens.upperBound, tokens[next.tokens.lowerBound].keyStartsWithWaw,
                  c.actor != next.actor else { continue }
            out.append((c.actor, next.actor))
        }
    }

    // MARK: triggers

    struct TriggerHit {
        /// The trigger's index in `kb.triggers`.
        var trigger: Int
        var range: Range<Int>
        /// The trigger's interaction type as an `ActorTable` type index (−1: not a KB type; nil: none).
        var type: Int32?
        /// The KB trigger's cue, target rule and modality.
        var cue: TriggerCue?
        var target: TargetRule?
        var modality: Modality?
        /// True for a word whose parties stand where its `TargetRule` says: every hostile word, and
        /// a word of another type given a target. Such a word makes no event between the
        /// sentence's persons by itself.
        var targeted: Bool
        /// True for a participle right after a clause break («، متوعدةً»): what it says is said,
        /// whatever the modality of a word before the break («ستردّ على أي اعتداء، متوعدةً
        /// إسرائيل»: the threat is made; «سيزور X طهران، ويلتقي …» stays future).
        var participleAfterBreak = false
        /// True for a word after «خلال», «أثناء» or «هامش»: the setting of the clause's event, which
        /// happened only if that event did («لم يلتق X Y خلال القمة» tells of no meeting).
        var setting = false
        /// True for a word right after «في» with an «إلى» after it in its sentence: the medium of a
        /// call for what follows «إلى» («في بيان مشترك», «في اتصال هاتفي»).
        var medium = false
        /// The last «إلى» before a `medium` word in its sentence (−1: none).
        var lastTo = -1
    }

    /// The trigger words of `range`, longest match first at each token, into `out`.
    func matches(in tokens: EncodedTokens, range: Range<Int>, into out: inout [TriggerHit]) {
        out.removeAll(keepingCapacity: true)
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = index.longestMatch(in: tokens, at: i), m.range.upperBound <= range.upperBound {
                for case .trigger(let t) in m.payloads {
                    var hit = triggerHits[t]
                    hit.range = m.range
                    out.append(hit)
                }
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
    }

    /// A sentence too long to keep whole: its first `maxEvidenceScalars` characters, white space
    /// folded, cut back to the last word boundary (when one is near) and ended with « …».
    static func cutEvidence(_ sentence: ArraySlice<Unicode.Scalar>) -> String {
        func isSpace(_ u: Unicode.Scalar) -> Bool { u.value == 0x20 || u.value == 0x0A || u.value == 0x09 || u.value == 0x0D || (u.value > 0x7F && ScalarClass.isWhitespace(u.value)) }
        var cut = sentence.startIndex + maxEvidenceScalars
        var k = cut
        while k > sentence.startIndex + maxEvidenceScalars * 3 / 4, !isSpace(sentence[k]) { k -= 1 }
        if isSpace(sentence[k]) { cut = k }
        var out = String.UnicodeScalarView()
        var lastSpace = false
        for u in sentence[sentence.startIndex..<cut] {
            if isSpace(u) {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(u)
                lastSpace = false
            }
        }
        return String(out) + (lastSpace ? "…" : " …")
    }

    /// The evidence of sentence `s`: its text with runs of white space folded to one space, the
    /// runs between them copied from the article's UTF-8 (`offsets`: of each scalar). When the
    /// folding changed nothing (the only white space is single spaces), the text is cut from the
    /// article's string, which needs no second UTF-8 validation.
    static func evidence(_ la: LinkedArticle, _ s: Sentence, _ scalars: [Unicode.Scalar], _ offsets: [Int32],
                         source: Evidence.Source, texts: SentenceInterner? = nil) -> Evidence {
        let start = la.tokens[s.tokens.lowerBound].start, end = la.tokens[s.tokens.upperBound - 1].end
        if end - start > maxEvidenceScalars {
            let text = cutEvidence(scalars[start..<end])
            return Evidence(source: source, start: start, end: end, text: texts?.intern(text) ?? text)
        }
        let article = la.article.text
        var whole = article
        // White space lies between tokens only: when every gap between two tokens of the sentence
        // is empty or one U+0020, folding changes nothing and the text is cut from the article
        // (no scalar is scanned).
        var plain = true
        la.tokens.withUnsafeBufferPointer { tk in
            scalars.withUnsafeBufferPointer { sc in
                var t = s.tokens.lowerBound + 1
                while t < s.tokens.upperBound {
                    let gap = tk[t].start - tk[t - 1].end
                    if gap > 1 || (gap == 1 && sc[tk[t].start - 1].value != 0x20) { plain = false; break }
                    t += 1
                }
            }
        }
        if plain {
            let from = offsets[start], to = offsets[end]
            let text = whole.withUTF8 { bytes in
                texts?.intern(bytes: UnsafeBufferPointer(rebasing: bytes[Int(from)..<Int(to)])) { UTF8Scan.slice(article, from, to) }
                    ?? UTF8Scan.slice(article, from, to)
            }
            return Evidence(source: source, start: start, end: end, text: text)
        }
        let text = whole.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(offsets[end] - offsets[start]) + 1) { buf -> String in
                let out = buf.baseAddress!
                var n = 0
                var changed = false
                // Stretches of the text that folding leaves as they are (a single U+0020 between
                // words included) are copied whole; a run of other white space ends one.
                func copy(_ from: Int, _ to: Int) {
                    let count = Int(offsets[to] - offsets[from])
                    (out + n).update(from: bytes.baseAddress! + Int(offsets[from]), count: count)
                    n += count
                }
                var run = start
                var spaceStart = -1  // first scalar of the white space being read
                var oneSpace = true  // that white space is so far a single U+0020
                scalars.withUnsafeBufferPointer { sc in
                    for k in start..<end {
                        let v = sc[k].value
                        if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || (v > 0x7F && ScalarClass.isWhitespace(v)) {
                            if spaceStart < 0 { (spaceStart, oneSpace) = (k, v == 0x20) } else { oneSpace = false }
                            continue
                        }
                        if spaceStart >= 0 && !oneSpace {
                            copy(run, spaceStart)
                            out[n] = 0x20
                            n += 1
                            run = k
                            changed = true
                        }
                        spaceStart = -1
                    }
                }
                copy(run, end)
                let folded = UnsafeBufferPointer(start: out, count: n)
                let cut = !changed, from = offsets[start], to = offsets[end]
                func make() -> String { cut ? UTF8Scan.slice(article, from, to) : String(decoding: folded, as: UTF8.self) }
                return texts?.intern(bytes: folded, make: make) ?? make()
            }
        }
        return Evidence(source: source, start: start, end: end, text: text)
    }
}
