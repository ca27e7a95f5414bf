/// The all-pairs shortest-path measures from one Dijkstra per source: Brandes' dependency
/// accumulation (betweenness) and each source's distance sum, reach and harmonic sum (closeness,
/// harmonic), for whichever are asked.
///
/// On an undirected graph the distances from a source are the distances to it, so one pass per
/// source serves betweenness and closeness together. On a directed graph closeness needs incoming
/// distances (a sweep along in-arcs) and betweenness outgoing ones, so they take a sweep each.
///
/// Sources are split into a fixed number of chunks run in parallel (`Parallel.map`); chunk results
/// are added in chunk order, so the result does not depend on the number of cores. Equal distances
/// are settled in the order they were reached (`DistanceHeap`), as networkx does.
enum SourceSweep {
    /// Number of source chunks (independent of the machine, for reproducible sums).
    static let chunks = 32

    /// What one sweep gives: unnormalised betweenness (Σ of dependencies, each ordered pair once),
    /// and per node the sum of its distances, the number of nodes at finite distance (itself
    /// included) and the sum of inverse distances.
    struct Result {
        var betweenness: [Double]?
        var distanceSum: [Double]?
        var reached: [Int]?
        var inverseSum: [Double]?
    }

    /// - Parameters:
    ///   - betweenness: accumulate Brandes' dependencies (paths along out-arcs).
    ///   - distances: record each source's distance sums; along in-arcs on a directed graph
    ///     (distances *to* the node), so not together with `betweenness` there.
    ///   - progress: told (done, total) as each chunk of sources finishes.
    static func run(_ g: CentralityGraph, weighted: Bool, betweenness: Bool, distances: Bool, parallel: Bool = true,
                    progress: (@Sendable (Int, Int) -> Void)?) -> Result {
        precondition(!(betweenness && distances && g.directed), "closeness of a directed graph needs its own sweep along in-arcs")
        let n = g.n
        guard n > 0 else { return Result(betweenness: betweenness ? [] : nil, distanceSum: distances ? [] : nil,
                                         reached: distances ? [] : nil, inverseSum: distances ? [] : nil) }
        let paths = ShortestPaths(g, weighted: weighted)
        let incoming = distances && g.directed
        let chunkCount = min(chunks, n)
        let counter = ProgressCounter(total: chunkCount, report: progress)
        struct Partial { var dependency: [Double]; var sums: [(node: Int, sum: Double, reached: Int, inverse: Double)] }
        let work: @Sendable (Int) -> Partial = { c in
            var part = Partial(dependency: betweenness ? [Double](repeating: 0, count: n) : [], sums: [])
            var state = SweepState(n: n)
            var s = c
            while s < n {
                state.forward(source: s, paths: paths, incoming: incoming, countPaths: betweenness)
                if distances { part.sums.append(state.distanceSums(source: s)) }
                if betweenness { state.accumulate(source: s, paths: paths, into: &part.dependency) }
                state.reset()
                s += chunkCount
            }
            counter.tick()
            return part
        }
        let partials = parallel ? Parallel.map(chunkCount, work) : (0..<chunkCount).map(work)
        var result = Result()
        if betweenness {
            var total = [Double](repeating: 0, count: n)
            for p in partials { for i in 0..<n { total[i] += p.dependency[i] } }
            result.betweenness = total
        }
        if distances {
            var sum = [Double](repeating: 0, count: n), inverse = [Double](repeating: 0, count: n)
            var reached = [Int](repeating: 0, count: n)
            for p in partials { for e in p.sums { (sum[e.node], reached[e.node], inverse[e.node]) = (e.sum, e.reached, e.inverse) } }
            (result.distanceSum, result.reached, result.inverseSum) = (sum, reached, inverse)
        }
        return result
    }
}

/// Per-thread scratch space for one source's Dijkstra and Brandes' backward pass.
struct SweepState {
    var dist: [Double]
    var sigma: [Double]
    var delta: [Double]
    var done: [Bool]
    /// Nodes in settling order.
    var order: [Int32] = []
    var heap = DistanceHeap()

