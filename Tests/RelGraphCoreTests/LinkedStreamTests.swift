import Foundation
import Testing
@testable import RelGraphCore

/// Issue 20 point 7: `link`, `kb suggest` and `report` take the linked articles one by one, in
/// input order, instead of holding the corpus.
@Suite struct LinkedStreamTests {
    @Test func linkedArticlesStreamInInputOrderAndAreNotHeld() {
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.batchSize = 7
        p.retainLinked = true
        let held = p.run(paths: [StreamingTests.corpus.path])
        p.retainLinked = false
        var ids: [String] = []
        var unresolved = UnresolvedMention.Collector()
        var stubs = KnowledgeSuggest.Collector()
        let streamed = p.run(paths: [StreamingTests.corpus.path], linked: { la in
            ids.append(la.article.id)
            unresolved.add(la)
            stubs.add(la)
        })
        #expect(ids.count == 300)
        #expect(ids == held.linked.map(\.article.id))
        #expect(streamed.linked.isEmpty)
        #expect(unresolved.mentions == UnresolvedMention.collect(held.linked))
        #expect(stubs.stubs == KnowledgeSuggest.stubs(held.linked, linker: p.linker))
        #expect(!unresolved.mentions.isEmpty)
    }
}
