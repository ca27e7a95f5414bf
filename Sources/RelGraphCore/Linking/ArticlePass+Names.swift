/// Names written beside titles and honorifics: where a name starts and stops, which KB person a
/// name written another way is, and open-world persons (officials the KB does not know).
extension ArticlePass {
    /// What stands in apposition to a title: a KB person or an open-world person (`openAt` index).
    enum Apposed: Equatable {
        case kb(Int)
        case open(Int)
    }

    /// An official the KB does not know, found in this article.
    struct OpenPerson {
        var id: String
        /// The name as written.
        var name: String
        var range: Range<Int>
    }

    var words: NameWords { linker.names }

    /// The classes of token `t`'s word (`NameWords`), read by its key id: no look-up per token.
    @inline(__always)
    func wordClasses(_ t: Int) -> WordClass { words.classes(of: keys.ids[t]) }

    /// True when token `t`'s word has class `c`.
    @inline(__always)
    func wordIs(_ t: Int, _ c: WordClass) -> Bool { wordClasses(t).contains(c) }

    /// Particles inside a name («بن», «بنت», «آل», «أبو», «عبد», «ولد»): they do not count toward its
    /// length and never end it.
    static let particles = WordSet(["بن", "بنت", "ابن", "ال", "ابو", "عبد", "ولد", "ابنه"])

    /// «بن», «بنت», «ابن»: before a name, the name is part of a longer one (a nasab).
    static let nasab = WordSet(["بن", "بنت", "ابن"])

    /// True when the word right before `t` is a nasab particle.
    func isNasab(before t: Int) -> Bool { t > 0 && tokens[t - 1].kind == .word && Self.nasab.contains(tokens[t - 1].key) }

    func isParticle(_ t: Int) -> Bool { tokens[t].kind == .word && Self.particles.contains(tokens[t].key) }

    /// A demonym that is also a KB given name, right before «بن/بنت» («تركي بن بندر»: Turki, not
    /// Turkish): a word of a name, not a country.
    func isGivenNameBeforeBin(_ m: PatternIndex.Match) -> Bool {
        let t = m.range.lowerBound
        return m.range.count == 1 && m.cliticLength == 0 && m.kinds.isSubset(of: [.nisba]) && t + 1 < tokens.count
            && (tokens[t + 1].keyIs("بن") || tokens[t + 1].keyIs("بنت")) && wordClasses(t).contains(.givenName)
    }

    /// True when token `t` can be a word of a name: Arabic letters, not a function word or verb
    /// (with or without a proclitic), not matched by a KB pattern other than a partial name, not
    /// «ال…» in first place, and not a word in ة unless a KB name carries it or it is a woman's
    /// given name (`feminine`: first after «سفيرة», «وزيرة»: «صفية», «نورة»; an adjective in ة
    /// after it ends the name: «خطوة مهمة»).
    func isNameWord(_ t: Int, first: Bool, feminine: Bool = false) -> Bool {
        let token = tokens[t]
        guard token.kind == .word, token.keyStartsWithArabicLetter else { return false }
        if let mi = matchAt[t], !matches[mi].kinds.isSubset(of: .personShort), !isGivenNameBeforeBin(matches[mi]) { return false }
        let classes = wordClasses(t)
        // A subordinate word («نائب», «مساعد», «مستشار») opens the next title: «X المعمري نائب
        // قائد القوات البرية».
        if classes.contains(.subordinate) { return false }
        // «علي» is also «على» once normalised: a given name that is a function word too is a word
        // of a name when written with a final ي, not ى — first in it (`nameSpan` then checks the
        // word after it), or inside it when a word of a name follows: one the KB's names carry
        // («عبدالله علي العبدالله»), or any name word without the article («محمد علي حسن»; «علي
        // الاقتراح» is the preposition misspelt).
        if classes.contains(.stop) {
            guard token.keyScalarCount >= 3, classes.contains(.givenName), written(t..<t + 1).unicodeScalars.last == "\u{064A}" else { return false }
            if !first {
                let next = t + 1
                guard next < tokens.count, sentenceOf[next] == sentenceOf[t], !wordIs(next, .stop), isNameWord(next, first: false),
                      !wordClasses(next).isDisjoint(with: [.nameWord, .givenName]) || !tokens[next].keyStartsWithArticle else { return false }
            }
        }
        if classes.contains(.titleWord) { return false }
        if first && token.keyStartsWithArticle && token.keyScalarCount > 3 { return false }
        // The written form is read only for the two endings that need it.
        if !(feminine && first), token.keyEnds(with: "\u{0647}"), !classes.contains(.nameWord), isWrittenFeminine(t) { return false }
        // An accusative tanween («متوجهاً») marks an adverb or object, not a name.
        if token.keyEnds(with: "\u{0627}"), written(t..<t + 1).unicodeScalars.contains("\u{064B}") { return false }
        // «وتقدير»: a word after «و» inside a name is another word, unless a KB name carries it.
        if !first, token.keyStartsWithWaw, !classes.contains(.nameWord) { return false }
        return true
    }

