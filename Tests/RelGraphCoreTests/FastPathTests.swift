import Foundation
import Testing
@testable import RelGraphCore

/// Issue 8: the fast paths give what the plain definitions give — the tokeniser's scalar table,
/// scalar decoding, the in-place permutation of mentions, pair counts, evidence cut from the text,
/// dates read byte by byte, KB values trimmed without Foundation.
@Suite struct FastPathTests {
    /// The tokeniser as it was written before its scalar table: every rule read from the scalar.
    static func referenceTokens(_ text: String) -> [(start: Int, end: Int, key: String, kind: TokenKind, newlines: Int)] {
        let scalars = Array(text.unicodeScalars)
        var out: [(Int, Int, String, TokenKind, Int)] = []
        var i = 0, newlines = 0
        func fold(_ c: Unicode.Scalar, _ key: inout [UInt8]) { ArabicNormalizer.appendFolded(c, toUTF8: &key) }
        func ignorable(_ c: Unicode.Scalar) -> Bool { c.value > 0x7F && ArabicNormalizer.isIgnorable(c.value) }
        while i < scalars.count {
            let s = scalars[i], v = s.value
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0 || (v > 0x7F && ScalarClass.isWhitespace(v)) {
                if v == 0x0A || v == 0x2029 || v == 0x2028 { newlines += 1 }
                i += 1
                continue
            }
            let start = i
            var key: [UInt8] = []
            let kind: TokenKind
            if Tokenizer.isDigit(s) {
                kind = .number
                while i < scalars.count {
                    let c = scalars[i]
                    if Tokenizer.isDigit(c) || Tokenizer.isNumberJoiner(c) && i + 1 < scalars.count && Tokenizer.isDigit(scalars[i + 1]) {
                        fold(c, &key)
                        i += 1
                    } else { break }
                }
            } else if Tokenizer.isLetter(s) {
                kind = .word
                while i < scalars.count, Tokenizer.isLetter(scalars[i]) || ignorable(scalars[i]) {
                    fold(scalars[i], &key)
                    i += 1
                }
            } else if ignorable(s) {
                i += 1
                continue
            } else {
                kind = .punct
                fold(s, &key)
                i += 1
            }
            out.append((start, i, String(decoding: key, as: UTF8.self), kind, newlines))
            newlines = 0
        }
        return out
    }

    /// Scalars of every class the table holds and of the slow path beyond it.
    static let alphabet: [String] = [
        "و", "ز", "ي", "ر", "أ", "إ", "آ", "ى", "ة", "ئ", "ؤ", "پ", "گ", "ک", "ی", "\u{064E}", "\u{0651}", "\u{0670}", "\u{0640}",
        "\u{06D6}", "\u{0610}", "٣", "۴", "٫", "٬", "،", "؟", "«", "»", "a", "Z", "7", ".", ",", ":", "/", "-", "é", "ß", "Ä", "\u{00AD}",
        "\u{00A0}", "\u{0085}", "\u{200C}", "\u{200F}", "\u{2066}", "\u{FEFF}", "ﻻ", "ﷲ", "ﺍ", "😀", "中", " ", "  ", "\n", "\t", "\r",
        "\u{0B}", "\u{0C}", "\u{2028}", "\u{3000}", "\u{0}", "Ω", "ж",
    ]

