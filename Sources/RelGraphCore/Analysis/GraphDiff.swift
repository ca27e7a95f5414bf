/// How an entity or relation changed between two batches.
public enum ChangeStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case added, removed, strengthened, weakened, changed, unchanged
}

/// What the diff says about a node.
public struct NodeChange: Sendable, Hashable {
    public var id: String
    public var name: String
    public var label: String
    public var kind: NodeKind
    public var status: ChangeStatus
}

/// One side of an edge in the diff.
public struct EdgeState: Sendable, Hashable {
    public var weight: Double
    /// Weight by interaction type.
    public var types: [String: Double]
    public var polarity: Polarity
    public var direction: EdgeDirection
}

/// What the diff says about an edge (between `source` < `target`, of `kind`).
public struct EdgeChange: Sendable, Hashable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    public var status: ChangeStatus
    public var before: EdgeState?
    public var after: EdgeState?
    /// after − before (a missing side counts 0).
    public var weightChange: Double { (after?.weight ?? 0) - (before?.weight ?? 0) }
    /// (after − before) / before; nil when the edge is new.
    public var relativeChange: Double? { before.map { $0.weight > 0 ? weightChange / $0.weight : 0 } }
    public var typesChanged: Bool { before != nil && after != nil && Set(before!.types.keys) != Set(after!.types.keys) }
    public var polarityChanged: Bool { before != nil && after != nil && before!.polarity != after!.polarity }
}

/// A node's rank by a measure in both batches.
public struct RankChange: Sendable, Hashable {
    public var id: String
    public var name: String
    public var before: Int
    public var after: Int
    /// Positive = moved up (before − after).
    public var moved: Int { before - after }
}

/// The difference between two graphs, matched by entity id (never by label).
///
/// - nodes: added (only after), removed (only before);
/// - interaction and co-mention edges (affiliations follow their nodes): added, removed, or both
///   present and *changed* — weight changed by at least `minChange` (strengthened / weakened), or the
///   set of interaction types or the polarity changed (changed);
/// - rank movers: nodes of the people layer present in both, ranked by `measure` in each graph,
///   sorted by |rank change| then id;
/// - country pairs with an interaction edge after but not before (new) and before but not after
///   (dormant).
/// Lists are sorted by the size of the change, largest first, then by id: nodes by their strength
/// (interaction and co-mention weight) on the side they are on, edges by |weight change| then
/// (source, target, kind), movers by |rank change| then id. The sizes do not depend on the
/// direction, so A→B and B→A are mirror images (added ↔ removed, strengthened ↔ weakened, rank
/// changes negated) in the same order.
public struct GraphDiff: Sendable {
    public var nodes: [NodeChange]
    public var edges: [EdgeChange]
    public var movers: [RankChange]
    public var rankMeasure: CentralityMeasure
    public var newCountryPairs: [EdgeChange]
    public var dormantCountryPairs: [EdgeChange]
    public var minChange: Double
    public var beforeArticles: Int
    public var afterArticles: Int

    public var nodesAdded: [NodeChange] { nodes.filter { $0.status == .added } }
    public var nodesRemoved: [NodeChange] { nodes.filter { $0.status == .removed } }
    public func edges(_ s: ChangeStatus) -> [EdgeChange] { edges.filter { $0.status == s } }

    /// True when nothing changed.
    public var isEmpty: Bool { nodes.isEmpty && edges.isEmpty && movers.isEmpty }

