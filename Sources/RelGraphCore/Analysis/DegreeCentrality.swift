/// Degree and strength of a relations graph's nodes, for ranking and sizing (`GraphFilter`, the
/// renderer): `Degree` on the graph's interaction and co-mention edges (affiliation is membership,
/// not a relation), raw rather than normalised.
///
/// - degree(v) = number of distinct neighbours of v;
/// - strength(v) = Σ weight of the edges at v (Barrat et al., PNAS 2004).
/// Index i is `graph.nodes[i]`.
public enum DegreeCentrality {
    static func relations(_ g: RelationGraph) -> CentralityGraph {
        CentralityGraph(ids: g.nodes.map(\.id),
                        edges: g.edges.filter { $0.kind != .affiliation }.map { ($0.source, $0.target, $0.weight) },
                        directed: false)
    }

    public static func degree(_ g: RelationGraph) -> [Double] {
        let c = relations(g)
        return (0..<c.n).map { Double(c.outStart[$0 + 1] - c.outStart[$0]) }
    }

    public static func strength(_ g: RelationGraph) -> [Double] { Degree.strength(relations(g)).out }

    /// Node indices ranked by `score` descending, ties by id ascending.
    public static func ranking(_ g: RelationGraph, _ score: [Double]) -> [Int] {
        g.nodes.indices.sorted { (score[$0], g.nodes[$1].id) > (score[$1], g.nodes[$0].id) }
    }
}