    /// True when token `t` is written with a final «ة» (its key folds it to «ه»).
    func isWrittenFeminine(_ t: Int) -> Bool { written(t..<t + 1).unicodeScalars.last == "\u{0629}" }

    /// True when a name may start at `t`: the word is a given name the KB knows, or an honorific,
    /// an opening quote or a colon stands right before it.
    func mayStartName(_ t: Int, feminine: Bool = false) -> Bool {
        guard t < tokens.count, isNameWord(t, first: true, feminine: feminine) else { return false }
        if wordIs(t, .givenName) { return true }
        guard t > 0 else { return false }
        if let mi = matchAt[t - 1], matches[mi].kinds.contains(.honorific), matches[mi].range.upperBound == t { return true }
        if let mi = honorificEnding(at: t - 1), matches[mi].range.upperBound == t { return true }
        return tokens[t - 1].kind == .punct && (tokens[t - 1].keyIs("\"") || tokens[t - 1].keyIs(":") || tokens[t - 1].keyIs("("))
    }

    /// The match whose last token is `t`, if any: matches do not overlap, so it is the nearest
    /// one starting at or before `t`, no further back than the article's longest match.
    func matchEnding(at t: Int) -> Int? {
        var b = t
        while b >= 0 && t - b < longestMatch {
            if let mi = matchAt[b] { return matches[mi].range.upperBound == t + 1 ? mi : nil }
            b -= 1
        }
        return nil
    }

    /// The honorific match that ends at token `t`, if any.
    func honorificEnding(at t: Int) -> Int? {
        matchEnding(at: t).flatMap { matches[$0].kinds.contains(.honorific) ? $0 : nil }
    }

