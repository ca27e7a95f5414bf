/// Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. 2008, P10008) on a weighted undirected graph.
///
/// Weighted modularity with resolution γ (Newman 2004; Reichardt–Bornholdt 2006):
///
///     Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]
///
/// where m is the total edge weight, L_c the weight of the edges inside community c and d_c the
/// sum of the weighted degrees of its nodes. One level moves each node, in turn, to the neighbouring
/// community with the largest gain
///
///     ΔQ = k_i,C / m − γ Σ_tot(C) k_i / (2m²)   (against the same for its own community, i removed)
///
/// until a pass moves nothing; the communities then become the nodes of the next level (inner
/// weights as self-loops). It stops when a level raises Q by less than `threshold` (1e-7, as
/// networkx's `louvain_communities`).
///
/// Deterministic: the nodes of each level are visited in an order shuffled by `SplitMix64(seed)`
/// (Fisher–Yates on dense indices); equal gains go to the community with the smaller index (at
/// the first level, the node with the smaller index: ids sort the nodes of a `RelationGraph`).
/// Sums are taken in adjacency order, so the same graph and seed give the same communities.
public enum Louvain {
    public static let threshold = 1e-7
    /// Most passes of local moving in one level.
    static let maxPasses = 1000

    /// Independent runs whose best partition is kept: one run of Louvain depends on the visiting
    /// order; the best of ten is steadier (on the test fixtures, never below networkx's Louvain − 0.01).
    public static let runs = 10

    /// The community of every node of `g` (its direction is ignored: arcs are read as undirected
    /// edges), numbered 0, 1, … by size (descending), ties by the smallest member id: the partition
    /// of highest modularity among `runs` runs, the run seeds drawn from `SplitMix64(seed)` (on
    /// equal modularity the earlier run).
    public static func communities(_ g: CentralityGraph, resolution: Double = 1, seed: UInt64 = 0) -> [Int] {
        let level = Level(undirected: g)
        guard level.totalWeight > 0 else { return number(Array(0..<g.n), ids: g.ids) }
        var seeds = SplitMix64(seed: seed)
        var best: (membership: [Int], q: Double)?
        for _ in 0..<runs {
            let membership = run(level, resolution: resolution, seed: seeds.next())
            let q = level.modularity(membership, resolution: resolution)
            if best == nil || q > best!.q { best = (membership, q) }
        }
        return number(best!.membership, ids: g.ids)
    }

    /// One run of Louvain: the community (a label) of each node of `level`.
    static func run(_ first: Level, resolution: Double, seed: UInt64) -> [Int] {
        var level = first
        var membership = Array(0..<first.n)
        var rng = SplitMix64(seed: seed)
        var q = level.modularity(Array(0..<level.n), resolution: resolution)
        while true {
            let (community, moved) = level.moveNodes(resolution: resolution, rng: &rng)
            guard moved else { break }
            let (next, relabel) = level.aggregate(community)
            let newQ = next.modularity(Array(0..<next.n), resolution: resolution)
            for i in membership.indices { membership[i] = relabel[membership[i]] }
            level = next
            if newQ - q <= threshold { break }
            q = newQ
        }
        return membership
    }

    /// Weighted modularity of a partition of `g` (arcs read as undirected edges); 0 for a graph
    /// without edges.
    public static func modularity(_ g: CentralityGraph, _ community: [Int], resolution: Double = 1) -> Double {
        Level(undirected: g).modularity(community, resolution: resolution)
    }

    /// Communities renumbered by (size descending, smallest member id ascending).
    static func number(_ membership: [Int], ids: [String]) -> [Int] {
        var members: [Int: [Int]] = [:]
        for (i, c) in membership.enumerated() { members[c, default: []].append(i) }
        typealias Group = (members: [Int], first: String)
        var groups: [Group] = members.values.map { list in (list, list.map { ids[$0] }.min() ?? "") }
        groups.sort { (a: Group, b: Group) -> Bool in
            a.members.count != b.members.count ? a.members.count > b.members.count : a.first < b.first
        }
        var out = [Int](repeating: 0, count: membership.count)
        for (rank, group) in groups.enumerated() { for i in group.members { out[i] = rank } }
        return out
    }

    /// One level of the algorithm: a weighted undirected graph with self-loops, as adjacency lists.
    struct Level {
        /// Neighbours of each node (self-loops excluded), with the edge weight.
        var adjacent: [[(node: Int, weight: Double)]]
        /// Weight of each node's self-loop.
        var loop: [Double]
        var n: Int { adjacent.count }

        init(adjacent: [[(node: Int, weight: Double)]], loop: [Double]) {
            self.adjacent = adjacent
            self.loop = loop
        }

