/// Degree and strength on a `CentralityGraph`.
///
/// - degree centrality (networkx `degree_centrality`): deg(v) / (n − 1), deg = number of
///   neighbours; 1 for every node when n ≤ 1. A directed graph gives in- and out-degree
///   centrality (networkx `in_degree_centrality`, `out_degree_centrality`).
/// - strength: Σ of the weights at v (networkx `G.degree(weight="weight")`; Barrat et al., PNAS
///   2004), not normalised; in- and out-strength for a directed graph.
public enum Degree {
    public static func centrality(_ g: CentralityGraph) -> (out: [Double], in: [Double]) {
        let n = g.n
        guard n > 1 else { return ([Double](repeating: 1, count: n), [Double](repeating: 1, count: n)) }
        let scale = 1 / Double(n - 1)
        let out = (0..<n).map { Double(g.outStart[$0 + 1] - g.outStart[$0]) * scale }
        let inn = (0..<n).map { Double(g.inStart[$0 + 1] - g.inStart[$0]) * scale }
        return (out, inn)
    }

    public static func strength(_ g: CentralityGraph) -> (out: [Double], in: [Double]) {
        let n = g.n
        var out = [Double](repeating: 0, count: n), inn = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for k in g.outStart[u]..<g.outStart[u + 1] { out[u] += g.outWeight[k] }
            for k in g.inStart[u]..<g.inStart[u + 1] { inn[u] += g.inWeight[k] }
        }
        return (out, inn)
    }
}