    /// The name starting at `t`: two to four words (particles aside), stopping at punctuation, a
    /// function word or verb, a KB pattern, or a word that cannot be in a name. `afterTitle`: `t`
    /// stands right after a title (and its demonym), where a foreign first name the KB does not
    /// know may start a name («السفير الياباني كينجي ياماموتو»). `feminine`: the title is a
    /// woman's («سفيرة»).
    func nameSpan(from t: Int, afterTitle: Bool = false, feminine: Bool = false) -> Range<Int>? {
        guard t < tokens.count else { return nil }
        // (An unknown first word with a preposition clitic, «بمسؤولين», is not a name.)
        let known = mayStartName(t, feminine: feminine) || tokens[t].keyIs("ابو")
        // A first word the KB does not know as a given name, right after a title: not with a
        // preposition clitic («بمسؤولين»), a verb prefix («يبحثان», «تعقد») or the conjunction
        // «و» (a second item: «ووزير الدفاع ومسؤولين آخرين», «وزير الخارجية وشؤون المغتربين»); nor
        // a state body's word («المتحدث باسم قوات حفتر أحمد المسماري»: the name is after the body).
        let relaxed = !known && afterTitle && !wordIs(t, .institution) && isNameWord(t, first: true, feminine: feminine)
            && !["ب", "ل", "ي", "ت", "ن", "و"].contains { tokens[t].key.unicodeScalars.first == $0 }
        guard known || relaxed else { return nil }
        var e = t, core = 0
        while e < tokens.count, e - t < 7, sentenceOf[e] == sentenceOf[t] {
            if e > t, isParticle(e) { e += 1; continue }
            guard isNameWord(e, first: e == t, feminine: feminine) || (e == t && tokens[e].keyIs("ابو")) else { break }
            if !isParticle(e) { core += 1 }
            if core > 4 { break }
            e += 1
        }
        while e > t, isParticle(e - 1) { e -= 1 }
        let count = (t..<e).filter { !isParticle($0) }.count
        guard count >= 2 else { return nil }
        // A first word that is also a function word («علي»/«على») is a name only before a word
        // without the article («على الاقتراح» is not a name).
        if wordIs(t, .stop), tokens[t + 1].keyStartsWithArticle { return nil }
        if relaxed {
            // Such a name must end where something else clearly starts (punctuation, a function
            // word, a KB pattern, the sentence's end), and not be all accusatives («وفدا عسكريا»).
            let boundary = e >= tokens.count || sentenceOf[e] != sentenceOf[t] || tokens[e].kind == .punct || matchAt[e] != nil
                || wordIs(e, .stop)
            guard boundary, !(t..<e).allSatisfy({ tokens[$0].keyEnds(with: "\u{0627}") }) else { return nil }
            // Nor a noun followed by a definite noun the KB's names do not carry: that is a
            // construct of common nouns («دعم المجلس», «أمن المنطقة»), not a foreign name.
            // After a woman's title a last definite word of three is her family name («صفية طالب
            // السهيل»): women's given names are rarer in the KB, so this is where they are met.
            // So is a last definite word in the nisba «ـي» after any title («هلال السبتي»,
            // «أحمد العوضي»): the commonest shape of an Arab family name, rare in a construct.
            let nisbaFamily = e - 1 > t && tokens[e - 1].keyStartsWithArticle && tokens[e - 1].keyEnds(with: "\u{064A}")
            let family = feminine && count >= 3 || nisbaFamily ? e - 1 : e
            // (A word of names only after «عبد» is a common noun after any other: «مسار السلام».)
            if (t + 1..<e).contains(where: { $0 != family && tokens[$0].keyStartsWithArticle
                && (!wordIs($0, .nameWord) || wordIs($0, .compoundTail) && !tokens[$0 - 1].keyIs("عبد")) }) { return nil }
        }
        return t..<e
    }

    /// The name ending just before `end` (read backwards), whose first word is a given name.
    func nameSpan(endingAt end: Int) -> Range<Int>? {
        var s = end, core = 0
        while s > 0, end - s < 7 {
            let t = s - 1
            if isParticle(t) { s -= 1; continue }
            guard isNameWord(t, first: false), core < 4 else { break }
            core += 1
            s -= 1
        }
        while s < end, isParticle(s) { s += 1 }
        // The longest run whose first word may start a name.
        var start = s
        while start < end, !wordIs(start, .givenName) { start += 1 }
        guard start < end, (start..<end).filter({ !isParticle($0) }).count >= 2 else { return nil }
        return start..<end
    }

