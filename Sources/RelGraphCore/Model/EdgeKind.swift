/// The kind of a graph edge.
public enum EdgeKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Typed interactions (calls, meetings, visits, agreements, hostility …) aggregated over events.
    case interaction
    /// Named together in a sentence (or a sentence and the one before it) without an interaction
    /// word linking them: a weak link, kept apart from interactions.
    case coMention = "co_mention"
    /// A person or organisation belongs to a country (from the knowledge base), person → country.
    case affiliation

    public static func < (a: EdgeKind, b: EdgeKind) -> Bool { a.rank < b.rank }

    /// The position of the kind in the order of the raw values (affiliation, co_mention,
    /// interaction).
    var rank: Int {
        switch self {
        case .affiliation: 0
        case .coMention: 1
        case .interaction: 2
        }
    }
}
