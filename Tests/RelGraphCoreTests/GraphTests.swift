import Foundation
import Testing
@testable import RelGraphCore

@Suite struct GraphTests {
    func graph(_ texts: [String], date: String = "2025-07-10") -> RelationGraph {
        let articles = texts.enumerated().map { Support.article($1, date: date, id: "a\($0)") }
        return Pipeline(kb: Support.kb, asOf: Support.day(date)).run(articles: articles).graph
    }

    @Test func coMentionWithoutAnInteractionWord() {
        let g = graph(["ذكر التقرير ماركو روبيو وستيف ويتكوف.\nفقرة أخرى عن بيت هيغسيث."])
        #expect(g.edge("marco_rubio", "steve_witkoff", kind: .coMention)?.weight == 0.5)
        #expect(g.edge("marco_rubio", "steve_witkoff") == nil)
        // A new paragraph does not carry over.
        #expect(g.edge("marco_rubio", "pete_hegseth", kind: .coMention) == nil)
    }

    @Test func subjectCarriesOverToTheNextSentence() {
        let g = graph(["التقى الأمير خالد بن سلمان في واشنطن بمسؤولين كبار. وشملت اللقاءات ماركو روبيو وستيف ويتكوف."])
        #expect(g.edge("khalid_bin_salman", "marco_rubio")?.types.map(\.type) == ["meeting"])
        #expect(g.edge("khalid_bin_salman", "steve_witkoff")?.types.map(\.type) == ["meeting"])
        // The listed partners did not meet each other.
        #expect(g.edge("marco_rubio", "steve_witkoff") == nil)
        #expect(g.edge("marco_rubio", "steve_witkoff", kind: .coMention) != nil)
    }

    /// A sentence naming no actor between the subject's sentence and the partners' ends the
    /// carry-over, as a sentence naming several does.
    @Test func subjectDoesNotCarryOverASentenceWithoutActors() {
        let g = graph(["التقى الأمير خالد بن سلمان في واشنطن بمسؤولين كبار. وتناولت المحادثات ملفات عديدة. وشملت اللقاءات ماركو روبيو وستيف ويتكوف."])
        #expect(g.edge("khalid_bin_salman", "marco_rubio") == nil)
        #expect(g.edge("khalid_bin_salman", "steve_witkoff") == nil)
        // Two officials of one country are one side: named together, not an interaction.
        #expect(g.edge("marco_rubio", "steve_witkoff") == nil)
        #expect(g.edge("marco_rubio", "steve_witkoff", kind: .coMention) != nil)
    }

    @Test func directionsFromVerbs() {
        let g = graph(["تلقى الأمير خالد بن سلمان اتصالا هاتفيا من بيت هيغسيث.",
                       "أجرى الأمير فيصل بن فرحان اتصالا هاتفيا بماركو روبيو.",
                       "استقبل الأمير محمد بن سلمان الرئيس مسعود بزشكيان في الرياض."])
        #expect(g.direction(from: "pete_hegseth", to: "khalid_bin_salman") == .forward)
        #expect(g.direction(from: "faisal_bin_farhan", to: "marco_rubio") == .forward)
        // The guest goes to the host.
        #expect(g.direction(from: "masoud_pezeshkian", to: "mohammed_bin_salman") == .forward)
        #expect(g.edge("khalid_bin_salman", "pete_hegseth")?.types.map(\.type) == ["call"])
        // A reception is the guest's visit.
        #expect(g.edge("masoud_pezeshkian", "mohammed_bin_salman")?.types.map(\.type) == ["visit"])
    }

    @Test func weightsComeFromTheTypeTable() {
        let g = graph(["اتصل بيت هيغسيث بخالد بن سلمان. والتقى بيت هيغسيث الأمير خالد بن سلمان في مباحثات."])
        // call 2 + meeting 4 + talks 3
        #expect(g.edge("khalid_bin_salman", "pete_hegseth")?.weight == 9)
        #expect(g.edge("khalid_bin_salman", "pete_hegseth")?.count == 3)
    }

    @Test func userTypeTableOverridesTheDefault() throws {
        var kb = Support.kb
        kb.merge(try KnowledgeLoader.load(yaml: "interaction_types:\n  - {id: call, weight: 10, polarity: cooperative}\n", file: "w.yaml"))
        let a = Support.article("اتصل بيت هيغسيث بخالد بن سلمان.")
        let g = Pipeline(kb: kb, asOf: Support.day("2025-07-10")).run(articles: [a]).graph
        #expect(g.edge("khalid_bin_salman", "pete_hegseth")?.weight == 10)
    }

    @Test func oneEventReportedTwiceIsCountedOnce() {
        let g = graph(["تلقى الأمير خالد بن سلمان اتصالا هاتفيا من بيت هيغسيث.",
                       "وزير الدفاع الأمريكي يجري اتصالا هاتفيا بوزير الدفاع السعودي."])
        let events = g.events(between: "khalid_bin_salman", "pete_hegseth")
        #expect(events.count == 1)
        #expect(events.first?.evidence.map(\.article) == ["a0", "a1"])
        #expect(g.edge("khalid_bin_salman", "pete_hegseth")?.weight == 2)
        // Different dates are different events.
        let two = Pipeline(kb: Support.kb, asOf: Support.day("2025-07-10")).run(articles: [
            Support.article("اتصل بيت هيغسيث بخالد بن سلمان.", date: "2025-07-10", id: "x"),
            Support.article("اتصل بيت هيغسيث بخالد بن سلمان.", date: "2025-08-10", id: "y"),
        ]).graph
        #expect(two.events(between: "khalid_bin_salman", "pete_hegseth").count == 2)
    }

    @Test func countryLayerAndStatedRelations() {
        let g = graph(["اتصل بيت هيغسيث بخالد بن سلمان.", "وتناول الطرفان العلاقات بين السعودية وقطر."])
        #expect(g.edge("SA", "US")?.types.map(\.type) == ["call"])
        #expect(g.direction(from: "US", to: "SA") == .forward)
        #expect(g.edge("QA", "SA")?.types.map(\.type) == ["relations"])
        #expect(g.edge("khalid_bin_salman", "SA", kind: .affiliation)?.weight == 1)
    }

    @Test func hostilityHasAgentsAndATarget() {
        let g = graph(["جدد وزيرا الخارجية الأمريكي مايك بومبيو والسعودي الأمير فيصل بن فرحان التزامهما بردع التهديد الإيراني."], date: "2020-10-21")
        #expect(g.edge("IR", "US")?.polarity == .hostile)
        #expect(g.direction(from: "US", to: "IR") == .forward)
        #expect(g.edge("IR", "SA")?.polarity == .hostile)
        // A victim without a named attacker is no hostile edge: «الاعتداءات التي تعرضت لها إيران».
        let v = graph(["أعرب ولي العهد السعودي عن تضامنه إثر الاعتداءات التي تعرضت لها إيران."])
        #expect(v.edge("IR", "SA")?.polarity != .hostile)
        let genitive = graph(["دانت الحكومة اعتداءات الحوثيين على السعودية."])
        #expect(genitive.direction(from: "houthis", to: "SA") == .forward)
        #expect(genitive.edge("SA", "houthis")?.polarity == .hostile)
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
