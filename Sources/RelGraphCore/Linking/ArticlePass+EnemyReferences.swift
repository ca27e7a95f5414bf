extension ArticlePass {
    /// «العدو» alone, «الطيران المعادي»: much Lebanese, Syrian, Iranian and Yemeni press names the
    /// other side of a war by a word for "the enemy" once it has said which one («العدو
    /// الإسرائيلي», «العدو الأمريكي»). Such a word (lexicon `enemy_nouns`, `enemy_adjectives`) that
    /// no mention holds names the country or organisation of the nearest mention before it that
    /// the article introduced with an enemy noun — the noun starting the mention's own form («العدو
    /// الإسرائيلي» is a name of Israel) or standing right before it («العدو» + the demonym
    /// «الأمريكي»); with none before, the first one after it (a headline before the text). In an
    /// article that never says whose enemy, the lexicon's `enemy_default` (Israel: the usual one of
    /// the Lebanese, Syrian, Palestinian and Iranian press, «الطيران الحربي المعادي»). The noun
    /// reads as a country name, the adjective as a demonym.
    mutating func resolveEnemyReferences() {
        let found = tokens.indices.filter { (wordIs($0, .enemyNoun) || wordIs($0, .enemyAdjective)) && !isCovered($0) }
        guard !found.isEmpty else { return }
        // The introduced enemies, in text order: (first token, entity).
        var enemies: [(at: Int, entity: String)] = []
        for m in mentions where m.entity != nil && (m.entityKind == .country || m.entityKind == .organisation) {
            let s = m.tokens.lowerBound
            if wordIs(s, .enemyNoun) || s > 0 && wordIs(s - 1, .enemyNoun) && !isCovered(s - 1) { enemies.append((s, m.entity!)) }
        }
        enemies.sort { $0.at < $1.at }
        // (None introduced: the lexicon's default enemy, at the article's start.)
        if enemies.isEmpty, let id = kb.lexicon.enemyDefault.first, kb.isCountry(id) { enemies = [(-1, id)] }
        guard !enemies.isEmpty else { return }
        // (A noun introducing the enemy after it, «العدو» of «العدو الأمريكي», is that form's.)
        for t in found where !enemies.contains(where: { $0.at == t + 1 }) {
            guard let enemy = enemies.last(where: { $0.at < t }) ?? enemies.first(where: { $0.at > t }) else { continue }
            let kind: NodeKind = kb.isCountry(enemy.entity) ? .country : .organisation
            let written = surface(t..<t + 1)
            mentions.append(Mention(articleId: article.id, start: tokens[t].start, end: tokens[t].end, surface: written,
                                    kind: kind == .country ? .country : .organisation, entity: enemy.entity, entityKind: kind,
                                    resolution: wordIs(t, .enemyAdjective) ? .demonym : .country, sentence: sentenceOf[t],
                                    note: enemy.at < 0 ? "«\(written)»: no enemy named; the default, \(enemy.entity)" : "«\(written)»: the enemy the article names as \(enemy.entity)", tokens: t..<t + 1))
        }
    }
}
