/// What a knowledge-base pattern stands for. Indices point into the `KnowledgeBase` arrays.
enum Payload: Hashable, Sendable {
    case personName(Int)
    case personShort(Int)
    case countryName(Int)
    case nisba(Int)
    case capital(Int)
    case contextual(Int)
    case organisation(Int)
    /// A title of `office`; `country`, `from`, `to` restrict a country-specific title; `form` says
    /// how many holders it names.
    case title(office: Int, country: Int?, from: Day?, to: Day?, form: TitleForm)
    case honorific
    case counterpart
    /// «الطرفان», «الوزيرين»: the last pair of persons named.
    case pair
    /// «السابق» after a title: a former holder.
    case former
    /// An interaction trigger (index into `KnowledgeBase.triggers`).
    case trigger(Int)

    /// How many office-holders a title names: one («وزير الخارجية»), two (a dual: «وزيري
    /// الخارجية», «وزيرا خارجية البلدين») or several (a plural: «رؤساء», «وزراء خارجية …»). A dual or
    /// plural names the holders in the countries listed after it, or the article's two main
    /// countries after «البلدين» or the pronoun «هما»; a dual with neither names the two holders
    /// last named in the article.
    enum TitleForm: UInt8, Sendable, Comparable {
        case single, dual, plural
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// The kinds of payload, as bits: a match records the kinds of its payloads, so that each
    /// linking pass skips the matches it has nothing to do with without scanning their payloads.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt16
        static let personName = Kinds(rawValue: 1 << 0)
        static let personShort = Kinds(rawValue: 1 << 1)
        static let countryName = Kinds(rawValue: 1 << 2)
        static let nisba = Kinds(rawValue: 1 << 3)
        static let capital = Kinds(rawValue: 1 << 4)
        static let contextual = Kinds(rawValue: 1 << 5)
        static let organisation = Kinds(rawValue: 1 << 6)
        static let title = Kinds(rawValue: 1 << 7)
        static let honorific = Kinds(rawValue: 1 << 8)
        static let counterpart = Kinds(rawValue: 1 << 9)
        static let pair = Kinds(rawValue: 1 << 10)
        static let former = Kinds(rawValue: 1 << 11)
        static let trigger = Kinds(rawValue: 1 << 12)

        /// Names of persons and organisations, and titles: what the linker resolves to an entity.
        static let entity: Kinds = [.personName, .personShort, .organisation, .title]
        /// What names or stands for a country.
        static let country: Kinds = [.countryName, .nisba, .capital, .contextual]

        /// Every kind (the 13 bits above).
        static let all = Kinds(rawValue: (1 << 13) - 1)

        init(rawValue: UInt16) { self.rawValue = rawValue }
    }

    var kind: Kinds {
        switch self {
        case .personName: return .personName
        case .personShort: return .personShort
        case .countryName: return .countryName
        case .nisba: return .nisba
        case .capital: return .capital
        case .contextual: return .contextual
        case .organisation: return .organisation
        case .title: return .title
        case .honorific: return .honorific
        case .counterpart: return .counterpart
        case .pair: return .pair
        case .former: return .former
        case .trigger: return .trigger
        }
    }
}
