import Testing
@testable import RelGraphCore

@Suite struct TokenizerTests {
    @Test func offsetsPointIntoTheOriginalText() {
        let text = "التقى وَزيرُ الدفاع، بـ«روبيو» في 21 أكتوبر 2020."
        let scalars = Array(text.unicodeScalars)
        for t in Tokenizer.tokenize(text) {
            let original = String(String.UnicodeScalarView(scalars[t.start..<t.end]))
            #expect(ArabicNormalizer.normalize(original) == t.key)
        }
    }

    @Test func wordsNumbersAndPunctuation() {
        let tokens = Tokenizer.tokenize("وزير الدفاع، 3.5 مليار في 10:18 م")
        #expect(tokens.map(\.key) == ["وزير", "الدفاع", ",", "3.5", "مليار", "في", "10:18", "م"])
        #expect(tokens.map(\.kind) == [.word, .word, .punct, .number, .word, .word, .number, .word])
    }

    @Test func diacriticsStayInsideWords() {
        let tokens = Tokenizer.tokenize("اتصالًا هاتفيًا")
        #expect(tokens.count == 2)
        #expect(tokens[0].key == "اتصالا")
        #expect(tokens[0].end - tokens[0].start == 7)
    }

    @Test func countsLineBreaks() {
        let tokens = Tokenizer.tokenize("عنوان\n\nنص أول\nسطر")
        #expect(tokens.map(\.newlinesBefore) == [0, 2, 0, 1])
    }
}

@Suite struct SentenceTests {
    @Test func splitsOnTerminalsAndLines() {
        let tokens = Tokenizer.tokenize("عنوان الخبر\n\nجملة أولى. جملة ثانية؟ بلغ 3.5 مليار!\nفقرة أخرى")
        let s = SentenceSplitter.split(tokens)
        let keys = s.map { tokens[$0.tokens].map(\.key).filter { $0 != "." && $0 != "?" && $0 != "!" }.joined(separator: " ") }
        #expect(keys == ["عنوان الخبر", "جمله اولي", "جمله ثانيه", "بلغ 3.5 مليار", "فقره اخري"])
        #expect(s.map(\.paragraph) == [0, 1, 1, 1, 2])
    }

    @Test func dotsInsideLatinWordsDoNotEndSentences() {
        // Code, abbreviations and domains quoted in a sentence stay in it; glued Arabic still splits.
        let tokens = Tokenizer.tokenize("نشر موقع example.com بيان U.S.A اليوم. الأمن.وقال الوزير")
        let s = SentenceSplitter.split(tokens)
        #expect(s.count == 3)
        #expect(tokens[s[0].tokens].map(\.key).contains("com"))
        #expect(tokens[s[1].tokens].map(\.key) == ["الامن", "."])
    }
}

@Suite struct CliticTests {
    @Test func stripsProcliticsButKeepsTheWordFirst() {
        let v = CliticVariants.variants(of: ArabicNormalizer.normalize("وبالرئيس")).map(\.0)
        #expect(v.first == "وبالرييس")
        #expect(v.contains("الرييس"))
        #expect(CliticVariants.variants(of: "للولايات").map(\.0).contains("الولايات"))
        #expect(CliticVariants.variants(of: "وواشنطن").map(\.0).contains("واشنطن"))
    }

    @Test func leavesShortWordsAlone() {
        #expect(CliticVariants.variants(of: "بن").map(\.0) == ["بن"])
    }

    /// Keys longer than the tokeniser's first buffer, and scalars outside ASCII and the Arabic
    /// block (presentation forms, Latin capitals with accents), are folded as `ArabicNormalizer`
    /// folds them.
    @Test func longKeysAndRareScalarsFoldAsTheNormaliser() {
        let long = String(repeating: "وزارة", count: 300)
        let tokens = Tokenizer.tokenize("\(long) \u{FEFB}لسلام ÉCOLE ١٢٣٫٥")
        #expect(tokens.count == 4)
        #expect(tokens[0].key == ArabicNormalizer.normalize(long) && tokens[0].key.utf8.count > 1000)
        #expect(tokens[1].key == ArabicNormalizer.normalize("\u{FEFB}لسلام"))
        #expect(tokens[2].key == "école")
        #expect(tokens[3].key == "123.5" && tokens[3].kind == .number)
    }

    /// Byte comparisons of keys agree with `String` equality on normalised keys.
    @Test func keyComparisonsByBytes() {
        let t = Tokenizer.tokenize("في وبين من ضد وزير والي")
        #expect(t[0].keyIs("في") && !t[0].keyIs("فيه") && !t[0].keyIs("ف"))
        #expect(t[1].keyStartsWithWaw && !t[0].keyStartsWithWaw && t[4].keyStartsWithWaw)
        #expect(t[2].keyIs("من") && t[3].keyIs("ضد") && !t[3].keyIs("من"))
        #expect(Tokenizer.tokenize("و")[0].keyStartsWithWaw && !Tokenizer.tokenize("a")[0].keyStartsWithWaw)
    }
}
