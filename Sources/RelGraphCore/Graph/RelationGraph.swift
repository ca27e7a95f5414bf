/// A node: a linked entity. `id` is the knowledge-base id (stable across runs and batches).
extension RelationGraph {
    /// Largest edge weight a snapshot may hold: a million events of the heaviest type
    /// (`InteractionType.maximumWeight`). A graph built or merged from valid events stays below it.
    public static let maximumEdgeWeight = 1e18
}

public struct GraphNode: Sendable, Hashable, Codable {
    public var id: String
    /// English name.
    public var name: String
    /// Arabic display label.
    public var label: String
    public var kind: NodeKind
    /// Country id (ISO 3166 alpha-2) for persons and organisations; nil for countries.
    public var country: String?
    /// False for an open-world person: an official the knowledge base does not know, named in the
    /// text beside a title or an honorific (`name` and `label` are then the name as written).
    public var known: Bool
    /// For a person: the days on which they act for another side than `country` (`SideTerm`),
    /// empty for most.
    public var sides: [SideTerm]

    /// Name and label are cleaned of bidi controls and NUL (`OutputText.displayName`).
    public init(id: String, name: String, label: String, kind: NodeKind, country: String?, known: Bool = true, sides: [SideTerm] = []) {
        self.id = id
        self.name = OutputText.displayName(name)
        self.label = OutputText.displayName(label)
        self.kind = kind
        self.country = country
        self.known = known
        self.sides = sides
    }

    enum CodingKeys: String, CodingKey { case id, name, label, kind, country, known, sides }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  label: try c.decode(String.self, forKey: .label), kind: try c.decode(NodeKind.self, forKey: .kind),
                  country: try c.decodeIfPresent(String.self, forKey: .country), known: try c.decodeIfPresent(Bool.self, forKey: .known) ?? true,
                  sides: try c.decodeIfPresent([SideTerm].self, forKey: .sides) ?? [])
    }
}

/// The weight an edge gets from one interaction type.
public struct TypeWeight: Sendable, Hashable {
    public var type: String
    public var weight: Double
    /// Number of events (interactions) or sentences (co-mentions) of this type.
    public var count: Int

    public init(type: String, weight: Double, count: Int) {
        self.type = type
        self.weight = weight
        self.count = count
    }
}

/// An edge between two nodes, by dense index into `RelationGraph.nodes`. Interaction and
/// co-mention edges are stored with `source < target`; `direction` says which way the events went.
/// Affiliation edges point person/organisation → country.
public struct GraphEdge: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var kind: EdgeKind
    /// Sum of the weights of the events (or co-mentions) behind the edge.
    public var weight: Double
    /// Weight by interaction type, sorted by type.
    public var types: [TypeWeight]
    public var direction: EdgeDirection
    /// The part of `weight` that comes from hostile events.
    public var hostileWeight: Double

    public init(source: Int, target: Int, kind: EdgeKind, weight: Double, types: [TypeWeight] = [],
                direction: EdgeDirection = .none, hostileWeight: Double = 0) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.types = types
        self.direction = kind == .affiliation ? .forward : direction
        self.hostileWeight = hostileWeight
    }

    /// Cooperative, hostile, or mixed.
    public var polarity: Polarity {
        if hostileWeight <= 0 { return .cooperative }
        return hostileWeight >= weight ? .hostile : .mixed
    }

    /// True when the edge has a direction (affiliation, or interactions reported one way).
    public var isDirected: Bool { direction != .none }

    /// Number of events (interaction) or sentences (co-mention) behind the edge.
    public var count: Int { types.reduce(0) { $0 + $1.count } }
}

/// An edge given by node ids, before the graph is made canonical.
public struct EdgeSpec: Sendable, Hashable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    public var weight: Double
    public var types: [TypeWeight]
    public var direction: EdgeDirection
    public var hostileWeight: Double

    public init(source: String, target: String, kind: EdgeKind, weight: Double, types: [TypeWeight] = [],
                direction: EdgeDirection = .none, hostileWeight: Double = 0) {
        self.source = source
        self.target = target
        self.kind = kind
        self.weight = weight
        self.types = types
        self.direction = direction
        self.hostileWeight = hostileWeight
    }
}

