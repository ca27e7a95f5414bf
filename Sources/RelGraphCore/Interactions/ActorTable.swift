/// The knowledge base's actors (countries, persons, organisations, and the countries persons and
/// organisations belong to) and interaction types as dense `Int32` indices, so that events are
/// detected, merged and sorted on integers; strings come back only in the finished graph.
///
/// An actor is its string id: an id used by two kinds of entry is one actor, as it is one node.
/// `rank` orders actors as their ids compare (`String <`), `typeRank` orders types likewise, so
/// sorting by ranks sorts exactly as sorting by the strings.
///
/// A class: immutable tables shared by the detector, the builder and every worker thread, passed
/// around as one reference (a struct of ten arrays would be retained field by field on each copy).
final class ActorTable: Sendable {
    /// Actor ids by index.
    let ids: [String]
    /// Actor index by id.
    let index: [String: Int32]
    /// Rank of each actor's id among all actor ids (string order).
    let rank: [Int32]
    /// True for KB countries.
    let isCountry: [Bool]
    /// The country of a person, else of an organisation (`KnowledgeBase.actorCountry`), −1 if none.
    let country: [Int32]
    /// True for an actor that is a side of its own: a country, or an organisation that is another
    /// actor's country (a body the KB seats people at — the Houthis, Hezbollah, the UN, the
    /// Saudi-led coalition). A projection keeps such an actor as it is (`countryPair`).
    let isSide: [Bool]
    /// The days on which a person acts for another side than `country` (`SideTerm`): actor `x`'s
    /// terms are `terms[termStart[x] ..< termStart[x + 1]]` (none for most actors).
    let termStart: [Int32]
    let terms: [Term]

    /// A `SideTerm` on indices: `side` from day key `from` (inclusive) to `to` (exclusive).
    struct Term: Sendable, Hashable {
        var from: Int32
        var to: Int32
        var side: Int32
    }

    /// The ids by their UTF-8 bytes (vocabulary id = actor index).
    let idKeys: KeyVocabulary

    /// Interaction type ids by index (the KB's order), their rank in string order, and their
    /// weight and polarity.
    let types: [String]
    let typeRank: [Int32]
    let typeIndex: [String: Int32]
    let typeWeight: [Double]
    let typePolarity: [Polarity]

