import Foundation
import Testing
@testable import RelGraphCore

@Suite struct CentralityReportTests {
    static let graph = SeedsTests.output.graph

    @Test func seedsRankKhalidBinSalmanFirstByDegreeAndBetweenness() throws {
        for m in [CentralityMeasure.degree, .betweenness] {
            var o = CentralityOptions()
            o.layer = .people
            o.rankBy = m
            let r = try CentralityReport.compute(Self.graph, options: o)
            #expect(r.rows.first?.id == "khalid_bin_salman", "\(m)")
        }
    }

    @Test func tiesAreBrokenByIdAndRanksAreConsecutive() throws {
        var o = CentralityOptions()
        o.measures = [.degree]
        let r = try CentralityReport.compute(Self.graph, options: o)
        #expect(r.rows.map(\.rank) == Array(1...r.rows.count))
        for (a, b) in zip(r.rows, r.rows.dropFirst()) {
            #expect(a.values[0] > b.values[0] || (a.values[0] == b.values[0] && a.id < b.id))
        }
    }

    @Test func layersKindsAndTop() throws {
        var o = CentralityOptions()
        o.layer = .countries
        let c = try CentralityReport.compute(Self.graph, options: o)
        #expect(c.rows.allSatisfy { $0.kind == .country })
        #expect(c.rows.first?.id == "SA")
        o = CentralityOptions()
        o.kinds = [.organisation]
        o.top = 2
        let orgs = try CentralityReport.compute(Self.graph, options: o)
        #expect(orgs.rows.count == 2 && orgs.rows.allSatisfy { $0.kind == .organisation })
    }

    @Test func directedVariants() throws {
        var o = CentralityOptions()
        o.layer = .people
        o.directed = true
        o.measures = [.inDegree, .outDegree]
        let r = try CentralityReport.compute(Self.graph, options: o)
        let kbs = try #require(r.rows.first { $0.id == "khalid_bin_salman" })
        let hegseth = try #require(r.rows.first { $0.id == "pete_hegseth" })
        // Hegseth called KBS (one way); they also met (both ways): in-degree of KBS counts Hegseth.
        #expect(kbs.values[0] > 0 && hegseth.values[1] > 0)
        o.directed = false
        #expect(throws: CentralityError.self) { _ = try CentralityReport.compute(Self.graph, options: o) }
    }

    @Test func emptyAndSingleNodeGraphs() throws {
        let empty = try CentralityReport.compute(RelationGraph(nodes: [], edges: []), options: CentralityOptions())
        #expect(empty.rows.isEmpty)
        let one = RelationGraph(nodes: [GraphNode(id: "a", name: "A", label: "أ", kind: .person, country: nil)], edges: [])
        let r = try CentralityReport.compute(one, options: CentralityOptions())
        #expect(r.rows.count == 1 && r.rows[0].values[0] == 1)
    }

    @Test func zeroWeightIsAClearError() {
        let nodes = ["a", "b"].map { GraphNode(id: $0, name: $0, label: $0, kind: .person, country: nil) }
        let g = RelationGraph(nodes: nodes, edges: [EdgeSpec(source: "a", target: "b", kind: .interaction, weight: 0)])
        #expect(throws: CentralityError.nonPositiveWeight(source: "a", target: "b", weight: 0)) {
            _ = try CentralityReport.compute(g, options: CentralityOptions())
        }
    }

    @Test func formats() throws {
        var o = CentralityOptions()
        o.top = 3
        let r = try CentralityReport.compute(Self.graph, options: o)
        let table = CentralityFormat.table.render(r)
        let lines = table.split(separator: "\n").dropFirst()
        // Columns before the Arabic label line up: the label starts at the same column everywhere.
        let starts = lines.map { line in line.distance(from: line.startIndex, to: line.range(of: "  ", options: .backwards)!.upperBound) }
        #expect(Set(starts).count == 1, "\(table)")
        #expect(table.contains("خالد بن سلمان"))
        let json = try JSONSerialization.jsonObject(with: Data(CentralityFormat.json.render(r).utf8)) as? [String: Any]
        #expect((json?["rows"] as? [[String: Any]])?.first?["id"] as? String == "khalid_bin_salman")
        #expect(CentralityFormat.csv.render(r).hasPrefix("rank,id,name,degree,"))
        #expect(CentralityFormat.markdown.render(r).contains("| 1 | khalid_bin_salman |"))
        #expect(CentralityFormat.number(1.0 / 3.0) == "0.333333")
    }
}
