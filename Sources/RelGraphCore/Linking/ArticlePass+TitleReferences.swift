extension ArticlePass {
    /// «نقل الوزير الأمريكي إلى الأمير تحيات …»: a definite title word of the lexicon's
    /// `title_reference` list standing alone (no name right after it) refers back to the last
    /// person named before it in the article under that title — a title that starts with the word
    /// without its article («أمير الكويت», «وزير الخارجية الأمريكي»), or the word itself as the
    /// honorific before a name («الأمير محمد بن سلمان») — and, when a demonym follows it («الوزير
    /// الأمريكي»), of the country it names. With no such person it stays unlinked. Runs after the
    /// ministry pass, which reads a bare «الوزير» after a ministry's name first.
    mutating func resolveTitleReferences() {
        for t in tokens.indices where wordIs(t, .titleReference) && !isCovered(t) {
            guard matchAt[t].map({ matches[$0].kinds.isSubset(of: [.honorific]) }) ?? true,
                  let bare = CliticVariants.variants(of: tokens[t].key).first(where: { words.titleReferences.contains($0.0) })?.0
            else { continue }
            let head = String(bare.unicodeScalars.dropFirst(2))
            var end = t + 1
            var country: String?
            if let (c, nm) = nisbaCountry(at: end) {
                end = nm.range.upperBound
                country = nodeCountry(c)
            }
            // A name right after it (linked or not: a word that no list knows) makes the word its
            // honorific or title, not a reference.
            if mentions.contains(where: { $0.entityKind == .person && ($0.tokens.lowerBound == end || $0.tokens.contains(t)) }) { continue }
            guard end >= tokens.count || tokens[end].kind != .word || isCovered(end)
                    || wordIs(end, .stop) || wordIs(end, .titleWord) || wordIs(end, .titleReference) else { continue }
            func hasKey(_ i: Int, _ key: String) -> Bool {
                i >= 0 && tokens[i].kind == .word && CliticVariants.variants(of: tokens[i].key).contains { $0.0 == key }
            }
            let before = mentions.filter { m in
                m.entityKind == .person && m.entity != nil && m.tokens.upperBound <= t && (country == nil || m.country == country)
                    && (hasKey(m.tokens.lowerBound, head) || hasKey(m.tokens.lowerBound - 1, bare))
            }
            guard let ref = before.max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }), let id = ref.entity else { continue }
            let r = t..<end
            mentions.append(Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                    surface: surface(r), kind: .title, entity: id, entityKind: .person, resolution: .coref,
                                    country: ref.country, sentence: sentenceOf[t], note: "«\(surface(t..<t + 1))» alone: the person so titled named before it",
                                    tokens: r, known: ref.known))
        }
    }
}

extension ArticlePass {
    /// «وتلقى جلالته اتصالا من …», «وأكد سموه …»: an honorific pronoun of the lexicon's
    /// `honorific_pronouns` that no mention covers is the last person named before it in the article
    /// who was introduced by one of the pronoun's words — the first word of the person's name or
    /// title mention, or one of the two words right before it («صاحب الجلالة الملك عبدالله»,
    /// «صاحب السمو الشيخ تميم», «فخامة الرئيس»). With no such person it stays unlinked: the
    /// agencies' «جلالته» is the king even when another person was named last.
    mutating func resolveHonorificPronouns() {
        let pronouns = words.honorificPronouns
        for t in tokens.indices where wordIs(t, .honorificPronoun) && !isCovered(t) {
            guard let bare = CliticVariants.variants(of: tokens[t].key).first(where: { pronouns[$0.0] != nil })?.0, let cues = pronouns[bare]
            else { continue }
            // (A word before the mention counts when no mention holds it and none between: the
            // «الرئيس» of «الرئيس السيسي وزير الخارجية الروسي» does not introduce the minister.)
            func introduces(_ i: Int) -> Bool { i >= 0 && tokens[i].kind == .word && cues.contains(tokens[i].key) }
            var ref: Int?
            for i in mentions.indices where mentions[i].entityKind == .person && mentions[i].entity != nil && mentions[i].tokens.upperBound <= t {
                let s = mentions[i].tokens.lowerBound
                guard introduces(s) || s >= 1 && !isCovered(s - 1) && (introduces(s - 1) || s >= 2 && !isCovered(s - 2) && introduces(s - 2)) else { continue }
                if ref.map({ mentions[$0].tokens.lowerBound < s }) ?? true { ref = i }
            }
            guard let ref, let id = mentions[ref].entity else { continue }
            mentions.append(Mention(articleId: article.id, start: tokens[t].start, end: tokens[t].end, surface: surface(t..<t + 1),
                                    kind: .title, entity: id, entityKind: .person, resolution: .coref, country: mentions[ref].country,
                                    sentence: sentenceOf[t], note: "«\(bare)»: the person named before as «\(mentions[ref].surface)»",
                                    tokens: t..<t + 1, known: mentions[ref].known))
        }
    }
}

extension ArticlePass {
    /// «التقى X مسؤولين سوريين وإسرائيليين»: unnamed officials (a word of the lexicon's
    /// `official_groups` list, indefinite) followed by demonyms joined by «و» are, for each demonym,
    /// the person of its country named last before in the article — the press names the officials
    /// first («اجتماع بين وزير الخارجية السوري … ووزير الشؤون الاستراتيجية الإسرائيلي …») and
    /// then refers to them as a group. The demonym's mention becomes that person's; a country with
    /// no person named before stays the country. Officials called others («مسؤولين إيرانيين
    /// آخرين») are not the ones named.
    mutating func resolveOfficialGroups() {
        for t in tokens.indices where wordIs(t, .officialGroup) {
            var demonyms: [(country: String, range: Range<Int>)] = []
            var end = t + 1
            while end < tokens.count, let (c, nm) = nisbaCountry(at: end, allowConjunction: !demonyms.isEmpty) {
                demonyms.append((nodeCountry(c), nm.range))
                end = nm.range.upperBound
            }
            guard !demonyms.isEmpty, !(end < tokens.count && tokens[end].kind == .word && Self.others.contains(tokens[end].key)) else { continue }
            for (country, r) in demonyms {
                guard let i = mentions.firstIndex(where: { $0.tokens == r && $0.entityKind == .country }),
                      let ref = mentions.filter({ $0.entityKind == .person && $0.entity != nil && $0.tokens.upperBound <= t && $0.country == country })
                          .max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) else { continue }
                mentions[i] = Mention(articleId: article.id, start: tokens[r.lowerBound].start, end: tokens[r.upperBound - 1].end,
                                      surface: surface(r), kind: .title, entity: ref.entity, entityKind: .person, resolution: .coref,
                                      country: ref.country, sentence: sentenceOf[r.lowerBound],
                                      note: "«\(surface(t..<t + 1)) \(surface(r))»: the official of that country named before",
                                      tokens: r, known: ref.known)
            }
        }
    }

    /// «آخرين», «آخرون»: officials other than those named.
    static let others = WordSet(["اخرين", "اخرون"])
}
