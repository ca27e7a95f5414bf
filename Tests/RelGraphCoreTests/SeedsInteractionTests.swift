import Foundation
import Testing
@testable import RelGraphCore

/// Issue 4 on the seeds: each expected interaction, with its type, direction and evidence sentence.
@Suite struct SeedsInteractionTests {
    static let graph = SeedsTests.output.graph

    /// The events of `type` between two entities, and the article prefix of their evidence.
    func events(_ a: String, _ b: String, _ type: String) -> [InteractionEvent] {
        Self.graph.events(between: a, b).filter { $0.type == type && $0.via.isEmpty }
    }

    func check(_ a: String, _ b: String, _ type: String, article: String, direction: EdgeDirection, sentenceHas words: [String]) {
        let es = events(a, b, type)
        #expect(es.count == 1, "\(a)–\(b) \(type)")
        guard let e = es.first else { return }
        let seen = a < b ? e.direction : e.direction.reversed
        #expect(seen == direction, "\(a)–\(b) \(type): direction \(seen)")
        #expect(e.evidence.contains { ev in ev.article.hasPrefix(article) && words.allSatisfy { ev.text.contains($0) } },
                "\(a)–\(b) \(type): no evidence from \(article) containing \(words)")
    }

    @Test func callsWithDirections() {
        check("pete_hegseth", "khalid_bin_salman", "call", article: "000", direction: .forward, sentenceHas: ["تلقى", "من وزير الدفاع الأمريكي"])
        check("khalid_bin_salman", "saud_bin_abdulrahman_al_thani", "call", article: "002", direction: .forward, sentenceHas: ["أجرى", "اتصالاً هاتفياً"])
        check("abdolrahim_mousavi", "khalid_bin_salman", "call", article: "003", direction: .forward, sentenceHas: ["اللواء عبد الرحيم موسوي"])
        check("mohammed_bin_salman", "masoud_pezeshkian", "call", article: "003", direction: .forward, sentenceHas: ["بالرئيس الإيراني"])
    }

    @Test func meetingsInWashington() {
        for partner in ["marco_rubio", "pete_hegseth", "steve_witkoff"] {
            check("khalid_bin_salman", partner, "meeting", article: "001", direction: .none, sentenceHas: ["وشملت اللقاءات"])
        }
    }

    @Test func strategicDialogue2020() {
        check("mike_pompeo", "faisal_bin_farhan", "talks", article: "004", direction: .none, sentenceHas: ["الحوار الاستراتيجي"])
        let e = events("mike_pompeo", "faisal_bin_farhan", "talks").first
        #expect(e?.date == "2020-10-21")
    }

    @Test func usAndSaudiArabiaHostileToIranIn2020() {
        for agent in ["US", "SA"] {
            check(agent, "IR", "hostility", article: "004", direction: .forward, sentenceHas: ["وردع التهديد"])
            #expect(events(agent, "IR", "hostility").first?.polarity == .hostile)
        }
        #expect(Self.graph.edge("IR", "US")?.polarity == .hostile)
    }

    @Test func countryLayerCarriesPersonEvents() {
        let viaCalls = Self.graph.events(between: "SA", "US").filter { $0.type == "call" }
        #expect(viaCalls.contains { $0.via == ["khalid_bin_salman", "pete_hegseth"] && $0.direction == .backward })
        #expect(Self.graph.edge("QA", "SA") != nil)
        #expect(Self.graph.edge("IR", "SA")?.types.contains { $0.type == "call" } == true)
    }

    @Test func everyEventHasEvidenceInsideItsArticle() throws {
        let texts = Dictionary(uniqueKeysWithValues: SeedsTests.output.linked.map { ($0.article.id, Array($0.article.text.unicodeScalars)) })
        for e in Self.graph.events {
            #expect(!e.evidence.isEmpty)
            for ev in e.evidence {
                let scalars = try #require(texts[ev.article])
                let sentence = String(String.UnicodeScalarView(scalars[ev.start..<ev.end]))
                #expect(sentence.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") == ev.text)
            }
        }
    }
}
