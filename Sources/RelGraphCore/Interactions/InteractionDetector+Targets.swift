/// Targeted words: where a hostile word's or a targeted word's parties stand (its `TargetRule`),
/// read clause by clause; the sentence pass in `InteractionDetector.sentenceEvents` calls
/// `targeted` for each realised hit.
extension InteractionDetector {
    /// A strike's object with no «على/ضد», sought from `anchor` (after the agent when it follows
    /// the word, else after the word): the party right there («قصفت إسرائيل لبنان»), a party in
    /// the dative a few words on («قصفت إسرائيل مواقع لحزب الله»), the object's nationality
    /// at the end of the noun phrase («استهدفت إسرائيل منشآت عسكرية إيرانية», not after a place
    /// word: «سفينة قبالة السواحل اليمنية»), the party after one noun in the genitive («قصفت
    /// التحالف مواقع الحوثيين»), or the party whose people a `delegates` word
    /// names right at the anchor («اغتالت إسرائيل أحد قادة الحرس الثوري», «عملية اغتيال لأحد
    /// القادة العسكريين في الحرس الثوري»), within the clause (no punctuation between); else the
    /// party where the sites at the anchor are (`siteOwner`).
    func strikeObject(after anchor: Int, agent: Linked, _ after: [Linked], tokens: [Token], keys: EncodedTokens, sentence: Sentence) -> Linked? {
        let members = anchor < sentence.tokens.upperBound && tokens[anchor].kind == .word && memberWords.contains(tokens[anchor].key)
        let object = after.first { m in
            guard m.kind != .person, m.actor != agent.actor, m.tokens.lowerBound >= anchor else { return false }
            // Right there, or after one noun it is the genitive of («قصفت X مواقع الحوثيين»).
            if m.tokens.lowerBound <= anchor + 1 && tokens[anchor].kind == .word { return true }
            // (Words counted, not numbers: «قصفت الطائرات الأمريكية 36 هدفا في 13 موقعا للحوثيين».)
            if (anchor..<m.tokens.lowerBound).count(where: { tokens[$0].kind != .number }) < 4 && (Self.isDative(m, tokens) || m.demonym)
                && !(anchor..<m.tokens.lowerBound).contains(where: { locativeWords.contains(tokens[$0].key) }) { return true }
            if objectNationality(m, from: anchor, tokens, keys) { return true }
            return members && m.tokens.lowerBound <= anchor + Self.memberReach && !(anchor..<m.tokens.lowerBound).contains { tokens[$0].kind != .word }
        }
        return object ?? siteOwner(at: anchor, after, agent: agent.actor, tokens: tokens, sentence: sentence)
    }

    /// The party hit at a place: with a word of the lexicon's `sites` at `anchor` («أهدافا عسكرية
    /// في إيران», «مواقع في جنوب لبنان»), the first country or organisation within
    /// `nounPhraseReach` words after it that stands one or two words after «في» (a side of it may
    /// stand between: «في جنوب لبنان»), with no punctuation between; nil otherwise.
    func siteOwner(at anchor: Int, _ after: [Linked], agent: Int32, tokens: [Token], sentence: Sentence) -> Linked? {
        guard anchor < sentence.tokens.upperBound, tokens[anchor].kind == .word, siteWords.contains(tokens[anchor].key) else { return nil }
        return after.first { m in
            let lb = m.tokens.lowerBound
            return m.kind != .person && m.actor != agent && lb > anchor && lb <= anchor + Self.nounPhraseReach
                && (max(anchor, lb - 2)..<lb).contains { tokens[$0].keyIs("في") }
                && !(anchor..<lb).contains { tokens[$0].kind != .word }
        }
    }

    /// The agent of strike word `h`, in this order: right after the word («الغارات الإسرائيلية»,
    /// «قصفت إسرائيل», past a state body's words); just before it («واصلت إسرائيل قصف مواقع
    /// إيرانية») unless it stands right after another event word, whose party it is («أدانت قطر
    /// الاعتداء على …»); the side of the person announcing it after a speech verb («أعلن المتحدث
    /// باسم قوات الحوثيين يحيى سريع استهداف سفينة أمريكية»); one word after it («قصفت طائرات
    /// التحالف …»); the body announcing a killing by it (`announcingBody`). Never past an `against` word («إطلاق صواريخ على إسرائيل»: the target), nor in
    /// the dative a word on («قصفت مواقع لحزب الله»). `after`: the mentions after the word.
    func strikeAgent(_ h: TriggerHit, among hits: [TriggerHit], after: [Linked], _ mentions: [Linked], tokens: [Token], keys: EncodedTokens,
                     sentence: Sentence, view: ActorView) -> Linked? {
        // («الهجوم الإسرائيلي الذي استهدف الدوحة»: a verb right after a relative pronoun has the
        // act before it as subject; that act's demonym acts, and the party after the verb is the
        // object, not the agent.)
        if h.range.lowerBound > sentence.tokens.lowerBound, case let pronoun = h.range.lowerBound - 1,
           tokens[pronoun].keyIs("الذي") || tokens[pronoun].keyIs("التي") {
            return mentions.last { $0.kind != .person && $0.demonym && $0.tokens.upperBound == pronoun }
        }
        // («شنت إسرائيل غارة على الدوحة استهدفت قادة من حماس»: a strike verb right after another
        // strike's target, in its clause, goes on telling of that strike; its agent acts. Not after
        // a demonym, which qualifies the verb's own subject: «صواريخ على طائرات إسرائيلية أغارت».)
        if let m = mentions.last(where: { $0.kind != .person && $0.tokens.upperBound == h.range.lowerBound }), !m.demonym,
           let prev = hits.last(where: { ($0.target == .strike || $0.target == .launch) && $0.range.upperBound <= m.tokens.lowerBound }),
           let on = againstWord(from: prev.range.upperBound, in: sentence, tokens), on < m.tokens.lowerBound,
           !(prev.range.upperBound..<h.range.lowerBound).contains(where: { tokens[$0].kind == .punct }) {
            return strikeAgent(prev, among: hits, after: mentions.filter { $0.tokens.lowerBound >= prev.range.upperBound }, mentions,
                               tokens: tokens, keys: keys, sentence: sentence, view: view)
        }
        // («ردا على قصف …», «انتقاما لاغتيال …»: the act retaliated for is the other side's; the
        // party before the phrase is the one retaliating, not this act's agent.)
        if h.range.lowerBound > sentence.tokens.lowerBound + 1,
           tokens[h.range.lowerBound - 1].keyIs("علي") && retaliationWords.contains(tokens[h.range.lowerBound - 2].key)
            || retaliationWords.contains(tokens[h.range.lowerBound - 1].key) {
            return nil
        }
        // («رصد إطلاق صواريخ من لبنان باتجاه الجليل»: the launch noun's party after «من».)
        if h.target == .launch, let from = after.first(where: { m in
            m.kind != .person && m.tokens.lowerBound > h.range.upperBound && m.tokens.lowerBound <= h.range.upperBound + Self.launchFromReach
                && tokens[m.tokens.lowerBound - 1].keyIs("من") && !(h.range.upperBound..<m.tokens.lowerBound).contains { tokens[$0].kind == .punct } }) {
            return from
        }
        let body = pastInstitutions(h.range.upperBound, tokens)
        let against = againstWord(from: h.range.upperBound, in: sentence, tokens)
        // (A site right after the word is what was hit, read in the passive the script does not
        // mark: «استُهدفت السفارة الأمريكية في بغداد»; its demonym is the target's, not the agent.)
        let siteFirst = body < sentence.tokens.upperBound && tokens[body].kind == .word && siteWords.contains(tokens[body].key)
        let following = after.filter { m in m.kind != .person && m.tokens.lowerBound < body + 2
            && !(m.tokens.lowerBound > h.range.upperBound && Self.isDative(m, tokens))
            && !(siteFirst && m.tokens.lowerBound > body)
            && against.map { m.tokens.lowerBound <= $0 } ?? true }
        // (Not one named after a kill word: «قتل جنود أمريكيون في هجوم» names the victims.)
        let kill = killWord(before: h, in: sentence, tokens) ?? -1
        // (Not a demonym of a person's title: «أدان وزير الخارجية القطري اغتيال X» names no agent.)
        let preceding = mentions.last { m in m.kind != .person && m.tokens.upperBound <= h.range.lowerBound && m.tokens.upperBound + 3 >= h.range.lowerBound
            && (kill < 0 || m.tokens.lowerBound < kill) && !Self.inTitle(m, mentions)
            && !hits.contains { $0.type != nil && $0.range != h.range && $0.range.upperBound <= m.tokens.lowerBound && $0.range.upperBound + 2 > m.tokens.lowerBound } }
        // («الهجوم الذي شنته ميليشيا الحوثي على …»: the agent of the relative clause.)
        let relative = Self.actAgentStart(h, tokens)
        let relativeBody = relativeAgentBody(h, relative, tokens)
        let clauseAgent = relative > h.range.upperBound ? after.first { $0.kind != .person && ($0.tokens.lowerBound == relative || $0.tokens.lowerBound == relativeBody) } : nil
        return following.first(where: { $0.tokens.lowerBound == body }) ?? clauseAgent ?? preceding
            ?? announcer(of: h, mentions, tokens: tokens, keys: keys, sentence: sentence, view: view) ?? following.first
            ?? announcingBody(of: h, mentions, tokens: tokens, keys: keys, sentence: sentence, view: view)
    }

