/// A `CentralityGraph`'s arc lengths for Dijkstra: distance = 1 / weight (or 1 per arc when
/// unweighted), parallel to its CSR arrays.
struct ShortestPaths {
    let graph: CentralityGraph
    /// Arc lengths, parallel to the CSR arrays.
    let outLength: [Double]
    let inLength: [Double]

    init(_ g: CentralityGraph, weighted: Bool) {
        graph = g
        outLength = weighted ? g.outWeight.map { 1 / $0 } : [Double](repeating: 1, count: g.outWeight.count)
        inLength = g.directed ? (weighted ? g.inWeight.map { 1 / $0 } : [Double](repeating: 1, count: g.inWeight.count)) : outLength
    }
}
