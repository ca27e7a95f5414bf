import Foundation

/// The merged knowledge base: countries, offices, persons, organisations and the lexicon, with
/// lookups by id. Later sources override earlier ones entry by entry (same `id`).
public struct KnowledgeBase: Sendable {
    public private(set) var countries: [Country] = []
    public private(set) var offices: [Office] = []
    public private(set) var persons: [Person] = []
    public private(set) var organisations: [Organisation] = []
    public private(set) var lexicon = Lexicon()
    /// Interaction types by id, in file order.
    public private(set) var interactionTypes: [InteractionType] = []
    /// Trigger words, in file order (a later layer adds to them).
    public private(set) var triggers: [Trigger] = []

    /// Ids defined twice within one file (later entry wins); reported by `kb lint`.
    public private(set) var redefinitions: [Redefinition] = []

    public struct Redefinition: Sendable, Hashable {
        public var id: String
        public var first: SourceLocation?
        public var again: SourceLocation?
    }

    private var countryIndex: [String: Int] = [:]
    private var officeIndex: [String: Int] = [:]
    private var personIndex: [String: Int] = [:]
    private var organisationIndex: [String: Int] = [:]
    private var interactionTypeIndex: [String: Int] = [:]

    public init() {}

    public func country(_ id: String) -> Country? { countryIndex[id].map { countries[$0] } }
    public func office(_ id: String) -> Office? { officeIndex[id].map { offices[$0] } }
    public func person(_ id: String) -> Person? { personIndex[id].map { persons[$0] } }
    public func organisation(_ id: String) -> Organisation? { organisationIndex[id].map { organisations[$0] } }
    public func interactionType(_ id: String) -> InteractionType? { interactionTypeIndex[id].map { interactionTypes[$0] } }

    /// The interaction type that plays `role` (the first listed; `kb lint` reports a second).
    public func interactionType(role: InteractionType.Role) -> InteractionType? { interactionTypes.first { $0.role == role } }

    // Look-ups that copy no entity (hot paths of graph building).
    /// The position of a country or an office in `countries` / `offices`.
    func countryPosition(_ id: String) -> Int? { countryIndex[id] }
    func officePosition(_ id: String) -> Int? { officeIndex[id] }
    func isCountry(_ id: String) -> Bool { countryIndex[id] != nil }
    /// The position of a seat — the country or the international body (an organisation: the UN,
    /// the Arab League, the GCC …) that an office belongs to or a person acts for — in one
    /// numbering: countries at their positions, then organisations after them
    /// (`countries.count + i`).
    func seatPosition(_ id: String) -> Int? { countryIndex[id] ?? organisationIndex[id].map { countries.count + $0 } }
    /// The id of the seat at `position` (see `seatPosition`).
    func seatId(_ position: Int) -> String {
        position < countries.count ? countries[position].id : organisations[position - countries.count].id
    }
    func isPerson(_ id: String) -> Bool { personIndex[id] != nil }
    /// The country of a person, else of an organisation (`person(id)?.country ?? organisation(id)?.country`).
    func actorCountry(_ id: String) -> String? {
        if let i = personIndex[id] { return persons[i].country }
        if let i = organisationIndex[id] { return organisations[i].country }
        return nil
    }

    /// Persons holding `office` in `country` on `day`, sorted by id.
    public func holders(of office: String, in country: String, on day: Day) -> [Person] {
        persons.filter { p in p.roles.contains { $0.office == office && $0.country == country && $0.isHeld(on: day) } }
            .sorted { $0.id < $1.id }
    }

    /// Offices `person` holds on `day`, sorted by office id.
    public func offices(of personId: String, on day: Day) -> [Role] {
        guard let p = person(personId) else { return [] }
        return p.roles.filter { $0.isHeld(on: day) }.sorted { ($0.office, $0.country) < ($1.office, $1.country) }
    }

    /// The spans on which a person acts for another side than their `country`: each role whose
    /// office is held for a body (`Office.body`), else whose seat, differs from it, in role order.
    /// (Roles naming an unknown office or seat are left out, as the linker leaves them.)
    public func sideTerms(of p: Person) -> [SideTerm] {
        p.roles.compactMap { r in
            guard let o = officeIndex[r.office], seatPosition(r.country) != nil else { return nil }
            let side = offices[o].body ?? r.country
            return side == p.country ? nil : SideTerm(side: side, from: r.from, to: r.to)
        }
    }

    /// Adds or replaces entries (by id) and lexicon words from another layer.
    public mutating func merge(_ other: KnowledgeBase) {
        for c in other.countries { Self.upsert(c, into: &countries, index: &countryIndex) }
        for o in other.offices { Self.upsert(o, into: &offices, index: &officeIndex) }
        for p in other.persons { Self.upsert(p, into: &persons, index: &personIndex) }
        for o in other.organisations { Self.upsert(o, into: &organisations, index: &organisationIndex) }
        for t in other.interactionTypes { Self.upsert(t, into: &interactionTypes, index: &interactionTypeIndex) }
        for t in other.triggers where !triggers.contains(where: { $0.pattern == t.pattern && $0.type == t.type && $0.cue == t.cue }) {
            triggers.append(t)
        }
        for list in Lexicon.lists { lexicon[keyPath: list] = Array(Set(lexicon[keyPath: list] + other.lexicon[keyPath: list])).sorted() }
    }

    /// Adds an entry read from a file; an id already defined in the same layer is recorded as a
    /// redefinition (the later entry wins).
    static func add<T: KnowledgeEntry>(_ entry: T, into array: inout [T], index: inout [String: Int],
                                       redefinitions: inout [Redefinition]) {
        if let i = index[entry.id] { redefinitions.append(.init(id: entry.id, first: array[i].location, again: entry.location)) }
        upsert(entry, into: &array, index: &index)
    }

    mutating func add(country: Country) { Self.add(country, into: &countries, index: &countryIndex, redefinitions: &redefinitions) }
    mutating func add(office: Office) { Self.add(office, into: &offices, index: &officeIndex, redefinitions: &redefinitions) }
    mutating func add(person: Person) { Self.add(person, into: &persons, index: &personIndex, redefinitions: &redefinitions) }
    mutating func add(organisation: Organisation) {
        Self.add(organisation, into: &organisations, index: &organisationIndex, redefinitions: &redefinitions)
    }
    mutating func add(interactionType: InteractionType) {
        Self.add(interactionType, into: &interactionTypes, index: &interactionTypeIndex, redefinitions: &redefinitions)
    }
    mutating func add(trigger: Trigger) { triggers.append(trigger) }
    mutating func add(lexicon other: Lexicon) {
        for list in Lexicon.lists { lexicon[keyPath: list] += other[keyPath: list] }
    }

    private static func upsert<T: KnowledgeEntry>(_ value: T, into array: inout [T], index: inout [String: Int]) {
        if let i = index[value.id] { array[i] = value } else { index[value.id] = array.count; array.append(value) }
    }
}
