/// Betweenness centrality, Brandes' algorithm with Dijkstra (U. Brandes, "A faster algorithm for
/// betweenness centrality", J. Math. Sociology 25(2), 2001; weighted variant in Brandes, "On
/// variants of shortest-path betweenness centrality", Social Networks 30(2), 2008).
///
/// c_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, with path length Σ 1/weight (weight as strength of tie).
/// Normalised as networkx (`normalized=True`): × 1 / ((n−1)(n−2)) for n > 2, both for directed and
/// undirected graphs (an undirected pair is counted from both ends, so this equals 2/((n−1)(n−2))
/// on unordered pairs); no scaling for n ≤ 2.
///
/// The passes from every source are `SourceSweep`'s (which can give closeness from the same
/// passes: `CentralityReport` asks for both at once).
public enum Betweenness {
    /// `progress` is told (done, total) as each chunk of sources finishes.
    public static func compute(_ g: CentralityGraph, weighted: Bool = true, normalized: Bool = true, parallel: Bool = true,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Double] {
        let sweep = SourceSweep.run(g, weighted: weighted, betweenness: true, distances: false, parallel: parallel, progress: progress)
        return scaled(sweep.betweenness ?? [], g, normalized: normalized)
    }

    /// The sweep's dependency sums (each ordered pair once) scaled as `compute` describes.
    static func scaled(_ raw: [Double], _ g: CentralityGraph, normalized: Bool = true) -> [Double] {
        let n = g.n
        var result = raw
        if normalized && n > 2 {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for i in 0..<n { result[i] *= scale }
        } else if !normalized && !g.directed {
            for i in 0..<n { result[i] *= 0.5 }
        }
        return result
    }
}
