/// Eigenvector centrality by power iteration, as networkx's `eigenvector_centrality`
/// (P. Bonacich, "Power and centrality", Am. J. Sociology 92(5), 1987).
///
/// Iterates x ← (A + I)ᵀ x / ‖(A + I)ᵀ x‖₂ from x = 1/n (the identity shift makes it converge on
/// bipartite graphs), with A the weighted adjacency; for a directed graph a node gains from its
/// in-neighbours (left eigenvector). Stops when Σ|x − x_prev| < n · tolerance; otherwise throws
/// `notConverged` after `maxIterations`.
public enum Eigenvector {
    public static func compute(_ g: CentralityGraph, maxIterations: Int = 100, tolerance: Double = 1e-6) throws -> [Double] {
        let n = g.n
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            let last = x
            for u in 0..<n {
                let xu = last[u]
                for k in g.outStart[u]..<g.outStart[u + 1] { x[Int(g.outTarget[k])] += xu * g.outWeight[k] }
            }
            var sq = 0.0
            for v in x { sq += v * v }
            var norm = sq.squareRoot()
            if norm == 0 { norm = 1 }
            var diff = 0.0
            for i in 0..<n {
                x[i] /= norm
                diff += abs(x[i] - last[i])
            }
            if diff < Double(n) * tolerance { return x }
        }
        throw CentralityError.notConverged(measure: "eigenvector", iterations: maxIterations)
    }
}
