/// What to find communities on.
public struct CommunityOptions: Sendable, Hashable {
    /// Layers, each partitioned on its own (default: people, then countries).
    public var layers: [GraphLayer] = [.people, .countries]
    /// Count co-mention edges too (weak links); otherwise interactions only.
    public var coMentions = true
    /// Seed of the node visiting order (`Louvain`).
    public var seed: UInt64 = 0
    /// Modularity resolution γ (1: the classic modularity).
    public var resolution = 1.0

    public init() {}
}

/// One community of a layer: its 1-based rank (by size descending, ties by the smallest member
/// id) and its members (indices into the graph's nodes, in id order).
public struct Community: Sendable, Hashable {
    public var rank: Int
    public var members: [Int]
}

/// The communities of one layer.
public struct LayerCommunities: Sendable, Hashable {
    public var layer: GraphLayer
    public var nodeCount: Int
    public var edgeCount: Int
    /// Weighted modularity of the partition (`Louvain.modularity`).
    public var modularity: Double
    public var communities: [Community]
}

/// Louvain communities of the layers of a relations graph (`Louvain`), each layer on its own.
///
/// A layer is defined by node and edge kinds (`CentralityGraph.layer`): the people layer holds
/// `NodeKind.person` and `.organisation` nodes, the country layer `.country` nodes; in both, the
/// edges are `EdgeKind.interaction` (and, unless left out, `.coMention`) edges between two nodes
/// of the layer, weighted by their `weight`, direction ignored; `.affiliation` edges never count.
/// A node without an edge in its layer is a community of its own.
public struct CommunityReport: Sendable, Hashable {
    public var options: CommunityOptions
    public var layers: [LayerCommunities]

    public static func compute(_ graph: RelationGraph, options: CommunityOptions = CommunityOptions()) -> CommunityReport {
        let layers = options.layers.map { layer in
            let (nodes, cg) = CentralityGraph.layer(of: graph, layer, coMentions: options.coMentions, directed: false)
            let membership = Louvain.communities(cg, resolution: options.resolution, seed: options.seed)
            var members = [[Int]](repeating: [], count: (membership.max() ?? -1) + 1)
            for (k, c) in membership.enumerated() { members[c].append(nodes[k]) }
            return LayerCommunities(layer: layer, nodeCount: cg.n, edgeCount: cg.edgeCount,
                                    modularity: Louvain.modularity(cg, membership, resolution: options.resolution),
                                    communities: members.enumerated().map { Community(rank: $0 + 1, members: $1) })
        }
        return CommunityReport(options: options, layers: layers)
    }

    /// The rank of each node's community in its layer (by node index of the graph); 0 for a node
    /// in none of the report's layers.
    public func rankByNode(count: Int) -> [Int] {
        var out = [Int](repeating: 0, count: count)
        for layer in layers { for c in layer.communities { for i in c.members where out[i] == 0 { out[i] = c.rank } } }
        return out
    }
}
