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
}
