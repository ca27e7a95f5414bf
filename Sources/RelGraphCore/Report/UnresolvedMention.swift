/// A titled person or a name the linker could not resolve, grouped over the batch by
/// (surface, office, country): «الملحق العسكري الأمريكي» seen in four articles is one row.
public struct UnresolvedMention: Sendable, Hashable {
    public var surface: String
    public var kind: MentionKind
    public var office: String?
    public var country: String?
    /// Why it stayed unresolved (the linker's note for the first occurrence).
    public var note: String?
    public var count: Int
    /// Up to three article ids, in input order.
    public var articles: [String]
    /// The sentence of the first occurrence (clipped to `sentenceLimit` characters).
    public var sentence: String
    public var firstSeen: Day

    /// Longest example sentence kept, in characters.
    public static let sentenceLimit = 240

    /// Unresolved title and person mentions of `linked`, most frequent first, then by surface.
    public static func collect(_ linked: [LinkedArticle]) -> [UnresolvedMention] {
        var c = Collector()
        for la in linked { c.add(la) }
        return c.mentions
    }

    /// Unresolved mentions gathered one article at a time, so that a corpus need not be held:
    /// only the groups are kept (at most `maxGroups`; mentions of further groups are counted in
    /// `omitted`).
    public struct Collector: Sendable {
        var groups: [String: UnresolvedMention] = [:]
        var order: [String] = []
        /// Mentions not grouped past `maxGroups`.
        public private(set) var omitted = 0
        public static let maxGroups = 10_000

        public init() {}

        public mutating func add(_ la: LinkedArticle) {
            var scalars: [Unicode.Scalar] = []
            for m in la.mentions where m.resolution == .unresolved && (m.kind == .title || m.kind == .person) {
                let key = "\(m.surface)|\(m.office ?? "")|\(m.country ?? "")|\(m.kind.rawValue)"
                if var g = groups[key] {
                    g.count += 1
                    if g.articles.count < 3 && !g.articles.contains(la.article.id) { g.articles.append(la.article.id) }
                    g.firstSeen = min(g.firstSeen, la.article.date)
                    groups[key] = g
                } else if groups.count < Self.maxGroups {
                    if scalars.isEmpty { scalars = Array(la.article.text.unicodeScalars) }
                    order.append(key)
                    groups[key] = UnresolvedMention(
                        surface: m.surface, kind: m.kind, office: m.office, country: m.country, note: m.note, count: 1,
                        articles: [la.article.id], sentence: sentence(of: m, in: la, scalars: scalars), firstSeen: la.article.date)
                } else {
                    omitted += 1
                }
            }
        }

        /// The groups, most frequent first, then by surface.
        public var mentions: [UnresolvedMention] {
            order.map { groups[$0]! }.sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                return (a.surface, a.office ?? "", a.country ?? "", a.kind.rawValue) < (b.surface, b.office ?? "", b.country ?? "", b.kind.rawValue)
            }
        }
    }

    /// The text of the mention's sentence, newlines folded, clipped with an ellipsis.
    static func sentence(of m: Mention, in la: LinkedArticle, scalars: [Unicode.Scalar]) -> String {
        guard m.sentence < la.sentences.count else { return m.surface }
        let range = la.sentences[m.sentence].tokens
        guard !range.isEmpty else { return m.surface }
        let start = la.tokens[range.lowerBound].start, end = la.tokens[range.upperBound - 1].end
        var text = String(String.UnicodeScalarView(scalars[start..<end].map { $0.properties.isWhitespace ? " " : $0 }))
        if text.count > sentenceLimit { text = String(text.prefix(sentenceLimit)) + "…" }
        return text
    }
}