    /// The KB person a name written another way stands for: the persons whose full names begin and
    /// end with words of the same skeleton (`NameWords.skeleton`), narrowed to the holders of `offices` in `country` on the date, else to the persons of
    /// `country`; nil unless one remains.
    func kbPerson(forSpan r: Range<Int>, offices: [Int], country: Int?) -> Int? {
        let core = r.filter { !isParticle($0) }
        guard let first = core.first, let last = core.last else { return nil }
        let byLast = Swift.Set(words.byLast[NameWords.skeleton(tokens[last].key)] ?? [])
        let spanWords = core.map { NameWords.skeleton(tokens[$0].key) }
        // Every word of the span is a word of one of the person's names, but for one middle name
        // when the span is the longer («صفية طالب السهيل» for «صفية السهيل»).
        func fits(_ p: Int) -> Bool {
            words.names[p].contains { n in
                let own = Set(n.map(NameWords.skeleton))
                let missing = spanWords.filter { !own.contains($0) }.count
                return missing == 0 || missing == 1 && spanWords.count > n.count
            }
        }
        // (Two words at least: one word is no name's first and last at once, «محمد» is not
        // «محمد حسن محمود».)
        var candidates = core.count < 2 ? [] : (words.byFirst[NameWords.skeleton(tokens[first].key)] ?? []).filter { byLast.contains($0) }.map(Int.init).filter(fits)
        if candidates.isEmpty, !offices.isEmpty {
            // «الملك عبدالله …»: the one holder of the office on the date (in the title's country,
            // else anywhere) whose name starts with this word.
            let skeleton = NameWords.skeleton(tokens[first].key)
            // Not when the span's last word is another KB person's family name («علي زاهدي …»).
            if core.count > 1, words.byLast[NameWords.skeleton(tokens[last].key)] != nil { return nil }
            let holding = kb.persons.indices.filter { p in
                holds(p, anyOf: offices, in: country) && words.names[p].contains { $0.first.map(NameWords.skeleton) == skeleton }
            }
            return holding.count == 1 ? holding[0] : nil
        }
        guard !candidates.isEmpty else { return nil }
        candidates.sort()
        if let c = country {
            let countryId = nodeCountry(c)
            let holding = candidates.filter { p in offices.contains { holders(office: $0, country: c).contains(p) } }
            if holding.count == 1 { return holding[0] }
            let ofCountry = candidates.filter { kb.persons[$0].country == countryId }
            if ofCountry.count == 1 { return ofCountry[0] }
            return nil
        }
        if !offices.isEmpty {
            let holding = candidates.filter { holds($0, anyOf: offices) }
            if holding.count == 1 { return holding[0] }
        }
        if candidates.isEmpty { return nil }
        // Without a title: only a full first and last word match, and only one such person.
        let exact = candidates.filter { p in
            words.names[p].contains { n in n.first.map { NameWords.skeleton($0) } == NameWords.skeleton(tokens[first].key)
                && n.last.map { NameWords.skeleton($0) } == NameWords.skeleton(tokens[last].key) }
        }
        return exact.count == 1 ? exact[0] : nil
    }

    /// The person a name span stands for: a KB person (written another way), else an open-world
    /// person recorded in this article (the same id once).
    mutating func person(forSpan r: Range<Int>, offices: [Int], country: Int?) -> Apposed {
        if let p = kbPerson(forSpan: r, offices: offices, country: country) { return .kb(p) }
        let keys = r.map { tokens[$0].key }
        // Part of the full name of a KB person named before in the article («السيد نصر الله»
        // after «حسن نصر الله», «الأمير فيصل» after «الأمير فيصل بن فرحان»), the latest.
        if let prev = personAt.filter({ $0.token < r.lowerBound && fullNameHolds($0.person, keys) }).max(by: { $0.token < $1.token }) {
            return .kb(prev.person)
        }
        if let i = openAt.firstIndex(where: { $0.range == r }) { return .open(i) }
        // The same person written another way earlier in the article (first and last words alike).
        let skeletons = r.filter { !isParticle($0) }.map { NameWords.skeleton(tokens[$0].key) }
        if let i = openAt.firstIndex(where: { o in
            let other = o.range.filter { !isParticle($0) }.map { NameWords.skeleton(tokens[$0].key) }
            return other.first == skeletons.first && other.last == skeletons.last
        }) { return .open(i) }
        let id = OpenWorld.id(keys: keys)
        openAt.append(OpenPerson(id: id, name: surface(r), range: r))
        return .open(openAt.count - 1)
    }

