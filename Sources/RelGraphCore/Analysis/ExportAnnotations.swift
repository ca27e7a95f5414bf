extension NodeAnnotations {
    /// Centrality measures the exports carry, on the node's layer (`CentralityReport`).
    public static let exportedMeasures: [CentralityMeasure] = [.degree, .strength, .betweenness, .pagerank]

    /// Each node's layer, Louvain community (`CommunityReport`, seeded) and centrality on its layer
    /// (people: persons and organisations; countries). A measure that does not converge on a
    /// layer (PageRank) is left empty there.
    public static func compute(_ graph: RelationGraph, seed: UInt64 = 0) -> NodeAnnotations {
        var out = NodeAnnotations()
        let n = graph.nodes.count
        out.layer = [String](repeating: "", count: n)
        out.community = [Int](repeating: 0, count: n)
        var columns = exportedMeasures.map { NodeAnnotations.CentralityColumn(name: $0.rawValue, values: [Double?](repeating: nil, count: n)) }
        for layer in [GraphLayer.people, .countries] {
            var options = CentralityOptions()
            options.layer = layer
            options.seed = seed
            options.measures = exportedMeasures
            var report = try? CentralityReport.compute(graph, options: options)
            if report == nil {
                options.measures = exportedMeasures.filter { $0 != .pagerank && $0 != .eigenvector }
                report = try? CentralityReport.compute(graph, options: options)
            }
            guard let report else { continue }
            for row in report.rows {
                guard let i = graph.index(of: row.id) else { continue }
                out.layer[i] = layer.rawValue
                out.community[i] = row.community
                for (m, v) in zip(report.measures, row.values) {
                    if let c = exportedMeasures.firstIndex(of: m) { columns[c].values[i] = v }
                }
            }
        }
        out.centrality = columns
        return out
    }
}
