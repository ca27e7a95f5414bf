/// The state of linking one article (see `Linker` for the passes).
struct ArticlePass {
    let linker: Linker
    let article: Article
    /// The UTF-8 offset of each scalar of the text (and of its end).
    let offsets: [Int32]
    let tokens: [Token]
    /// The tokens as key ids of the linker's pattern index.
    let keys: EncodedTokens
    let sentenceOf: [Int]
    var kb: KnowledgeBase { linker.kb }
    var date: Day { article.date }
    /// The article's date as a `DayKey`.
    let day: Int32

    var matches: [PatternIndex.Match] = []
    /// Index into `matches` of the match starting at a token, if any.
    var matchAt: MatchIndex
    /// Tokens covered by the article's longest match.
    var longestMatch = 0
    var mentions: [Mention] = []
    /// How often each country (by KB index) is named unambiguously in the article (0: not named).
    var countryCounts: [Int]
    /// How often each organisation (by KB index) is named in the article.
    var organisationCounts: [Int]
    /// Persons resolved so far, by the first token of their mention.
    var personAt: [(token: Int, person: Int, office: Int?)] = []
    /// Officials the KB does not know, found beside titles and honorifics.
    var openAt: [OpenPerson] = []
    /// Titles with an office standing beside open-world persons (a counterpart after one is the
    /// holder of that office in its country: «وزير الخارجية الماليزي X … نظيره الإيراني»).
    var openOfficeAt: [(token: Int, office: Int)] = []
    /// The thread's strings by their bytes (its token keys), which make mention surfaces.
    var strings: TokenKeyCache
    /// The country (KB index) whose news agency the article's dateline names («القاهرة - أ ش أ:»,
    /// «الرياض (واس) -»), nil when none: the home press, whose bare titles are its own officials'.
    let datelineCountry: Int?

    init(linker: Linker, article: Article, offsets: [Int32], tokens: [Token], keys: EncodedTokens, sentenceOf: [Int],
         strings: consuming TokenKeyCache) {
        self.strings = strings
        self.linker = linker
        self.article = article
        self.offsets = offsets
        self.tokens = tokens
        self.keys = keys
        self.sentenceOf = sentenceOf
        self.day = DayKey.of(article.date)
        self.matchAt = MatchIndex(tokens: tokens.count)
        self.countryCounts = [Int](repeating: 0, count: linker.kb.countries.count)
        self.organisationCounts = [Int](repeating: 0, count: linker.kb.organisations.count)
        self.datelineCountry = Self.datelineAgency(tokens, agencies: linker.agencies)
    }

    /// How many tokens from the article's start a dateline may run to (city, dash or brackets,
    /// the agency's words), before its colon.
    static let datelineReach = 8

    /// The country of the agency named in the article's dateline: a whole agency name (its keys)
    /// within the first `datelineReach` tokens, before any colon.
    static func datelineAgency(_ tokens: [Token], agencies: [Linker.Agency]) -> Int? {
        var end = min(tokens.count, datelineReach)
        if let colon = tokens[0..<end].firstIndex(where: { $0.kind == .punct && ($0.keyIs(":") || $0.keyIs("：")) }) { end = colon }
        // (A dateline has its dash or brackets between the city and the agency: with no
        // punctuation there, the article opens with text, and no agency is sought.)
        guard tokens[0..<end].contains(where: { $0.kind == .punct }) else { return nil }
        for t in 0..<end where tokens[t].kind == .word {
            for a in agencies where t + a.keys.count <= end {
                if a.keys.indices.allSatisfy({ tokens[t + $0].kind == .word && tokens[t + $0].keyIs(a.keys[$0]) }) { return a.country }
            }
        }
        return nil
    }

    /// Index into `matches` of the match starting at each token (nil: none; positions past the
    /// end have none).
    struct MatchIndex {
        private var at: [Int32]

        init(tokens: Int) { at = [Int32](repeating: -1, count: tokens) }

        subscript(t: Int) -> Int? {
            get { t >= 0 && t < at.count && at[t] >= 0 ? Int(at[t]) : nil }
            set { at[t] = Int32(newValue ?? -1) }
        }
    }

    mutating func run() {
        var i = 0
        while i < tokens.count {
            if let m = linker.index.longestMatch(in: keys, at: i) {
                matchAt[i] = matches.count
                longestMatch = max(longestMatch, m.range.count)
                matches.append(m)
                i = m.range.upperBound
            } else {
                i += 1
            }
        }
        mentions.reserveCapacity(matches.count + 4)
        resolveCountries()
        resolveNamesAndOrganisations()
        resolveTitles()
        resolveHonorificNames()
        resolveShortNames()
        resolveOpenShortNames()
        resolveFamilyNames()
        resolveMinistryMinisters()
        resolveTitleReferences()
        resolveOfficialGroups()
        resolveCounterparts()
        resolvePairs()
        resolveHonorificPronouns()
        resolveEnemyReferences()
        resolveGroupNouns()
        resolveOrganisationShorts()
        markHistory()
    }

    // MARK: helpers

    /// The text of tokens `r` as written, to be read.
    func written(_ r: Range<Int>) -> String {
        UTF8Scan.slice(article.text, offsets[tokens[r.lowerBound].start], offsets[tokens[r.upperBound - 1].end])
    }

    /// The text of tokens `r` as written, to be kept (a mention's surface): the same string for
    /// the same text, made once per thread (`strings`).
    mutating func surface(_ r: Range<Int>) -> String {
        let text = article.text, from = Int(offsets[tokens[r.lowerBound].start]), to = Int(offsets[tokens[r.upperBound - 1].end])
        return text.utf8.withContiguousStorageIfAvailable { strings.text(UnsafeBufferPointer(rebasing: $0[from..<to])) } ?? written(r)
    }

