import Testing
@testable import RelGraphCore

/// The run-wide table of evidence texts.
@Suite struct SentenceInternerTests {
    /// Equal texts come back as the first copy; canonically equivalent texts of other bytes stay apart.
    @Test func matchesByBytes() {
        let texts = SentenceInterner()
        let first = texts.intern("التقى الوزير نظيره")
        let again = texts.intern(String("التقى الوزير نظيره".reversed().reversed()))
        #expect(again == first)
        #expect(texts.count == 1)
        let composed = texts.intern("caf\u{E9}")
        let decomposed = texts.intern("cafe\u{301}")
        #expect(Array(composed.utf8) == Array("caf\u{E9}".utf8))
        #expect(Array(decomposed.utf8) == Array("cafe\u{301}".utf8))
        #expect(texts.count == 3)
    }

    /// Evidence keeps value semantics: setting a field changes that copy only.
    @Test func evidenceIsAValue() {
        let a = Evidence(article: "a1", date: "2025-01-02", start: 3, end: 9, text: "x")
        var b = a
        b.start = 4
        b.date = "2025-01-03"
        #expect(a.start == 3 && a.date == "2025-01-02")
        #expect(b.start == 4 && b.date == "2025-01-03" && b.article == "a1" && b.text == "x")
        #expect(a < b && a != b)
        #expect(Set([a, a, b]).count == 2)
    }
}
