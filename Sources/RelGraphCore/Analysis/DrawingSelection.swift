/// What a drawing of a large graph keeps: its strongest nodes, and of their interaction and
/// co-mention edges a backbone — each kept node's `perNode` heaviest edges — filled up with the
/// heaviest others to the edge budget.
///
/// Keeping only the globally heaviest edges would keep the countries (whose edges carry every
/// projected event) and drop almost every person; the per-node strongest ties keep each person on
/// the drawing with the relations that define them (in the spirit of a k-nearest-neighbour
/// backbone). Deterministic: edges are ranked by (weight desc, source id, target id).
public enum DrawingSelection {
    /// The part of `g` to draw: the `maxNodes` strongest nodes (by strength, ties by id) and at
    /// most about `maxEdges` of their interaction and co-mention edges (the backbone may exceed it
    /// when the budget is smaller than `perNode` × the nodes kept); the whole graph when it is
    /// within both budgets.
    public static func backbone(of g: RelationGraph, maxNodes: Int, maxEdges: Int, perNode: Int = 2) throws -> RelationGraph {
        var top = GraphFilter()
        if g.nodes.count > maxNodes { top.top = maxNodes }
        let kept = top.isEmpty ? g : try top.apply(g)
        let related = kept.edges.indices.filter { kept.edges[$0].kind != .affiliation }
        guard related.count > maxEdges else { return kept }
        func heavier(_ a: Int, _ b: Int) -> Bool {
            let x = kept.edges[a], y = kept.edges[b]
            if x.weight != y.weight { return x.weight > y.weight }
            let xs = (kept.nodes[x.source].id, kept.nodes[x.target].id), ys = (kept.nodes[y.source].id, kept.nodes[y.target].id)
            return xs < ys
        }
        let ranked = related.sorted(by: heavier)
        var chosen = Set<Int>()
        var taken = [Int](repeating: 0, count: kept.nodes.count)
        for e in ranked {
            let edge = kept.edges[e]
            if taken[edge.source] < perNode || taken[edge.target] < perNode {
                chosen.insert(e)
                taken[edge.source] += 1
                taken[edge.target] += 1
            }
        }
        for e in ranked where chosen.count < maxEdges { chosen.insert(e) }
        let edges = kept.edges.indices.filter { kept.edges[$0].kind == .affiliation || chosen.contains($0) }.map { EdgeSpec(kept.edges[$0], in: kept) }
        let narrowed = RelationGraph(nodes: kept.nodes, edges: edges, events: Array(kept.events), articles: kept.articles)
        // Nodes left with nothing but an affiliation go (as `GraphFilter` drops them).
        var dropIsolated = GraphFilter()
        dropIsolated.minWeight = .leastNonzeroMagnitude
        return try dropIsolated.apply(narrowed)
    }
}
