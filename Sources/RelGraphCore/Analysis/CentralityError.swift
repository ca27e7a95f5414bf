/// The one error type of the centrality module.
public enum CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Shortest-path measures use distance = 1 / weight, which needs weight > 0.
    case nonPositiveWeight(source: String, target: String, weight: Double)
    /// A power iteration (eigenvector, PageRank) did not reach its tolerance.
    case notConverged(measure: String, iterations: Int)
    /// A parameter out of range (damping, iterations, tolerance).
    case invalidParameter(String)

    public var description: String {
        switch self {
        case .nonPositiveWeight(let s, let t, let w):
            return "edge \(s)–\(t) has weight \(w); centrality needs positive weights (distance = 1/weight). Drop or fix that edge (e.g. --min-weight)."
        case .notConverged(let m, let n):
            return "\(m) did not converge in \(n) iterations; raise --max-iter or --tolerance."
        case .invalidParameter(let message):
            return message
        }
    }
}
