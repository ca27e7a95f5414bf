/// Open-world persons (officials the KB does not know) met while accumulating a graph, as actor
/// indices after the KB's `ActorTable`: the first has index `base`. Each accumulator has its own;
/// merging accumulators maps the other's indices into this one's (`merge(_:)`).
struct OpenActors: Sendable {
    /// The KB table's actor count: open actor `k` is index `base + k`.
    let base: Int32
    private(set) var ids: [String] = []
    /// The name as first written (nil until a mention of the name itself is seen).
    private var written: [String?] = []
    /// KB actor index of the person's country (from the title beside the name), −1 if unknown.
    private(set) var country: [Int32] = []
    private var index: [String: Int32] = [:]

    init(base: Int) { self.base = Int32(base) }

    var count: Int { ids.count }

    /// The names as written (else the id's words).
    var names: [String] { ids.indices.map { written[$0] ?? OpenWorld.name(ofId: ids[$0]) } }

    /// The actor index of open-world person `id`, added when new; a country or a name given later
    /// fills what is still unknown.
    mutating func actor(_ id: String, name: String?, country c: Int32) -> Int32 {
        if let k = index[id] {
            if country[Int(k)] < 0 { country[Int(k)] = c }
            if written[Int(k)] == nil { written[Int(k)] = name }
            return base + k
        }
        let k = Int32(ids.count)
        index[id] = k
        ids.append(id)
        written.append(name)
        country.append(c)
        return base + k
    }

    /// Adds `other`'s persons; returns the map of `other`'s actor indices to this one's (KB
    /// indices map to themselves).
    mutating func merge(_ other: OpenActors) -> (Int32) -> Int32 {
        guard !other.ids.isEmpty else { return { $0 } }
        let mapped = other.ids.indices.map { actor(other.ids[$0], name: other.written[$0], country: other.country[$0]) }
        let base = self.base
        return { i in i < base ? i : mapped[Int(i - base)] }
    }
}

/// The KB's actor table with an accumulator's open-world persons after it: the order, country and
/// country pairs of actors while events are found (an open-world actor sorts after every KB actor,
/// as its id, made of Arabic letters, sorts after the ASCII KB ids; two open-world actors by id).
struct ActorView {
    let table: ActorTable
    let open: OpenActors
    /// The article's day key: a person's country is the side they act for on it
    /// (`ActorTable.country(_:on:)`).
    let day: Int32

    @inline(__always)
    func precedes(_ x: Int32, _ y: Int32) -> Bool {
        let b = open.base
        if x < b && y < b { return table.rank[Int(x)] < table.rank[Int(y)] }
        if x < b { return true }
        if y < b { return false }
        return open.ids[Int(x - b)] < open.ids[Int(y - b)]
    }

    @inline(__always)
    func country(_ x: Int32) -> Int32 { x < open.base ? table.country(x, on: day) : open.country[Int(x - open.base)] }

    @inline(__always)
    func isCountry(_ x: Int32) -> Bool { x < open.base && table.isCountry[Int(x)] }

    /// `ActorTable.isSide`: open-world persons never are.
    @inline(__always)
    func isSide(_ x: Int32) -> Bool { x < open.base && table.isSide[Int(x)] }

    /// The side actor `x` stands on: itself when it is a side (`isSide`), else its country.
    func side(_ x: Int32) -> Int32 { isSide(x) ? x : country(x) }

    /// `ActorTable.countryPair` over KB and open-world actors.
    func countryPair(_ a: Int32, _ b: Int32) -> (a: Int32, b: Int32, reversed: Bool)? {
        let xa = isSide(a), xb = isSide(b)
        guard !(xa && xb) else { return nil }
        let ca = xa ? a : country(a), cb = xb ? b : country(b)
        guard ca >= 0, cb >= 0, ca != cb else { return nil }
        return precedes(ca, cb) ? (ca, cb, false) : (cb, ca, true)
    }

    /// One table of the KB's actors and the open-world persons (for the finished graph).
    func merged(kb: KnowledgeBase) -> ActorTable {
        guard open.count > 0 else { return table }
        return ActorTable(ids: table.ids + open.ids, isCountry: table.isCountry + [Bool](repeating: false, count: open.count),
                          country: table.country + open.country, terms: table.termLists, types: kb.interactionTypes)
    }
}