    init(n: Int) {
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        done = [Bool](repeating: false, count: n)
        order.reserveCapacity(n)
    }

    /// Dijkstra from `s` along out-arcs (in-arcs when `incoming`), filling `order` and `dist`;
    /// with `countPaths`, σ(v) = the number of shortest s–v paths: σ(s) = 1, a node's σ the sum of
    /// its predecessors' σ, added as equal-length arcs are relaxed.
    mutating func forward(source s: Int, paths: ShortestPaths, incoming: Bool, countPaths: Bool) {
        let g = paths.graph
        order.removeAll(keepingCapacity: true)
        heap.removeAll()
        dist[s] = 0
        sigma[s] = 1
        heap.push(0, Int32(s))
        (incoming ? g.inStart : g.outStart).withUnsafeBufferPointer { start in
        (incoming ? g.inSource : g.outTarget).withUnsafeBufferPointer { target in
        (incoming ? paths.inLength : paths.outLength).withUnsafeBufferPointer { length in
        dist.withUnsafeMutableBufferPointer { dist in
        sigma.withUnsafeMutableBufferPointer { sigma in
        done.withUnsafeMutableBufferPointer { done in
            while !heap.isEmpty {
                let (d, v32) = heap.pop()
                let v = Int(v32)
                if done[v] { continue }
                done[v] = true
                order.append(v32)
                let sv = sigma[v]
                // A settled node w has dist(w) <= d < vw (lengths are positive), so only an equal
                // length needs the settled check, and the common case reads no `done`.
                for k in start[v]..<start[v + 1] {
                    let w = Int(target[k])
                    let vw = d + length[k]
                    if vw < dist[w] {
                        dist[w] = vw
                        if countPaths { sigma[w] = sv }
                        heap.push(vw, target[k])
                    } else if countPaths && vw == dist[w] && !done[w] {
                        sigma[w] += sv
                    }
                }
            }
        }}}}}}
    }

    /// After `forward(source: s)`: the sum of the distances (in settling order), the number of
    /// nodes reached (s included) and the sum of inverse positive distances.
    func distanceSums(source s: Int) -> (node: Int, sum: Double, reached: Int, inverse: Double) {
        var total = 0.0, inverse = 0.0
        for v in order {
            let d = dist[Int(v)]
            total += d
            if d > 0 { inverse += 1 / d }
        }
        return (s, total, order.count, inverse)
    }

    /// After `forward(source: s, countPaths: true)`, Brandes' backward pass:
    /// δ(v) = Σ_{w: v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)), w in reverse settling order, added to
    /// `result` for every w ≠ s. Predecessors are not stored: they are the in-neighbours v of w
    /// with dist(v) + len(v, w) == dist(w), the same comparison the forward pass made.
    mutating func accumulate(source s: Int, paths: ShortestPaths, into result: inout [Double]) {
        let g = paths.graph
        g.inStart.withUnsafeBufferPointer { start in
        g.inSource.withUnsafeBufferPointer { source in
        paths.inLength.withUnsafeBufferPointer { length in
        dist.withUnsafeMutableBufferPointer { dist in
        sigma.withUnsafeMutableBufferPointer { sigma in
        delta.withUnsafeMutableBufferPointer { delta in
        result.withUnsafeMutableBufferPointer { result in
            for i in stride(from: order.count - 1, through: 0, by: -1) {
                let w = Int(order[i])
                let coeff = (1 + delta[w]) / sigma[w]
                let dw = dist[w]
                for k in start[w]..<start[w + 1] {
                    let v = Int(source[k])
                    if dist[v] + length[k] == dw && v != w {
                        delta[v] += sigma[v] * coeff
                    }
                }
                if w != s { result[w] += delta[w] }
            }
        }}}}}}}
    }

    /// Restores the scratch arrays of the nodes the last source reached.
    mutating func reset() {
        for v32 in order {
            let v = Int(v32)
            dist[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
            done[v] = false
        }
    }
}