    @Test func tokeniserTableAgreesWithTheRules() {
        var rng = SplitMix64(seed: 42)
        var texts = ["", "وزيرُ الدفاعِ السعوديّ 3.5% ٢١/١٠/٢٠٢٠ Wait — «لا» ﻻ ﷲ\n\nLNG"]
        for _ in 0..<400 {
            texts.append((0..<Int(rng.next() % 40)).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }.joined())
        }
        for text in texts {
            let got = Tokenizer.tokenize(text)
            let want = Self.referenceTokens(text)
            #expect(got.count == want.count, "\(text.debugDescription)")
            for (g, w) in zip(got, want) {
                #expect(g.start == w.start && g.end == w.end && g.key == w.key && g.kind == w.kind && g.newlinesBefore == w.newlines,
                        "\(text.debugDescription): \(g) vs \(w)")
            }
        }
    }

    @Test func scalarDecodingMatchesTheStandardLibrary() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let text = (0..<Int(rng.next() % 30)).map { _ in Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))] }.joined()
            #expect(UTF8Scan.scalars(text) == Array(text.unicodeScalars))
            let (scalars, offsets) = UTF8Scan.scalarsAndOffsets(text)
            #expect(scalars == Array(text.unicodeScalars))
            var at: Int32 = 0
            for (k, s) in scalars.enumerated() {
                #expect(offsets[k] == at)
                at += Int32(UTF8.width(s))
            }
            #expect(offsets.last == Int32(text.utf8.count))
        }
    }

    /// Elements that own storage: moved, never copied or dropped.
    final class Box {
        static let lock = NSLock()
        nonisolated(unsafe) static var live = 0
        let value: Int
        init(_ value: Int) {
            self.value = value
            Self.lock.lock(); Self.live += 1; Self.lock.unlock()
        }
        deinit { Self.lock.lock(); Self.live -= 1; Self.lock.unlock() }
    }

    @Test func permutationMovesEveryElementOnce() {
        var rng = SplitMix64(seed: 3)
        for n in [0, 1, 2, 5, 64] {
            do {
                var items = (0..<n).map { (Box($0), "text \($0) وزير") }
                var order = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
                items.permute(by: order)
                #expect(items.map(\.0.value) == order)
                #expect(items.map(\.1) == order.map { "text \($0) وزير" })
                #expect(Box.live >= n)
            }
        }
        #expect(Box.live == 0)
    }

    /// The mention order (packed integer keys, runs of equal spans by entity) is the plain
    /// comparator's stable sort, with small and with huge offsets (the fallback), and nil when the
    /// mentions are in order already.
    @Test func mentionOrderIsTheStableSortBySpanAndEntity() {
        var rng = SplitMix64(seed: 5)
        for (n, base) in [(0, 0), (1, 0), (2, 0), (40, 0), (300, 0), (40, 1 << 30)] {
            let mentions = (0..<n).map { i -> Mention in
                let start = base + Int(rng.next() % 12), end = start + Int(rng.next() % 3)
                let entity: String? = rng.next() % 4 == 0 ? nil : ["SA", "US", "QA"][Int(rng.next() % 3)]
                return Mention(articleId: "a", start: start, end: end, surface: "s\(i)", kind: .country, entity: entity, entityKind: nil,
                               resolution: .name, sentence: 0, tokens: 0..<1)
            }
            let expected = Array(0..<n).sorted { i, j in
                let x = (mentions[i].start, mentions[i].end), y = (mentions[j].start, mentions[j].end)
                if x != y { return x < y }
                let ex = mentions[i].entity ?? "", ey = mentions[j].entity ?? ""
                return ex != ey ? ex < ey : i < j
            }
            let order = Linker.order(mentions)
            #expect((order ?? Array(0..<n)) == expected, "n \(n)")
            var sorted = mentions
            sorted.permute(by: expected)
            #expect(Linker.order(sorted) == nil)
        }
    }

    @Test func pairCountsCountAsADictionary() {
        var rng = SplitMix64(seed: 11)
        var a = PairCounts(), b = PairCounts()
        var want: [IndexPair: Int] = [:]
        for k in 0..<5000 {
            // Few distinct keys, many repeats; keys that differ only in high or low halves.
            let key = IndexPair(Int32(rng.next() % 40), Int32(rng.next() % 40))
            if k % 2 == 0 { a.add(key) } else { b.add(key, 2) }
            want[key, default: 0] += k % 2 == 0 ? 1 : 2
        }
        a.merge(b)
        #expect(a.count == want.count)
        let got = Dictionary(uniqueKeysWithValues: zip(a.keys, a.counts))
        #expect(got == want)
        #expect(got[IndexPair(500, 501)] == nil)
    }

    /// A sentence with only single spaces is cut from the text; any other white space is folded.
    @Test func evidenceCutOrFoldedIsTheFoldedText() throws {
        let text = "وزير الدفاع الأمريكي التقى نظيره السعودي في الرياض.\nثم   التقى\tوزير الخارجية القطري\u{00A0}في الدوحة."
        let la = Linker(kb: Support.kb).link(Article(id: "x", text: text, date: Support.day("2025-07-10"), dateSource: .record, origin: "x"))
        #expect(la.sentences.count == 2)
        let (scalars, offsets) = UTF8Scan.scalarsAndOffsets(text)
        let texts = SentenceInterner()
        let got = la.sentences.map { InteractionDetector.evidence(la, $0, scalars, offsets, source: .init(article: "x", date: "2025-07-10"), texts: texts).text }
        let plain = la.sentences.map { InteractionDetector.evidence(la, $0, scalars, offsets, source: .init(article: "x", date: "2025-07-10")).text }
        #expect(got == ["وزير الدفاع الأمريكي التقى نظيره السعودي في الرياض.", "ثم التقى وزير الخارجية القطري في الدوحة."])
        #expect(plain == got)
        // The interner gives back the same text for the same bytes.
        #expect(InteractionDetector.evidence(la, la.sentences[0], scalars, offsets, source: .init(article: "y", date: "2025-07-10"), texts: texts).text == got[0])
        #expect(texts.count == 2)
        // One tab: folded to one space of the same length, still a change.
        let tabbed = "التقى وزير الدفاع\tنظيره القطري."
        let lt = Linker(kb: Support.kb).link(Article(id: "t", text: tabbed, date: Support.day("2025-07-10"), dateSource: .record, origin: "t"))
        let (ts, to) = UTF8Scan.scalarsAndOffsets(tabbed)
        #expect(InteractionDetector.evidence(lt, lt.sentences[0], ts, to, source: .init(article: "t", date: "2025-07-10"), texts: texts).text
                == "التقى وزير الدفاع نظيره القطري.")
    }

    /// Evidence text (cut from the article when no gap between tokens needs folding, folded
    /// otherwise) is the sentence's text with every run of white space made one U+0020, on random
    /// texts mixing spaces, tabs, newlines, U+00A0, U+2009, and marks and joiners standing alone
    /// between words.
    @Test func evidenceIsTheSentenceWithWhiteSpaceRunsFolded() {
        var rng = SplitMix64(seed: 9)
        let words = ["وزير", "الدفاع", "السعودي", "التقى", "نظيره", "في", "الرياض", "2025", "«الأمن»", "قطر،"]
        let gaps = [" ", " ", " ", "  ", "\t", " \n", "\u{00A0}", "\u{2009}", " \u{064B}", "\u{200C}", " \u{200C} ", ""]
        let linker = Linker(kb: Support.kb)
        for round in 0..<200 {
            var text = ""
            for w in 0..<(3 + Int(rng.next() % 12)) {
                if w > 0 { text += gaps[Int(rng.next() % UInt64(gaps.count))] }
                text += words[Int(rng.next() % UInt64(words.count))]
            }
            text += "."
            let la = linker.link(Article(id: "r\(round)", text: text, date: Support.day("2025-07-10"), dateSource: .record, origin: "r"))
            let (scalars, offsets) = UTF8Scan.scalarsAndOffsets(text)
            for sentence in la.sentences {
                let start = la.tokens[sentence.tokens.lowerBound].start, end = la.tokens[sentence.tokens.upperBound - 1].end
                var expected = "", run: [Unicode.Scalar] = []
                for v in scalars[start..<end] {
                    if ScalarClass.isWhitespace(v.value) { run.append(v); continue }
                    if !run.isEmpty { expected += " "; run = [] }
                    expected.unicodeScalars.append(v)
                }
                let got = InteractionDetector.evidence(la, sentence, scalars, offsets, source: .init(article: "r", date: "2025-07-10"), texts: SentenceInterner())
                #expect(got.text == expected, "\(text.debugDescription)")
                #expect(got.start == start && got.end == end)
            }
        }
    }

    /// Pattern keys (parts cut at spaces and tabs as scalars, keys through one cache, «عبد ال…»
    /// compared as bytes) are those of the plain definition (parts cut as `Character`s, each
    /// tokenised alone, `String` comparisons), for every pattern of the default KB.
    @Test func patternKeysAreThoseOfThePlainDefinition() {
        func plain(_ pattern: String) -> [[String]] {
            var keys: [String] = []
            for part in pattern.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if part == "<country>" || part == "<nisba>" { keys.append(String(part)); continue }
                keys += Tokenizer.tokenize(String(part)).map(\.key)
            }
            guard !keys.isEmpty else { return [] }
            var variants = [keys]
            var joined: [String] = [], i = 0, changed = false
            while i < keys.count {
                if keys[i] == "عبد", i + 1 < keys.count, keys[i + 1].hasPrefix("ال") { joined.append("عبد" + keys[i + 1]); i += 2; changed = true }
                else { joined.append(keys[i]); i += 1 }
            }
            if changed { variants.append(joined) }
            var split: [String] = []
            changed = false
            for k in keys { if k.hasPrefix("عبدال"), k.count > 5 { split += ["عبد", String(k.dropFirst(3))]; changed = true } else { split.append(k) } }
            if changed { variants.append(split) }
            return variants
        }
        let kb = Support.kb
        var patterns: [String] = []
        for p in kb.persons { patterns += p.names; patterns += p.short }
        for o in kb.offices { patterns += o.titles; patterns += o.duals; patterns += o.plurals; patterns += o.countryTitles.map(\.title) }
        for c in kb.countries { patterns += c.names; patterns += c.capitals; patterns += c.contextual }
        patterns += kb.triggers.map(\.pattern)
        patterns += ["وزير خارجية <country>", "عبد العزيز\tبن سلمان", "عبدالعزيز", "رئيس  <nisba>", ""]
        var cache = TokenKeyCache()
        for p in patterns { #expect(PatternIndex.keySequences(p, cache: &cache) == plain(p), "\(p)") }
        #expect(patterns.count > 1000)
        #expect(patterns.contains { plain($0).count > 1 })
    }

    @Test func isoDatesReadByteByByte() {
        #expect(Day(iso: "2024-04-01") == Day(year: 2024, month: 4, day: 1))
        #expect(Day(iso: "0005-01-31")?.description == "0005-01-31")
        for bad in ["2024-4-01", "2024-04-1", "2024/04/01", "2024-04-01x", " 2024-04-01", "２０２４-04-01", "abcd-ef-gh", "2024-13-01",
                    "2024-00-10", "2023-02-29", "+202-04-01", ""] {
            #expect(Day(iso: bad) == nil, "\(bad)")
        }
        for (y, m, d) in [(1, 1, 1), (999, 12, 31), (2024, 2, 29), (9999, 12, 31)] {
            let day = Day(year: y, month: m, day: d)!
            #expect(Day(iso: day.description) == day)
            #expect(day.description == String(format: "%04d-%02d-%02d", y, m, d))
        }
    }

    @Test func kbValuesTrimmedAsFoundationTrims() {
        for s in ["x", " x", "x ", "\tx\t", "\u{00A0}وزير\u{3000}", "\nx\n", "  ", "", "a b", "\u{2003}x", "x\u{200B}"] {
            #expect(Reader.trimmed(s) == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
        }
    }
}
