/// Closeness and harmonic centrality with distance = 1 / weight.
///
/// - closeness (networkx `closeness_centrality`, `wf_improved=True`; Wasserman & Faust, *Social
///   Network Analysis*, 1994): C(u) = (r−1)/Σ_v d(v,u) · (r−1)/(n−1), where r is the number of nodes
///   that reach u (u included); 0 when nothing reaches u. For a directed graph distances are
///   *incoming* (d(v,u)), as in networkx.
/// - harmonic (Marchiori & Latora 2000; Boldi & Vigna, "Axioms for centrality", 2014):
///   H(u) = Σ_{v≠u} 1/d(v,u), not normalised (networkx's convention); well defined on disconnected
///   graphs.
public enum Closeness {
    struct Entry: Sendable { var node: Int; var closeness: Double; var harmonic: Double }

    /// `progress` is told (done, total) as each chunk of sources finishes.
    public static func compute(_ g: CentralityGraph, weighted: Bool = true,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> (closeness: [Double], harmonic: [Double]) {
        let n = g.n
        guard n > 0 else { return ([], []) }
        let paths = ShortestPaths(g, weighted: weighted)
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        let chunkCount = min(32, n)
        let counter = ProgressCounter(total: chunkCount, report: progress)
        let partial = Parallel.map(chunkCount) { c -> [Closeness.Entry] in
            var dist = [Double](repeating: .infinity, count: n)
            var heap = DistanceHeap()
            var out: [Closeness.Entry] = []
            var u = c
            while u < n {
                let reached = paths.distances(from: u, incoming: g.directed, dist: &dist, heap: &heap)
                var total = 0.0, h = 0.0
                for (_, d) in reached {
                    total += d
                    if d > 0 { h += 1 / d }
                }
                var cc = 0.0
                let r = Double(reached.count)
                if total > 0 && n > 1 { cc = (r - 1) / total * ((r - 1) / Double(n - 1)) }
                out.append(Entry(node: u, closeness: cc, harmonic: h))
                u += chunkCount
            }
            counter.tick()
            return out
        }
        for p in partial { for e in p { closeness[e.node] = e.closeness; harmonic[e.node] = e.harmonic } }
        return (closeness, harmonic)
    }
}
