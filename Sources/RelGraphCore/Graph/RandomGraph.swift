/// Random graphs for benchmarks: `nodes` persons spread over `countries` country ids, and `edges`
/// distinct undirected interaction edges chosen uniformly (G(n, m), Erdős–Rényi), weights uniform
/// in 1…10 (integers), one type `meeting`.
public enum RandomGraph {
    public static func make(nodes n: Int, edges m: Int, seed: UInt64, countries: [String] = ["SA", "US", "QA", "IR", "AE", "TR"]) -> RelationGraph {
        var rng = SplitMix64(seed: seed)
        let width = String(max(n - 1, 1)).count
        func id(_ i: Int) -> String { let s = String(i); return "p" + String(repeating: "0", count: width - s.count) + s }
        let people = (0..<n).map { i in
            GraphNode(id: id(i), name: "Person \(i)", label: "شخص \(i)", kind: .person, country: countries[i % countries.count])
        }
        var seen = Set<IndexPair>()
        var edges: [EdgeSpec] = []
        let target = min(m, n * (n - 1) / 2)
        while edges.count < target {
            let a = Int.random(in: 0..<n, using: &rng), b = Int.random(in: 0..<n, using: &rng)
            guard a != b else { continue }
            let key = IndexPair(Int32(min(a, b)), Int32(max(a, b)))
            guard seen.insert(key).inserted else { continue }
            let w = Double(Int.random(in: 1...10, using: &rng))
            edges.append(EdgeSpec(source: id(a), target: id(b), kind: .interaction, weight: w,
                                  types: [TypeWeight(type: "meeting", weight: w, count: 1)]))
        }
        return RelationGraph(nodes: people, edges: edges)
    }
}