    /// Records the mention of the name span itself (a person, known or not), once per span.
    mutating func recordName(_ who: Apposed, range r: Range<Int>, country: String?, note: String = "name written another way") {
        guard !mentions.contains(where: { $0.tokens == r && $0.kind == .person }) else { return }
        switch who {
        case .kb(let p):
            // Only the words of the span that belong to the person's names.
            let own = Set(words.names[p].flatMap { $0 }.map(NameWords.skeleton))
            var e = r.lowerBound
            while e < r.upperBound, isParticle(e) || own.contains(NameWords.skeleton(tokens[e].key)) { e += 1 }
            let r = r.lowerBound..<max(e, r.lowerBound + 1)
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                    surface: surface(r), kind: .person, entity: kb.persons[p].id, entityKind: .person, resolution: .name,
                                    country: kb.persons[p].country, sentence: sentenceOf[r.lowerBound], note: note, tokens: r))
            personAt.append((r.lowerBound, p, nil))
        case .open(let i):
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                    surface: surface(r), kind: .person, entity: openAt[i].id, entityKind: .person, resolution: .name,
                                    country: country, sentence: sentenceOf[r.lowerBound],
                                    note: "not in the knowledge base", tokens: r, known: false))
        }
    }

    // MARK: words before a title or a name

    /// The word `k` tokens before `t` (clitics allowed), when it is in `set`.
    func word(before t: Int, in set: WordClass, skipping: Int = 0) -> Bool {
        let b = t - 1 - skipping
        return b >= 0 && tokens[b].kind == .word && wordIs(b, set)
    }

    /// True when the title starting at `t` names an office below it («نائب وزير الدفاع», «مساعد
    /// وزير الخارجية», «المستشار الخاص لـ…»): a subordinate word right before it, or before an
    /// ordinal or «الخاص» right before it.
    func isSubordinate(titleAt t: Int) -> Bool {
        if word(before: t, in: .subordinate) { return true }
        guard t >= 2 else { return false }
        return ["الاول", "الثاني", "الثالث", "الخاص", "الاعلي"].contains { tokens[t - 1].keyIs($0) } && word(before: t, in: .subordinate, skipping: 1)
    }

    /// True when the name or title starting at `t` is part of the name of a place or thing
    /// («مطار الملك خالد», «جائزة الشيخ زايد», «قمة السلطان قابوس»): a `named_after` word before it,
    /// with at most three honorific, title or deceased words between; before a family name alone,
    /// its first name too («مطار رفيق الحريري»). Any other word between ends the search: in «قمة
    /// جمعت ملك الأردن …» the summit is not named after the king.
    func isNamedAfter(_ t: Int) -> Bool {
        let familyName = matchAt[t].map { matches[$0].kinds.isSubset(of: .personShort) } ?? false
        var b = t - 1, steps = 0
        while b >= 0, steps < 4 {
            if tokens[b].kind == .word, wordIs(b, .namedAfter) { return true }
            if tokens[b].kind == .punct { return false }
            if let mi = matchAt[b] ?? honorificEnding(at: b), !matches[mi].kinds.isDisjoint(with: [.honorific, .title]) {
                b = matches[mi].range.lowerBound - 1
            } else if wordIs(b, .deceased) || familyName && b == t - 1 && matchAt[b] == nil && isNameWord(b, first: true) {
                b -= 1
            } else {
                return false
            }
            steps += 1
        }
        return false
    }

    /// True when a deceased word («الراحل», «الشهيد») stands before the name or title at `t`
    /// (honorifics and titles may stand between).
    func isDeceased(_ t: Int) -> Bool {
        var b = t - 1, steps = 0
        while b >= 0, steps < 4 {
            if tokens[b].kind == .word, wordIs(b, .deceased) { return true }
            guard let mi = matchAt[b] ?? honorificEnding(at: b), !matches[mi].kinds.isDisjoint(with: [.honorific, .title]) else { return false }
            b = matches[mi].range.lowerBound - 1
            steps += 1
        }
        return false
    }

    // MARK: passes

    /// Honorifics before a name the KB does not know as written («اللواء …», «الشيخ …»): the KB
    /// person written another way, else an open-world person.
    mutating func resolveHonorificNames() {
        for i in matches.indices where matches[i].kinds.contains(.honorific) {
            let t = matches[i].range.upperBound
            guard t < tokens.count, matchAt[t] == nil || matches[matchAt[t]!].kinds.isSubset(of: .personShort) else { continue }
            // A given name must follow: an honorific alone («الأمير تحيات …») is often a title.
            guard wordIs(t, .givenName) else { continue }
            // (A given name alone, «وأكد الأمير فيصل خلال اللقاء», when the full name of someone
            // named before holds it.)
            guard !mentions.contains(where: { $0.tokens.contains(t) }), !isNamedAfter(matches[i].range.lowerBound) else { continue }
            guard let r = nameSpan(from: t) ?? (personAt.contains { $0.token < t && fullNameHolds($0.person, [tokens[t].key]) } ? t..<t + 1 : nil) else {
                // (Else, named first so, «استقبل الشيخ تميم …»: the office holder of that given name;
                // no name span started at `t`, or `r` would be it.)
                if wordIs(t - 1, .royalHonorific), let p = officeHolder(givenName: t) {
                    recordName(.kb(p), range: t..<t + 1, country: nil, note: "honorific and given name: the office holder of that name on the date")
                }
                continue
            }
            let who = person(forSpan: r, offices: [], country: nil)
            recordName(who, range: r, country: nil)
        }
    }

    /// The KB person a royal honorific and a given name alone stand for («الشيخ تميم», «سمو الشيخ
    /// صباح»): of the persons whose full name starts with the word and who hold an office on the
    /// date (those of the article's countries, when some are), the one of the highest-ranked
    /// office (offices.yaml order), when no other holds an office of that rank; else nil.
    func officeHolder(givenName t: Int) -> Int? {
        let key = tokens[t].key
        let holders = (words.byFirst[NameWords.skeleton(key)] ?? []).map(Int.init).filter { p in
            isInOffice(p) && words.names[p].contains { $0.first == key }
        }
        let local = holders.filter { p in kb.countryPosition(kb.persons[p].country).map { countryCounts[$0] > 0 } ?? false }
        let candidates = local.isEmpty ? holders : local
        let ranks = candidates.map { officesHeld(by: $0).first ?? Int.max }
        guard let top = ranks.min(), ranks.filter({ $0 == top }).count == 1 else { return nil }
        return candidates[ranks.firstIndex(of: top)!]
    }

    /// The last word of an open-world name said again later in the article («شمخاني» after «علي
    /// شمخاني»): the same person, when the word is not a given name or a function word.
    mutating func resolveOpenShortNames() {
        guard !openAt.isEmpty else { return }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for t in m.tokens where t < covered.count { covered[t] = true } }
        for t in tokens.indices where !covered[t] && matchAt[t] == nil && tokens[t].kind == .word {
            let key = tokens[t].key
            guard key.unicodeScalars.count >= 3, wordClasses(t).isDisjoint(with: [.givenName, .stop]) else { continue }
            let before = openAt.enumerated().filter { $0.element.range.upperBound <= t }
            guard let (i, p) = before.last(where: { tokens[$0.element.range.upperBound - 1].keyIs(key) }) else { continue }
            mentions.append(Mention(articleId: article.id, start: tokens[t].start, end: tokens[t].end, surface: surface(t..<t + 1),
                                    kind: .person, entity: p.id, entityKind: .person, resolution: .coref, sentence: sentenceOf[t],
                                    note: "not in the knowledge base; named before as «\(openAt[i].name)»", tokens: t..<t + 1, known: false))
        }
    }

    /// Persons who died before the article (KB `died` more than `Person.mourningDays` earlier) or who
    /// are called «الراحل», «الشهيد» …: their mentions become `history`, with no entity (they take
    /// part in no event). A person called deceased once is history throughout the article, and so
    /// are those joined to them by «و» right after («في وفاة الرئيس X ووزير الخارجية Y»).
    /// The ids of the persons that `markHistory` takes out (read without mutating, so that the
    /// pass is not copied for the closures below).
    func historyPersons() -> Set<String> {
        var gone = Set<String>()
        // The persons the text calls dead, and where each of their mentions ends.
        var called = Set<String>()
        // (Indices: a `Mention` copied would retain its strings.)
        for i in mentions.indices where mentions[i].entityKind == .person {
            guard let id = mentions[i].entity else { continue }
            if isDeceased(mentions[i].tokens.lowerBound) {
                called.insert(id)
            } else if words.dead.contains(id) && (kb.person(id)?.isHistory(on: date) ?? false) {
                gone.insert(id)
            }
        }
        // A list joined by «و» is followed one item a round: a person mention that starts with
        // «و» right where a mention of someone called dead ends (their title or their name).
        var grew = !called.isEmpty
        while grew {
            grew = false
            let ends = Set(mentions.indices.lazy.filter { self.mentions[$0].entity.map(called.contains) ?? false }.map { self.mentions[$0].tokens.upperBound })
            for i in mentions.indices where mentions[i].entityKind == .person && ends.contains(mentions[i].tokens.lowerBound)
                && tokens[mentions[i].tokens.lowerBound].keyStartsWithWaw {
                guard let id = mentions[i].entity, !called.contains(id) else { continue }
                called.insert(id)
                grew = true
            }
        }
        return gone.union(called)
    }

    /// Only person mentions are looked up, and each person's note is made once.
    mutating func markHistory() {
        let gone = historyPersons()
        guard !gone.isEmpty else { return }
        var notes: [String: String] = [:]
        for i in mentions.indices where mentions[i].entityKind == .person {
            guard let id = mentions[i].entity, gone.contains(id) else { continue }
            if notes[id] == nil { notes[id] = "history: \(id)\(kb.person(id)?.died.map { " (died \($0))" } ?? ""), named but not a party" }
            mentions[i].note = notes[id]
            mentions[i].entity = nil
            mentions[i].entityKind = nil
            mentions[i].resolution = .history
        }
    }
}

