/// Betweenness centrality, Brandes' algorithm with Dijkstra (U. Brandes, "A faster algorithm for
/// betweenness centrality", J. Math. Sociology 25(2), 2001; weighted variant in Brandes, "On
/// variants of shortest-path betweenness centrality", Social Networks 30(2), 2008).
///
/// c_B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st, with path length Σ 1/weight (weight as strength of tie).
/// Normalised as networkx (`normalized=True`): × 1 / ((n−1)(n−2)) for n > 2, both for directed and
/// undirected graphs (an undirected pair is counted from both ends, so this equals 2/((n−1)(n−2))
/// on unordered pairs); no scaling for n ≤ 2.
///
/// Sources are split into a fixed number of chunks run in parallel (`DispatchQueue.concurrentPerform`);
/// chunk results are added in chunk order, so the result does not depend on the number of cores.
/// Predecessors are not stored: the backward pass finds them as the in-neighbours v of w with
/// dist(v) + len(v, w) == dist(w), the same comparison the forward pass made.
public enum Betweenness {
    /// Number of source chunks (independent of the machine, for reproducible sums).
    static let chunks = 32

    /// `progress` is told (done, total) as each chunk of sources finishes.
    public static func compute(_ g: CentralityGraph, weighted: Bool = true, normalized: Bool = true, parallel: Bool = true,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Double] {
        let n = g.n
        guard n > 0 else { return [] }
        let paths = ShortestPaths(g, weighted: weighted)
        let chunkCount = min(chunks, n)
        let counter = ProgressCounter(total: chunkCount, report: progress)
        let work: @Sendable (Int) -> [Double] = { c in
            var local = [Double](repeating: 0, count: n)
            var state = BrandesState(n: n)
            var s = c
            while s < n {
                state.accumulate(source: s, paths: paths, into: &local)
                s += chunkCount
            }
            counter.tick()
            return local
        }
        let partials = parallel ? Parallel.map(chunkCount, work) : (0..<chunkCount).map(work)
        var result = [Double](repeating: 0, count: n)
        for p in partials { for i in 0..<n { result[i] += p[i] } }
        if normalized && n > 2 {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for i in 0..<n { result[i] *= scale }
        } else if !normalized && !g.directed {
            for i in 0..<n { result[i] *= 0.5 }
        }
        return result
    }
}

/// Per-thread scratch space for one Brandes pass.
struct BrandesState {
    var dist: [Double]
    var sigma: [Double]
    var delta: [Double]
    var done: [Bool]
    var order: [Int32] = []
    var heap = DistanceHeap()

    init(n: Int) {
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
        done = [Bool](repeating: false, count: n)
        order.reserveCapacity(n)
    }

    mutating func accumulate(source s: Int, paths: ShortestPaths, into result: inout [Double]) {
        let g = paths.graph
        order.removeAll(keepingCapacity: true)
        heap.removeAll()
        // Forward: Dijkstra counting shortest paths. σ(s) = 1; a node's σ is the sum of its
        // predecessors' σ, added as equal-length arcs are relaxed.
        dist[s] = 0
        sigma[s] = 1
        heap.push(0, Int32(s))
        g.outStart.withUnsafeBufferPointer { start in
        g.outTarget.withUnsafeBufferPointer { target in
        paths.outLength.withUnsafeBufferPointer { length in
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
                for k in start[v]..<start[v + 1] {
                    let w = Int(target[k])
                    if done[w] { continue }
                    let vw = d + length[k]
                    if vw < dist[w] {
                        dist[w] = vw
                        sigma[w] = sv
                        heap.push(vw, target[k])
                    } else if vw == dist[w] {
                        sigma[w] += sv
                    }
                }
            }
        }}}}}}
        // Backward: δ(v) = Σ_{w: v ∈ P(w)} σ(v)/σ(w) · (1 + δ(w)), w in reverse settling order.
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
            for v32 in order {
                let v = Int(v32)
                dist[v] = .infinity
                sigma[v] = 0
                delta[v] = 0
            }
        }}}}}}}
        for v32 in order { done[Int(v32)] = false }
    }
}

