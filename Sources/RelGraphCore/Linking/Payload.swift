/// What a knowledge-base pattern stands for. Indices point into the `KnowledgeBase` arrays.
enum Payload: Hashable, Sendable {
    case personName(Int)
    case personShort(Int)
    case countryName(Int)
    case nisba(Int)
    case capital(Int)
    case contextual(Int)
    case organisation(Int)
    /// A title of `office`; `country`, `from`, `to` restrict a country-specific title; `dual` marks a
    /// dual form that names two office-holders.
    case title(office: Int, country: Int?, from: Day?, to: Day?, dual: Bool)
    case honorific
    case counterpart
    /// «الطرفان», «الوزيرين»: the last pair of persons named.
    case pair
    /// «السابق» after a title: a former holder.
    case former
    /// An interaction trigger (index into `KnowledgeBase.triggers`).
    case trigger(Int)

    var isCountryName: Bool { if case .countryName = self { return true } else { return false } }
    var isNisba: Bool { if case .nisba = self { return true } else { return false } }
}
