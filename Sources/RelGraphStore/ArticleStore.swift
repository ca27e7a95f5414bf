import RelGraphCore

/// The one interface every command uses to keep articles: a backend (SQLite today, PostgreSQL on
/// paper, docs/store.md) implements these calls and nothing else, so a second backend is added
/// without touching the commands. Linking happens outside the backend (`StoreLinker`); the
/// backend only keeps articles and what linking found in them, and gives back graphs and rows.
public protocol ArticleStore {
    /// The content hashes among `hashes` that the store already holds (their articles need no linking).
    func knownHashes(_ hashes: [ContentHash]) throws -> Set<ContentHash>
    /// Adds a batch in one transaction: an article whose content hash is stored is a duplicate and
    /// is not added again; one whose id or url is stored with other content replaces it.
    func add(_ batch: [StoredArticle], linkedWith settings: LinkSettings) throws -> AddCounts
    /// Re-links every stored article in one transaction: `relink` gets the stored articles a batch
    /// at a time and returns what linking found in each (same order).
    func relink(settings: LinkSettings, batchSize: Int, _ relink: ([Article]) throws -> [ArticleLinks]) throws -> Int
    /// The stored articles dated in `window`, in (date, id) order.
    func articles(in window: DayWindow) throws -> [Article]
    /// The graph of the articles dated in `window`: the graph a build of those articles gives.
    func graph(in window: DayWindow, evidenceCap: Int) throws -> StoreGraph
    /// One row per piece of evidence of the direct events of the articles in `window`.
    func eventRows(in window: DayWindow) throws -> [EventRow]
    /// Counts and the date range held.
    func summary() throws -> StoreSummary
}

/// A date window over article dates, both ends included (nil: open).
public struct DayWindow: Sendable, Hashable {
    public var since: Day?
    public var until: Day?
    public init(since: Day? = nil, until: Day? = nil) {
        self.since = since
        self.until = until
    }
    public static let all = DayWindow()
    /// The bounds as ISO strings (open ends as the extremes of the ISO order).
    var bounds: (String, String) { (since?.description ?? "0000-00-00", until?.description ?? "9999-99-99") }
}

/// One article as the store keeps it, with what linking found in it.
public struct StoredArticle: Sendable {
    public var article: Article
    public var hash: ContentHash
    public var links: ArticleLinks
    /// `hash`: the article text's `ContentHash` (computed here when not given).
    public init(article: Article, hash: ContentHash? = nil, links: ArticleLinks) {
        self.article = article
        self.hash = hash ?? ContentHash(article.text)
        self.links = links
    }
}

/// What linking found in one article, in the form the graph is merged from (`SnapshotMerger`):
/// its nodes, its direct events with all their evidence, its co-mention and affiliation edges;
/// and its mentions (for queries).
public struct ArticleLinks: Sendable {
    public var nodes: [GraphNode]
    public var events: [InteractionEvent]
    public var edges: [EdgeSpec]
    public var mentions: [Mention]
    public init(nodes: [GraphNode], events: [InteractionEvent], edges: [EdgeSpec], mentions: [Mention]) {
        self.nodes = nodes
        self.events = events
        self.edges = edges
        self.mentions = mentions
    }
}

/// The knowledge base (its fingerprint) and options an article was linked with.
public struct LinkSettings: Sendable, Hashable {
    public var kb: String
    public var options: String
    public init(kb: String, options: String) {
        self.kb = kb
        self.options = options
    }
}

/// What one `add` did.
public struct AddCounts: Sendable, Equatable {
    public var added = 0
    public var replaced = 0
    /// Already stored (same content), under this id or another.
    public var duplicates = 0
    public init() {}
    public static func + (a: AddCounts, b: AddCounts) -> AddCounts {
        var c = a
        c.added += b.added
        c.replaced += b.replaced
        c.duplicates += b.duplicates
        return c
    }
}

/// A graph read from the store, with how many articles it came from.
public struct StoreGraph: Sendable {
    public var graph: RelationGraph
    public var articles: Int
}

/// One piece of evidence of one direct event, with its article's provenance.
public struct EventRow: Sendable, Hashable {
    public var date: String
    public var dateSource: String
    public var type: String
    public var direction: String
    public var polarity: String
    public var a: String
    public var b: String
    public var article: String
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var start: Int
    public var end: Int
    public var sentence: String
}

/// How much a store holds.
public struct StoreSummary: Sendable {
    public var articles: Int
    public var events: Int
    public var first: String?
    public var last: String?
    public var schemaVersion: Int
}