        /// The graph's arcs as undirected edges: a directed graph's u→v and v→u add up.
        init(undirected g: CentralityGraph) {
            var adjacent = [[(node: Int, weight: Double)]](repeating: [], count: g.n)
            if g.directed {
                var sums: [[Int: Double]] = Array(repeating: [:], count: g.n)
                var order: [[Int]] = Array(repeating: [], count: g.n)
                for u in 0..<g.n {
                    for k in g.outStart[u]..<g.outStart[u + 1] {
                        let v = Int(g.outTarget[k]), w = g.outWeight[k]
                        for (a, b) in [(u, v), (v, u)] {
                            if sums[a][b] == nil { order[a].append(b) }
                            sums[a][b, default: 0] += w
                        }
                    }
                }
                for u in 0..<g.n { adjacent[u] = order[u].map { ($0, sums[u][$0]!) } }
            } else {
                for u in 0..<g.n {
                    for k in g.outStart[u]..<g.outStart[u + 1] { adjacent[u].append((Int(g.outTarget[k]), g.outWeight[k])) }
                }
            }
            self.init(adjacent: adjacent, loop: [Double](repeating: 0, count: g.n))
        }

        /// Weighted degree: a self-loop counts twice.
        func degree(_ u: Int) -> Double { adjacent[u].reduce(2 * loop[u]) { $0 + $1.weight } }

        /// Total edge weight m (each edge once).
        var totalWeight: Double { (0..<n).reduce(0) { $0 + degree($1) } / 2 }

        func modularity(_ community: [Int], resolution: Double) -> Double {
            let m = totalWeight
            guard m > 0 else { return 0 }
            var inner: [Int: Double] = [:], total: [Int: Double] = [:]
            for u in 0..<n {
                let c = community[u]
                total[c, default: 0] += degree(u)
                inner[c, default: 0] += loop[u]
                for (v, w) in adjacent[u] where community[v] == c && u < v { inner[c, default: 0] += w }
            }
            return total.keys.sorted().reduce(0) { q, c in
                let d = total[c]! / (2 * m)
                return q + (inner[c] ?? 0) / m - resolution * d * d
            }
        }

        /// Local moving: passes over the nodes (in a seeded order) until none moves. Returns each
        /// node's community (a node index) and whether any node moved.
        func moveNodes(resolution: Double, rng: inout SplitMix64) -> ([Int], Bool) {
            let m = totalWeight
            var community = Array(0..<n)
            let degrees = (0..<n).map(degree)
            var sigmaTotal = degrees
            var order = Array(0..<n)
            for i in stride(from: n - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            var toCommunity = [Double](repeating: 0, count: n)
            var touched: [Int] = []
            var movedAny = false
            var improved = true, passes = 0
            // Every move raises Q, so passes end; the bound only guards against rounding cycles.
            while improved && passes < maxPasses {
                improved = false
                passes += 1
                for u in order {
                    let own = community[u], k = degrees[u]
                    for (v, w) in adjacent[u] {
                        let c = community[v]
                        if toCommunity[c] == 0 { touched.append(c) }
                        toCommunity[c] += w
                    }
                    sigmaTotal[own] -= k
                    // Gain of joining c, measured from u alone (the constant terms cancel).
                    func gain(_ c: Int) -> Double { toCommunity[c] / m - resolution * sigmaTotal[c] * k / (2 * m * m) }
                    var best = own, bestGain = gain(own)
                    for c in touched where c != own {
                        let g = gain(c)
                        if g > bestGain || (g == bestGain && c < best && best != own) { best = c; bestGain = g }
                    }
                    sigmaTotal[best] += k
                    if best != own {
                        community[u] = best
                        improved = true
                        movedAny = true
                    }
                    for c in touched { toCommunity[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                }
            }
            return (community, movedAny)
        }

        /// The next level: one node per community (numbered by first appearance in node order),
        /// weights between communities added, inner weights as self-loops. Also returns the
        /// map from this level's community labels (node indices) to the new nodes.
        func aggregate(_ community: [Int]) -> (Level, [Int]) {
            var relabel = [Int](repeating: -1, count: n)
            var count = 0
            for u in 0..<n where relabel[community[u]] < 0 { relabel[community[u]] = count; count += 1 }
            var loop = [Double](repeating: 0, count: count)
            var sums: [[Int: Double]] = Array(repeating: [:], count: count)
            var order: [[Int]] = Array(repeating: [], count: count)
            for u in 0..<n {
                let a = relabel[community[u]]
                loop[a] += self.loop[u]
                for (v, w) in adjacent[u] {
                    let b = relabel[community[v]]
                    if a == b {
                        if u < v { loop[a] += w }
                    } else {
                        if sums[a][b] == nil { order[a].append(b) }
                        sums[a][b, default: 0] += w
                    }
                }
            }
            let adjacent = (0..<count).map { a in order[a].map { (node: $0, weight: sums[a][$0]!) } }
            // Map a node index of this level (as a community label) to its new node.
            var byNode = [Int](repeating: 0, count: n)
            for u in 0..<n { byNode[u] = relabel[community[u]] }
            return (Level(adjacent: adjacent, loop: loop), byNode)
        }
    }
}