extension EdgeSpec {
    /// An edge that owns no storage, left in the slots of a list whose edges were moved out
    /// (`Array.append(moving:leaving:)`).
    static let placeholder = EdgeSpec(source: "", target: "", kind: .coMention, weight: 0)

    /// The interaction edge of one event: its type's weight, direction and polarity.
    public init(event e: InteractionEvent) {
        self.init(source: e.a, target: e.b, kind: .interaction, weight: e.weight,
                  types: [TypeWeight(type: e.type, weight: e.weight, count: 1)], direction: e.direction,
                  hostileWeight: e.polarity == .hostile ? e.weight : 0)
    }

    /// An edge of `graph`, by node ids.
    public init(_ e: GraphEdge, in graph: RelationGraph) {
        self.init(source: graph.nodes[e.source].id, target: graph.nodes[e.target].id, kind: e.kind, weight: e.weight,
                  types: e.types, direction: e.direction, hostileWeight: e.hostileWeight)
    }
}

/// Metadata of one article that went into a graph.
public struct ArticleInfo: Sendable, Hashable {
    public var id: String
    /// ISO date `YYYY-MM-DD` used to resolve titles.
    public var date: String
    /// Where the date came from: `front_matter`, `record`, `text`, or `as_of`.
    public var dateSource: String
    public var title: String?
    /// Where the article was published, as its record gave it (shown as a link only when `http`/`https`).
    public var url: String?
    public var outlet: String?

    public init(id: String, date: String, dateSource: String, title: String?, url: String? = nil, outlet: String? = nil) {
        self.id = id
        self.date = date
        self.dateSource = dateSource
        self.title = title
        self.url = url
        self.outlet = outlet
    }

    /// True when the date is the run's `--as-of` day, not one the article gave: every output that
    /// shows the date marks it as assumed.
    public var dateAssumed: Bool { dateSource == DateSource.asOf.rawValue }

    /// `url` when it is an `http:` or `https:` address (the only ones an output makes a link of:
    /// a `javascript:` or `data:` url from hostile input must not become one).
    public var linkURL: String? {
        guard let u = url else { return nil }
        let lower = u.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !u.contains(where: { $0.isWhitespace }) ? u : nil
    }
}

/// An immutable, canonically ordered relations graph with the events behind its interaction edges.
///
/// Nodes are sorted by id; node indices are dense `Int`s into `nodes`. Edges are sorted by
/// (source id, target id, kind); events by (date, a, b, type). Two graphs built from the same input
/// are `==` and serialise to the same bytes.
public struct RelationGraph: Sendable, Equatable {
    public let nodes: [GraphNode]
    public let edges: [GraphEdge]
    /// In key order (date, a, b, type, via); made one by one when read (see `EventList`).
    public let events: EventList
    public let articles: [ArticleInfo]
    private let indexById: [String: Int]

    /// Builds a canonical graph. Nodes are de-duplicated by id (first wins) and sorted; edges that
    /// name unknown nodes or loop are dropped; parallel edges of one kind are merged (weights and
    /// type weights added, directions merged); undirected kinds are stored with source < target.
    public init(nodes: [GraphNode], edges: [EdgeSpec], events: [InteractionEvent] = [], articles: [ArticleInfo] = []) {
        // Usually given sorted (snapshots): then no copy.
        var sortedEvents = true
        for i in events.indices.dropFirst() where InteractionEvent.keyPrecedes(events[i], events[i - 1]) { sortedEvents = false; break }
        self.init(nodes: nodes, edges: edges, sortedEvents: EventList(sortedEvents ? events : events.sorted(by: InteractionEvent.keyPrecedes)),
                  articles: articles)
    }

