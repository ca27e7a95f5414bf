import Foundation
import Testing
@testable import RelGraphCore

/// The five seed articles end to end. The date for undated seeds is fixed so that the test does
/// not change with the calendar.
@Suite struct SeedsTests {
    static let asOf = Support.day("2025-10-15")
    static let output: Pipeline.Output = {
        var p = Pipeline(kb: Support.kb, asOf: asOf)
        p.retainLinked = true
        return p.run(paths: [Support.seeds.path])
    }()

    @Test func requiredEdges() {
        let g = Self.output.graph
        for (a, b) in [("khalid_bin_salman", "pete_hegseth"), ("khalid_bin_salman", "marco_rubio"),
                       ("khalid_bin_salman", "steve_witkoff"), ("khalid_bin_salman", "saud_bin_abdulrahman_al_thani"),
                       ("abdolrahim_mousavi", "khalid_bin_salman"), ("masoud_pezeshkian", "mohammed_bin_salman"),
                       ("faisal_bin_farhan", "mike_pompeo"), ("SA", "US"), ("QA", "SA"), ("IR", "SA")] {
            #expect(g.edge(a, b) != nil, "missing edge \(a)–\(b)")
        }
    }

    @Test func journalistAndOutletsAreNotNodes() {
        let labels = Set(Self.output.graph.nodes.map(\.label))
        for name in ["جيهان الحسيني", "دار الحياة", "خليجيون نيوز", "admin"] { #expect(!labels.contains(name)) }
        #expect(Self.output.graph.nodes.allSatisfy { Support.kb.person($0.id) != nil || Support.kb.country($0.id) != nil || Support.kb.organisation($0.id) != nil })
    }

    @Test func titleOnlyMentionsResolve() {
        func entity(_ article: String, _ surface: String) -> [String] {
            Self.output.linked.first { $0.article.id.hasPrefix(article) }!.mentions
                .filter { $0.surface == surface && $0.entityKind == .person }.compactMap(\.entity)
        }
        #expect(entity("000", "نظيره الأمريكي") == ["pete_hegseth"])
        #expect(entity("003", "بالرئيس الإيراني") == ["masoud_pezeshkian"])
        #expect(entity("001", "ووزير الحرب الأمريكي") == ["pete_hegseth"])
        #expect(entity("003", "رئيس هيئة الأركان الإيرانية") == ["abdolrahim_mousavi"])
        #expect(entity("001", "وزير الدفاع السعودي") == ["khalid_bin_salman"])
    }

    @Test func asOfChangesTheUSDefenseSecretary() {
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2024-04-14"))
        p.retainLinked = true
        let out = p.run(paths: [Support.seeds.appendingPathComponent("000_8010a983da41c318.txt").path])
        let m = out.linked[0].mentions.first { $0.surface == "نظيره الأمريكي" }
        #expect(m?.entity == "lloyd_austin")
    }

    @Test func the2020ArticleUsesItsOwnDate() {
        let a = Self.output.linked.first { $0.article.id.hasPrefix("004") }!.article
        #expect(a.date.description == "2020-10-21")
        #expect(a.dateSource == .text)
    }

    @Test func placeholderDateIsDiagnosed() {
        #expect(Self.output.diagnostics.contains { $0.code == "placeholder" && $0.location.hasSuffix("001_fcf06c975222993d.txt") })
    }

    @Test func snapshotIsByteIdenticalAcrossRuns() {
        let again = Pipeline(kb: try! KnowledgeLoader.loadDefault(), asOf: Self.asOf).run(paths: [Support.seeds.path])
        #expect(Snapshot.json(again.graph) == Snapshot.json(Self.output.graph))
    }

    /// The library's snapshot of the seeds is the golden one (which `GoldenFileTests` records).
    @Test func goldenSnapshot() throws {
        let json = Snapshot.json(Self.output.graph)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden/seeds.snapshot.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(json == expected, "seeds snapshot differs from Fixtures/golden/seeds.snapshot.json; if the change is intended, re-record with RELGRAPH_RECORD=1 swift test --filter GoldenFileTests")
    }
}
