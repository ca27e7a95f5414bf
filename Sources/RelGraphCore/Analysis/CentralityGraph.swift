/// A weighted graph on dense indices in compressed sparse row form, for the centrality measures.
///
/// Parallel edges are merged (weights added) and self-loops dropped. An undirected graph stores
/// each edge as two arcs; a directed graph keeps out-arcs and in-arcs. Arcs of a node are in the
/// order the edges were given.
public struct CentralityGraph: Sendable {
    public let ids: [String]
    public let directed: Bool
    public var n: Int { ids.count }
    /// Out-arcs of v: `outTarget[outStart[v]..<outStart[v+1]]` with weights `outWeight`.
    let outStart: [Int]
    let outTarget: [Int32]
    let outWeight: [Double]
    /// In-arcs of v (for a directed graph; the out-arcs again for an undirected one).
    let inStart: [Int]
    let inSource: [Int32]
    let inWeight: [Double]

    /// - Parameter edges: (source index, target index, weight); weights must be finite.
    public init(ids: [String], edges: [(Int, Int, Double)], directed: Bool) {
        self.ids = ids
        self.directed = directed
        let n = ids.count
        // Merge parallel edges, keeping first-seen order.
        var order: [(Int, Int)] = []
        var weight: [Int: Double] = [:]
        for (a, b, w) in edges where a != b && a >= 0 && b >= 0 && a < n && b < n {
            let (u, v) = directed ? (a, b) : (min(a, b), max(a, b))
            let key = u * n + v
            if weight[key] == nil { order.append((u, v)) }
            weight[key, default: 0] += w
        }
        var arcs: [(Int, Int, Double)] = []
        arcs.reserveCapacity(order.count * (directed ? 1 : 2))
        for (u, v) in order {
            let w = weight[u * n + v]!
            arcs.append((u, v, w))
            if !directed { arcs.append((v, u, w)) }
        }
        (outStart, outTarget, outWeight) = Self.csr(n, arcs.map { ($0.0, $0.1, $0.2) })
        if directed {
            (inStart, inSource, inWeight) = Self.csr(n, arcs.map { ($0.1, $0.0, $0.2) })
        } else {
            (inStart, inSource, inWeight) = (outStart, outTarget, outWeight)
        }
    }

    static func csr(_ n: Int, _ arcs: [(Int, Int, Double)]) -> ([Int], [Int32], [Double]) {
        var start = [Int](repeating: 0, count: n + 1)
        for (u, _, _) in arcs { start[u + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var target = [Int32](repeating: 0, count: arcs.count)
        var weight = [Double](repeating: 0, count: arcs.count)
        for (u, v, w) in arcs {
            target[fill[u]] = Int32(v)
            weight[fill[u]] = w
            fill[u] += 1
        }
        return (start, target, weight)
    }

    /// Number of edges (an undirected edge once).
    public var edgeCount: Int { directed ? outTarget.count : outTarget.count / 2 }

    /// The first edge with weight <= 0 or not finite, if any.
    func badWeight() -> CentralityError? {
        for u in 0..<n {
            for k in outStart[u]..<outStart[u + 1] where !(outWeight[k] > 0) || !outWeight[k].isFinite {
                return .nonPositiveWeight(source: ids[u], target: ids[Int(outTarget[k])], weight: outWeight[k])
            }
        }
        return nil
    }
}

extension CentralityGraph {
    /// One layer of a relations graph: its nodes (by `NodeKind`: people = persons and
    /// organisations, countries = country nodes, all = every node) and the interaction (and, with
    /// `coMentions`, co-mention) edges between two of them, by `EdgeKind`; affiliation edges never
    /// count. Directed: interactions reported one way give one arc, others two.
    /// - Returns: the layer's node indices in `graph` (in id order) and the layer graph on them.
    public static func layer(of graph: RelationGraph, _ layer: GraphLayer, coMentions: Bool, directed: Bool) -> (nodes: [Int], graph: CentralityGraph) {
        let nodes = graph.nodes.indices.filter { i in
            switch layer {
            case .people: return graph.nodes[i].kind != .country
            case .countries: return graph.nodes[i].kind == .country
            case .all: return true
            }
        }
        var local = [Int](repeating: -1, count: graph.nodes.count)
        for (k, i) in nodes.enumerated() { local[i] = k }
        var edges: [(Int, Int, Double)] = []
        for e in graph.edges where e.kind == .interaction || (coMentions && e.kind == .coMention) {
            let s = local[e.source], t = local[e.target]
            guard s >= 0, t >= 0 else { continue }
            if directed {
                switch e.direction {
                case .forward: edges.append((s, t, e.weight))
                case .backward: edges.append((t, s, e.weight))
                case .none, .both: edges.append((s, t, e.weight)); edges.append((t, s, e.weight))
                }
            } else {
                edges.append((s, t, e.weight))
            }
        }
        return (nodes, CentralityGraph(ids: nodes.map { graph.nodes[$0].id }, edges: edges, directed: directed))
    }
}