    /// With the events already in key order (`GraphBuilder`).
    /// With `parallel`, the edges' keys are sorted in two halves on two threads.
    init(nodes: [GraphNode], edges: [EdgeSpec], sortedEvents: EventList, articles: [ArticleInfo], parallel: Bool = false) {
        var seen = Set<String>()
        var unique: [GraphNode] = []
        for node in nodes where seen.insert(node.id).inserted { unique.append(node) }
        unique.sort { $0.id < $1.id }
        var index: [String: Int] = [:]
        for (i, node) in unique.enumerated() { index[node.id] = i }

        // Edges in canonical order (a stable sort of their keys, by input position on ties), so
        // that parallel edges are folded in the order given (sums added in input order) without a
        // table of all the edges.
        // Ties by input position.
        typealias Keyed = (key: EdgeOrderKey, at: Int32, direction: EdgeDirection)
        // Ends found by their bytes (cheaper than `String` hashing), else by the string.
        let keys = KeyVocabulary(positions: unique.map(\.id))
        precondition(unique.count <= EdgeOrderKey.maxNode, "RelationGraph: too many nodes")
        let positions = index
        let keyedOf: @Sendable (Range<Int>) -> [Keyed] = { range in
            func at(_ id: String) -> Int? { keys.id(id).map(Int.init) ?? positions[id] }
            var keyed: [Keyed] = []
            keyed.reserveCapacity(range.count)
            // (Fields read in place: a copy of each edge would retain and release its strings and types.)
            for i in range {
                guard var s = at(edges[i].source), var t = at(edges[i].target), s != t else { continue }
                var direction = edges[i].direction
                let kind = edges[i].kind
                if kind != .affiliation && s > t { swap(&s, &t); direction = direction.reversed }
                keyed.append((EdgeOrderKey(source: s, target: t, kind: kind), Int32(i), direction))
            }
            return keyed
        }
        // With `parallel`, each half of the work on its own thread (the halves are joined in
        // order, so the result is the same).
        let split = parallel && edges.count >= 1 << 14
        var keyed: [Keyed]
        if split {
            let (a, b) = Parallel.both(parallel: true, { keyedOf(0..<edges.count / 2) }, { keyedOf(edges.count / 2..<edges.count) })
            keyed = a
            keyed.append(contentsOf: b)
        } else {
            keyed = keyedOf(0..<edges.count)
        }
        Parallel.sort(&keyed, parallel: parallel) { $0.key != $1.key ? $0.key < $1.key : $0.at < $1.at }
        // Parallel edges (equal keys) are folded into one, in input order.
        let sortedKeys = keyed
        let mergedOf: @Sendable (Range<Int>) -> [GraphEdge] = { range in
            var merged: [GraphEdge] = []
            merged.reserveCapacity(range.count)
            var lastKey: EdgeOrderKey?
            do {
                for k in sortedKeys[range] {
                    let i = Int(k.at), direction = k.direction
                    if k.key == lastKey {
                        merged[merged.count - 1].weight += edges[i].weight
                        merged[merged.count - 1].hostileWeight += edges[i].hostileWeight
                        merged[merged.count - 1].direction = merged[merged.count - 1].direction.merged(with: direction)
                        merged[merged.count - 1].types = Self.add(merged[merged.count - 1].types, edges[i].types)
                    } else {
                        lastKey = k.key
                        // Type lists already in canonical form (sorted, one entry per type) are shared.
                        let types = edges[i].types
                        merged.append(GraphEdge(source: k.key.source, target: k.key.target, kind: edges[i].kind,
                                                weight: edges[i].weight, types: Self.isCanonical(types) ? types : Self.add([], types),
                                                direction: direction, hostileWeight: edges[i].hostileWeight))
                    }
                }
            }
            return merged
        }
        var merged: [GraphEdge]
        // Cut between two different keys, so that no run of parallel edges is split.
        var cut = sortedKeys.count / 2
        while cut > 0 && cut < sortedKeys.count && sortedKeys[cut].key == sortedKeys[cut - 1].key { cut += 1 }
        if split && cut < sortedKeys.count {
            let lower = 0..<cut, upper = cut..<sortedKeys.count
            var (a, b) = Parallel.both(parallel: true, { mergedOf(lower) }, { mergedOf(upper) })
            a.append(moving: &b, leaving: GraphEdge(source: 0, target: 0, kind: .coMention, weight: 0))
            merged = a
        } else {
            merged = mergedOf(0..<sortedKeys.count)
        }
        self.nodes = unique
        self.edges = merged
        self.events = sortedEvents
        // Usually given sorted: then no copy.
        let articlesPrecede: (ArticleInfo, ArticleInfo) -> Bool = { ($0.id, $0.date) < ($1.id, $1.date) }
        self.articles = articles.indices.dropFirst().contains { articlesPrecede(articles[$0], articles[$0 - 1]) }
            ? articles.sorted(by: articlesPrecede) : articles
        self.indexById = index
    }

