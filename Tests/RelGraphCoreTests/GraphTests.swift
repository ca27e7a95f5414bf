import Foundation
import Testing
@testable import RelGraphCore

@Suite struct GraphTests {
    func graph(_ texts: [String], date: String = "2025-07-10") -> RelationGraph {
        let articles = texts.enumerated().map { Support.article($1, date: date, id: "a\($0)") }
        return Pipeline(kb: Support.kb, asOf: Support.day(date)).run(articles: articles).graph
    }

    @Test func coMentionInSentenceAndCarryOver() {
        let g = graph(["التقى الأمير خالد بن سلمان في واشنطن بمسؤولين. وشملت اللقاءات ماركو روبيو وستيف ويتكوف.\nفقرة أخرى عن بيت هيغسيث."])
        #expect(g.edge("khalid_bin_salman", "marco_rubio")?.weight == 1)
        #expect(g.edge("marco_rubio", "steve_witkoff")?.weight == 1)
        // A new paragraph does not carry the subject over.
        #expect(g.edge("khalid_bin_salman", "pete_hegseth") == nil)
    }

    @Test func countryEdgesAndAffiliation() {
        let g = graph(["بحثت السعودية وقطر التعاون. وأكد الأمير خالد بن سلمان ذلك."])
        #expect(g.edge("QA", "SA")?.weight == 1)
        #expect(g.edge("khalid_bin_salman", "SA", kind: .affiliation)?.weight == 1)
        #expect(g.node("khalid_bin_salman")?.label == "خالد بن سلمان")
    }

    @Test func weightsCountSentences() {
        let g = graph(["اتصل بيت هيغسيث بخالد بن سلمان.", "التقى بيت هيغسيث الأمير خالد بن سلمان. ثم تحدث هيغسيث."])
        #expect(g.edge("khalid_bin_salman", "pete_hegseth")?.weight == 3)
    }

    @Test func nodesAndEdgesAreSorted() {
        let g = graph(["التقى ماركو روبيو بالأمير فيصل بن فرحان في الرياض وواشنطن"])
        #expect(g.nodes.map(\.id) == g.nodes.map(\.id).sorted())
        let keys = g.edges.map { [g.nodes[$0.source].id, g.nodes[$0.target].id, $0.kind.rawValue] }
        #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
    }
}

@Suite struct SnapshotTests {
    @Test func roundTrip() throws {
        let out = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [Support.seeds.path])
        let json = Snapshot.json(out.graph)
        let back = try Snapshot.read(Data(json.utf8), file: "x.json")
        #expect(back == out.graph)
        #expect(Snapshot.json(back) == json)
    }

    @Test func unknownVersionIsRefusedWithTheVersionNamed() {
        let data = Data(#"{"format":"relgraph-snapshot","version":99,"nodes":[],"edges":[]}"#.utf8)
        #expect {
            _ = try Snapshot.read(data, file: "v.json")
        } throws: { error in
            "\(error)".contains("version 99")
        }
    }

    @Test func malformedSnapshots() {
        for text in ["{", #"{"format":"other"}"#, #"{"format":"relgraph-snapshot","version":1,"nodes":[{"id":"a","kind":"person"}],"edges":[{"source":"a","target":"b","kind":"co_mention","weight":1}]}"#] {
            #expect(throws: SnapshotError.self) { _ = try Snapshot.read(Data(text.utf8), file: "m.json") }
        }
    }

    @Test func jsonNumberFormatIsFixed() {
        #expect(JSONValue.format(3) == "3")
        #expect(JSONValue.format(0.1 + 0.2) == "0.3")
        #expect(JSONValue.format(-2.5) == "-2.5")
        #expect(JSONValue.format(1.0 / 3.0) == "0.333333")
        #expect(JSONValue.object(["b": .int(1), "a": .string("\"ع\n")]).compact() == #"{"a":"\"ع\n","b":1}"#)
    }
}
