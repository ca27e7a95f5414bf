import Foundation
import Testing
@testable import RelGraphCore

/// Every measure against networkx (fixtures written by scripts/centrality_fixtures.py), to 1e-9.
@Suite struct CentralityTests {
    struct Fixture {
        var name: String
        var graph: CentralityGraph
        var expected: [String: [String: Double]?]
    }

    static let fixtures: [Fixture] = {
        let dir = Support.fixtures.appendingPathComponent("centrality")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".json") }.sorted() ?? []
        return files.map { file in
            let o = try! JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(file))) as! [String: Any]
            let nodes = o["nodes"] as! [String]
            let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
            let edges = (o["edges"] as! [[Any]]).map { e in (index[e[0] as! String]!, index[e[1] as! String]!, (e[2] as! NSNumber).doubleValue) }
            var expected: [String: [String: Double]?] = [:]
            for (k, v) in o["expected"] as! [String: Any] {
                expected[k] = (v as? [String: NSNumber]).map { $0.mapValues(\.doubleValue) }
            }
            return Fixture(name: o["name"] as! String, graph: CentralityGraph(ids: nodes, edges: edges, directed: o["directed"] as! Bool), expected: expected)
        }
    }()

    func check(_ f: Fixture, _ measure: String, _ values: [Double], tolerance: Double = 1e-9) {
        guard let expected = f.expected[measure] else { Issue.record("\(f.name): no expected \(measure)"); return }
        guard let expected else { Issue.record("\(f.name): networkx did not converge for \(measure)"); return }
        #expect(values.count == f.graph.n)
        for (i, id) in f.graph.ids.enumerated() {
            let e = expected[id] ?? .nan
            #expect(abs(values[i] - e) <= tolerance, "\(f.name) \(measure) \(id): \(values[i]) vs networkx \(e)")
        }
    }

    @Test func fixturesArePresent() {
        let names = Set(Self.fixtures.map(\.name))
        for n in ["krackhardt_kite", "karate_club", "florentine_families", "random_weighted_1", "random_weighted_2",
                  "random_weighted_3", "disconnected_weighted", "random_directed", "single_node", "two_nodes"] {
            #expect(names.contains(n), "missing fixture \(n)")
        }
    }

    @Test(arguments: fixtures.map(\.name))
    func everyMeasureMatchesNetworkx(_ name: String) throws {
        let f = Self.fixtures.first { $0.name == name }!
        let g = f.graph
        let degree = Degree.centrality(g), strength = Degree.strength(g)
        if g.directed {
            check(f, "in_degree", degree.in)
            check(f, "out_degree", degree.out)
            check(f, "in_strength", strength.in)
            check(f, "out_strength", strength.out)
        } else {
            check(f, "degree", degree.out)
            check(f, "strength", strength.out)
        }
        check(f, "betweenness", Betweenness.compute(g))
        let c = Closeness.compute(g)
        check(f, "closeness", c.closeness)
        check(f, "harmonic", c.harmonic)
        check(f, "eigenvector", try Eigenvector.compute(g))
        check(f, "pagerank", try PageRank.compute(g))
    }

    @Test func betweennessIsTheSameInParallelAndSerially() {
        for f in Self.fixtures {
            let a = Betweenness.compute(f.graph, parallel: true), b = Betweenness.compute(f.graph, parallel: false)
            #expect(a == b, "\(f.name)")
        }
    }

    @Test func powerIterationThatCannotConvergeNamesTheMeasure() {
        let g = Self.fixtures.first { $0.name == "karate_club" }!.graph
        #expect(throws: CentralityError.notConverged(measure: "eigenvector", iterations: 2)) { _ = try Eigenvector.compute(g, maxIterations: 2) }
        #expect(throws: CentralityError.notConverged(measure: "pagerank", iterations: 1)) { _ = try PageRank.compute(g, maxIterations: 1, tolerance: 1e-15) }
        #expect(throws: CentralityError.self) { _ = try PageRank.compute(g, damping: 1.5) }
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        let g = CentralityGraph(ids: [], edges: [], directed: false)
        #expect(Betweenness.compute(g).isEmpty)
        #expect(try PageRank.compute(g).isEmpty)
        #expect(try Eigenvector.compute(g).isEmpty)
        #expect(Closeness.compute(g).closeness.isEmpty)
    }

    @Test func nonPositiveWeightsAreRejectedWithTheEdgeNamed() {
        let g = CentralityGraph(ids: ["a", "b", "c"], edges: [(0, 1, 1), (1, 2, 0)], directed: false)
        #expect(g.badWeight() == .nonPositiveWeight(source: "b", target: "c", weight: 0))
        #expect(g.badWeight()?.description.contains("b–c") == true)
    }
}
