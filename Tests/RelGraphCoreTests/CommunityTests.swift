import Foundation
import Testing
@testable import RelGraphCore

/// Louvain against networkx's `louvain_communities` (weight, resolution 1, seed 0): on every
/// undirected centrality fixture and on both layers of the seeds graph, our modularity is at least
/// networkx's − 0.01.
@Suite struct CommunityTests {
    /// networkx's Louvain modularity of the weighted graph in `edges`, computed by python3.
    func networkxModularity(nodes: [String], edges: [(String, String, Double)]) throws -> Double? {
        let file = Support.temporaryDirectory().appendingPathComponent("g.json")
        let payload: [String: Any] = ["nodes": nodes, "edges": edges.map { [$0.0, $0.1, $0.2] as [Any] }]
        try JSONSerialization.data(withJSONObject: payload).write(to: file)
        let script = """
            import json, sys, networkx as nx
            d = json.load(open(sys.argv[1]))
            G = nx.Graph()
            G.add_nodes_from(d["nodes"])
            for a, b, w in d["edges"]:
                G.add_edge(a, b, weight=G[a][b]["weight"] + w if G.has_edge(a, b) else w)
            if G.number_of_edges() == 0:
                print(0.0)
            else:
                c = nx.community.louvain_communities(G, weight="weight", resolution=1, seed=0)
                print(nx.community.modularity(G, c, weight="weight", resolution=1))
            """
        return PythonTools.run(.current, script, arguments: [file.path]).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    static let fixtures = CentralityTests.fixtures.filter { !$0.graph.directed }

    func edges(_ g: CentralityGraph) -> [(String, String, Double)] {
        var out: [(String, String, Double)] = []
        for u in 0..<g.n { for k in g.outStart[u]..<g.outStart[u + 1] where u < Int(g.outTarget[k]) { out.append((g.ids[u], g.ids[Int(g.outTarget[k])], g.outWeight[k])) } }
        return out
    }

    @Test(arguments: fixtures.map(\.name))
    func modularityAtLeastNetworkx(_ name: String) throws {
        let g = Self.fixtures.first { $0.name == name }!.graph
        let ours = Louvain.modularity(g, Louvain.communities(g))
        let theirs = try #require(try networkxModularity(nodes: g.ids, edges: edges(g)))
        #expect(ours >= theirs - 0.01, "\(name): relgraph \(ours) vs networkx \(theirs)")
    }

    @Test(arguments: [GraphLayer.people, .countries])
    func seedsLayersAtLeastNetworkx(_ layer: GraphLayer) throws {
        let (_, g) = CentralityGraph.layer(of: SeedsTests.output.graph, layer, coMentions: true, directed: false)
        let report = CommunityReport.compute(SeedsTests.output.graph)
        let ours = try #require(report.layers.first { $0.layer == layer }).modularity
        let theirs = try #require(try networkxModularity(nodes: g.ids, edges: edges(g)))
        #expect(g.edgeCount > 0)
        #expect(ours >= theirs - 0.01, "\(layer): relgraph \(ours) vs networkx \(theirs)")
    }

    @Test func karateClubSplitsIntoSeveralCommunities() {
        let g = Self.fixtures.first { $0.name == "karate_club" }!.graph
        let c = Louvain.communities(g)
        #expect(Set(c).count >= 3)
        // Numbered by size: community 0 is the largest.
        let sizes = (0..<Set(c).count).map { k in c.filter { $0 == k }.count }
        #expect(sizes == sizes.sorted(by: >))
        #expect(Louvain.modularity(g, c) > 0.40)
    }

    @Test func sameGraphAndSeedGiveTheSameCommunities() {
        for f in Self.fixtures {
            for seed: UInt64 in [0, 1, 42] {
                #expect(Louvain.communities(f.graph, seed: seed) == Louvain.communities(f.graph, seed: seed), "\(f.name) seed \(seed)")
            }
        }
        let a = CommunityFormat.json.render(CommunityReport.compute(SeedsTests.output.graph), graph: SeedsTests.output.graph)
        let b = CommunityFormat.json.render(CommunityReport.compute(SeedsTests.output.graph), graph: SeedsTests.output.graph)
        #expect(a == b)
    }

    @Test func twoCliquesJoinedByOneEdgeAreTwoCommunities() {
        let ids = ["a", "b", "c", "d", "e", "f"]
        let edges = [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (3, 4, 1.0), (4, 5, 1.0), (3, 5, 1.0), (2, 3, 0.1)]
        let g = CentralityGraph(ids: ids, edges: edges, directed: false)
        let c = Louvain.communities(g)
        #expect(c == [0, 0, 0, 1, 1, 1])
        // Q = 2 × (3/6.1 − (6.1/12.2)²) for two equal halves.
        #expect(abs(Louvain.modularity(g, c) - 2 * (3 / 6.1 - 0.25)) < 1e-12)
    }

    @Test func isolatedNodesAreCommunitiesOfTheirOwn() {
        let g = CentralityGraph(ids: ["x", "a", "b"], edges: [(1, 2, 2.0)], directed: false)
        #expect(Louvain.communities(g) == [1, 0, 0])
        let empty = CentralityGraph(ids: ["b", "a"], edges: [], directed: false)
        #expect(Louvain.communities(empty) == [1, 0])
        #expect(Louvain.modularity(empty, [1, 0]) == 0)
    }

    @Test func centralityTableHasTheCommunityColumn() throws {
        let report = try CentralityReport.compute(SeedsTests.output.graph)
        let communities = CommunityReport.compute(SeedsTests.output.graph).layers[0]
        for row in report.rows {
            let i = SeedsTests.output.graph.index(of: row.id)!
            #expect(communities.communities[row.community - 1].members.contains(i), "\(row.id)")
        }
        #expect(CentralityFormat.csv.render(report).hasPrefix("rank,id,name,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,community,label\r\n"))
    }
}
