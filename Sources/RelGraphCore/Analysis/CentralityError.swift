/// The one error type of the centrality module. Messages say what to change in the graph or the
/// options, not which command-line flag does it (the command line adds that).
public enum CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Shortest-path measures use distance = 1 / weight, which needs weight > 0.
    case nonPositiveWeight(source: String, target: String, weight: Double)
    /// A power iteration (eigenvector, PageRank) did not reach its tolerance.
    case notConverged(measure: String, iterations: Int)
    /// A measure of directed graphs (in_/out_degree, in_/out_strength) asked of an undirected one.
    case needsDirected(measure: String)
    /// The measure to rank by is not among the measures computed.
    case rankByNotComputed(measure: String)
    /// PageRank's damping is outside [0, 1].
    case dampingOutOfRange(Double)

    public var description: String {
        switch self {
        case .nonPositiveWeight(let s, let t, let w):
            return "edge \(s)–\(t) has weight \(w); centrality needs positive weights (distance = 1/weight). Drop or fix that edge."
        case .notConverged(let m, let n):
            return "\(m) did not converge in \(n) iterations; allow more iterations or a larger tolerance."
        case .needsDirected(let m):
            return "\(m) is a measure of directed graphs; compute it with edge directions"
        case .rankByNotComputed(let m):
            return "cannot rank by \(m): it is not among the measures computed"
        case .dampingOutOfRange(let alpha):
            return "PageRank's damping must be between 0 and 1 (got \(alpha))"
        }
    }
}
