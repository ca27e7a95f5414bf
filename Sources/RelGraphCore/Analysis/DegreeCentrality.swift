/// Degree and strength on the relations graph, ignoring affiliation edges (membership is not a
/// relation).
///
/// - degree(v) = number of distinct neighbours of v over interaction and co-mention edges;
/// - strength(v) = Σ weight of the interaction and co-mention edges at v (weighted degree,
///   Barrat et al., "The architecture of complex weighted networks", PNAS 2004).
/// Values are raw (not normalised); index i is `graph.nodes[i]`.
public enum DegreeCentrality {
    public static func degree(_ g: RelationGraph) -> [Double] {
        var neighbours = [Set<Int>](repeating: [], count: g.nodes.count)
        for e in g.edges where e.kind != .affiliation {
            neighbours[e.source].insert(e.target)
            neighbours[e.target].insert(e.source)
        }
        return neighbours.map { Double($0.count) }
    }

    public static func strength(_ g: RelationGraph) -> [Double] {
        var s = [Double](repeating: 0, count: g.nodes.count)
        for e in g.edges where e.kind != .affiliation {
            s[e.source] += e.weight
            s[e.target] += e.weight
        }
        return s
    }

    /// Node indices ranked by `score` descending, ties by id ascending.
    public static func ranking(_ g: RelationGraph, _ score: [Double]) -> [Int] {
        g.nodes.indices.sorted { (score[$0], g.nodes[$1].id) > (score[$1], g.nodes[$0].id) }
    }
}
