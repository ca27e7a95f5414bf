/// A centrality measure of the report.
public enum CentralityMeasure: String, Sendable, CaseIterable {
    case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank
    case inDegree = "in_degree", outDegree = "out_degree", inStrength = "in_strength", outStrength = "out_strength"

    public static let undirected: [CentralityMeasure] = [.degree, .strength, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank]
    public static let directed: [CentralityMeasure] = [.inDegree, .outDegree, .inStrength, .outStrength, .betweenness, .closeness, .harmonic, .eigenvector, .pagerank]
}

/// What to compute the report on.
public struct CentralityOptions: Sendable {
    public var layer: GraphLayer = .people
    /// Node kinds to list (the measures are computed on the whole layer).
    public var kinds: Set<NodeKind>?
    /// Use edge directions (interactions reported one way give one arc; others two).
    public var directed = false
    /// Count co-mention edges too (weak links); otherwise interactions only.
    public var coMentions = true
    /// Measures to compute; nil for all of the mode's measures.
    public var measures: [CentralityMeasure]?
    /// Rank by this measure (default: the first computed).
    public var rankBy: CentralityMeasure?
    public var top: Int?
    public var damping = 0.85
    public var maxIterations = 100
    public var tolerance = 1e-6
    /// Seed of the Louvain communities of the `community` column (`CommunityReport`).
    public var seed: UInt64 = 0
    /// Communities already found on the same graph: the `community` column is read from the
    /// layer's partition when it was found the same way (same co-mention choice and seed,
    /// resolution 1), instead of running Louvain again.
    public var communities: CommunityReport?
    /// Called as the all-pairs measures (betweenness, closeness, harmonic) advance, one call at a
    /// time: for a progress display on long runs.
    public var progress: (@Sendable (CentralityProgress) -> Void)?

    public init() {}
}

/// How far a long centrality measure has come: `done` of `total` parts of its sources.
public struct CentralityProgress: Sendable {
    public var measure: CentralityMeasure
    public var done: Int
    public var total: Int
}


/// One row of the report.
public struct CentralityRow: Sendable, Hashable {
    public var rank: Int
    public var id: String
    public var name: String
    public var label: String
    public var kind: NodeKind
    public var values: [Double]
    /// Rank of the node's Louvain community in the layer (1 = the largest; `CommunityReport`).
    public var community: Int
}

/// Centrality of the nodes of one layer of a relations graph.
///
/// The layer's graph: its nodes and the interaction (and, unless left out, co-mention) edges
/// between them, parallel edges merged with weights added; affiliation edges never count. Measures
/// and conventions as networkx (see `Degree`, `Betweenness`, `Closeness`, `Eigenvector`,
/// `PageRank`): degree normalised by n − 1, betweenness by (n − 1)(n − 2), closeness with the
/// Wasserman–Faust correction, harmonic not normalised, strength raw, PageRank summing to 1,
/// eigenvector with unit Euclidean norm; shortest paths use distance = 1 / weight. Each row also
/// has its Louvain community in the layer (`Louvain`, on the undirected layer graph). Rows are sorted
/// by the ranking measure (descending), ties by id; `rank` is 1-based.
public struct CentralityReport: Sendable {
    public var measures: [CentralityMeasure]
    public var rankBy: CentralityMeasure
    public var rows: [CentralityRow]
    public var nodeCount: Int
    public var edgeCount: Int
    public var directed: Bool
    public var layer: GraphLayer
    /// Measures left out (did not converge), with why.
    public var warnings: [String] = []

    public static func compute(_ graph: RelationGraph, options: CentralityOptions = CentralityOptions()) throws -> CentralityReport {
        let (nodes, cg) = CentralityGraph.layer(of: graph, options.layer, coMentions: options.coMentions, directed: options.directed)
        if let bad = cg.badWeight() { throw bad }
        let measures = options.measures ?? (options.directed ? CentralityMeasure.directed : CentralityMeasure.undirected)
        for m in measures where !options.directed && [.inDegree, .outDegree, .inStrength, .outStrength].contains(m) {
            throw CentralityError.needsDirected(measure: m.rawValue)
        }
        var columns: [[Double]] = []
        var computed: [CentralityMeasure] = []
        var warnings: [String] = []
        var paths = Self.sharedSweep(cg, measures: measures, options: options)
        for m in measures {
            do {
                columns.append(try Self.column(m, cg, options: options, paths: &paths))
                computed.append(m)
            } catch let e as CentralityError {
                // A measure the user did not ask for by name is left out with a warning; one asked
                // for is an error.
                guard options.measures == nil, case .notConverged = e else { throw e }
                warnings.append(e.description + " It is left out of the report.")
            }
        }
        let measuresDone = computed
        let rankBy = options.rankBy ?? measuresDone.first ?? .degree
        guard let rankColumn = measuresDone.firstIndex(of: rankBy) else {
            throw CentralityError.rankByNotComputed(measure: rankBy.rawValue)
        }
        let community = Self.communities(graph, nodes: nodes, cg, options: options)
        var rows: [CentralityRow] = nodes.enumerated().map { k, i in
            let n = graph.nodes[i]
            return CentralityRow(rank: 0, id: n.id, name: n.name, label: n.label, kind: n.kind, values: columns.map { $0[k] },
                                 community: community[k] + 1)
        }
        rows.sort { ($0.values[rankColumn], $1.id) > ($1.values[rankColumn], $0.id) }
        for i in rows.indices { rows[i].rank = i + 1 }
        if let kinds = options.kinds { rows = rows.filter { kinds.contains($0.kind) } }
        if let top = options.top { rows = Array(rows.prefix(max(0, top))) }
        return CentralityReport(measures: measuresDone, rankBy: rankBy, rows: rows, nodeCount: cg.n, edgeCount: cg.edgeCount,
                                directed: options.directed, layer: options.layer, warnings: warnings)
    }

