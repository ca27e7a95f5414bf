/// Single-source Dijkstra on a `CentralityGraph` with distance = 1 / weight (or 1 per arc when
/// unweighted), settling equal distances in the order they were reached, as networkx does.
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

    /// Distances from `source` along out-arcs (or in-arcs, i.e. distances *to* source, when
    /// `incoming`), as (node, distance) in settling order; `dist` is scratch space of size n
    /// filled with +inf on entry and restored on exit.
    func distances(from source: Int, incoming: Bool, dist: inout [Double], heap: inout DistanceHeap) -> [(Int32, Double)] {
        let start = incoming ? graph.inStart : graph.outStart
        let next = incoming ? graph.inSource : graph.outTarget
        let length = incoming ? inLength : outLength
        var settled: [(Int32, Double)] = []
        var done = [Bool](repeating: false, count: graph.n)
        heap.removeAll()
        dist[source] = 0
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, v32) = heap.pop()
            let v = Int(v32)
            if done[v] { continue }
            done[v] = true
            settled.append((v32, d))
            for k in start[v]..<start[v + 1] {
                let w = Int(next[k])
                let vw = d + length[k]
                if !done[w] && vw < dist[w] {
                    dist[w] = vw
                    heap.push(vw, next[k])
                }
            }
        }
        for (v, _) in settled { dist[Int(v)] = .infinity }
        return settled
    }
}
