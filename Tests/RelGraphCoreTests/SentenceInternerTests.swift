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

    /// Texts given as bytes meet texts given as strings; the table grows past its first size and
    /// still finds every text (and only equal bytes: texts of one length and one hash word differ).
    @Test func bytesAndGrowth() {
        let texts = SentenceInterner()
        let words = (0..<5000).map { "جملة رقم \($0) عن الاجتماع" }
        let first = words.map { texts.intern($0) }
        #expect(texts.count == 5000)
        for (w, f) in zip(words, first) {
            let again = Array(w.utf8).withUnsafeBufferPointer { texts.intern(bytes: $0) }
            #expect(again == f)
        }
        #expect(texts.count == 5000)
        let a = Array("abcdefgh-1".utf8), b = Array("abcdefgh-2".utf8)
        let ta = a.withUnsafeBufferPointer { texts.intern(bytes: $0) }, tb = b.withUnsafeBufferPointer { texts.intern(bytes: $0) }
        #expect(ta == "abcdefgh-1" && tb == "abcdefgh-2" && texts.count == 5002)
        #expect(texts.intern("") == "" && texts.count == 5003)
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