extension ArticlePass {
    /// True when a mention of the article already covers token `t` (for the passes that look at
    /// few tokens; `resolveOpenShortNames` marks them all at once).
    func isCovered(_ t: Int) -> Bool { mentions.contains { $0.tokens.contains(t) } }

    /// Words before «آل X» that make it a family, not one of its members («أسرة آل ثاني»).
    static let familyNouns = WordSet(["اسره", "الاسره", "عائله", "العائله", "اسر", "الاسر"])

    /// «آل ثاني» alone after «محمد بن عبدالرحمن آل ثاني» was named: that person, when exactly one
    /// person named before it in the article has a full name ending so. The press shortens Gulf
    /// royals to the family name; with two of the family named before, or after «أسرة», it stays
    /// the family and is left alone.
    mutating func resolveFamilyNames() {
        guard !personAt.isEmpty else { return }
        for t in tokens.indices.dropLast() where tokens[t].kind == .word && wordIs(t, .familyArticle) {
            guard tokens[t + 1].kind == .word, matchAt[t + 1] == nil, sentenceOf[t] == sentenceOf[t + 1],
                  !(t > 0 && Self.familyNouns.contains(tokens[t - 1].key)), !isCovered(t), !isCovered(t + 1) else { continue }
            let keys = [NameWords.familyArticle[0], tokens[t + 1].key]
            var found: [Int] = []
            for p in personAt where p.token < t && !found.contains(p.person) && words.names[p.person].contains(where: { $0.count > 2 && Array($0.suffix(2)) == keys }) {
                found.append(p.person)
            }
            guard found.count == 1, let p = found.first else { continue }
            let r = t..<t + 2
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end, surface: surface(r),
                                    kind: .person, entity: kb.persons[p].id, entityKind: .person, resolution: .coref,
                                    country: kb.persons[p].country, sentence: sentenceOf[t], note: "family name of the person named before", tokens: r))
            personAt.append((t, p, nil))
        }
    }
}