    public static func compute(before: RelationGraph, after: RelationGraph, minChange: Double = 0,
                               rankMeasure: CentralityMeasure = .degree, movers topMovers: Int = 10) throws -> GraphDiff {
        var nodes: [NodeChange] = []
        let beforeIds = Set(before.nodes.map(\.id)), afterIds = Set(after.nodes.map(\.id))
        for n in after.nodes where !beforeIds.contains(n.id) { nodes.append(NodeChange(id: n.id, name: n.name, label: n.label, kind: n.kind, status: .added)) }
        for n in before.nodes where !afterIds.contains(n.id) { nodes.append(NodeChange(id: n.id, name: n.name, label: n.label, kind: n.kind, status: .removed)) }
        let strength = Self.strengths(before, after)
        nodes.sort { x, y in
            let (sx, sy) = (strength[x.status == .added ? 1 : 0][x.id] ?? 0, strength[y.status == .added ? 1 : 0][y.id] ?? 0)
            return sx != sy ? sx > sy : (x.id, x.status.rawValue) < (y.id, y.status.rawValue)
        }

        let b = states(before), a = states(after)
        var edges: [EdgeChange] = []
        for key in Set(b.keys).union(a.keys).sorted() {
            let x = b[key], y = a[key]
            var status: ChangeStatus
            switch (x, y) {
            case (nil, _?): status = .added
            case (_?, nil): status = .removed
            case let (x?, y?):
                let dw = y.weight - x.weight
                if abs(dw) >= max(minChange, 1e-12) { status = dw > 0 ? .strengthened : .weakened } else { status = .unchanged }
                if status == .unchanged && (Set(x.types.keys) != Set(y.types.keys) || x.polarity != y.polarity) { status = .changed }
            default: continue
            }
            if status == .unchanged { continue }
            edges.append(EdgeChange(source: key.a, target: key.b, kind: key.kind, status: status, before: x, after: y))
        }
        // Stable: equal sizes keep the key order they were appended in.
        edges = edges.enumerated().sorted { x, y in
            let (dx, dy) = (abs(x.element.weightChange), abs(y.element.weightChange))
            return dx != dy ? dx > dy : x.offset < y.offset
        }.map(\.element)

        // Rank movers in the people layer.
        var options = CentralityOptions()
        options.layer = .people
        options.measures = [rankMeasure]
        let rb = try CentralityReport.compute(before, options: options), ra = try CentralityReport.compute(after, options: options)
        let rankBefore = Dictionary(uniqueKeysWithValues: rb.rows.map { ($0.id, $0.rank) })
        var movers: [RankChange] = []
        for row in ra.rows {
            guard let r0 = rankBefore[row.id], r0 != row.rank else { continue }
            movers.append(RankChange(id: row.id, name: row.name, before: r0, after: row.rank))
        }
        movers.sort { (abs($0.moved), $1.id) > (abs($1.moved), $0.id) }
        movers = Array(movers.prefix(topMovers))

        let countryIds = Set((before.nodes + after.nodes).filter { $0.kind == .country }.map(\.id))
        let countryEdges = edges.filter { $0.kind == .interaction && countryIds.contains($0.source) && countryIds.contains($0.target) }
        return GraphDiff(nodes: nodes, edges: edges, movers: movers, rankMeasure: rankMeasure,
                         newCountryPairs: countryEdges.filter { $0.status == .added },
                         dormantCountryPairs: countryEdges.filter { $0.status == .removed },
                         minChange: minChange, beforeArticles: before.articles.count, afterArticles: after.articles.count)
    }

    struct Key: Hashable, Comparable {
        var a: String, b: String, kind: EdgeKind
        static func < (x: Key, y: Key) -> Bool { (x.a, x.b, x.kind) < (y.a, y.b, y.kind) }
    }

    /// Strength (sum of interaction and co-mention weights) of each node in `before` and in `after`.
    static func strengths(_ before: RelationGraph, _ after: RelationGraph) -> [[String: Double]] {
        [before, after].map { g in
            var s: [String: Double] = [:]
            for e in g.edges where e.kind != .affiliation {
                s[g.nodes[e.source].id, default: 0] += e.weight
                s[g.nodes[e.target].id, default: 0] += e.weight
            }
            return s
        }
    }

    static func states(_ g: RelationGraph) -> [Key: EdgeState] {
        var out: [Key: EdgeState] = [:]
        for e in g.edges where e.kind != .affiliation {
            let s = g.nodes[e.source].id, t = g.nodes[e.target].id
            out[Key(a: s, b: t, kind: e.kind)] = EdgeState(weight: e.weight, types: Dictionary(uniqueKeysWithValues: e.types.map { ($0.type, $0.weight) }),
                                                           polarity: e.polarity, direction: e.direction)
        }
        return out
    }

    /// The union of both graphs, for drawing: every node and edge of either side (an edge with its
    /// larger weight), and the status of each, keyed `source|target|kind` for edges.
    public static func union(before: RelationGraph, after: RelationGraph, diff: GraphDiff) -> (graph: RelationGraph, nodeStatus: [String: ChangeStatus], edgeStatus: [EdgeKey: ChangeStatus]) {
        var nodes: [String: GraphNode] = [:]
        for n in before.nodes + after.nodes { nodes[n.id] = n }
        var specs: [EdgeKey: EdgeSpec] = [:]
        for g in [before, after] {
            for e in g.edges {
                let spec = EdgeSpec(e, in: g)
                let key = EdgeKey(source: spec.source, target: spec.target, kind: e.kind)
                if let old = specs[key], old.weight >= spec.weight { continue }
                specs[key] = spec
            }
        }
        var nodeStatus: [String: ChangeStatus] = [:]
        for n in diff.nodes { nodeStatus[n.id] = n.status }
        var edgeStatus: [EdgeKey: ChangeStatus] = [:]
        for e in diff.edges { edgeStatus[EdgeKey(source: e.source, target: e.target, kind: e.kind)] = e.status }
        return (RelationGraph(nodes: Array(nodes.values), edges: Array(specs.values), events: [], articles: []), nodeStatus, edgeStatus)
    }
}