    /// The tables of `ids` (dense indices in this order), with each actor's country (−1: none),
    /// its side terms (none when `terms` is shorter) and whether it is a country, and the
    /// interaction types in `types` order.
    init(ids: [String], isCountry: [Bool], country: [Int32], terms: [[Term]] = [], types: [InteractionType]) {
        self.ids = ids
        self.index = Dictionary(ids.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        self.idKeys = KeyVocabulary(positions: ids)
        self.rank = Self.ranks(ids)
        self.isCountry = isCountry
        self.country = country
        var isSide = isCountry
        for c in country where c >= 0 { isSide[Int(c)] = true }
        var termStart: [Int32] = [0], flat: [Term] = []
        for x in ids.indices {
            if x < terms.count { flat += terms[x] }
            termStart.append(Int32(flat.count))
        }
        for t in flat { isSide[Int(t.side)] = true }
        self.termStart = termStart
        self.terms = flat
        self.isSide = isSide
        self.types = types.map(\.id)
        typeRank = Self.ranks(self.types)
        typeIndex = Dictionary(self.types.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        typeWeight = types.map(\.weight)
        typePolarity = types.map(\.polarity)
    }

    /// The knowledge base's actors: countries, persons, organisations, then the countries of
    /// persons and organisations that are not KB countries; the KB's interaction types.
    convenience init(kb: KnowledgeBase) {
        var ids: [String] = []
        var index: [String: Int32] = [:]
        func add(_ id: String) {
            guard index[id] == nil else { return }
            index[id] = Int32(ids.count)
            ids.append(id)
        }
        for c in kb.countries { add(c.id) }
        for p in kb.persons { add(p.id) }
        for o in kb.organisations { add(o.id) }
        for p in kb.persons { add(p.country) }
        for o in kb.organisations { if let c = o.country { add(c) } }
        let sides = kb.persons.map { kb.sideTerms(of: $0) }
        for s in sides { for t in s { add(t.side) } }
        var terms = [[Term]](repeating: [], count: ids.count)
        for (p, s) in zip(kb.persons, sides) where !s.isEmpty {
            terms[Int(index[p.id]!)] = s.map { Term($0, side: index[$0.side]!) }
        }
        self.init(ids: ids, isCountry: ids.map { kb.isCountry($0) },
                  country: ids.map { id in kb.actorCountry(id).flatMap { index[$0] } ?? -1 },
                  terms: terms, types: kb.interactionTypes)
    }

    /// The side actor `x` acts for on day key `day`: the side of its first term holding that day,
    /// else its country (−1: none).
    @inline(__always)
    func country(_ x: Int32, on day: Int32) -> Int32 {
        let lo = Int(termStart[Int(x)]), hi = Int(termStart[Int(x) + 1])
        if lo < hi {
            for k in lo..<hi where terms[k].from <= day && day < terms[k].to { return terms[k].side }
        }
        return country[Int(x)]
    }

    /// Each actor's terms as a list (empty for most), to carry them into another table.
    var termLists: [[Term]] {
        ids.indices.map { x in Array(terms[Int(termStart[x])..<Int(termStart[x + 1])]) }
    }

    /// The index of an actor id (nil for an id the KB does not know): by its bytes, else (another
    /// spelling of an equal string) by the string.
    @inline(__always)
    func actor(_ id: String) -> Int32? { idKeys.id(id) ?? index[id] }

    /// True when actor `x`'s id sorts before actor `y`'s.
    @inline(__always)
    func precedes(_ x: Int32, _ y: Int32) -> Bool { rank[Int(x)] < rank[Int(y)] }

    /// The two sides of two actors in id order, and whether that reverses the pair, when at most
    /// one is a side itself (`isSide`: a country or a body people are seated at stands for itself;
    /// anyone else for their country) and the sides differ: «زار ظريف الكويت» is also IR → KW,
    /// the coalition spokesman's charge against the Houthis is also coalition → Houthis, and an
    /// Iranian minister's support for Hezbollah is IR → Hezbollah (not IR → LB).
    /// A person's side is the one they act for on day key `day` (`country(_:on:)`).
    @inline(__always)
    func countryPair(_ a: Int32, _ b: Int32, on day: Int32) -> (a: Int32, b: Int32, reversed: Bool)? {
        let xa = isSide[Int(a)], xb = isSide[Int(b)]
        guard !(xa && xb) else { return nil }
        let ca = xa ? a : country(a, on: day), cb = xb ? b : country(b, on: day)
        guard ca >= 0, cb >= 0, ca != cb else { return nil }
        return precedes(ca, cb) ? (ca, cb, false) : (cb, ca, true)
    }

    /// The `InteractionEvent` between actors `a` and `b` (in id order) of type `type`: the ids,
    /// and the type's name, weight and polarity, filled in from the tables.
    func event(a: Int32, b: Int32, type: Int32, date: String, direction: EdgeDirection, evidence: [Evidence],
               evidenceCount: Int) -> InteractionEvent {
        let t = Int(type)
        return InteractionEvent(a: ids[Int(a)], b: ids[Int(b)], type: types[t], date: date, direction: direction,
                                polarity: typePolarity[t], weight: typeWeight[t], evidence: evidence, evidenceCount: evidenceCount, via: [])
    }

    private static func ranks(_ strings: [String]) -> [Int32] {
        var rank = [Int32](repeating: 0, count: strings.count)
        for (r, i) in strings.indices.sorted(by: { strings[$0] < strings[$1] }).enumerated() { rank[i] = Int32(r) }
        return rank
    }
}

extension ActorTable.Term {
    /// `t` with its side at index `side`, its days as day keys (open ends as the extremes).
    init(_ t: SideTerm, side: Int32) {
        self.init(from: t.from.map(DayKey.of) ?? .min, to: t.to.map(DayKey.of) ?? .max, side: side)
    }
}
