/// How a mention was linked to its entity.
public enum Resolution: String, Sendable, Hashable, Codable {
    /// A full name (or a partial name unique in the KB for people in office on the date).
    case name
    /// A partial name linked to a person already named in the article.
    case coref
    /// A title resolved to the holder of the office on the article's date.
    case title
    /// A title standing next to a name (apposition): the name decides.
    case apposition
    /// «نظيره الأمريكي»: the same office as the person referred back to, in the named country.
    case counterpart
    /// A demonym (nisba): «السعودي» → SA.
    case demonym
    /// A capital: «الرياض» → SA.
    case capital
    /// A country name, or a context-only name («المملكة») of a country named elsewhere in the article.
    case country
    /// A person named who had died before the article (more than `Person.mourningDays` before,
    /// or called «الراحل», «الشهيد» …): history, not a party; `note` says who.
    case history
    /// Not linked; `note` says why.
    case unresolved
}

/// What a mention refers to, as far as the text says.
public enum MentionKind: String, Sendable, Hashable, Codable {
    case person
    case country
    case organisation
    /// A title (or counterpart phrase) naming an office-holder.
    case title
}

/// A linked (or unlinkable) mention in one article.
public struct Mention: Sendable, Hashable {
    public var articleId: String
    /// Unicode-scalar offsets into the article's original text.
    public var start: Int
    public var end: Int
    public var surface: String
    public var kind: MentionKind
    /// Knowledge-base id of the entity, nil when unresolved.
    public var entity: String?
    public var entityKind: NodeKind?
    public var resolution: Resolution
    /// For titles: the office and the country the title names (when known).
    public var office: String?
    public var country: String?
    /// Index of the sentence in the article.
    public var sentence: Int
    /// Why a mention is unresolved (or how an ambiguity was settled).
    public var note: String?
    /// Token range in the article (internal bookkeeping for coreference).
    public var tokens: Range<Int>
    /// False for a person the knowledge base does not know, whom the text presents as an official
    /// (a title or an honorific beside the name): an open-world node, id from the normalised name.
    public var known: Bool

    public init(articleId: String, start: Int, end: Int, surface: String, kind: MentionKind, entity: String?,
                entityKind: NodeKind?, resolution: Resolution, office: String? = nil, country: String? = nil,
                sentence: Int, note: String? = nil, tokens: Range<Int>, known: Bool = true) {
        self.articleId = articleId
        self.start = start
        self.end = end
        self.surface = surface
        self.kind = kind
        self.entity = entity
        self.entityKind = entityKind
        self.resolution = resolution
        self.office = office
        self.country = country
        self.sentence = sentence
        self.note = note
        self.tokens = tokens
        self.known = known
    }
}
