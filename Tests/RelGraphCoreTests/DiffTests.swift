import Foundation
import Testing
@testable import RelGraphCore

/// Issue 7 on the seeds: the 2020 article against the rest.
@Suite struct DiffTests {
    static let pipeline = Pipeline(kb: Support.kb, asOf: SeedsTests.asOf)
    static let articles = ArticleReader(asOf: SeedsTests.asOf).read(paths: [Support.seeds.path]).articles
    static let split = Support.day("2021-01-01")
    static let before = pipeline.run(articles: articles.filter { $0.date < split }).graph
    static let after = pipeline.run(articles: articles.filter { $0.date >= split }).graph
    static let diff = try! GraphDiff.compute(before: before, after: after)

    @Test func whoAppearedAndWhoVanished() {
        let added = Set(Self.diff.nodesAdded.map(\.id)), removed = Set(Self.diff.nodesRemoved.map(\.id))
        #expect(removed.isSuperset(of: ["mike_pompeo", "faisal_bin_farhan"]))
        #expect(added.isSuperset(of: ["khalid_bin_salman", "pete_hegseth", "marco_rubio", "steve_witkoff",
                                      "saud_bin_abdulrahman_al_thani", "abdolrahim_mousavi", "mohammed_bin_salman", "masoud_pezeshkian"]))
        #expect(added.isDisjoint(with: removed))
    }

    func edge(_ a: String, _ b: String) -> EdgeChange? {
        Self.diff.edges.first { $0.kind == .interaction && $0.source == min(a, b) && $0.target == max(a, b) }
    }

    @Test func bilateralPairs() throws {
        let us = try #require(edge("SA", "US"))
        #expect(us.before != nil && us.after != nil)
        #expect(us.weightChange != 0)
        #expect(Self.diff.newCountryPairs.contains { $0.source == "QA" && $0.target == "SA" })
        let ir = try #require(edge("SA", "IR"))
        #expect(ir.before?.polarity == .hostile)
        #expect(ir.after?.polarity == .cooperative)
        #expect(ir.polarityChanged)
    }

    @Test func aBatchAgainstItselfHasNoChange() throws {
        let d = try GraphDiff.compute(before: Self.after, after: Self.after)
        #expect(d.isEmpty)
        #expect(DiffFormat.table.render(d).contains("No change."))
    }

    @Test func reversedDiffIsTheMirrorImage() throws {
        let back = try GraphDiff.compute(before: Self.after, after: Self.before)
        #expect(Set(back.nodesAdded.map(\.id)) == Set(Self.diff.nodesRemoved.map(\.id)))
        #expect(Set(back.nodesRemoved.map(\.id)) == Set(Self.diff.nodesAdded.map(\.id)))
        let mirror: [ChangeStatus: ChangeStatus] = [.added: .removed, .removed: .added, .strengthened: .weakened,
                                                   .weakened: .strengthened, .changed: .changed]
        #expect(back.edges.count == Self.diff.edges.count)
        for (x, y) in zip(Self.diff.edges, back.edges) {
            #expect(x.source == y.source && x.target == y.target && x.kind == y.kind)
            #expect(mirror[x.status] == y.status)
            #expect(x.weightChange == -y.weightChange)
            #expect(x.before == y.after && x.after == y.before)
        }
        #expect(back.movers.map { -$0.moved } == Self.diff.movers.map(\.moved))
        #expect(back.newCountryPairs.map(\.source) == Self.diff.dormantCountryPairs.map(\.source))
    }

    @Test func snapshotsGiveTheSameDiffAsTheArticles() throws {
        let b = try Snapshot.read(Data(Snapshot.json(Self.before).utf8), file: "b.json")
        let a = try Snapshot.read(Data(Snapshot.json(Self.after).utf8), file: "a.json")
        let d = try GraphDiff.compute(before: b, after: a)
        #expect(DiffFormat.json.render(d) == DiffFormat.json.render(Self.diff))
    }

    @Test func minChangeHidesSmallWeightChanges() throws {
        let d = try GraphDiff.compute(before: Self.before, after: Self.after, minChange: 1000)
        #expect(d.edges(.strengthened).isEmpty && d.edges(.weakened).isEmpty)
        #expect(d.edges.contains { $0.source == "IR" && $0.target == "SA" && $0.status == .changed })
    }

    /// The library's JSON report is the golden one (which `GoldenFileTests` records).
    @Test func goldenJSONReport() throws {
        let json = DiffFormat.json.render(Self.diff)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden/seeds.diff.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(json == expected, "diff report differs from Fixtures/golden/seeds.diff.json; if the change is intended, re-record with RELGRAPH_RECORD=1 swift test --filter GoldenFileTests")
    }
}
