import Foundation
import Testing
@testable import RelGraphCore

/// Issue 20 point 10: crafted articles cost linear time and bounded output.
@Suite struct CraftedArticleTests {
    /// Distinct persons whose Arabic name links to them alone on the date, American and Saudi in
    /// turn (persons of one country are one side and make no pair).
    static func names(_ n: Int) -> [String] {
        let us = Support.kb.persons.filter { $0.country == "US" }.map(\.ar), sa = Support.kb.persons.filter { $0.country == "SA" }.map(\.ar)
        return Array(zip(us, sa).flatMap { [$0, $1] }.prefix(n))
    }

    /// One sentence naming 40 persons and 3,000 words: events among its first 12 persons only, the
    /// evidence cut at a word to at most 1,000 characters with an ellipsis, and a note for each.
    @Test func aCrowdedLongSentenceIsCapped() {
        let names = Self.names(40)
        let text = "التقى " + names.joined(separator: " و") + " " + String(repeating: "كلمة ", count: 3000) + "في الرياض."
        let out = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(articles: [Support.article(text, date: "2024-05-01", id: "crowd")])
        let events = Array(out.graph.events).filter { out.graph.node($0.a)?.kind == .person }
        #expect(!events.isEmpty)
        #expect(Set(events.flatMap { [$0.a, $0.b] }).count <= InteractionDetector.maxPersonsPerSentence)
        let texts = events.flatMap { $0.evidence.map(\.text) }
        #expect(!texts.isEmpty)
        for t in texts {
            #expect(t.unicodeScalars.count <= InteractionDetector.maxEvidenceScalars + 2)
            #expect(t.hasSuffix(" …"))
        }
        #expect(out.diagnostics.contains { $0.code == "crowded-sentence" })
        #expect(out.diagnostics.contains { $0.code == "long-evidence" })
    }

    /// 3,000 sentences naming 6 persons each: co-mentions were checked against every event of the
    /// article (quadratic: minutes); now a set lookup.
    @Test func aDenseArticleTakesLinearTime() {
        let names = Self.names(60)
        var rng = SplitMix64(seed: 3)
        var sentences: [String] = []
        for _ in 0..<3000 {
            let six = (0..<6).map { _ in names[Int(rng.next() % UInt64(names.count))] }
            sentences.append("التقى " + six.joined(separator: " و") + " في الرياض.")
        }
        let start = Date()
        let out = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(articles: [Support.article(sentences.joined(separator: " "), date: "2024-05-01", id: "dense")])
        #expect(out.graph.edges.count > 100)
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