    /// «أعلن الجيش الإسرائيلي مقتل قيادي في حزب الله بغارة على …»: the country or organisation
    /// right after the speech verb opening the sentence (past a state body's words) announces a
    /// killing by strike word `h` that names no agent of its own — a kill word between the verb and
    /// `h`, with victims named between the two, none of them of the announcer's side («أعلنت
    /// وزارة الصحة اللبنانية مقتل …» names no victim of another side: no agent), and not a word of
    /// martyrdom (lexicon `martyrdom`: «أعلن حرس الثورة استشهاد X» mourns an ally).
    func announcingBody(of h: TriggerHit, _ mentions: [Linked], tokens: [Token], keys: EncodedTokens, sentence: Sentence, view: ActorView) -> Linked? {
        let verb = sentence.tokens.lowerBound
        guard verb < h.range.lowerBound, isWord(verb, .speechVerb, tokens, keys),
              let body = mentions.first(where: { $0.kind != .person && $0.tokens.lowerBound == pastInstitutions(verb + 1, tokens) }),
              let kill = killWord(before: h, in: sentence, tokens), kill >= body.tokens.upperBound,
              !martyrdomWords.contains(tokens[kill].key) else { return nil }
        let victims = mentions.filter { $0.tokens.lowerBound > kill && $0.tokens.upperBound <= h.range.lowerBound && !Self.inTitle($0, mentions) }
        guard !victims.isEmpty, victims.allSatisfy({ v in
            let side = view.isCountry(v.actor) ? v.actor : view.country(v.actor)
            return v.actor != body.actor && side != body.actor
        }) else { return nil }
        return body
    }

    /// The side (country or organisation) of the person named right before strike word `h` after
    /// a speech verb of its sentence («أعلن X استهداف …»), as a mention of that side at the person's
    /// place; nil when there is none.
    func announcer(of h: TriggerHit, _ mentions: [Linked], tokens: [Token], keys: EncodedTokens, sentence: Sentence, view: ActorView) -> Linked? {
        // (Not a victim named after a kill word: «أعلن X استشهاد Y في غارة».)
        let kill = killWord(before: h, in: sentence, tokens) ?? Int.max
        guard let p = mentions.last(where: { $0.kind == .person && $0.tokens.upperBound <= h.range.lowerBound && $0.tokens.upperBound + 1 >= h.range.lowerBound }),
              p.tokens.lowerBound < kill,
              case let side = view.country(p.actor), side >= 0,
              (sentence.tokens.lowerBound..<p.tokens.lowerBound).contains(where: { isWord($0, .speechVerb, tokens, keys) })
        else { return nil }
        var m = p
        m.actor = side
        m.kind = view.isCountry(side) ? .country : .organisation
        return m
    }

    /// The tokens of the mediators of mediation word `h` («بوساطة قطر ومصر», «برعاية الحكومة
    /// القطرية», «برعاية وزير الخارجية العماني»): the party named right after it, past a state
    /// body's words, and those joined to it by «و»; empty when none is named there.
    /// (Demonyms qualifying the word together are mediators too: «بوساطة مصرية قطرية أمريكية».)
    func mediators(of h: TriggerHit, _ mentions: [Linked], _ tokens: [Token]) -> Range<Int> {
        let start = pastInstitutions(h.range.upperBound, tokens)
        let list = joined(from: start, mentions, tokens)
        var end = list.last?.tokens.upperBound ?? start
        if let first = list.first, let last = Self.coDemonyms(of: first, mentions).last { end = max(end, last.tokens.upperBound) }
        return start..<end
    }

    /// The parties other than persons named after «بين» right after event word `h` in its clause
    /// (words only between, no person and no other event word, within `betweenReach`, and besides
    /// places, «في» and phrases of the lexicon — «لوقف إطلاق النار في غزة» — at most
    /// `betweenFreeWords`: «الاتصال تناول استعراض العلاقات بين A وB» tells what the call was
    /// about), joined by «و» — two or more — when `h` is the clause's first event word (after another, «بحث X سبل
    /// تنفيذ الاتفاق بين A وB», it is a topic; after a person, «بحث X مع Y العلاقات بين A وB», an
    /// object). Not a host's word: «استضافت بغداد محادثات بين A وB» has the host as a party.
    func sidesAfterBetween(_ h: TriggerHit, among hits: [TriggerHit], _ mentions: [Linked], tokens: [Token], sentence: Sentence) -> [Int32]? {
        guard h.type != nil, h.type != visitType, h.cue != .host, !h.targeted, Self.realised(h, among: hits),
              !hits.contains(where: { $0.type != nil && !$0.targeted && $0.range.upperBound <= h.range.lowerBound }) else { return nil }
        // (The «بين» may end the word's own pattern: «اتفاق بين».)
        let reach = min(h.range.upperBound + Self.betweenReach, sentence.tokens.upperBound)
        guard h.range.lowerBound + 1 < reach, let b = (h.range.lowerBound + 1..<reach).first(where: { tokens[$0].keyIs("بين") }) else {
            return sidesReaching(h, mentions, tokens: tokens, sentence: sentence)
        }
        let gap = min(h.range.upperBound, b)..<b
        guard !gap.contains(where: { tokens[$0].kind != .word }),
              !hits.contains(where: { $0.type != nil && gap.contains($0.range.lowerBound) }),
              !mentions.contains(where: { $0.kind == .person && gap.contains($0.tokens.lowerBound) }),
              gap.count(where: { t in
                  !tokens[t].keyIs("في") && !hits.contains { $0.range.contains(t) } && !mentions.contains { $0.tokens.contains(t) }
              }) <= Self.betweenFreeWords else { return nil }
        let sides = orderedUnique(joined(from: b + 1, mentions, tokens).filter { $0.kind != .person }.map(\.actor))
        return sides.count >= 2 ? sides : nil
    }