extension ArticlePass {
    /// «ذكرت وزارة الخارجية العراقية أن الوزير استُقبل …»: a bare «الوزير» is the minister of the
    /// ministry named last before it, in its sentence or the one before. The ministry's words are
    /// read as the minister's title («وزارة الخارجية العراقية» as «وزير الخارجية العراقية»), so every
    /// office title of the KB serves; with no one holder on the date it stays unresolved.
    mutating func resolveMinistryMinisters() {
        for t in tokens.indices where wordIs(t, .bareMinister) && matchAt[t] == nil && !isCovered(t) {
            // (From the first token of the sentence before; «وزارة» with any proclitic.)
            let from = (0..<t).first { sentenceOf[$0] >= sentenceOf[t] - 1 } ?? t
            guard let w = (from..<t).last(where: { CliticVariants.variants(of: tokens[$0].key).contains { $0.0 == "وزاره" } }) else { continue }
            var probe = Array(tokens[w..<min(w + 8, t)])
            probe[0].key = "وزير"
            guard var m = linker.index.longestMatch(in: probe, at: 0), m.kinds.contains(.title) else { continue }
            m.range = w..<w + m.range.count
            guard let hit = titleHit(m), let c = hit.countries.first else { continue }
            var held: (office: Int, person: Int)?
            for o in hit.offices {
                let h = holders(office: o, country: c)
                if h.count == 1 { held = (o, h[0]); break }
            }
            guard let (office, p) = held else { continue }
            record(person: p, office: office, for: m, range: t..<t + 1, how: .title, country: kb.persons[p].country,
                   note: "«الوزير»: the minister of the ministry named before it")
        }
    }
}
