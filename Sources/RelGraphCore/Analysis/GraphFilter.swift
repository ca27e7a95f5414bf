/// Which part of the graph to show.
public enum GraphLayer: String, Sendable, CaseIterable {
    /// Persons and organisations (no countries).
    case people
    case countries
    case all
}

/// A measure to rank or size nodes by.
public enum NodeMeasure: String, Sendable, CaseIterable {
    case degree
    case strength
}

/// Narrows a graph for display or export. Steps, in order:
/// 1. `since`/`until` (inclusive ISO dates): keep events in the window and rebuild interaction edges
///    from them; co-mention edges carry no date and are dropped when a window is set (build from
///    the articles of the window instead to keep them: `Pipeline` filters articles by date);
/// 2. `types`: keep only those interaction types (edge weights recomputed from the kept types;
///    `co_mention` in the list keeps co-mention edges);
/// 3. `layer`: people (persons and organisations), countries, or all;
/// 4. `minWeight`: drop interaction and co-mention edges lighter than this;
/// 5. `ego` with `depth`: keep nodes within `depth` steps of the entity (affiliation edges count);
/// 6. `top`: keep the N best nodes by `measure` (ties by id);
/// then nodes left without an interaction or co-mention edge are dropped (a kept person keeps its
/// country; the ego and the top N always stay) unless `keepIsolated`.
public struct GraphFilter: Sendable {
    public var since: String?
    public var until: String?
    public var types: Set<String>?
    public var layer: GraphLayer = .all
    public var minWeight: Double = 0
    public var ego: String?
    public var depth: Int = 1
    public var top: Int?
    public var measure: NodeMeasure = .strength
    public var keepIsolated = false

    public init() {}

    /// True when nothing would change.
    public var isEmpty: Bool {
        since == nil && until == nil && types == nil && layer == .all && minWeight <= 0 && ego == nil && top == nil
    }

    public func apply(_ g: RelationGraph) throws -> RelationGraph {
        if let ego, g.node(ego) == nil {
            throw FilterError.unknownEgo(ego)
        }
        var events = Array(g.events)
        var edges: [EdgeSpec] = g.edges.map { EdgeSpec($0, in: g) }
        if since != nil || until != nil {
            events = events.filter { e in (since.map { e.date >= $0 } ?? true) && (until.map { e.date <= $0 } ?? true) }
            edges = edges.filter { $0.kind == .affiliation } + events.map { EdgeSpec(event: $0) }
        }
        if let types {
            // Hostile types as the graph's events give them (polarity is the KB's, carried by each event).
            let hostile = Set(events.lazy.filter { $0.polarity == .hostile }.map(\.type))
            events = events.filter { types.contains($0.type) }
            edges = edges.compactMap { e in
                switch e.kind {
                case .affiliation: return e
                case .coMention:
                    // Named by the edge kind, or by the co-mention type its weights carry.
                    return types.contains(EdgeKind.coMention.rawValue) || e.types.contains { types.contains($0.type) } ? e : nil
                case .interaction:
                    let kept = e.types.filter { types.contains($0.type) }
                    guard !kept.isEmpty else { return nil }
                    var f = e
                    f.types = kept
                    f.weight = kept.reduce(0) { $0 + $1.weight }
                    f.hostileWeight = kept.filter { hostile.contains($0.type) }.reduce(0) { $0 + $1.weight }
                    return f
                }
            }
        }
        var nodes = g.nodes
        switch layer {
        case .people: nodes = nodes.filter { $0.kind != .country }
        case .countries: nodes = nodes.filter { $0.kind == .country }
        case .all: break
        }
        edges = edges.filter { $0.kind == .affiliation || $0.weight >= minWeight }
        var result = RelationGraph(nodes: nodes, edges: edges, events: events, articles: g.articles)
        if let ego {
            result = Self.keep(result, Self.neighbourhood(result, of: ego, depth: depth))
        }
        var chosen = Set<String>()
        if let top {
            let score = measure == .degree ? DegreeCentrality.degree(result) : DegreeCentrality.strength(result)
            chosen = Set(DegreeCentrality.ranking(result, score).prefix(max(0, top)).map { result.nodes[$0].id })
            result = Self.keep(result, chosen)
        }
        if !keepIsolated {
            // Related = an end of an interaction or co-mention edge; a related actor keeps its
            // country (affiliation), an actor with nothing but its affiliation goes.
            var linked = Set<String>()
            for e in result.edges where e.kind != .affiliation { linked.insert(result.nodes[e.source].id); linked.insert(result.nodes[e.target].id) }
            if let ego { linked.insert(ego) }
            linked.formUnion(chosen)
            for e in result.edges where e.kind == .affiliation && linked.contains(result.nodes[e.source].id) {
                linked.insert(result.nodes[e.target].id)
            }
            result = Self.keep(result, linked)
        }
        return result
    }

    /// Ids within `depth` steps of `id` (breadth-first over every edge).
    static func neighbourhood(_ g: RelationGraph, of id: String, depth: Int) -> Set<String> {
        guard let start = g.index(of: id) else { return [] }
        var adjacency = [[Int]](repeating: [], count: g.nodes.count)
        for e in g.edges { adjacency[e.source].append(e.target); adjacency[e.target].append(e.source) }
        var seen: Set<Int> = [start]
        var frontier = [start]
        for _ in 0..<max(0, depth) {
            var next: [Int] = []
            for v in frontier { for w in adjacency[v] where seen.insert(w).inserted { next.append(w) } }
            frontier = next
        }
        return Set(seen.map { g.nodes[$0].id })
    }

    /// The subgraph on the given node ids (events kept when both ends stay).
    static func keep(_ g: RelationGraph, _ ids: Set<String>) -> RelationGraph {
        let nodes = g.nodes.filter { ids.contains($0.id) }
        let edges = g.edges.map { EdgeSpec($0, in: g) }.filter { ids.contains($0.source) && ids.contains($0.target) }
        return RelationGraph(nodes: nodes, edges: edges, events: g.events.filter { ids.contains($0.a) && ids.contains($0.b) }, articles: g.articles)
    }
}

/// A filter that cannot be applied.
public enum FilterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The entity to centre on (`GraphFilter.ego`) is not a node of the graph.
    case unknownEgo(String)

    public var description: String {
        switch self {
        case .unknownEgo(let id): return "no node '\(id)' in the graph; use an entity id of the graph (e.g. khalid_bin_salman, SA)"
        }
    }
}