    /// The country or organisation a `behind` or `listed` word accuses or lists: right before the
    /// word, or before the one verb between («إن الحوثيين يتحملون المسؤولية»).
    func accused(by h: TriggerHit, _ mentions: [Linked], tokens: [Token], keys: EncodedTokens, sentence: Sentence) -> Linked? {
        let verb = h.range.lowerBound - 1
        let oneVerb = verb > sentence.tokens.lowerBound && tokens[verb].kind == .word && !isWord(verb, .stop, tokens, keys)
        return mentions.last { $0.kind != .person && ($0.tokens.upperBound == h.range.lowerBound || oneVerb && $0.tokens.upperBound == verb) }
    }

    /// «رحبت السعودية بتوصل إسرائيل وحماس إلى اتفاق»: the parties joined by «و» between a word of
    /// reaching (`reachingWords`) and «إلى» right before event word `h` are its sides (two or more),
    /// not whoever welcomes or announces it.
    func sidesReaching(_ h: TriggerHit, _ mentions: [Linked], tokens: [Token], sentence: Sentence) -> [Int32]? {
        let to = h.range.lowerBound - 1
        guard to > sentence.tokens.lowerBound + 1, tokens[to].keyIs("الي"),
              let last = mentions.last(where: { $0.kind != .person && $0.tokens.upperBound == to && !Self.inTitle($0, mentions) }) else { return nil }
        let list = joinedBefore(last, mentions, tokens) + [last]
        let opener = list[0].tokens.lowerBound - 1
        guard list.count >= 2, opener >= sentence.tokens.lowerBound, tokens[opener].kind == .word,
              Self.reachingWords.contains(tokens[opener].key) else { return nil }
        let sides = orderedUnique(list.map(\.actor))
        return sides.count >= 2 ? sides : nil
    }

    /// «توصل»: the noun of reaching an agreement, with its clitics («بتوصل», «التوصل»).
    static let reachingWords = WordSet(["توصل", "بتوصل", "التوصل", "بالتوصل", "لتوصل"])

    /// The demonyms that qualify one noun together with demonym `m`, each right after the one
    /// before, with or without «و» («الطائرات الأمريكية والبريطانية», «العدوان الأمريكي
    /// البريطاني»): one side of the act, never its target. Empty unless `m` is a demonym.
    static func coDemonyms(of m: Linked, _ mentions: [Linked]) -> [Linked] {
        guard m.demonym else { return [] }
        var out: [Linked] = []
        var end = m.tokens.upperBound
        for n in mentions where n.tokens.lowerBound >= end {
            guard n.tokens.lowerBound == end, n.demonym, n.kind == .country, n.actor != m.actor else { break }
            out.append(n)
            end = n.tokens.upperBound
        }
        return out
    }

    /// The parties named as a list from token `start` («قطر ومصر», «وزير الخارجية الإيراني عباس
    /// عراقجي والمبعوث الأمريكي …»): the mention there, then each that follows the one before
    /// (a punctuation mark may stand between) and is the same actor (a title and its name) or
    /// opens with «و»; a demonym inside a title is none of them.
    func joined(from start: Int, _ mentions: [Linked], _ tokens: [Token]) -> [Linked] {
        var out: [Linked] = []
        var end = start
        for m in mentions where m.tokens.lowerBound >= end && m.tokens.lowerBound <= end + (out.isEmpty ? 0 : 1) && !Self.inTitle(m, mentions)
            && (out.isEmpty || out.last?.actor == m.actor || tokens[m.tokens.lowerBound].keyStartsWithWaw) {
            out.append(m)
            end = m.tokens.upperBound
        }
        return out
    }

    /// «تعرضت الإمارات لهجوم حوثي», «تعرضت ناقلة سعودية لهجوم من الحوثيين»: an act word after an
    /// `exposed` verb («تعرضت») of its clause, within `exposedReach` words, has the party named
    /// between the two as its target and the one right after it (a demonym or a name, or after
    /// «من») as its agent: (agent, target), or nil when either is missing.
    func exposedTo(_ h: TriggerHit, _ mentions: [Linked], after: [Linked], tokens: [Token], sentence: Sentence) -> (Int32, Int32)? {
        let lower = max(sentence.tokens.lowerBound, h.range.lowerBound - Self.exposedReach)
        guard let verb = (lower..<h.range.lowerBound).last(where: { tokens[$0].kind == .word && exposedWords.contains(tokens[$0].key) }),
              !(verb..<h.range.lowerBound).contains(where: { tokens[$0].kind == .punct }),
              let target = mentions.last(where: { $0.kind != .person && $0.tokens.lowerBound > verb && $0.tokens.upperBound <= h.range.lowerBound }),
              let agent = after.first(where: { m in
                  m.kind != .person && (m.tokens.lowerBound == h.range.upperBound
                      || m.tokens.lowerBound == h.range.upperBound + 1 && tokens[h.range.upperBound].keyIs("من"))
              }),
              agent.actor != target.actor
        else { return nil }
        return (agent.actor, target.actor)
    }

    /// How many words before an act word its `exposed` verb may stand («تعرضت ناقلة نفط سعودية
    /// لهجوم»).
    static let exposedReach = 6

    /// The countries and organisations joined by «و» before mention `m`, in text order
    /// («الحوثيين والنظام الإيراني» before «الإيراني»: the «و» may be on the noun a demonym
    /// qualifies).
    func joinedBefore(_ m: Linked, _ mentions: [Linked], _ tokens: [Token]) -> [Linked] {
        func waw(_ m: Linked) -> Int? {
            let t = m.tokens.lowerBound
            if tokens[t].keyStartsWithWaw { return t }
            return t > 0 && tokens[t - 1].kind == .word && tokens[t - 1].keyStartsWithWaw && m.demonym ? t - 1 : nil
        }
        var out: [Linked] = []
        while let w = waw(out.first ?? m),
              let before = mentions.last(where: { $0.kind != .person && !Self.inTitle($0, mentions) && $0.tokens.upperBound <= w && $0.tokens.upperBound + 1 >= w }) {
            out.insert(before, at: 0)
        }
        return out
    }

