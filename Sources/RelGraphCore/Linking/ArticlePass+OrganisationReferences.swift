extension ArticlePass {
    /// «وقال الحزب في بيان …», «وأكدت الحركة …»: a group noun (lexicon `group_nouns`) standing
    /// alone names the organisation named last before it in the article whose KB names have that
    /// noun («حزب الله» for «الحزب», «حركة حماس» for «الحركة», «جماعة الحوثي» for «الجماعة»). Not
    /// when a definite word follows, which makes it another body («الحزب الحاكم», «الحركة
    /// الإسلامية»), nor when no such organisation was named before.
    mutating func resolveGroupNouns() {
        for t in tokens.indices where wordIs(t, .groupNoun) && !isCovered(t) {
            guard t + 1 == tokens.count || tokens[t + 1].kind != .word || !tokens[t + 1].key.hasPrefix("ال"),
                  let noun = words.groupNouns[tokens[t].key],
                  let named = mentions.last(where: { m in
                      m.entityKind == .organisation && m.tokens.upperBound <= t
                          && m.entity.map { words.organisationWords[$0]?.contains(noun) ?? false } ?? false
                  }),
                  let id = named.entity else { continue }
            mentions.append(Mention(articleId: article.id, start: tokens[t].start, end: tokens[t].end, surface: surface(t..<t + 1),
                                    kind: .organisation, entity: id, entityKind: .organisation, resolution: .coref, country: named.country,
                                    sentence: sentenceOf[t], note: "«\(named.surface)», named before", tokens: t..<t + 1))
        }
    }

    /// «المقاومة الإسلامية» alone: a short form several organisations share (`Organisation.short`)
    /// names the one of them the article names otherwise — the one named last before it, else
    /// the first named after it (a headline). An article that names none of them links nothing.
    mutating func resolveOrganisationShorts() {
        for t in tokens.indices where wordIs(t, .organisationShort) && !isCovered(t) {
            guard let forms = words.organisationShorts[tokens[t].key] else { continue }
            var best: (id: String, end: Int, distance: Int)?
            for (rest, id) in forms {
                let end = t + 1 + rest.count
                guard end <= tokens.count, rest.indices.allSatisfy({ tokens[t + 1 + $0].kind == .word && tokens[t + 1 + $0].key == rest[$0] }),
                      !(t + 1..<end).contains(where: isCovered) else { continue }
                // (Before it, nearest first; after it, after every one before.)
                let named = mentions.filter { $0.entity == id && $0.resolution != .coref }.map(\.tokens.lowerBound)
                guard let distance = named.filter({ $0 < t }).map({ t - $0 }).min() ?? named.filter({ $0 > t }).map({ tokens.count + $0 - t }).min()
                else { continue }
                if best.map({ distance < $0.distance }) ?? true { best = (id, end, distance) }
            }
            guard let best else { continue }
            let named = mentions.first { $0.entity == best.id }
            mentions.append(Mention(articleId: article.id, start: tokens[t].start, end: tokens[best.end - 1].end, surface: surface(t..<best.end),
                                    kind: .organisation, entity: best.id, entityKind: .organisation, resolution: .coref, country: named?.country,
                                    sentence: sentenceOf[t], note: "a short form; the article names \(best.id)", tokens: t..<best.end))
        }
    }
}