    /// The community (0-based rank) of each layer node: on the undirected layer graph, as
    /// `relgraph communities` finds them; read from `options.communities` when it holds the layer
    /// found the same way.
    static func communities(_ graph: RelationGraph, nodes: [Int], _ cg: CentralityGraph, options: CentralityOptions) -> [Int] {
        if let given = options.communities, given.options.coMentions == options.coMentions, given.options.seed == options.seed,
           given.options.resolution == 1, let layer = given.layers.first(where: { $0.layer == options.layer }) {
            var rank = [Int](repeating: 0, count: graph.nodes.count)
            for c in layer.communities { for i in c.members { rank[i] = c.rank - 1 } }
            return nodes.map { rank[$0] }
        }
        let undirected = options.directed ? CentralityGraph.layer(of: graph, options.layer, coMentions: options.coMentions, directed: false).graph : cg
        return Louvain.communities(undirected, seed: options.seed)
    }

    /// The all-pairs measures' sweep, made once: betweenness and closeness (or harmonic) from the
    /// same Dijkstra passes when both are asked on an undirected graph (`SourceSweep`), reporting
    /// progress for both; nil when they are computed apart.
    static func sharedSweep(_ cg: CentralityGraph, measures: [CentralityMeasure], options: CentralityOptions) -> SourceSweep.Result? {
        guard !cg.directed, measures.contains(.betweenness),
              let distances = measures.first(where: { $0 == .closeness || $0 == .harmonic }) else { return nil }
        var progress: (@Sendable (Int, Int) -> Void)?
        if let report = options.progress {
            progress = { done, total in
                for m in [CentralityMeasure.betweenness, distances] { report(CentralityProgress(measure: m, done: done, total: total)) }
            }
        }
        return SourceSweep.run(cg, weighted: true, betweenness: true, distances: true, progress: progress)
    }

    /// One measure's column; `paths` holds the all-pairs sweep once made (`sharedSweep`, or the
    /// closeness sweep made for the first of closeness and harmonic).
    static func column(_ m: CentralityMeasure, _ cg: CentralityGraph, options: CentralityOptions,
                       paths: inout SourceSweep.Result?) throws -> [Double] {
            switch m {
            case .degree: return Self.combinedDegree(cg)
            case .strength:
                let s = Degree.strength(cg)
                return cg.directed ? zip(s.out, s.in).map { $0 + $1 } : s.out
            case .inDegree: return Degree.centrality(cg).in
            case .outDegree: return Degree.centrality(cg).out
            case .inStrength: return Degree.strength(cg).in
            case .outStrength: return Degree.strength(cg).out
            case .betweenness:
                if let raw = paths?.betweenness { return Betweenness.scaled(raw, cg) }
                return Betweenness.compute(cg, progress: Self.reporter(m, options))
            case .closeness, .harmonic:
                if paths?.distanceSum == nil {
                    paths = SourceSweep.run(cg, weighted: true, betweenness: false, distances: true, progress: Self.reporter(m, options))
                }
                let c = Closeness.from(paths!, cg)
                return m == .closeness ? c.closeness : c.harmonic
            case .eigenvector: return try Eigenvector.compute(cg, maxIterations: options.maxIterations, tolerance: options.tolerance)
            case .pagerank: return try PageRank.compute(cg, damping: options.damping, maxIterations: options.maxIterations, tolerance: options.tolerance)
            }
    }

    /// `options.progress` for measure `m`, as the (done, total) callback of the computations.
    static func reporter(_ m: CentralityMeasure, _ options: CentralityOptions) -> (@Sendable (Int, Int) -> Void)? {
        guard let progress = options.progress else { return nil }
        return { done, total in progress(CentralityProgress(measure: m, done: done, total: total)) }
    }

    /// Degree centrality; on a directed graph the total (in + out) / (n − 1), as networkx.
    static func combinedDegree(_ g: CentralityGraph) -> [Double] {
        let d = Degree.centrality(g)
        return g.directed ? zip(d.out, d.in).map { g.n > 1 ? $0 + $1 : $0 } : d.out
    }
}