    /// The parties joined by «و» that mention `m` belongs to, in text order: those before it
    /// (`joinedBefore`: «الولايات المتحدة» of «وبريطانيا») and `joined` from it.
    func group(of m: Linked, _ mentions: [Linked], _ tokens: [Token]) -> [Linked] {
        joinedBefore(m, mentions, tokens) + joined(from: m.tokens.lowerBound, mentions, tokens)
    }

    /// Two or more parties joined by «و» (`joined`) that are event word `h`'s subject: right after
    /// it («بحثت الكويت وإيران …»), or right after the verb opening the clause, or after a
    /// complementizer («أعلن X أن البحرين وإسرائيل اتفقتا …»), with the event word at most three
    /// words after them («وقعت السعودية وفرنسا 12 اتفاقية»); empty otherwise.
    func compoundSubject(of h: TriggerHit, _ mentions: [Linked], tokens: [Token], keys: EncodedTokens, sentence: Sentence) -> [Linked] {
        let right = joined(from: h.range.upperBound, mentions, tokens)
        if right.count >= 2 { return right }
        for m in mentions where m.tokens.lowerBound > sentence.tokens.lowerBound && m.tokens.upperBound <= h.range.lowerBound {
            let verb = m.tokens.lowerBound - 1
            guard tokens[verb].kind == .word,
                  verb == sentence.tokens.lowerBound || tokens[verb - 1].kind == .punct || isWord(verb, .complementizer, tokens, keys) else { continue }
            let group = joined(from: m.tokens.lowerBound, mentions, tokens)
            if group.count >= 2, let end = group.last?.tokens.upperBound, end <= h.range.lowerBound, h.range.lowerBound <= end + 3 { return group }
        }
        return []
    }

    /// The first word of the lexicon's `against` list («على», «ضد», «باتجاه») at or after token
    /// `from` in `sentence`: what follows it is a target, or a topic, not a partner.
    func againstWord(from: Int, in sentence: Sentence, _ tokens: [Token]) -> Int? {
        var t = max(from, sentence.tokens.lowerBound)
        while t < sentence.tokens.upperBound {
            if againstWords.contains(tokens[t].key) { return t }
            t += 1
        }
        return nil
    }

    /// Where the agent of act `act` stands when named: right after the word («الهجوم الإسرائيلي»),
    /// or after a relative clause's verb that carries the act as its object pronoun («الهجوم
    /// الذي شنته ميليشيا الحوثي»; in «الهجوم الذي استهدف الدوحة» the act is the verb's subject
    /// and what follows its object).
    static func actAgentStart(_ act: TriggerHit, _ tokens: [Token]) -> Int {
        let t = act.range.upperBound
        // (An adjective may stand before the relative pronoun: «الهجوم الصاروخي الذي شنته …».)
        for r in t...(t + 1) where r + 2 < tokens.count && (tokens[r].keyIs("الذي") || tokens[r].keyIs("التي")) && tokens[r + 1].kind == .word
            && (tokens[r + 1].key.hasSuffix("ه") || tokens[r + 1].key.hasSuffix("ها"))
            && (t..<r).allSatisfy({ tokens[$0].kind == .word }) {
            return r + 2
        }
        return t
    }

    /// Where a relative clause's subject starting at `start` (`actAgentStart`) stands past a state
    /// body's words («العدوان الذي يشنه الجيش الإسرائيلي»: the demonym); `start` itself when `act`
    /// has no relative clause.
    func relativeAgentBody(_ act: TriggerHit, _ start: Int, _ tokens: [Token]) -> Int {
        start > act.range.upperBound ? pastInstitutions(start, tokens) : start
    }

    /// The party a strike's `against` word at `on` names: within three words of it, a demonym of
    /// the object («على مواقع إيرانية»), or within six with «في» or the dative just before it.
    /// (A loop, not a closure: a closure calling a method would copy the detector.)
    func partyAfterAgainst(_ on: Int, _ after: [Linked], _ tokens: [Token], _ keys: EncodedTokens) -> Linked? {
        for m in after where m.tokens.lowerBound > on && m.kind != .person {
            let lo = m.tokens.lowerBound
            if lo < on + 4 || objectNationality(m, from: on + 1, tokens, keys) { return m }
            if lo < on + 7, (max(on, lo - 2)..<lo).contains(where: { tokens[$0].keyIs("في") }) || Self.isDative(m, tokens) { return m }
        }
        return nil
    }

    /// True when demonym `m` ends the noun phrase that starts at `from` («منشآت فوردو ونطنز
    /// النووية الإيرانية», «منشآت نووية وعسكرية إيرانية»): the object's nationality, with only
    /// nouns and adjectives between (no punctuation, no function word of the lexicon's
    /// `stopwords`, no place word of its `locatives`), within `nounPhraseReach`. Event words may
    /// stand there as nouns («منصات صواريخ إيرانية», «منصات إطلاق إيرانية»).
    func objectNationality(_ m: Linked, from: Int, _ tokens: [Token], _ keys: EncodedTokens) -> Bool {
        guard m.demonym, m.tokens.lowerBound > from, m.tokens.lowerBound < from + Self.nounPhraseReach else { return false }
        for t in from..<m.tokens.lowerBound where tokens[t].kind != .word || locativeWords.contains(tokens[t].key) || isWord(t, .function, tokens, keys) {
            return false
        }
        return true
    }

    /// The last word of the lexicon's `killed` list before hostile word `h` in its sentence
    /// («مقتل X في غارة …»): those named between it and the word are victims.
    func killWord(before h: TriggerHit, in sentence: Sentence, _ tokens: [Token]) -> Int? {
        let killWords = self.killWords  // (a local: a closure reading `self` would copy the detector)
        return (sentence.tokens.lowerBound..<h.range.lowerBound).last { tokens[$0].kind == .word && killWords.contains(tokens[$0].key) }
    }

    /// «هجوم إيراني أسفر عن مقتل جنود أمريكيين»: the countries and organisations named within
    /// `victimReach` words after a kill word that follows hostile word `h` in its clause (no
    /// punctuation between) are its victims.
    func victimsAfter(_ h: TriggerHit, _ mentions: [Linked], tokens: [Token], sentence: Sentence) -> [Int32] {
        let killWords = self.killWords
        guard let k = (h.range.upperBound..<sentence.tokens.upperBound).first(where: { tokens[$0].kind != .word || killWords.contains(tokens[$0].key) }),
              tokens[k].kind == .word else { return [] }
        return mentions.filter { $0.kind != .person && $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + Self.victimReach && !Self.inTitle($0, mentions) }
            .map(\.actor)
    }

    /// How far after a kill word following a strike word its victims may be named («مقتل ثلاثة
    /// جنود أمريكيين»).
    static let victimReach = 4

    /// How many words a strike's object may run to before its nationality.
    static let nounPhraseReach = 7

    /// How far after a `delegates` word («أحد قادة …») a strike's object may be named.
    static let memberReach = 5

