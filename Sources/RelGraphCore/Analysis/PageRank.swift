/// PageRank (Brin & Page, "The anatomy of a large-scale hypertextual Web search engine", 1998), as
/// networkx's `pagerank` computes it: weighted, uniform teleport and uniform redistribution of the
/// rank of dangling nodes:
///
/// x ← α (x P + (Σ_{dangling} x) · 1/n) + (1 − α) / n, with P_uv = w(u,v) / Σ_v w(u,v),
///
/// from x = 1/n until Σ|x − x_prev| < n · tolerance (else `notConverged`). An undirected edge links
/// both ways.
public enum PageRank {
    public static func compute(_ g: CentralityGraph, damping alpha: Double = 0.85, maxIterations: Int = 100,
                               tolerance: Double = 1e-6) throws -> [Double] {
        guard alpha >= 0 && alpha <= 1 else { throw CentralityError.dampingOutOfRange(alpha) }
        let n = g.n
        guard n > 0 else { return [] }
        var outSum = [Double](repeating: 0, count: n)
        for u in 0..<n { for k in g.outStart[u]..<g.outStart[u + 1] { outSum[u] += g.outWeight[k] } }
        let dangling = (0..<n).filter { outSum[$0] == 0 }
        let inv = outSum.map { $0 == 0 ? 0 : 1 / $0 }
        let p = 1 / Double(n)
        var x = [Double](repeating: p, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for i in 0..<n { next[i] = 0 }
            for u in 0..<n {
                let share = x[u] * inv[u]
                if share == 0 { continue }
                for k in g.outStart[u]..<g.outStart[u + 1] { next[Int(g.outTarget[k])] += share * g.outWeight[k] }
            }
            var danglingSum = 0.0
            for d in dangling { danglingSum += x[d] }
            var err = 0.0
            for i in 0..<n {
                let v = alpha * (next[i] + danglingSum * p) + (1 - alpha) * p
                err += abs(v - x[i])
                next[i] = v
            }
            swap(&x, &next)
            if err < Double(n) * tolerance { return x }
        }
        throw CentralityError.notConverged(measure: "pagerank", iterations: maxIterations)
    }
}