    /// Plain weighted edges (co-mention or affiliation), for simple graphs built in code.
    public init(nodes: [GraphNode], edges: [(source: String, target: String, kind: EdgeKind, weight: Double)],
                articles: [ArticleInfo] = []) {
        self.init(nodes: nodes, edges: edges.map { EdgeSpec(source: $0.source, target: $0.target, kind: $0.kind, weight: $0.weight) },
                  events: [], articles: articles)
    }

    /// Type weights of two edges added: a merge of two lists sorted by type (a list given unsorted
    /// is sorted first).
    static func add(_ a: [TypeWeight], _ b: [TypeWeight]) -> [TypeWeight] {
        let x = Self.isSorted(a) ? a : a.sorted { $0.type < $1.type }
        let y = Self.isSorted(b) ? b : b.sorted { $0.type < $1.type }
        var out: [TypeWeight] = []
        out.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if j >= y.count || (i < x.count && x[i].type < y[j].type) { append(x[i]); i += 1 }
            else { append(y[j]); j += 1 }
        }
        return out

        func append(_ t: TypeWeight) {
            if let last = out.last, last.type == t.type {
                out[out.count - 1].weight += t.weight
                out[out.count - 1].count += t.count
            } else {
                out.append(t)
            }
        }
    }

    /// Sorted by type with one entry per type (what `add` returns).
    static func isCanonical(_ a: [TypeWeight]) -> Bool {
        a.count < 2 || zip(a, a.dropFirst()).allSatisfy { $0.type < $1.type }
    }

    static func isSorted(_ a: [TypeWeight]) -> Bool {
        a.count < 2 || zip(a, a.dropFirst()).allSatisfy { $0.type <= $1.type }
    }

    /// Dense index of the node with this id.
    public func index(of id: String) -> Int? { indexById[id] }

    public func node(_ id: String) -> GraphNode? { indexById[id].map { nodes[$0] } }

    /// The article with this id (binary search: `articles` is sorted by id), nil when the graph has none.
    public func article(_ id: String) -> ArticleInfo? {
        var (lo, hi) = (0, articles.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if articles[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < articles.count && articles[lo].id == id ? articles[lo] : nil
    }

    /// The key of one of this graph's edges (its nodes' ids and its kind).
    public func key(_ e: GraphEdge) -> EdgeKey { EdgeKey(source: nodes[e.source].id, target: nodes[e.target].id, kind: e.kind) }

    /// The edge of `kind` between two node ids, if any (order-insensitive except for affiliation).
    public func edge(_ a: String, _ b: String, kind: EdgeKind = .interaction) -> GraphEdge? {
        guard let i = indexById[a], let j = indexById[b] else { return nil }
        return edges.first { $0.kind == kind && (($0.source == i && $0.target == j) || (kind != .affiliation && $0.source == j && $0.target == i)) }
    }

    /// The direction of the interaction edge between `a` and `b` as seen from a → b.
    public func direction(from a: String, to b: String) -> EdgeDirection? {
        guard let e = edge(a, b), let i = indexById[a] else { return nil }
        return e.source == i ? e.direction : e.direction.reversed
    }

    /// The events between two entities (either order).
    public func events(between a: String, _ b: String) -> [InteractionEvent] {
        let (x, y) = a < b ? (a, b) : (b, a)
        return events.filter { $0.a == x && $0.b == y }
    }

    public static func == (a: RelationGraph, b: RelationGraph) -> Bool {
        a.nodes == b.nodes && a.edges == b.edges && a.events == b.events && a.articles == b.articles
    }
}