    /// The first token at or after `t` that is not a word of a state body («وزارة الخارجية …»),
    /// past an opening «كل من» («دانت كل من مصر والأردن …», «بوساطة كل من قطر ومصر»).
    func pastInstitutions(_ t: Int, _ tokens: [Token]) -> Int {
        var t = t
        if t + 1 < tokens.count, tokens[t].keyIs("كل"), tokens[t + 1].keyIs("من") { t += 2 }
        while t < tokens.count, tokens[t].kind == .word, institutionWords.contains(tokens[t].key) { t += 1 }
        return t
    }

    /// True when mention `m` is a demonym inside a person's title («وزير الخارجية السعودي»), or a
    /// place between a title and the name of its person («المبعوث الأمريكي الخاص لليمن X»,
    /// «السفير السعودي لدى اليمن X»): it names the person's country or post, not a party of its own.
    static func inTitle(_ m: Linked, _ mentions: [Linked]) -> Bool {
        guard m.kind != .person else { return false }
        if mentions.contains(where: { $0.kind == .person && $0.tokens.lowerBound < m.tokens.lowerBound && m.tokens.upperBound <= $0.tokens.upperBound }) {
            return true
        }
        guard m.kind == .country, let title = mentions.last(where: { $0.kind == .person && $0.tokens.upperBound <= m.tokens.lowerBound }),
              m.tokens.lowerBound - title.tokens.upperBound <= 1 else { return false }
        return mentions.contains { $0.kind == .person && $0.actor == title.actor && $0.tokens.lowerBound >= m.tokens.upperBound && $0.tokens.lowerBound <= m.tokens.upperBound + 1 }
    }

    /// Punctuation that ends a clause (not quotes or brackets, which may hold a name).
    static let clauseBreaks = WordSet(["،", ",", "؛", ";"])

    /// «فيما», «بينما» ("while"): a clause of its own starts at the word.
    static func opensWhileClause(_ t: Token) -> Bool { t.keyIs("فيما") || t.keyIs("بينما") }

    /// How many words after a launch noun the launcher may stand after «من» («إطلاق 50 صاروخا
    /// من لبنان»).
    static let launchFromReach = 5

    /// How many words after a hostile act's named agent its object may stand («استهداف الحرس
    /// الثوري قاعدة العديد في قطر»).
    static let actObjectReach = 5

    /// How many words may stand between an event word and its subject's title («حضرة صاحب
    /// السمو»).
    static let honorificReach = 4

    /// How many words may stand between a title and the name of its holder that follows it
    /// («المتحدث باسم وزارة الخارجية القطرية X»: a ministry and its demonym).
    static let titleNameGap = 5

    /// How many tokens after an accusing word the accused may stand when a charge follows it
    /// («اتهم العقيد …، المتحدث باسم …، اليوم السلطات الإيرانية بدعم …»: the subject's titles between).
    static let chargeReach = 24

    /// True when mention `m` is written in the dative «لـ» («للحوثيين», «لحزب الله»).
    static func isDative(_ m: Linked, _ tokens: [Token]) -> Bool { tokens[m.tokens.lowerBound].key.unicodeScalars.first == "ل" }

    /// True for a charge's first word: a word of four letters or more in the preposition «ب»
    /// («بدعم», «بالوقوف», «بتهريب»), as after «اتهم X Y».
    static func matchesCharge(_ token: Token) -> Bool {
        token.kind == .word && token.key.unicodeScalars.first == "ب" && token.keyScalarCount >= 4
    }

