/// Closeness and harmonic centrality with distance = 1 / weight.
///
/// - closeness (networkx `closeness_centrality`, `wf_improved=True`; Wasserman & Faust, *Social
///   Network Analysis*, 1994): C(u) = (r−1)/Σ_v d(v,u) · (r−1)/(n−1), where r is the number of nodes
///   that reach u (u included); 0 when nothing reaches u. For a directed graph distances are
///   *incoming* (d(v,u)), as in networkx.
/// - harmonic (Marchiori & Latora 2000; Boldi & Vigna, "Axioms for centrality", 2014):
///   H(u) = Σ_{v≠u} 1/d(v,u), not normalised (networkx's convention); well defined on disconnected
///   graphs.
///
/// The distances come from `SourceSweep` (one Dijkstra per node, along in-arcs on a directed graph).
public enum Closeness {
    /// `progress` is told (done, total) as each chunk of sources finishes.
    public static func compute(_ g: CentralityGraph, weighted: Bool = true,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> (closeness: [Double], harmonic: [Double]) {
        from(SourceSweep.run(g, weighted: weighted, betweenness: false, distances: true, progress: progress), g)
    }

    /// Closeness and harmonic centrality from a sweep that recorded distances.
    static func from(_ sweep: SourceSweep.Result, _ g: CentralityGraph) -> (closeness: [Double], harmonic: [Double]) {
        let n = g.n
        guard let sums = sweep.distanceSum, let reached = sweep.reached, let harmonic = sweep.inverseSum else { return ([], []) }
        let closeness = (0..<n).map { u -> Double in
            let total = sums[u], r = Double(reached[u])
            return total > 0 && n > 1 ? (r - 1) / total * ((r - 1) / Double(n - 1)) : 0
        }
        return (closeness, harmonic)
    }
}
