/// Builds the relations graph from linked articles.
///
/// - Nodes: every linked person, organisation and country (KB id, English name, Arabic label).
/// - Actor co-mention edges (persons and organisations): the pair {x, y} counts once for sentence
///   *k* when x is mentioned in *k* and y in *k* or in the sentence before it in the same paragraph
///   (the subject of a sentence often carries over: «التقى خالد بن سلمان … . وشملت اللقاءات روبيو …»).
///   Weight = number of such sentences over all articles.
/// - Country co-mention edges: countries named in the same sentence (names, demonyms, capitals,
///   and the demonym of a title); weight = number of sentences.
/// - Affiliation edges person/organisation → country from the knowledge base, weight 1, added for
///   every actor node whose country is known; the country becomes a node too.
public struct GraphBuilder: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) { self.kb = kb }

    public func build(_ articles: [LinkedArticle]) -> RelationGraph {
        var nodes: [String: GraphNode] = [:]
        var edges: [(source: String, target: String, kind: EdgeKind, weight: Double)] = []
        var infos: [ArticleInfo] = []

        for la in articles {
            infos.append(ArticleInfo(id: la.article.id, date: la.article.date.description,
                                     dateSource: la.article.dateSource.rawValue, title: la.article.title))
            var actorsBySentence = [Set<String>](repeating: [], count: la.sentences.count)
            var countriesBySentence = [Set<String>](repeating: [], count: la.sentences.count)
            for m in la.mentions {
                guard let id = m.entity, let kind = m.entityKind, let node = node(id: id, kind: kind) else { continue }
                nodes[id] = node
                if kind == .country { countriesBySentence[m.sentence].insert(id) } else { actorsBySentence[m.sentence].insert(id) }
            }
            for (k, sentence) in la.sentences.enumerated() {
                let here = actorsBySentence[k]
                var window = here
                if k > 0, la.sentences[k - 1].paragraph == sentence.paragraph { window.formUnion(actorsBySentence[k - 1]) }
                var pairs = Set<[String]>()
                for x in here { for y in window where x != y { pairs.insert([min(x, y), max(x, y)]) } }
                for p in pairs { edges.append((p[0], p[1], .coMention, 1)) }
                let cs = countriesBySentence[k].sorted()
                for i in cs.indices { for j in cs.indices where j > i { edges.append((cs[i], cs[j], .coMention, 1)) } }
            }
        }
        for node in nodes.values where node.kind != .country {
            guard let c = node.country, let cnode = self.node(id: c, kind: .country) else { continue }
            nodes[c] = cnode
            edges.append((node.id, c, .affiliation, 1))
        }
        return RelationGraph(nodes: Array(nodes.values), edges: edges, articles: infos)
    }

    func node(id: String, kind: NodeKind) -> GraphNode? {
        switch kind {
        case .person:
            guard let p = kb.person(id) else { return nil }
            return GraphNode(id: p.id, name: p.en, label: p.ar, kind: .person, country: p.country)
        case .organisation:
            guard let o = kb.organisation(id) else { return nil }
            return GraphNode(id: o.id, name: o.en, label: o.ar, kind: .organisation, country: o.country)
        case .country:
            guard let c = kb.country(id) else { return nil }
            return GraphNode(id: c.id, name: c.en, label: c.ar, kind: .country, country: nil)
        }
    }
}