    /// (agent, target) pairs of targeted word `h` (`TriggerHit.targeted`).
    func targeted(_ h: TriggerHit, among hits: [TriggerHit], mentions: [Linked], persons: [Participant], tokens: [Token], keys: EncodedTokens, sentence: Sentence,
                  view: ActorView) -> [(Int32, Int32)] {
        // (A listing with no party right before it lists the one after it.)
        var h = h
        if h.target == .listed, accused(by: h, mentions, tokens: tokens, keys: keys, sentence: sentence) == nil { h.target = .after }
        let after = mentions.filter { $0.tokens.lowerBound >= h.range.upperBound && !Self.inTitle($0, mentions) }
        if h.target == .strike || h.target == .genitive, let pair = exposedTo(h, mentions, after: after, tokens: tokens, sentence: sentence) { return [pair] }
        switch h.target {
        case .genitive?:
            // «اعتداءات X على Y», «دعم X لـY»: X must stand right after the word, else it is
            // the body announcing a killing in it («أعلن حزب الله مقتل جنود إسرائيليين في هجوم على …»).
            let named = after.first.flatMap { $0.tokens.lowerBound == h.range.upperBound && $0.kind != .person ? $0 : nil }
            guard let agent = named ?? announcingBody(of: h, mentions, tokens: tokens, keys: keys, sentence: sentence, view: view) else { return [] }
            let rest = (named == nil ? after[...] : after.dropFirst()).filter { $0.kind != .person }
            let first: Linked?
            // (An adjective or two may stand between: «دعم المملكة الكامل للبنان».)
            let words = self.words  // (a local: the closure below must not copy `self`)
            if let dative = rest.first, dative.tokens.lowerBound >= agent.tokens.upperBound, dative.tokens.lowerBound <= agent.tokens.upperBound + 2,
               !(agent.tokens.upperBound..<dative.tokens.lowerBound).contains(where: { tokens[$0].kind != .word || words.classes(of: keys.ids[$0]).contains(.function) }),
               Self.isDative(dative, tokens) {
                first = dative
            } else if let on = againstWord(from: agent.tokens.upperBound, in: sentence, tokens) {
                first = rest.first { $0.tokens.lowerBound > on }
            } else {
                first = nil
            }
            guard let first else {
                return orderedUnique(victimsAfter(h, mentions, tokens: tokens, sentence: sentence)).filter { $0 != agent.actor }.map { (agent.actor, $0) }
            }
            // Parties joined to the first by «و» («للحوثيين وحزب الله») are targets too.
            var targets = [first.actor], end = first.tokens.upperBound
            for m in rest where m.tokens.lowerBound == end && tokens[m.tokens.lowerBound].keyStartsWithWaw {
                targets.append(m.actor)
                end = m.tokens.upperBound
            }
            return orderedUnique(targets).filter { $0 != agent.actor }.map { (agent.actor, $0) }
        case .conveyed?:
            // «نقل X إلى Y تحيات (وتقدير) Z», «حمّل X الوزير Y تحياته إلى Z»: persons only.
            let named = mentions.filter { $0.kind == .person }
            // After «إلى», or a definite noun in the dative («للرئيس»; a name may start with «ل»),
            // with at most a title word between that names no one («إلى الرئيس ترامب»).
            func addressed(_ m: Linked) -> Bool {
                let t = m.tokens.lowerBound
                return tokens[t].key.hasPrefix("لل") || (t > 0 && tokens[t - 1].keyIs("الي"))
                    || (t > 1 && tokens[t - 1].kind == .word && (tokens[t - 1].key.hasPrefix("لل") || tokens[t - 2].keyIs("الي")))
            }
            // (A name after an addressed title is addressed too: «إلى الرئيس جو بايدن».)
            let addressees = named.filter(addressed).map(\.actor)
            let before = named.filter { $0.tokens.upperBound <= h.range.lowerBound }
            let following = named.filter { $0.tokens.lowerBound >= h.range.upperBound }
            guard let sender = following.first(where: { $0.tokens.lowerBound <= h.range.upperBound + 2 && !addressees.contains($0.actor) })
                    ?? before.first(where: { !addressees.contains($0.actor) }) else { return [] }
            // None addressed: the one person of another country than the sender's (the carrier is
            // of the sender's side: «التقى X بالرئيس Y وسلّمه رسالة من الملك Z»).
            // (With a carrier named after, «… من ماكرون، نقلها السفير X», the one named before the
            // word: «تسلم Y رسالة من Z».)
            let abroad = orderedUnique(named.filter { view.country($0.actor) != view.country(sender.actor) }.map(\.actor))
            let abroadBefore = orderedUnique(before.filter { view.country($0.actor) != view.country(sender.actor) }.map(\.actor))
            guard let addressee = following.first(where: { $0.actor != sender.actor && addressed($0) }).map(\.actor)
                    ?? before.last(where: { $0.actor != sender.actor && addressed($0) }).map(\.actor)
                    ?? (abroad.count == 1 ? abroad[0] : abroadBefore.count == 1 ? abroadBefore[0] : nil) else { return [] }
            return [(sender.actor, addressee)]
        case .mediation?:
            // The mediators (`mediators(of:)`); the parties after «بين» and those joined to them by
            // «و», else the sentence's persons, else its other countries and organisations.
            let span = mediators(of: h, mentions, tokens)
            let ms = orderedUnique(mentions.filter { span.contains($0.tokens.lowerBound) && !Self.inTitle($0, mentions) }.map(\.actor))
            guard !ms.isEmpty else { return [] }
            var parties = sentence.tokens.first(where: { tokens[$0].keyIs("بين") }).map { joined(from: $0 + 1, mentions, tokens).map(\.actor) } ?? []
            // (A person of a mediating country is on the mediators' side, no party: «أعلن رئيس الوزراء
            // القطري التوصل إلى اتفاق بوساطة قطرية مصرية».)
            if parties.isEmpty { parties = persons.filter { !span.contains($0.tokenStart) && !ms.contains(view.country($0.actor)) }.map(\.actor) }
            if parties.isEmpty {
                parties = mentions.filter { $0.kind != .person && !span.contains($0.tokens.lowerBound) && !Self.inTitle($0, mentions)
                    && !($0.tokens.lowerBound > 0 && tokens[$0.tokens.lowerBound - 1].keyIs("في")) }.map(\.actor)
            }
            var out: [(Int32, Int32)] = []
            for m in ms {
                let side = view.country(m)
                for p in orderedUnique(parties) where p != m && (side < 0 || view.country(p) != side) { out.append((m, p)) }
            }
            return out
        case .behind?, .listed?:
            guard let last = accused(by: h, mentions, tokens: tokens, keys: keys, sentence: sentence) else { return [] }
            // The parties joined to it by «و» before it are accused too («حمّلت X الحوثيين والنظام
            // الإيراني المسؤولية»: the «و» on the noun a demonym qualifies).
            let accused = joinedBefore(last, mentions, tokens) + [last]
            let start = accused[0].tokens.lowerBound
            let ids = orderedUnique(accused.map(\.actor))
            var out: [(Int32, Int32)] = []
            // The accuser: a person of another side named before, else the nearest country or
            // organisation named before («حمّلت الخارجية الإيرانية الولايات المتحدة مسؤولية …»).
            if let accuser = persons.first(where: { $0.tokenStart < start && !ids.contains(view.country($0.actor)) }) {
                for a in ids { out.append((accuser.actor, a)) }
            } else if let accuser = mentions.last(where: { $0.kind != .person && !ids.contains($0.actor) && $0.tokens.upperBound <= start
                && !Self.inTitle($0, mentions) }) {
                for a in ids { out.append((accuser.actor, a)) }
            }
            if let on = againstWord(from: h.range.upperBound, in: sentence, tokens),
               let victim = after.first(where: { $0.kind != .person && $0.tokens.lowerBound > on && $0.tokens.lowerBound < on + 4 && !ids.contains($0.actor) }) {
                for a in ids { out.append((a, victim.actor)) }
            }
            return out
        case .intercept?:
            // «اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون»: the defender is found as a
            // strike's agent; the attacker is the party right after the launch word that follows
            // («أطلقه الحوثيون», «أطلق من اليمن»).
            guard let defender = strikeAgent(h, among: hits, after: after, mentions, tokens: tokens, keys: keys, sentence: sentence, view: view) else { return [] }
            // (Right after the launch word, or after «من» there: a place after «فوق» is none.)
            for launch in hits where launch.target == .launch && launch.range.lowerBound >= h.range.upperBound {
                let at = launch.range.upperBound
                if let attacker = after.first(where: { $0.kind != .person
                    && ($0.tokens.lowerBound == at || $0.tokens.lowerBound == at + 1 && tokens[at].keyIs("من")) }) {
                    return attacker.actor == defender.actor ? [] : [(attacker.actor, defender.actor)]
                }
            }
            return []
        case .strike?, .launch?:
            guard var agent = strikeAgent(h, among: hits, after: after, mentions, tokens: tokens, keys: keys, sentence: sentence, view: view) else { return [] }
            // (Joint strikes, «الغارات الأمريكية البريطانية», «شنت الولايات المتحدة وبريطانيا
            // ضربات»: every demonym of the noun, and every party joined to the agent by «و», acts;
            // the object is sought after the last.)
            let partners = Self.coDemonyms(of: agent, mentions)
                + group(of: agent, mentions, tokens).filter { $0.kind != .person && $0.actor != agent.actor }
            let agents = orderedUnique([agent.actor] + partners.map(\.actor))
            if let end = partners.map(\.tokens.upperBound).max(), end > agent.tokens.upperBound { agent.tokens = agent.tokens.lowerBound..<end }
            // (The agent's own demonym after it is the agent still: «قوات الاحتلال الإسرائيلي مدينة جنين».)
            while let next = mentions.first(where: { $0.tokens.lowerBound == agent.tokens.upperBound }), next.actor == agent.actor {
                agent.tokens = agent.tokens.lowerBound..<next.tokens.upperBound
            }
            let against = againstWord(from: h.range.upperBound, in: sentence, tokens)
            var targets: [Int32] = []
            // After the `against` word: the party within three words, or a place after «في» a few
            // words on, maybe with a side of it between («غارات على أهداف عسكرية في إيران», «على
            // بلدات في جنوب لبنان»).
            // (The people of a party named right where the object stands come first: «اغتيال قائد
            // في الحرس الثوري بغارة على دمشق» — the `against` word further on is the raid's.)
            let objectAt = agent.tokens.lowerBound >= h.range.upperBound ? agent.tokens.upperBound : h.range.upperBound
            let kill = killWord(before: h, in: sentence, tokens)
            let announced = kill.map { agent.tokens.upperBound <= $0 } ?? false
            // An agent named before the killing it is told of (the body announcing it) hits the
            // victims only, below: «أعلن الجيش الإسرائيلي مقتل قائد في الحرس الثوري بغارة على دمشق»
            // says where after «على».
            if !announced {
                if objectAt < sentence.tokens.upperBound, tokens[objectAt].kind == .word, memberWords.contains(tokens[objectAt].key),
                   let t = strikeObject(after: objectAt, agent: agent, after, tokens: tokens, keys: keys, sentence: sentence) {
                    targets.append(t.actor)
                } else if let on = against, let t = partyAfterAgainst(on, after, tokens, keys) {
                    targets.append(t.actor)
                } else if h.target == .launch {
                    return []
                } else if let t = strikeObject(after: objectAt, agent: agent, after, tokens: tokens, keys: keys, sentence: sentence) {
                    targets.append(t.actor)
                }
            }
            // «مقتل X في غارة …»: the countries and organisations named between a kill word and
            // the strike word are its victims too (the persons of another country already are).
            if let kill {
                targets += mentions.lazy.filter { $0.kind != .person && $0.tokens.lowerBound > kill && $0.tokens.upperBound <= h.range.lowerBound }.map(\.actor)
            }
            targets += victimsAfter(h, mentions, tokens: tokens, sentence: sentence)
            // The sentence's persons of another country are victims when named after the word, or
            // before it in a sentence that tells of a killing; else they speak of the strike
            // («ووصف المالكي إطلاق الحوثيين صاروخا …»).
            // (Only in the strike's own clause, and before it only after the kill word: «بعث X برقية
            // تعزية باستشهاد Y في الغارة» mourns Y, X is no victim; «…، فيما أجرى X اتصالا بY» is
            // another clause.)
            let clauseEnd = (h.range.upperBound..<sentence.tokens.upperBound).first { tokens[$0].kind == .punct && Self.clauseBreaks.contains(tokens[$0].key) || Self.opensWhileClause(tokens[$0]) }
                ?? sentence.tokens.upperBound
            targets += persons.lazy.filter { p in !agents.contains(view.country(p.actor)) && p.tokenStart < clauseEnd
                && (p.tokenStart >= h.range.upperBound || kill.map { p.tokenStart > $0 } ?? false) }.map(\.actor)
            return agents.flatMap { a in orderedUnique(targets).filter { !agents.contains($0) }.map { (a, $0) } }
        default:
            // A country or organisation right after the word, with another within 8 tokens after
            // it, is the verb's subject («أدانت السعودية الهجوم الإسرائيلي», «عقوبات أمريكية على
            // إيران»): it acts, and the target is sought after it.
            // So is a demonym or a name after the words of a state body («أدانت وزارة الخارجية
            // القطرية …», «أدانت وزارة الخارجية السعودية …», where «السعودية» reads as the name).
            // A person named right after the word (with the title beside the name) is the subject
            // too: the reach for the target starts after it («هدد زعيم الجماعة X باستهداف …»).
            // (Only that one person's title and name: «انتقد الرئيس التركي X نظيره الفرنسي Y» has Y
            // as the object.)
            // (The name may stand a few words after its title: «أدان المتحدث باسم وزارة الخارجية
            // القطرية X الاعتداء على …», where the ministry's demonym is the subject's, not the target.)
            // (Honorifics may stand before it: «أدان حضرة صاحب السمو أمير البلاد X الاعتداء …»: up to
            // `honorificReach` words, none an event word or an against word.)
            var from = h.range.upperBound
            var named: Int32?
            let againstWords = self.againstWords  // (a local: the closure below must not copy `self`)
            let honorificEnd = (h.range.upperBound..<min(h.range.upperBound + Self.honorificReach, sentence.tokens.upperBound)).first { t in
                tokens[t].kind != .word || againstWords.contains(tokens[t].key) || mentions.contains { $0.tokens.contains(t) }
                    || hits.contains { $0.range.contains(t) && ($0.type != nil || $0.cue != nil) }  // (a blocked word, «حضرة صاحب», is none)
            } ?? min(h.range.upperBound + Self.honorificReach, sentence.tokens.upperBound)
            for m in mentions where m.kind == .person && m.tokens.lowerBound >= h.range.upperBound
                && (named == nil ? m.tokens.lowerBound <= from + 1 || m.tokens.lowerBound == honorificEnd
                    : named == m.actor && m.tokens.lowerBound <= from + Self.titleNameGap
                        && (m.tokens.lowerBound <= from || !(from..<m.tokens.lowerBound).contains { tokens[$0].kind != .word })) {
                from = max(from, m.tokens.upperBound)
                named = m.actor
            }
            // (With the word opening its clause, «، وأدانت قطر الهجوم», the party after it is the
            // subject even with none after it: verb, subject, object. Not after a participle, which
            // goes on with the clause before: «، متوعدة إسرائيل برد قاس».)
            // (Read first: the right side of `&&` is a closure, which reading `self` would copy.)
            let participle = participleWords.contains(tokens[h.range.lowerBound].key)
            let opensClause = (h.range.lowerBound == sentence.tokens.lowerBound || tokens[h.range.lowerBound - 1].kind == .punct) && !participle
            var subject: Linked?
            // (Never right after an `against` word ending the trigger: «عقوبات على إيران وروسيا».)
            if !againstWords.contains(tokens[h.range.upperBound - 1].key),
               let s = after.first(where: { $0.kind != .person }), s.tokens.lowerBound == h.range.upperBound
                || s.tokens.lowerBound == pastInstitutions(h.range.upperBound, tokens) && s.tokens.lowerBound > h.range.upperBound,
               opensClause || after.contains(where: { $0.kind != .person && $0.actor != s.actor && $0.tokens.lowerBound >= s.tokens.upperBound && $0.tokens.lowerBound < s.tokens.lowerBound + 8 }) {
                subject = s
                from = s.tokens.upperBound
            }
            // The parties joined to the subject by «و» act with it («أدانت مصر والأردن الهجوم …»).
            let subjects = subject.map { s in joined(from: s.tokens.lowerBound, mentions, tokens).filter { $0.kind != .person } } ?? []
            if let last = subjects.last { from = max(from, last.tokens.upperBound) }
            // (Past the subject: parties named inside it, «وزارة الخارجية القطرية», are its own.)
            // (A person named there stays: after «عقوبات على» the person is the object.)
            var objects = subject == nil ? after.filter { $0.tokens.lowerBound >= from || $0.kind == .person }
                : after.filter { m in m.tokens.lowerBound >= from && !subjects.contains { $0.actor == m.actor } }
            // The act condemned or charged («أدانت قطر الاعتداء على سيادة الإمارات», «أدانت
            // السعودية الهجوم الإسرائيلي على قطر»): past another targeted word within reach, only
            // that act's agent right after it is this word's target, not its victims.
            // (After a threat the act is the subject's own: its victims are the target.)
            if h.target != .threat,
               let act = hits.first(where: { $0.range.lowerBound >= from && $0.range.lowerBound < from + 8 && $0.range != h.range && $0.targeted }) {
                let agentAt = Self.actAgentStart(act, tokens)
                // (A name right after a hostile act word is its agent only with the act's own object
                // after it, «عدوان إسرائيل على غزة», «استهداف الحرس الثوري قاعدة العديد في قطر»;
                // alone it is the object: «استهداف الدوحة». A demonym, «الهجوم الإسرائيلي», or a
                // relative clause's subject is the agent. After another act the name stays the
                // target: «عقوبات على شبكة لتمويل حزب الله».)
                let hostileAct = act.type.flatMap { $0 >= 0 ? view.table.typePolarity[Int($0)] : nil } == .hostile
                func isAgent(_ m: Linked) -> Bool {
                    let end = m.tokens.upperBound
                    return !hostileAct || m.demonym || agentAt > act.range.upperBound
                        || end < sentence.tokens.upperBound && againstWords.contains(tokens[end].key)
                        || mentions.contains { o in o.kind != .person && o.actor != m.actor && o.tokens.lowerBound >= end
                            && o.tokens.lowerBound <= end + Self.actObjectReach && !(end..<o.tokens.lowerBound).contains { tokens[$0].kind != .word } }
                }
                // (Or named after «من قبل» a few words on: «استهداف قاعدة العديد من قبل الحرس الثوري».)
                let byAt = (act.range.upperBound..<max(act.range.upperBound, min(act.range.upperBound + Self.actObjectReach, sentence.tokens.upperBound - 2)))
                    .first { tokens[$0].keyIs("من") && tokens[$0 + 1].keyIs("قبل") }.map { $0 + 2 }
                let agentBody = relativeAgentBody(act, agentAt, tokens)
                let actAgents = (objects.first { ($0.tokens.lowerBound == agentAt || $0.tokens.lowerBound == agentBody) && $0.kind != .person && isAgent($0) }
                    ?? byAt.flatMap { b in objects.first { $0.tokens.lowerBound == b && $0.kind != .person } })
                    .map { [$0] + Self.coDemonyms(of: $0, mentions) } ?? []
                objects.removeAll { m in m.tokens.lowerBound >= act.range.upperBound && !actAgents.contains { $0.tokens == m.tokens } }
            }
            // Target: the country or organisation right before a charge («اتهم X إيران بدعم …»: a
            // word in «ب» right after it, within `chargeReach` tokens), else the first within 8 tokens
            // after the word.
            let charged = objects.first { m in
                m.kind != .person && m.tokens.lowerBound < from + Self.chargeReach && m.tokens.upperBound < sentence.tokens.upperBound
                    && Self.matchesCharge(tokens[m.tokens.upperBound]) && !mentions.contains { $0.tokens.lowerBound == m.tokens.upperBound }
            }
            // (Not a place after «في» unless an `against` word comes first: «حذر X من مخاطر
            // التصعيد في لبنان» names a topic, «عقوبات على شركات في إيران» a target. Nor one
            // after a place word: «هاجم X سفينة قبالة السواحل اليمنية».)
            let on = againstWord(from: h.range.lowerBound, in: sentence, tokens) ?? Int.max  // («عقوبات على» holds its own)
            // (A verb that also strikes, «هاجمت إسرائيل أهدافا عسكرية في إيران»: the sites' place.)
            let site = subject.flatMap { s in siteOwner(at: from, objects, agent: s.actor, tokens: tokens, sentence: sentence) }
            // (With no country or organisation there, a person right where the object stands or
            // just after the `against` word is the target: «فرضت الولايات المتحدة عقوبات على وزير
            // الخارجية الإيراني X», «استدعت الخارجية العراقية السفير الإيراني X».)
            let locativeWords = self.locativeWords  // (a local: the closure below must not copy `self`)
            guard let target = charged ?? site ?? objects.first(where: { m in
                let lb = m.tokens.lowerBound
                return m.kind != .person && lb < from + 8
                    && !(lb > 0 && lb < on && tokens[lb - 1].keyIs("في"))
                    && !(max(from, lb - 2)..<lb).contains { locativeWords.contains(tokens[$0].key) }
            }) ?? objects.first(where: { m in
                m.kind == .person && (m.tokens.lowerBound == from || m.tokens.lowerBound > on && m.tokens.lowerBound <= on + 2)
            }) else { return [] }
            // (Not a party named after an earlier targeted word of the sentence: that word's object,
            // «هدد X حزب الله، متوعدا بإعادة لبنان …», where the threat after the comma is X's.)
            var earlierEnd = Int.max
            for o in hits where o.targeted && o.range.lowerBound < h.range.lowerBound { earlierEnd = min(earlierEnd, o.range.upperBound) }
            var agents: [Int32] = []
            // (A participle's agent is the sentence's subject: its first party — with a person's
            // side — not one of the objects named between; none when the sentence names no party
            // before its first comma, where the subject is unknown.)
            if participle {
                let clauseEnd = (sentence.tokens.lowerBound..<h.range.lowerBound).first { tokens[$0].kind == .punct } ?? h.range.lowerBound
                if let f = mentions.first(where: { $0.tokens.upperBound <= h.range.lowerBound && !Self.inTitle($0, mentions) }), f.tokens.lowerBound < clauseEnd {
                    agents = f.kind == .person ? [f.actor, view.country(f.actor)].filter { $0 >= 0 } : [f.actor]
                }
            } else {
                agents = persons.compactMap { p -> Int32? in let c = view.country(p.actor); return c >= 0 ? c : nil }
                agents += mentions.filter { $0.kind == .country && $0.tokens.upperBound <= h.range.lowerBound && $0.tokens.lowerBound < earlierEnd }.map(\.actor)
                // The persons named before the target (the subject, before or after the verb: «أدان X
                // الحوثيين») and the organisations named before the word act themselves too.
                agents += persons.lazy.filter { $0.tokenStart < target.tokens.lowerBound }.map(\.actor)
                agents += mentions.lazy.filter { $0.kind == .organisation && $0.tokens.upperBound <= h.range.lowerBound && $0.tokens.lowerBound < earlierEnd }.map(\.actor)
                agents += subjects.map(\.actor)
            }
            // (A conflict between parties warned of, «حذر X من حرب بين إيران وإسرائيل», is against
            // neither; a deal between them condemned, «أدانت إيران اتفاق التطبيع بين …», is not.)
            if h.target == .warning, (from..<max(from, target.tokens.lowerBound)).contains(where: { tokens[$0].keyIs("بين") }) { return [] }
            // (A person targeted: not by their own country.)
            let side = target.kind == .person ? view.country(target.actor) : -1
            // The parties joined to the target by «و» are targets too («تضامنها مع تركيا وسوريا»,
            // «عقوبات على إيران وروسيا»).
            // So are the demonyms qualifying its noun with it («العدوان الأمريكي البريطاني»).
            let targets = target.kind == .person ? [target.actor] : orderedUnique((joined(from: target.tokens.lowerBound, mentions, tokens) + Self.coDemonyms(of: target, mentions))
                .filter { m in m.kind != .person && objects.contains { $0.tokens == m.tokens } }.map(\.actor))
            return orderedUnique(agents).filter { $0 != side }.flatMap { a in targets.filter { $0 != a }.map { (a, $0) } }
        }
    }
}