    mutating func mention(_ m: PatternIndex.Match, kind: MentionKind, entity: String?, entityKind: NodeKind?, _ how: Resolution,
                 office: String? = nil, country: String? = nil, note: String? = nil, range: Range<Int>? = nil) -> Mention {
        let r = range ?? m.range
        return Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                       surface: surface(r), kind: kind, entity: entity, entityKind: entityKind, resolution: how,
                       office: office, country: country, sentence: sentenceOf[r.lowerBound], note: note, tokens: r)
    }

    /// The countries a match may name, sorted (`ids`: made only when there are several; one is
    /// `single`), how it names them, and whether it is a context-only name («المملكة»).
    struct CountryCandidates {
        var single = -1
        var several: [Int] = []
        var how = Resolution.country
        var contextual = true
        var isEmpty: Bool { single < 0 }
        var ids: [Int] { several.isEmpty ? (single < 0 ? [] : [single]) : several }
    }

    func countryCandidates(_ m: PatternIndex.Match) -> CountryCandidates {
        var r = CountryCandidates()
        let hasName = m.kinds.contains(.countryName)
        func add(_ c: Int) {
            if r.single < 0 { r.single = c } else if c != r.single && !r.several.contains(c) {
                if r.several.isEmpty { r.several.append(r.single) }
                r.several.append(c)
            }
        }
        for p in m.payloads {
            switch p {
            case .countryName(let c): add(c); r.contextual = false
            case .nisba(let c): add(c); if !hasName { r.how = .demonym }; r.contextual = false
            case .capital(let c): add(c); if !hasName && r.how != .demonym { r.how = .capital }; r.contextual = false
            case .contextual(let c): add(c)
            default: break
            }
        }
        r.several.sort()
        if r.isEmpty { r.contextual = false }
        return r
    }

    /// The id of the country (or, for an office of an international body, the organisation) at
    /// seat position `c`.
    func nodeCountry(_ c: Int) -> String { kb.seatId(c) }

    // MARK: pass 2: countries

    mutating func resolveCountries() {
        var pending: [(PatternIndex.Match, [Int], Resolution, Bool)] = []
        // (Indices, so that matches skipped are not copied.)
        for i in matches.indices where !matches[i].kinds.isDisjoint(with: .country)
            && (matches[i].kinds.isDisjoint(with: .entity) || isDemonymReading(matches[i])) && !isGivenNameBeforeBin(matches[i]) {
            let m = matches[i]
            let candidates = countryCandidates(m)
            guard !candidates.isEmpty else { continue }
            if candidates.several.isEmpty && !candidates.contextual {
                countryCounts[candidates.single] += 1
                mentions.append(mention(m, kind: .country, entity: nodeCountry(candidates.single), entityKind: .country, candidates.how))
            } else {
                pending.append((m, candidates.ids, candidates.how, candidates.contextual))
            }
        }
        for (m, ids, how, contextual) in pending {
            if let (c, why) = readingFromContext(m, ids) {
                countryCounts[c] += 1
                mentions.append(mention(m, kind: .country, entity: nodeCountry(c), entityKind: .country, how, note: why))
                continue
            }
            let named = ids.filter { countryCounts[$0] > 0 }
            if named.count == 1 {
                countryCounts[named[0]] += 1
                mentions.append(mention(m, kind: .country, entity: nodeCountry(named[0]), entityKind: .country, how,
                                        note: ids.count > 1 ? "ambiguous form; the article names \(nodeCountry(named[0]))" : nil))
            } else if !contextual {
                mentions.append(mention(m, kind: .country, entity: nil, entityKind: nil, .unresolved,
                                        note: "ambiguous: " + ids.map(nodeCountry).joined(separator: " or ")))
            }
        }
    }

    /// A form two countries share once diacritics are gone (عُمان Oman, عمّان Amman), read from its
    /// own spelling when the text keeps the diacritics of one KB form, or as the capital after
    /// «العاصمة» (lexicon `capital_city`, a demonym may stand between: «العاصمة الأردنية عمان»).
    func readingFromContext(_ m: PatternIndex.Match, _ ids: [Int]) -> (Int, String)? {
        guard ids.count > 1 else { return nil }
        let written = written(m.range)
        let spelled = ids.filter { c in
            (kb.countries[c].names + kb.countries[c].capitals).contains { f in
                f.unicodeScalars.contains { (0x64B...0x652).contains($0.value) } && written.hasSuffix(f)
            }
        }
        if spelled.count == 1 { return (spelled[0], "spelled with the diacritics of \(nodeCountry(spelled[0]))'s form") }
        var b = m.range.lowerBound
        if b > 0, let mi = matchEnding(at: b - 1), matches[mi].kinds.contains(.nisba) { b = matches[mi].range.lowerBound }
        guard b > 0, tokens[b - 1].kind == .word, wordIs(b - 1, .capitalCity) else { return nil }
        let capitalOf = m.payloads.compactMap { p -> Int? in if case .capital(let c) = p, ids.contains(c) { return c } else { return nil } }
        return capitalOf.count == 1 ? (capitalOf[0], "after a word for the capital city: the capital of \(nodeCountry(capitalOf[0]))") : nil
    }

    /// A word that is both a demonym and a KB short name («السوداني»: Sudanese, or al-Sudani) is
    /// the demonym after a word it can qualify: a definite word («الجيش السوداني», «رئيس مجلس
    /// السيادة السوداني») or the end of a title, name or counterpart word («نظيره السوداني»). After
    /// an indefinite word, a verb or punctuation («زيارة السوداني», «وقال السوداني», «والتقى
    /// السوداني») it is the name.
    func isDemonymReading(_ m: PatternIndex.Match) -> Bool {
        guard m.kinds.contains(.nisba), m.kinds.isSubset(of: [.nisba, .personShort]) else { return false }
        let b = m.range.lowerBound - 1
        guard b >= 0, tokens[b].kind == .word else { return false }
        if let mi = matchEnding(at: b), !matches[mi].kinds.isDisjoint(with: [.title, .counterpart, .personName, .organisation, .countryName, .nisba]) {
            return true
        }
        // (A verb that opens like «ال…», «والتقى», is a verb.)
        if wordIs(b, .definiteLookingVerb) { return false }
        let k = tokens[b].key
        return ["ال", "لل", "وال", "فال", "بال", "كال", "ولل"].contains { k.hasPrefix($0) }
    }

    /// The country of a state's name standing after a title as its complement: «… لشؤون الدفاع
    /// بدولة الإمارات», «… في دولة قطر», «… لسلطنة عمان» — a country name that starts with «دولة،
    /// سلطنة، مملكة، جمهورية» at `t` with the clitic «ب» or «ل», or after «في». (A bare country
    /// after «في» is a place, not the title's country: «وزير الدفاع في الرياض».)
    func stateNameCountry(at t: Int) -> (country: Int, match: PatternIndex.Match)? {
        let start = t < tokens.count && tokens[t].keyIs("في") ? t + 1 : t
        guard start < tokens.count, let mi = matchAt[start] else { return nil }
        let m = matches[mi]
        guard m.kinds.contains(.countryName), m.range.lowerBound == start else { return nil }
        let first = tokens[start].key
        let clitic = start > t ? m.cliticLength == 0 : m.cliticLength == 1 && (first.hasPrefix("ب") || first.hasPrefix("ل"))
        let stem = first.unicodeScalars.dropFirst(m.cliticLength)
        guard clitic, Self.stateWords.contains(where: { $0.unicodeScalars.elementsEqual(stem) }) else { return nil }
        var country = -1
        for case .countryName(let c) in m.payloads where c != country {
            guard country < 0 else { return nil }
            country = c
        }
        return country >= 0 ? (country, m) : nil
    }

    /// «دولة، سلطنة، مملكة، جمهورية» as keys (ة folds to ه).
    static let stateWords = ["دوله", "سلطنه", "مملكه", "جمهوريه"]

    /// The country of the nisba match starting exactly at token `t` without a clitic, if any.
    func nisbaCountry(at t: Int, allowConjunction: Bool = false) -> (country: Int, match: PatternIndex.Match)? {
        guard let mi = matchAt[t] else { return nil }
        let m = matches[mi]
        guard m.kinds.contains(.nisba) else { return nil }
        let okClitic = m.cliticLength == 0 || (allowConjunction && m.cliticLength == 1 && tokens[t].keyStartsWithWaw)
        guard okClitic else { return nil }
        // Exactly one country among the nisba payloads.
        var country = -1
        for case .nisba(let c) in m.payloads where c != country {
            guard country < 0 else { return nil }
            country = c
        }
        return country >= 0 ? (country, m) : nil
    }

    // MARK: pass 3: full names, organisations

    mutating func resolveNamesAndOrganisations() {
        for i in matches.indices where !matches[i].kinds.isDisjoint(with: [.personName, .organisation]) {
            let m = matches[i]
            // Part of a longer name («بن سلطان» in «ريما بنت بندر بن سلطان»), or of a place's name.
            if m.kinds.contains(.personName), isNamedAfter(m.range.lowerBound) || isNasab(before: m.range.lowerBound) { continue }
            // One person (the usual case) without making a list; several: the ones in office.
            var only = -1, count = 0
            for case .personName(let p) in m.payloads { only = p; count += 1 }
            if count > 0 {
                var p = only
                if count > 1 {
                    let people = m.payloads.compactMap { p -> Int? in if case .personName(let i) = p { return i } else { return nil } }
                    let inOffice = people.filter(isInOffice)
                    guard inOffice.count == 1 else {
                        mentions.append(mention(m, kind: .person, entity: nil, entityKind: nil, .unresolved,
                                                note: "ambiguous name: " + people.map { kb.persons[$0].id }.sorted().joined(separator: ", ")))
                        continue
                    }
                    p = inOffice[0]
                }
                // (Fields read in place: a `Person` copied would retain all its strings.)
                mentions.append(mention(m, kind: .person, entity: kb.persons[p].id, entityKind: .person, .name, country: kb.persons[p].country))
                personAt.append((m.range.lowerBound, p, nil))
                continue
            }
            let orgs = m.payloads.compactMap { p -> Int? in if case .organisation(let i) = p { return i } else { return nil } }
            if let o = orgs.sorted(by: { kb.organisations[$0].id < kb.organisations[$1].id }).first {
                let org = kb.organisations[o]
                organisationCounts[o] += 1
                mentions.append(mention(m, kind: .organisation, entity: org.id, entityKind: .organisation, .name, country: org.country))
            }
        }
    }

    /// The person named by a full-name match starting at token `t`.
    func namedPerson(at t: Int) -> Int? { personAt.first { $0.token == t && $0.office == nil }?.person }

    // MARK: pass 4: titles

    struct TitleHit {
        var match: PatternIndex.Match
        var offices: [Int]
        var countries: [Int]
        /// Extra coordinated countries with the token range of their demonym.
        var coordinated: [(Int, Range<Int>)]
        /// First token after the title and its demonym(s).
        var end: Int
        /// One holder, two (a dual) or several (a plural).
        var form: Payload.TitleForm
        /// Followed by «السابق»: a past holder, only a name next to it says who.
        var former: Bool
    }

    func titleHit(_ m: PatternIndex.Match) -> TitleHit? {
        guard m.kinds.contains(.title) else { return nil }
        var generic: [Int] = []
        var specific: [(Int, Int)] = []
        var form = Payload.TitleForm.single
        for case .title(let office, let country, let from, let to, let f) in m.payloads {
            form = max(form, f)
            if let from, date < from { continue }
            if let to, date >= to { continue }
            if let country { specific.append((office, country)) } else { generic.append(office) }
        }
        guard !generic.isEmpty || !specific.isEmpty else { return nil }
        var end = m.range.upperBound
        var countries: [Int] = []
        for c in m.captured {
            switch c {
            case .country(let i): countries.append(i)
            case .groupNoun:
                guard let o = organisationBefore(m.range.lowerBound) else { return nil }
                countries.append(o)
            }
        }
        var coordinated: [(Int, Range<Int>)] = []
        if form != .single {
            (countries, end) = countryList(from: end, first: countries)
        } else if countries.isEmpty, let (c, nm) = nisbaCountry(at: end) {
            countries = [c]
            end = nm.range.upperBound
            while let (c2, nm2) = nisbaCountry(at: end, allowConjunction: true), nm2.cliticLength == 1 {
                coordinated.append((c2, nm2.range))
                end = nm2.range.upperBound
            }
        } else if countries.isEmpty, let (c, nm) = stateNameCountry(at: end) {
            countries = [c]
            end = nm.range.upperBound
        }
        var former = false
        if let mi = matchAt[end], matches[mi].kinds.contains(.former), matches[mi].cliticLength == 0 {
            former = true
            end = matches[mi].range.upperBound
        }
        var offices = generic
        if countries.isEmpty, !specific.isEmpty {
            // (A title several countries use names them all, the first as the default seat: the
            // person named beside it picks theirs, `resolveTitles`.)
            for (o, c) in specific {
                if !countries.contains(c) { countries.append(c) }
                if !offices.contains(o) { offices.append(o) }
            }
        } else if let c = countries.first, let s = specific.first(where: { $0.1 == c }) {
            offices = [s.0]
        }
        guard !offices.isEmpty else { return nil }
        offices.sort()
        if offices.count > 1 { offices = offices.indices.compactMap { i in i == 0 || offices[i] != offices[i - 1] ? offices[i] : nil } }
        return TitleHit(match: m, offices: offices, countries: countries, coordinated: coordinated, end: end, form: form, former: former)
    }

    /// The seat of the organisation named last before token `t` (a group noun's referent:
    /// «جماعة الحوثي … رئيس أركان الجماعة»), if any.
    func organisationBefore(_ t: Int) -> Int? {
        mentions.last { $0.entityKind == .organisation && $0.tokens.upperBound <= t }.flatMap { $0.entity.flatMap(kb.seatPosition) }
    }

    /// The one country of a place or capital named at `t` after «في» or with «ب» («في بيروت»,
    /// «في قصر بعبدا», «ببغداد»), or nil.
    func placeRightAfter(_ t: Int) -> Int? {
        let at = t < tokens.count && tokens[t].keyIs("في") ? t + 1 : t
        guard at < tokens.count, let mi = matchAt[at], matches[mi].range.lowerBound == at,
              !matches[mi].kinds.isDisjoint(with: .capital), matches[mi].kinds.isDisjoint(with: .entity),
              at > t || matches[mi].cliticLength == 1 && tokens[at].key.hasPrefix("ب") else { return nil }
        let c = countryCandidates(matches[mi])
        return c.several.isEmpty && c.single >= 0 ? c.single : nil
    }

    /// The countries listed after a dual or plural title, from token `t`: country names and
    /// demonyms joined by «و» or commas («رؤساء جمهوريات إيران وروسيا وتركيا», «وزيري الخارجية
    /// السعودي والإيراني»), after any `first` the title's slot captured; returns them and the first
    /// token after the list.
    func countryList(from t: Int, first: [Int]) -> (countries: [Int], end: Int) {
        var out = first, t = t, end = t
        while t < tokens.count {
            if tokens[t].kind == .punct, tokens[t].keyIs(",") || tokens[t].keyIs("،"), !out.isEmpty { t += 1; continue }
            guard let mi = matchAt[t], matches[mi].kinds.isDisjoint(with: .entity) else { break }
            let m = matches[mi]
            let joined = m.cliticLength == 0 || m.cliticLength == 1 && tokens[t].keyStartsWithWaw && !out.isEmpty
            let c = countryCandidates(m)
            guard joined, !m.kinds.isDisjoint(with: [.countryName, .nisba]), c.several.isEmpty, !c.isEmpty else { break }
            if !out.contains(c.single) { out.append(c.single) }
            t = m.range.upperBound
            end = t
        }
        return (out, end)
    }

    /// The article's two main countries (most named first, then first named), for «البلدين».
    func mainCountryPair() -> [Int] {
        var first = [Int](repeating: Int.max, count: countryCounts.count)
        for i in mentions.indices where mentions[i].kind == .country {
            if let id = mentions[i].entity, let c = kb.countryPosition(id) { first[c] = min(first[c], mentions[i].tokens.lowerBound) }
        }
        let named = countryCounts.indices.filter { countryCounts[$0] > 0 }
        let ranked = named.sorted { (countryCounts[$0], -first[$0]) > (countryCounts[$1], -first[$1]) }
        return ranked.count >= 2 ? Array(ranked.prefix(2)) : []
    }

    /// «لدى», «في», «إلى»: before a place after a title («السفير السعودي لدى اليمن»).
    func isPlacePreposition(_ t: Int) -> Bool { tokens[t].keyIs("لدي") || tokens[t].keyIs("في") || tokens[t].keyIs("الي") }

    /// Tokens that may stand between a title and the name it introduces.
    func isGlue(_ t: Int) -> Bool {
        let k = tokens[t].key
        if tokens[t].kind == .punct { return k == "," || k == "-" || k == ":" || k == "(" || k == ")" }
        if let mi = matchAt[t], matches[mi].kinds.contains(.honorific) { return true }
        return false
    }

    /// The person a title stands beside: a name right after it (then right before it, unless the
    /// title is coordinated with «و»). After the title the scan passes over honorifics, commas and
    /// quotes, demonyms, further titles of the same person (a chain: «وزير الدفاع، رئيس الديوان
    /// الملكي، المستشار الخاص لخادم الحرمين الشريفين، الأمير …»; a title naming another country
    /// ends it), «لدى/في/إلى» and the place after them («السفير السعودي لدى اليمن …»), and up to six
    /// other words of a title the KB does not know. A KB full name decides; else a name written
    /// another way (`kbPerson(forSpan:)`), else an open-world person.
    mutating func appositionTarget(after end: Int, before start: Int, offices: [Int], country: Int?, coordinated: Bool) -> Apposed? {
        var t = end
        var steps = 0, unknown = 0
        // Another title of the same person passed on the way («رئيس مجلس الوزراء وزير الخارجية …»).
        var chained = false
        let sentence = start < sentenceOf.count ? sentenceOf[start] : -1
        // A woman's title («سفيرة», «وزيرة»): her name may have words in ة.
        let feminine = start < tokens.count && tokens[start].keyEnds(with: "\u{0647}") && isWrittenFeminine(start)
        while t < tokens.count, steps < 16, sentenceOf[t] == sentence {
            // (A deceased or kill word ends it: «تعزية إلى أمير الكويت بوفاة الشيخ نواف» names the
            // dead after the living holder; «أمير الكويت الراحل» is the late holder itself.)
            if tokens[t].kind == .word, wordIs(t, .deceased) || wordIs(t, .killed) { break }
            if let p = namedPerson(at: t), let mi = matchAt[t], matches[mi].cliticLength == 0 {
                // (Past another title, not one whose office the person, with a career in the KB,
                // never held: «استقبل رئيس الوزراء وزير الخارجية المصري X» names two persons.)
                if chained, !linker.tenures[p].isEmpty, !heldAtSeat(p, anyOf: offices) { return nil }
                return .kb(p)
            }
            if let mi = matchAt[t], !isGivenNameBeforeBin(matches[mi]) {
                let m = matches[mi]
                if m.kinds.contains(.honorific) && m.cliticLength == 0 || nisbaCountry(at: t) != nil {
                    t = m.range.upperBound
                    steps += 1
                    continue
                }
                if m.kinds.contains(.title) {
                    // Another title of the same person («… ومستشار الأمن القومي»), unless it names
                    // another country or opens the next item of a list («وزير التجارة، وسفير …»).
                    let other = titleHit(m)?.countries.first
                    if let other, let country, other != country { break }
                    if m.cliticLength > 0, tokens[t].keyStartsWithWaw, t > 0, tokens[t - 1].kind == .punct,
                       tokens[t - 1].keyIs("،") || tokens[t - 1].keyIs(",") { break }
                    t = titleHit(m)?.end ?? m.range.upperBound
                    steps += 1
                    chained = true
                    continue
                }
                // A family name right after the title («الرئيس الأسد», «الرئيس ميقاتي»): its one
                // candidate, or the one holding the title's office on the date.
                if m.kinds.isSubset(of: .personShort), t == end, m.cliticLength == 0 {
                    let cands = Set(m.payloads.compactMap { p -> Int? in if case .personShort(let i) = p { return i } else { return nil } })
                    let holding = cands.filter { holds($0, anyOf: offices) }
                    if let p = holding.count == 1 ? holding.first : uniqueCandidate(cands) { return .kb(p) }
                }
                if m.kinds.isSubset(of: .personShort), let r = nameSpan(from: t) ?? (t > 0 ? nameSpan(from: t - 1) : nil) {
                    return person(forSpan: r, offices: offices, country: country)
                }
                // The body an unlisted title names («المتحدث باسم البيت الأبيض …»).
                if m.kinds.contains(.organisation) {
                    t = m.range.upperBound
                    steps += 1
                    continue
                }
                // The place after «لدى/في/إلى», or the portfolio in «لـ» («المبعوث الخاص للسودان X»).
                if !m.kinds.isDisjoint(with: [.countryName, .capital]),
                   t > 0 && isPlacePreposition(t - 1) || m.cliticLength == 1 && tokens[t].key.hasPrefix("ل") {
                    t = m.range.upperBound
                    steps += 1
                    continue
                }
                break
            }
            if isGlue(t) || tokens[t].kind == .punct && tokens[t].keyIs("\"") { t += 1; steps += 1; continue }
            if let r = nameSpan(from: t, afterTitle: unknown == 0, feminine: feminine) {
                // Words after a punctuation mark or a chain of titles that no KB name holds are
                // not the title's person when a KB person is named right before it («أردوغان رئيس
                // الجمهورية التركية، أعرب خلاله …», «X رئيس مجلس الوزراء وزير الخارجية نجاح
                // الوسطاء …»); nor words after a bare title that continues a KB person's titles.
                if !coordinated, kbPerson(forSpan: r, offices: offices, country: country) == nil,
                   let owner = (chained || (end..<r.lowerBound).contains { tokens[$0].kind == .punct } ? kbNameEnding(before: start) : nil)
                       ?? (country == nil ? titleOwnerEnding(before: start) : nil) {
                    return .kb(owner)
                }
                let who = person(forSpan: r, offices: offices, country: country)
                recordName(who, range: r, country: country.map(nodeCountry))
                return who
            }
            if isPlacePreposition(t), t + 1 < tokens.count, let mi = matchAt[t + 1],
               !matches[mi].kinds.isDisjoint(with: [.countryName, .capital, .contextual]) {
                t = matches[mi].range.upperBound
                steps += 1
                continue
            }
            guard tokens[t].kind == .word, unknown < 6, !wordIs(t, .stop) || wordIs(t, .titleWord) || wordIs(t, .institution) else { break }
            unknown += 1
            steps += 1
            t += 1
        }
        guard !coordinated else { return nil }
        // Backwards: «الأمير خالد بن سلمان، وزير الدفاع», «عباس …، نائب قائد …»; not for a title
        // in a preposition («التقى X بالمبعوث الأممي»: the object, another person).
        if let mi = matchAt[start], matches[mi].cliticLength > 0,
           let first = tokens[start].key.unicodeScalars.first(where: { $0 != "و" && $0 != "ف" }), first == "ب" || first == "ل" || first == "ك" {
            return nil
        }
        var b = start - 1
        while b >= 0, tokens[b].kind == .punct, tokens[b].keyIs(",") || tokens[b].keyIs("\"") { b -= 1 }
        // No comma or quote between: only a KB name ending right there.
        guard b < start - 1 || b >= 0 && tokens[b].kind == .punct else { return kbNameEnding(before: start).map { .kb($0) } }
        if let owner = kbNameEnding(before: start) { return .kb(owner) }
        if b >= 0, let r = nameSpan(endingAt: b + 1), !mentions.contains(where: { $0.tokens.overlaps(r) }) {
            let who = person(forSpan: r, offices: offices, country: country)
            recordName(who, range: r, country: country.map(nodeCountry))
            return who
        }
        return nil
    }

    /// The KB person whose name (not a title) ends right before token `start`, past commas and
    /// quotes, if any.
    func kbNameEnding(before start: Int) -> Int? {
        var b = start - 1
        while b >= 0, tokens[b].kind == .punct, tokens[b].keyIs(",") || tokens[b].keyIs("\"") { b -= 1 }
        guard b >= 0 else { return nil }
        return personAt.first { p in p.office == nil && matchAt[p.token].map { matches[$0].range.upperBound == b + 1 } ?? false }?.person
    }

    /// The KB person a title ending right before token `start` was linked to, if any.
    func titleOwnerEnding(before start: Int) -> Int? {
        guard let m = mentions.last(where: { $0.tokens.upperBound == start && $0.entityKind == .person }),
              let at = personAt.last(where: { $0.token == m.tokens.lowerBound }), at.office != nil else { return nil }
        return at.person
    }

    mutating func resolveTitles() {
        var bare: [TitleHit] = []
        for i in matches.indices where matches[i].kinds.contains(.title) {
            let m = matches[i]
            guard let hit = titleHit(m) else { continue }
            if isNamedAfter(m.range.lowerBound) { continue }
            if isSubordinate(titleAt: m.range.lowerBound) {
                if m.cliticLength == 1, tokens[m.range.lowerBound].key.hasPrefix("ل") {
                    // «المستشار الخاص لخادم الحرمين الشريفين»: the title names its holder, who is
                    // referred to; the name after it belongs to the outer title.
                    for c in hit.countries.prefix(1) { resolveTitle(hit, country: c, range: m.range.lowerBound..<hit.end, apposed: nil) }
                    if hit.countries.isEmpty, let c = dominantCountry() { resolveTitle(hit, country: c, range: m.range.lowerBound..<hit.end, apposed: nil) }
                    continue
                }
                resolveSubordinate(hit)
                continue
            }
            if hit.form != .single { resolveGroup(hit); continue }
            if hit.countries.isEmpty { bare.append(hit); continue }
            let all = [(hit.countries[0], m.range.lowerBound..<hit.end)] + hit.coordinated
            for (k, (c, range)) in all.enumerated() {
                let apposed = k == 0 ? appositionTarget(after: hit.end, before: m.range.lowerBound, offices: hit.offices, country: c,
                                                        coordinated: tokens[m.range.lowerBound].keyStartsWithWaw && m.cliticLength == 1) : nil
                // A title several countries use («وزير الدولة للشؤون الخارجية»: the US secretary of
                // state, a Gulf minister of state): the country of the person named beside it.
                var seat = c
                if k == 0, hit.countries.count > 1, case .kb(let p) = apposed,
                   let own = hit.countries.first(where: { kb.persons[p].country == nodeCountry($0) || heldAtSeat(p, anyOf: hit.offices, seat: $0) }) {
                    seat = own
                }
                resolveTitle(hit, country: seat, range: range, apposed: apposed)
            }
        }
        // The KB person each bare title resolved to so far, by its offices: the same bare title
        // later in the article names the same person («وزير الدفاع» for the host's minister, however
        // many foreign defence ministers are named between).
        var earlier: [(offices: [Int], person: Int)] = []
        func resolvedHere(_ r: Range<Int>) -> Int? { personAt.last.flatMap { $0.token == r.lowerBound ? $0.person : nil } }
        for hit in bare {
            let r = hit.match.range.lowerBound..<hit.end
            defer { if let p = resolvedHere(r) { earlier.append((hit.offices, p)) } }
            let coordinated = tokens[r.lowerBound].keyStartsWithWaw && hit.match.cliticLength == 1
            // «الرئيس الأوغندي يويري موسيفيني»: a title of a country the knowledge base lacks names
            // nobody it knows; the name after it, if any, is an official not in the KB.
            if isUnknownDemonym(at: hit.end) {
                let span = nameSpan(from: hit.end + 1, afterTitle: true)
                if let span, case .open(let i) = person(forSpan: span, offices: [], country: nil) {
                    recordName(.open(i), range: span, country: nil)
                    recordOpen(i, office: hit.offices.first, country: nil, for: hit.match, range: hit.match.range.lowerBound..<hit.end + 1)
                } else {
                    mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved, office: kb.offices[hit.offices[0]].id,
                                            note: "title of a country not in the knowledge base («\(tokens[hit.end].key)»)", range: r))
                }
                continue
            }
            switch appositionTarget(after: hit.end, before: hit.match.range.lowerBound, offices: hit.offices, country: nil, coordinated: coordinated) {
            case .kb(let p):
                record(person: p, office: hit.offices.first, for: hit.match, range: r, how: .apposition, country: kb.persons[p].country)
                continue
            case .open(let i):
                recordOpen(i, office: hit.offices.first, country: countryNamed(in: hit.end..<openAt[i].range.lowerBound), for: hit.match, range: r)
                continue
            case nil: break
            }
            // «نائب رئيس مجلس الوزراء وزير الخارجية الكويتي»: a bare title right before another
            // title with a country, no «و» between, is a title of that title's holder too — when
            // the knowledge base says so, or when another person follows the two, the verb's object
            // («التقى نائب رئيس مجلس الوزراء وزير الخارجية الكويتي نظيره السعودي»; in «استقبل رئيس
            // الوزراء وزير الخارجية المصري» the second title is the object). Two titles of one
            // office are two persons («استقبل وزير الدفاع وزير الدولة لشؤون الدفاع القطري»).
            if !hit.former, hit.end < tokens.count, !tokens[hit.end].keyStartsWithWaw || matchAt[hit.end].map({ matches[$0].cliticLength == 0 }) ?? false,
               let next = personAt.last(where: { $0.token == hit.end && $0.office != nil }), !hit.offices.contains(next.office ?? -1),
               holds(next.person, anyOf: hit.offices) || personFollows(next.person, from: hit.end) {
                record(person: next.person, office: hit.offices.first, for: hit.match, range: r, how: .apposition, country: kb.persons[next.person].country,
                       note: "bare title chained with the title after it: the same person")
                continue
            }
            if hit.former {
                mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved,
                                        office: kb.offices[hit.offices[0]].id, note: "former holder; the text does not name them", range: r))
                continue
            }
            // «في وفاة الملك عبد الله» (the day after): the holder who died in office in one of
            // the article's countries, not the successor the article names.
            if followsDeath(r.lowerBound), let (o, p) = diedInOffice(hit) {
                record(person: p, office: o, for: hit.match, range: r, how: .title, country: kb.persons[p].country,
                       note: "bare title after a word of death: the holder who died in office, not the successor")
                continue
            }
            if let same = earlier.last(where: { $0.offices == hit.offices }), holds(same.person, anyOf: hit.offices) {
                record(person: same.person, office: hit.offices.first, for: hit.match, range: r, how: .title, country: kb.persons[same.person].country,
                       note: "bare title: the same title named this person earlier in the article")
                continue
            }
            // Several holders named: the one of the article's main country (a statement's own
            // official), else the one named last before the title.
            let ranked = namedHolders(of: hit)
            let home = ranked.count > 1 ? (datelineCountry ?? dominantCountry()).flatMap { c in ranked.first { kb.persons[$0].country == nodeCountry(c) } } : nil
            // (In the home press, a bare title is its own country's holder even when only foreign
            // holders are named: «الرياض - واس: استقبل وزير الخارجية … وزير الخارجية الفرنسي».)
            if let c = datelineCountry, !ranked.isEmpty, home == nil, hasHolder(hit, in: c),
               !ranked.contains(where: { kb.persons[$0].country == nodeCountry(c) }) {
                resolveTitle(hit, country: c, range: r, apposed: nil, note: "bare title: the dateline's agency is \(nodeCountry(c))'s own")
                continue
            }
            if let p = home ?? ranked.first {
                record(person: p, office: hit.offices.first, for: hit.match, range: r, how: .title, country: kb.persons[p].country,
                       note: ranked.count == 1 ? "bare title: the one holder named in the article"
                           : home != nil ? "bare title: of the holders named, the one of the article's main country" : "bare title: the holder named last before it")
                continue
            }
            // (The home press's bare titles are its own officials': «عمان - بترا: استقبل جلالة الملك …».)
            if let c = datelineCountry ?? dominantCountry() {
                if !hasHolder(hit, in: c), let other = otherCountries(than: c).first(where: { hasHolder(hit, in: $0) }) {
                    resolveTitle(hit, country: other, range: r, apposed: nil,
                                 note: "bare title: no holder in the article's main country \(nodeCountry(c)); the article also speaks for \(nodeCountry(other))")
                } else {
                    resolveTitle(hit, country: c, range: r, apposed: nil, note: "bare title: article's main country \(nodeCountry(c))")
                }
            } else if let o = dominantOrganisation(), hasHolder(hit, in: o) {
                resolveTitle(hit, country: o, range: r, apposed: nil, note: "bare title: no dominant country; the article is about \(nodeCountry(o))")
            } else if let c = placeRightAfter(hit.end), hasHolder(hit, in: c) {
                // «استقبل رئيس الجمهورية في قصر بعبدا وزير الخارجية الفرنسي»: where the holder is.
                resolveTitle(hit, country: c, range: r, apposed: nil,
                             note: "bare title: no dominant country; the place named right after it is in \(nodeCountry(c))")
            } else if case let named = countryCounts.indices.filter({ countryCounts[$0] > 0 && hasHolder(hit, in: $0) }), named.count == 1 {
                // «الرياض (واس) - استقبل ولي العهد … الرئيس الفرنسي»: of the countries named
                // equally often, the one the office exists in.
                resolveTitle(hit, country: named[0], range: r, apposed: nil,
                             note: "bare title: no dominant country; the one country named with a holder, \(nodeCountry(named[0]))")
            } else {
                mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved,
                                        office: kb.offices[hit.offices[0]].id, note: "bare title and no dominant country in the article", range: r))
            }
        }
    }

    /// True when, past the mentions of person `p` that run on from token `t` (a title, its
    /// name), the next word starts another person's mention, a title or a counterpart word.
    func personFollows(_ p: Int, from t: Int) -> Bool {
        let id = kb.persons[p].id
        var end = t
        while let m = mentions.first(where: { $0.entity == id && $0.tokens.lowerBound <= end && $0.tokens.upperBound > end }) { end = m.tokens.upperBound }
        return mentions.contains { $0.entityKind == .person && $0.entity != id && $0.tokens.lowerBound == end }
            || matchAt[end].map { !matches[$0].kinds.isDisjoint(with: [.title, .counterpart]) } ?? false
    }

    /// True when one of the hit's offices has exactly one holder in country `c` on the date.
    func hasHolder(_ hit: TitleHit, in c: Int) -> Bool { hit.offices.contains { holders(office: $0, country: c).count == 1 } }

    /// The countries the article speaks for besides `c`: those named only by a context word
    /// («المملكة», which no plain name confirmed), then the other named ones, most named first.
    func otherCountries(than c: Int) -> [Int] {
        var out: [Int] = []
        for m in matches where m.kinds.contains(.contextual) {
            for case .contextual(let k) in m.payloads where k != c && countryCounts[k] == 0 && !out.contains(k) { out.append(k) }
        }
        let named = countryCounts.indices.filter { $0 != c && countryCounts[$0] > 0 }
        return out + named.sorted { (countryCounts[$0], -$0) > (countryCounts[$1], -$1) }
    }

    /// People of this article who hold one of the hit's offices on the date: those named before it,
    /// the nearest first, then those named after it.
    func namedHolders(of hit: TitleHit) -> [Int] {
        let start = hit.match.range.lowerBound
        // (Not one named later in the sentence as this title's counterpart: in «تلقى وزير
        // الخارجية اتصالا من نظيره الإيراني X», X is the other minister.)
        let counterparts = matches.filter { $0.kinds.contains(.counterpart) && $0.range.lowerBound > start && sentenceOf[$0.range.lowerBound] == sentenceOf[start] }
        let holders = personAt.filter { p in
            holds(p.person, anyOf: hit.offices)
                && !counterparts.contains { $0.range.lowerBound < p.token && sentenceOf[p.token] == sentenceOf[start] }
        }
        var ranked: [Int] = []
        for p in holders.filter({ $0.token < start }).sorted(by: { $0.token > $1.token }) + holders.filter({ $0.token > start }).sorted(by: { $0.token < $1.token })
        where !ranked.contains(p.person) { ranked.append(p.person) }
        return ranked
    }

    /// A dual or plural title (`Payload.TitleForm`): the holder in each country listed after it;
    /// after «البلدين» (lexicon `country_pair`) or when its last word carries the dual pronoun
    /// «هما» («وزيري خارجيتيهما»), the holders in the article's two main countries; a dual with
    /// neither names the two holders last named in the article. A plural with neither stays
    /// unlinked («قادة الجيش» is no one in particular).
    mutating func resolveGroup(_ hit: TitleHit) {
        let start = hit.match.range.lowerBound
        var r = start..<hit.end
        var countries = hit.countries
        var note = "group title: the holder in each country it names"
        if countries.isEmpty {
            let pairWord = hit.end < tokens.count && tokens[hit.end].kind == .word && wordIs(hit.end, .countryPair)
            let last = hit.match.range.upperBound - 1
            if pairWord || wordIs(last, .countryPair) || tokens[last].key.hasSuffix("هما") {
                countries = mainCountryPair()
                if pairWord { r = start..<(hit.end + 1) }
                note = "group title: the holders in the article's two main countries"
            }
        }
        if !countries.isEmpty {
            for c in countries { resolveTitle(hit, country: c, range: r, apposed: nil, note: note) }
            return
        }
        guard hit.form == .dual else { return }
        let ranked = namedHolders(of: hit)
        if ranked.count >= 2 {
            for p in ranked.prefix(2).sorted(by: { kb.persons[$0].id < kb.persons[$1].id }) {
                record(person: p, office: hit.offices.first, for: hit.match, range: r, how: .title, country: kb.persons[p].country,
                       note: "dual title: the two holders last named in the article")
            }
        } else {
            mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved,
                                    office: kb.offices[hit.offices[0]].id, note: "dual title without two named holders", range: r))
        }
    }

    /// «نائب وزير الدفاع الإيراني …»: an office below the title's, so not its holder. The name
    /// beside it (a KB person of the title's country, or an open-world person) is the subordinate.
    mutating func resolveSubordinate(_ hit: TitleHit) {
        let start = hit.match.range.lowerBound - (word(before: hit.match.range.lowerBound, in: .subordinate) ? 1 : 2)
        let r = max(0, start)..<hit.end
        let c = hit.countries.first
        let who = appositionTarget(after: hit.end, before: r.lowerBound, offices: [], country: c, coordinated: false)
        let what = "an office below \(kb.offices[hit.offices[0]].id), not its holder"
        switch who {
        case .kb(let p) where c.map({ kb.persons[p].country == nodeCountry($0) }) ?? true:
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                    surface: surface(r), kind: .title, entity: kb.persons[p].id, entityKind: .person, resolution: .apposition,
                                    country: kb.persons[p].country, sentence: sentenceOf[r.lowerBound], note: what, tokens: r))
            personAt.append((r.lowerBound, p, -1))
        case .open(let i):
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                    surface: surface(r), kind: .title, entity: openAt[i].id, entityKind: .person, resolution: .apposition,
                                    country: c.map(nodeCountry), sentence: sentenceOf[r.lowerBound], note: what, tokens: r, known: false))
        default:
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                    surface: surface(r), kind: .title, entity: nil, entityKind: nil, resolution: .unresolved,
                                    country: c.map(nodeCountry), sentence: sentenceOf[r.lowerBound], note: what, tokens: r))
        }
    }

    /// Records a title standing beside an open-world person.
    mutating func recordOpen(_ i: Int, office: Int?, country: Int?, for m: PatternIndex.Match, range: Range<Int>) {
        if let office { openOfficeAt.append((range.lowerBound, office)) }
        mentions.append(Mention(articleId: article.id, start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end,
                                surface: surface(range), kind: .title, entity: openAt[i].id, entityKind: .person, resolution: .apposition,
                                office: office.map { kb.offices[$0].id }, country: country.map(nodeCountry), sentence: sentenceOf[range.lowerBound],
                                note: "not in the knowledge base", tokens: range, known: false))
    }

    /// True when token `t` reads as a demonym the knowledge base does not know: a definite word
    /// written with a final «ي» or «ية» (not «ى»: «أمير البلاد المفدى») that no pattern covers and
    /// that is no function word, followed by a word no pattern covers either (the holder's unknown
    /// name: «الرئيس الرواندي بول كاغامي»; not «الرئيس الانتقالي أحمد الشرع», whose name the KB
    /// knows).
    func isUnknownDemonym(at t: Int) -> Bool {
        guard t + 1 < tokens.count, tokens[t].kind == .word, tokens[t + 1].kind == .word, sentenceOf[t + 1] == sentenceOf[t],
              matchAt[t] == nil, matchAt[t + 1] == nil, !isCovered(t), !isCovered(t + 1),
              tokens[t].keyStartsWithArticle, tokens[t].keyScalarCount >= 5, !wordIs(t, .stop), !wordIs(t + 1, .stop) else { return false }
        // (As written: the key folds «ى» into «ي» and «ة» into «ه»; marks after the letter are skipped.)
        let letters = written(t..<t + 1).unicodeScalars.filter { !ArabicNormalizer.isIgnorable($0.value) }
        return letters.last == "\u{064A}" || letters.suffix(2).elementsEqual(["\u{064A}", "\u{0629}"])
    }

    /// The country a title's words name between the title and its holder's name: a demonym
    /// («باسم الجيش الإسرائيلي») or an organisation's country («باسم البيت الأبيض»).
    func countryNamed(in r: Range<Int>) -> Int? {
        for t in r {
            if let (c, _) = nisbaCountry(at: t) { return c }
            guard let mi = matchAt[t] else { continue }
            for case .organisation(let o) in matches[mi].payloads {
                if let id = kb.organisations[o].country, let c = kb.countryPosition(id) { return c }
            }
        }
        return nil
    }

    /// The country named most often in the article; nil when none is named or two tie.
    func dominantCountry() -> Int? {
        var best = -1, most = 0, tied = false
        for (c, n) in countryCounts.enumerated() where n > 0 {
            if n > most { (best, most, tied) = (c, n, false) } else if n == most { tied = true }
        }
        return best >= 0 && !tied ? best : nil
    }

    /// The seat position of the organisation the article names most (by name or by a title
    /// seated at it), when named more than once and no other as often: with no dominant country,
    /// a bare title is read in it when it has that office («وزير الدفاع» in an article about the
    /// Houthis' government).
    func dominantOrganisation() -> Int? {
        var best = -1, most = 0, tied = false
        for (o, n) in organisationCounts.enumerated() where n > 0 {
            if n > most { (best, most, tied) = (o, n, false) } else if n == most { tied = true }
        }
        guard best >= 0, !tied, most >= 2 else { return nil }
        return kb.seatPosition(kb.organisations[best].id)
    }

    /// True when KB person `p` held one of `offices` at seat `c` (any seat when nil) at any time
    /// (the text's apposition then names them even where the knowledge base's dates disagree).
    func heldAtSeat(_ p: Int, anyOf offices: [Int], seat c: Int? = nil) -> Bool {
        linker.tenures[p].contains { t in offices.contains(Int(t.office)) && c.map { Int32($0) == t.country } ?? true }
    }

    /// The country KB person `p` stands for: their own, or that of the organisation they are
    /// seated at (the coalition's spokesman: Saudi Arabia), if it has one.
    func homeCountry(_ p: Int) -> String? {
        let seat = kb.persons[p].country
        return kb.isCountry(seat) ? seat : kb.actorCountry(seat)
    }

    mutating func resolveTitle(_ hit: TitleHit, country c: Int, range r: Range<Int>, apposed: Apposed?, note: String? = nil) {
        let countryId = nodeCountry(c)
        if c >= kb.countries.count { organisationCounts[c - kb.countries.count] += 1 }
        if case .kb(let p) = apposed, kb.persons[p].country == countryId || heldAtSeat(p, anyOf: hit.offices, seat: c) {
            record(person: p, office: hit.offices.first { holds(p, anyOf: [$0]) } ?? hit.offices.first, for: hit.match, range: r, how: .apposition, country: countryId,
                   note: holds(p, anyOf: hit.offices) ? nil : "the text names them; the knowledge base dates their term otherwise")
            return
        }
        if case .open(let i) = apposed {
            recordOpen(i, office: hit.offices.first, country: c, for: hit.match, range: r)
            return
        }
        if hit.former {
            mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved,
                                    office: kb.offices[hit.offices[0]].id, country: countryId,
                                    note: "former holder; the text does not name them", range: r))
            return
        }
        // «أمير الكويت الراحل»: the late holder, named but not a party (a definite deceased word,
        // the adjective of the title; «… أمير الكويت بوفاة X» names another who died).
        if r.upperBound < tokens.count, tokens[r.upperBound].kind == .word, wordIs(r.upperBound, .deceased), tokens[r.upperBound].key.hasPrefix("ال") {
            var late: Int?
            for o in hit.offices where late == nil { late = holderKilled(office: o, country: c) }
            mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .history,
                                    office: kb.offices[hit.offices[0]].id, country: countryId,
                                    note: "the late holder\(late.map { ": \(kb.persons[$0].id)" } ?? ""), named but not a party", range: r))
            return
        }
        // «الرئيس الأمريكي المنتخب»: the holder whose term begins next, within `electDays`, not the
        // one in office; with none in the knowledge base, nobody.
        if r.upperBound < tokens.count, tokens[r.upperBound].keyIs("المنتخب") || tokens[r.upperBound].keyIs("المنتخبه") {
            var elect: (office: Int, person: Int)?
            for o in hit.offices where elect == nil { elect = nextHolder(office: o, country: c).map { (o, $0) } }
            if let (o, p) = elect {
                record(person: p, office: o, for: hit.match, range: r, how: .title, country: countryId, note: "elect: the next holder, not the one in office")
            } else {
                mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved, office: kb.offices[hit.offices[0]].id,
                                        country: countryId, note: "elect: the knowledge base has no next holder", range: r))
            }
            return
        }
        // «اغتيال رئيس …», «في وفاة الملك عبد الله» (the day after): the holder who died in office.
        if followsDeath(r.lowerBound) {
            for o in hit.offices {
                guard let p = holderKilled(office: o, country: c) else { continue }
                record(person: p, office: o, for: hit.match, range: r, how: .title, country: countryId,
                       note: "killed in office: the holder who died, not the successor")
                return
            }
        }
        // An office held in several postings («السفير السعودي»): the person the article named with
        // this title and country before, else nobody (the KB's holder may serve elsewhere). The
        // country is the person's own, or their organisation's (a body's spokesman: «المتحدث
        // الرسمي باسم التحالف» after the coalition's spokesman was named).
        if let o = hit.offices.first(where: { kb.offices[$0].postings }) {
            if let named = personAt.last(where: { $0.token < r.lowerBound && $0.office == o
                && (kb.persons[$0.person].country == countryId || homeCountry($0.person) == countryId) }) {
                record(person: named.person, office: o, for: hit.match, range: r, how: .title, country: countryId,
                       note: "the same title named this person earlier in the article")
            } else {
                mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved, office: kb.offices[o].id, country: countryId,
                                        note: "\(kb.offices[o].id) has several postings; the text does not name this one", range: r))
                // The unnamed envoy still speaks for a country: «استقبل X سفير الولايات المتحدة»
                // makes it a party, as a demonym after a title word does.
                // (Once: a demonym after the title, «السفير الأمريكي», is a mention of its own; it
                // takes the office, which says how the envoy's call is received.)
                if let i = mentions.firstIndex(where: { $0.kind == .country && r.contains($0.tokens.lowerBound) }) {
                    if mentions[i].office == nil { mentions[i].office = kb.offices[o].id }
                } else if kb.countryPosition(countryId) != nil {
                    mentions.append(mention(hit.match, kind: .country, entity: countryId, entityKind: .country, .title, office: kb.offices[o].id, country: countryId,
                                            note: "the country of an unnamed \(kb.offices[o].id)", range: r))
                }
            }
            return
        }
        var holders: [Int] = []
        var office: Int?
        for o in hit.offices {
            let h = self.holders(office: o, country: c)
            if !h.isEmpty { holders = h; office = o; break }
        }
        // «زيارة المبعوث الأممي إلى عُمان»: «إلى X» after the title may say where its holder went;
        // with no holder at X, the title is read bare: the one holder named in the article so
        // far, else the holder in the article's main country.
        if holders.isEmpty, (hit.match.range.lowerBound..<hit.end).contains(where: { tokens[$0].keyIs("الي") }) {
            let named = namedHolders(of: hit)
            var main: Int?
            if let d = dominantCountry(), d != c {
                for o in hit.offices where main == nil { let h = self.holders(office: o, country: d); if h.count == 1 { main = h[0] } }
            }
            if let p = named.count == 1 ? named[0] : main {
                record(person: p, office: hit.offices.first, for: hit.match, range: r, how: .title, country: kb.persons[p].country,
                       note: "no holder in \(countryId): «إلى» read as where the holder went")
                return
            }
        }
        if holders.count == 1, let office {
            record(person: holders[0], office: office, for: hit.match, range: r, how: .title, country: countryId, note: note)
        } else {
            let officeId = kb.offices[office ?? hit.offices[0]].id
            let why = holders.isEmpty ? "no holder of \(officeId) in \(countryId) on \(date) in the knowledge base"
                                      : "several holders of \(officeId) in \(countryId) on \(date)"
            mentions.append(mention(hit.match, kind: .title, entity: nil, entityKind: nil, .unresolved,
                                    office: officeId, country: countryId, note: why, range: r))
        }
    }

    /// True when KB person `p` holds one of `offices` on the article's date (in `country` if given).
    func holds(_ p: Int, anyOf offices: [Int], in country: Int? = nil) -> Bool {
        linker.tenures[p].contains { t in
            t.isHeld(on: day) && offices.contains(Int(t.office)) && (country.map { Int32($0) == t.country } ?? true)
        }
    }

    /// True when KB person `p` holds any office on the article's date.
    func isInOffice(_ p: Int) -> Bool { linker.tenures[p].contains { $0.isHeld(on: day) } }

    /// The offices KB person `p` holds on the article's date, in rank order (offices.yaml order).
    func officesHeld(by p: Int) -> [Int] {
        var out: [Int] = []
        for t in linker.tenures[p] where t.isHeld(on: day) && !out.contains(Int(t.office)) { out.append(Int(t.office)) }
        return out.sorted()
    }

    /// The KB person who held office `o` at seat `c` when they died, within `Person.mourningDays`
    /// before the article's date: «مقتل رئيس حكومة الحوثيين» two days after the strike names the
    /// one killed, whom the knowledge base no longer dates in office, not his successor.
    func holderKilled(office o: Int, country c: Int) -> Int? {
        for t in linker.terms[IndexPair(Int32(o), Int32(c))] ?? [] {
            guard let died = kb.persons[Int(t.person)].died, died <= article.date, !kb.persons[Int(t.person)].isHistory(on: article.date) else { continue }
            let d = DayKey.of(died)
            if t.from <= d && d <= t.to { return Int(t.person) }
        }
        return nil
    }

    /// True when a kill or deceased word («اغتيال», «وفاة») stands right before token `t`.
    func followsDeath(_ t: Int) -> Bool {
        t > 0 && tokens[t - 1].kind == .word && (wordIs(t - 1, .killed) || wordIs(t - 1, .deceased))
    }

    /// The office and KB person of bare title `hit` who died in office (`holderKilled`) in the
    /// article's main country, else in another country it names or of a person it names («عزى X
    /// الملك سلمان في وفاة الملك»); nil when none did.
    func diedInOffice(_ hit: TitleHit) -> (office: Int, person: Int)? {
        let main = dominantCountry()
        var seats = (main.map { [$0] } ?? []) + countryCounts.indices.filter { countryCounts[$0] > 0 && $0 != main }
        for at in personAt {
            if let c = kb.countryPosition(kb.persons[at.person].country), !seats.contains(c) { seats.append(c) }
        }
        for c in seats {
            for o in hit.offices { if let p = holderKilled(office: o, country: c) { return (o, p) } }
        }
        return nil
    }

    /// The KB person whose term of office `o` in country `c` begins first after the article's
    /// date, within `electDays` (an elected holder before taking office).
    func nextHolder(office o: Int, country c: Int) -> Int? {
        let last = DayKey.of(article.date.adding(days: Self.electDays))
        let next = (linker.terms[IndexPair(Int32(o), Int32(c))] ?? []).filter { $0.from > day && $0.from <= last }.min { $0.from < $1.from }
        return next.map { Int($0.person) }
    }

    /// How many days before taking office a holder may be called elect (the US transition is
    /// about 75 days).
    static let electDays = 120

    /// Persons (KB indices, ascending) holding office `o` in country `c` on the article's date.
    func holders(office o: Int, country c: Int) -> [Int] {
        var out: [Int] = []
        for t in linker.terms[IndexPair(Int32(o), Int32(c))] ?? [] where t.from <= day && day < t.to {
            // A person's terms are consecutive: each person once.
            if out.last != Int(t.person) { out.append(Int(t.person)) }
        }
        return out
    }

    mutating func record(person p: Int, office: Int?, for m: PatternIndex.Match, range: Range<Int>, how: Resolution,
                         country: String?, note: String? = nil) {
        // (Fields read in place: a `Person` copied would retain all its strings.)
        mentions.append(mention(m, kind: .title, entity: kb.persons[p].id, entityKind: .person, how,
                                office: office.map { kb.offices[$0].id }, country: country, note: note, range: range))
        personAt.append((range.lowerBound, p, office ?? -1))
    }

    // MARK: pass 5: partial names

    mutating func resolveShortNames() {
        for i in matches.indices where matches[i].kinds.contains(.personShort) {
            let m = matches[i]
            let cands = Set(m.payloads.compactMap { p -> Int? in if case .personShort(let i) = p { return i } else { return nil } })
            guard !cands.isEmpty, !m.kinds.contains(.personName), !isDemonymReading(m) else { continue }
            let start = m.range.lowerBound
            if isNamedAfter(start) || mentions.contains(where: { $0.kind == .person && $0.tokens.contains(start) }) { continue }
            // A person named earlier in the article whose full name holds these words («باقري»
            // after «علي باقري كني»), most recent first.
            let keys = m.range.map { tokens[$0].key }
            if let prev = personAt.filter({ $0.token < start && !cands.contains($0.person) && fullNameHolds($0.person, keys) })
                .max(by: { $0.token < $1.token }) {
                recordShort(m, prev.person, .coref)
                continue
            }
            if start > 0, matchAt[start - 1] == nil, m.cliticLength == 0, !wordIs(start - 1, .stop),
               CliticVariants.variants(of: tokens[start - 1].key).contains(where: { words.has($0.0, .givenName) }) {
                mentions.append(mention(m, kind: .person, entity: nil, entityKind: nil, .unresolved,
                                        note: "part of a name not in the knowledge base («\(surface(start - 1..<m.range.upperBound))»)",
                                        range: start - 1..<m.range.upperBound))
                continue
            }
            if let prev = personAt.filter({ $0.token < start && cands.contains($0.person) }).max(by: { $0.token < $1.token }) {
                recordShort(m, prev.person, .coref)
            } else if case let anywhere = Set(personAt.map(\.person)).intersection(cands), anywhere.count == 1 {
                recordShort(m, anywhere.first!, .coref)
            } else if m.range.count == 1 && wordIs(start, .commonWord)
                        && !(start > 0 && matchAt[start - 1].map { !matches[$0].kinds.isDisjoint(with: [.honorific, .title]) } ?? false)
                        && !(start > 0 && isPartySlot(before: start)) {
                // («تطبيق الشرع والقانون», «قاعدة عين الأسد»: a word, not the person; «السيد ظريف» is,
                // and so is one standing where a party of an event does: «استقبل أردوغان الشرع»,
                // «بحث بوتين ورئيسي», «التقى الأسد».)
                continue
            } else if let p = candidateOfNamedCountry(cands) {
                recordShort(m, p, .name)
            } else if !m.kinds.contains(.nisba), let p = uniqueCandidate(cands) {
                recordShort(m, p, .name)
            } else {
                mentions.append(mention(m, kind: .person, entity: nil, entityKind: nil, .unresolved,
                                        note: "partial name; candidates " + cands.map { kb.persons[$0].id }.sorted().joined(separator: ", ")))
            }
        }
    }

    /// True when the word before token `t` puts a party there: the end of a person's mention
    /// («أردوغان الشرع», «بوتين ورئيسي») or an event word (the first word of a trigger that is no
    /// lexicon stopword: «التقى الشرع»).
    func isPartySlot(before t: Int) -> Bool {
        mentions.contains { $0.kind == .person && $0.entity != nil && $0.tokens.upperBound == t }
            || tokens[t - 1].kind == .word && wordIs(t - 1, .stop) && !wordIs(t - 1, .function)
    }

    /// True when one of person `p`'s full names holds the words `keys` in a row.
    func fullNameHolds(_ p: Int, _ keys: [String]) -> Bool {
        words.names[p].contains { n in
            n.count > keys.count && (0...(n.count - keys.count)).contains { Array(n[$0..<$0 + keys.count]) == keys }
        }
    }

    /// The one candidate of a partial name whose country the article names («المالكي» in an
    /// article naming Saudi Arabia and not Iraq), if exactly one is. A person of an organisation
    /// counts with the organisation's country.
    func candidateOfNamedCountry(_ cands: Set<Int>) -> Int? {
        let ofNamed = cands.filter { p in homeCountry(p).flatMap(kb.countryPosition).map { countryCounts[$0] > 0 } ?? false }
        return ofNamed.count == 1 ? ofNamed.first : nil
    }

    /// The one candidate of a partial name: the only one in the KB, else the only one in office on
    /// the date.
    func uniqueCandidate(_ cands: Set<Int>) -> Int? {
        if cands.count == 1 { return cands.first }
        let active = cands.filter(isInOffice)
        return active.count == 1 ? active.first : nil
    }

    mutating func recordShort(_ m: PatternIndex.Match, _ p: Int, _ how: Resolution) {
        mentions.append(mention(m, kind: .person, entity: kb.persons[p].id, entityKind: .person, how, country: kb.persons[p].country))
        personAt.append((m.range.lowerBound, p, nil))
    }

    // MARK: pass 6: counterparts

    mutating func resolveCounterparts() {
        for i in matches.indices where matches[i].kinds.contains(.counterpart) {
            let m = matches[i]
            let r: Range<Int>
            guard let (c, nm) = nisbaCountry(at: m.range.upperBound) else {
                mentions.append(mention(m, kind: .title, entity: nil, entityKind: nil, .unresolved, note: "counterpart without a country"))
                continue
            }
            r = m.range.lowerBound..<nm.range.upperBound
            let countryId = nodeCountry(c)
            // «نظيره الإسرائيلي رون ديرمر»: the name beside it says who, whatever the office.
            switch appositionTarget(after: r.upperBound, before: r.lowerBound, offices: [], country: c, coordinated: true) {
            case .kb(let p) where kb.persons[p].country == countryId:
                mentions.append(mention(m, kind: .title, entity: kb.persons[p].id, entityKind: .person, .apposition,
                                        country: countryId, note: "counterpart named beside it", range: r))
                personAt.append((m.range.lowerBound, p, nil))
                continue
            case .open(let i):
                mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                        surface: surface(r), kind: .title, entity: openAt[i].id, entityKind: .person, resolution: .apposition,
                                        country: countryId, sentence: sentenceOf[r.lowerBound], note: "counterpart named beside it; not in the knowledge base",
                                        tokens: r, known: false))
                continue
            default: break
            }
            // The person named last before it: a KB person, or an official not in the KB whose
            // title gave an office. (In a phrase put before its clause, «خلال اتصال هاتفي مع نظيره
            // المصري، بحث وزير الخارجية السعودي …», with no person of the sentence before it: the
            // first person named after the comma that ends the phrase.)
            let ref = fronted(r) ?? personAt.filter({ $0.token < m.range.lowerBound }).max(by: { $0.token < $1.token })
            let openRef = openOfficeAt.filter({ $0.token < m.range.lowerBound }).max(by: { $0.token < $1.token })
            var offices: [Int] = []
            let of: String
            if let o = openRef, o.token > ref?.token ?? -1 {
                offices = [o.office]
                of = "an official not in the knowledge base"
            } else if let ref {
                if let o = ref.office, o >= 0 { offices = [o] } else { offices = officesHeld(by: ref.person) }
                of = kb.persons[ref.person].id
            } else {
                mentions.append(mention(m, kind: .title, entity: nil, entityKind: nil, .unresolved, country: countryId,
                                        note: "counterpart with no person before it", range: r))
                continue
            }
            // Offices in rank order (the order of offices.yaml): the highest that exists in the
            // named country is the one meant.
            let resolved = offices.compactMap { o -> (Int, Int)? in
                let h = holders(office: o, country: c)
                return h.count == 1 ? (o, h[0]) : nil
            }
            if let (o, p) = resolved.first {
                mentions.append(mention(m, kind: .title, entity: kb.persons[p].id, entityKind: .person, .counterpart,
                                        office: kb.offices[o].id, country: countryId,
                                        note: "counterpart of \(of)", range: r))
                personAt.append((m.range.lowerBound, p, o))
            } else {
                mentions.append(mention(m, kind: .title, entity: nil, entityKind: nil, .unresolved, country: countryId,
                                        note: "counterpart of \(of): no single holder in \(countryId) on \(date)", range: r))
            }
        }
    }

    /// The person a counterpart phrase at `r` refers forward to when the phrase is put before its
    /// clause: no person of its sentence is named before it, a comma follows it, and a person of
    /// the sentence is named after that comma (the first one).
    func fronted(_ r: Range<Int>) -> (token: Int, person: Int, office: Int?)? {
        let k = sentenceOf[r.lowerBound]
        guard !personAt.contains(where: { sentenceOf[$0.token] == k && $0.token < r.lowerBound }),
              let next = personAt.filter({ $0.token >= r.upperBound && sentenceOf[$0.token] == k }).min(by: { $0.token < $1.token }),
              (r.upperBound..<next.token).contains(where: { tokens[$0].kind == .punct && (tokens[$0].keyIs("،") || tokens[$0].keyIs(",")) })
        else { return nil }
        return next
    }

    // MARK: pass 7: pairs

    /// «الطرفان»/«الوزيرين» (not followed by a demonym, which would make it about countries): the
    /// two persons of the most recent sentence before it that names several; when that sentence
    /// names more than two, the pair is not known and the mention stays unresolved.
    mutating func resolvePairs() {
        for i in matches.indices where matches[i].kinds.contains(.pair) {
            let m = matches[i]
            let start = m.range.lowerBound
            if nisbaCountry(at: m.range.upperBound) != nil { continue }
            // The distinct persons of the latest sentence before it that names two or more.
            guard let pair = personsOfLatestSentenceNamingSeveral(before: start) else {
                mentions.append(mention(m, kind: .person, entity: nil, entityKind: nil, .unresolved, note: "no pair of persons named before"))
                continue
            }
            // A list of three or more is not a pair: which two are meant is not said.
            guard pair.count == 2 else {
                mentions.append(mention(m, kind: .person, entity: nil, entityKind: nil, .unresolved,
                                        note: "the last sentence naming several persons names more than two"))
                continue
            }
            let ordered = pair.sorted { kb.persons[$0].id < kb.persons[$1].id }
            let note = "pair: " + ordered.map { kb.persons[$0].id }.joined(separator: " and ")
            for p in ordered {
                mentions.append(mention(m, kind: .person, entity: kb.persons[p].id, entityKind: .person, .coref, country: kb.persons[p].country,
                                        note: note))
            }
        }
    }

    /// The distinct persons (in `personAt` order) of the latest sentence that has two or more
    /// persons named before token `start`, or nil when no sentence has.
    func personsOfLatestSentenceNamingSeveral(before start: Int) -> [Int]? {
        let before = personAt.indices.filter { personAt[$0].token < start }
        for k in Set(before.map { sentenceOf[personAt[$0].token] }).sorted(by: >) {
            var persons: [Int] = []
            for j in before where sentenceOf[personAt[j].token] == k && !persons.contains(personAt[j].person) { persons.append(personAt[j].person) }
            if persons.count >= 2 { return persons }
        }
        return nil
    }
}
