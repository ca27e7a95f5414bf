/// The kind of a graph node.
public enum NodeKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case person
    case country
    case organisation

    public static func < (a: NodeKind, b: NodeKind) -> Bool { a.rawValue < b.rawValue }
}

/// The kind of a graph edge.
public enum EdgeKind: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Two entities mentioned together (same sentence, or a sentence and the one before it in
    /// the same paragraph). Undirected; weight = number of such co-occurrences.
    case coMention = "co_mention"
    /// A person belongs to a country (from the knowledge base). Directed person -> country.
    case affiliation

    public static func < (a: EdgeKind, b: EdgeKind) -> Bool { a.rawValue < b.rawValue }
}

/// A node: a linked entity. `id` is the knowledge-base id (stable across runs and batches).
public struct GraphNode: Sendable, Hashable, Codable {
    public var id: String
    /// English name.
    public var name: String
    /// Arabic display label.
    public var label: String
    public var kind: NodeKind
    /// Country id (ISO 3166 alpha-2) for persons and organisations; nil for countries.
    public var country: String?

    public init(id: String, name: String, label: String, kind: NodeKind, country: String?) {
        self.id = id
        self.name = name
        self.label = label
        self.kind = kind
        self.country = country
    }
}

/// An edge between two nodes, by dense index into `RelationGraph.nodes`.
/// Undirected edges are stored with `source < target` (by node id order, which is index order).
public struct GraphEdge: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var kind: EdgeKind
    public var weight: Double

    public init(source: Int, target: Int, kind: EdgeKind, weight: Double) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
    }

    /// Affiliation edges point person -> country; co-mention edges are undirected.
    public var isDirected: Bool { kind == .affiliation }
}

/// Metadata of one article that went into a graph.
public struct ArticleInfo: Sendable, Hashable {
    public var id: String
    /// ISO date `YYYY-MM-DD` used to resolve titles.
    public var date: String
    /// Where the date came from: `front_matter`, `jsonl`, `text`, or `as_of`.
    public var dateSource: String
    public var title: String?

    public init(id: String, date: String, dateSource: String, title: String?) {
        self.id = id
        self.date = date
        self.dateSource = dateSource
        self.title = title
    }
}

/// An immutable, canonically ordered relations graph.
///
/// Nodes are sorted by id; node indices are dense `Int`s into `nodes`. Edges are sorted by
/// (source id, target id, kind). Two graphs built from the same input are `==` and serialise
/// to the same bytes.
public struct RelationGraph: Sendable, Equatable {
    public let nodes: [GraphNode]
    public let edges: [GraphEdge]
    public let articles: [ArticleInfo]
    private let indexById: [String: Int]

    /// Builds a canonical graph. Nodes are de-duplicated by id (first wins) and sorted; edges refer
    /// to node ids; parallel edges of the same kind are merged by adding weights.
    public init(nodes: [GraphNode], edges: [(source: String, target: String, kind: EdgeKind, weight: Double)],
                articles: [ArticleInfo] = []) {
        var seen = Set<String>()
        var unique: [GraphNode] = []
        for node in nodes where seen.insert(node.id).inserted { unique.append(node) }
        unique.sort { $0.id < $1.id }
        var index: [String: Int] = [:]
        for (i, node) in unique.enumerated() { index[node.id] = i }

        struct Key: Hashable { var s: Int; var t: Int; var k: EdgeKind }
        var weights: [Key: Double] = [:]
        for e in edges {
            guard let s = index[e.source], let t = index[e.target], s != t else { continue }
            let key = e.kind == .affiliation ? Key(s: s, t: t, k: e.kind) : Key(s: min(s, t), t: max(s, t), k: e.kind)
            weights[key, default: 0] += e.weight
        }
        let sortedEdges = weights.map { GraphEdge(source: $0.key.s, target: $0.key.t, kind: $0.key.k, weight: $0.value) }
            .sorted { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }

        self.nodes = unique
        self.edges = sortedEdges
        self.articles = articles.sorted { ($0.id, $0.date) < ($1.id, $1.date) }
        self.indexById = index
    }

    /// Dense index of the node with this id.
    public func index(of id: String) -> Int? { indexById[id] }

    public func node(_ id: String) -> GraphNode? { indexById[id].map { nodes[$0] } }

    /// The edge of `kind` between two node ids, if any (order-insensitive for undirected kinds).
    public func edge(_ a: String, _ b: String, kind: EdgeKind = .coMention) -> GraphEdge? {
        guard let i = indexById[a], let j = indexById[b] else { return nil }
        return edges.first { $0.kind == kind && (($0.source == i && $0.target == j) || (!$0.isDirected && $0.source == j && $0.target == i)) }
    }

    public static func == (a: RelationGraph, b: RelationGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges && a.articles == b.articles
    }
}
