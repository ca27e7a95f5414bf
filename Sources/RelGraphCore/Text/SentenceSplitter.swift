/// A sentence: a half-open range of token indices, and the paragraph it belongs to.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    /// Index of the paragraph (0-based) in the article.
    public var paragraph: Int

    public init(tokens: Range<Int>, paragraph: Int) {
        self.tokens = tokens
        self.paragraph = paragraph
    }
}

/// Splits a token stream into sentences and paragraphs.
///
/// Rules: a sentence ends after `.` `!` `?` `؟` `…` (a `.` inside a number is part of the number
/// token, so it never ends a sentence) and at every line break. A `.` glued on both sides to Latin
/// words or numbers (`window.location`, `U.S.A`, `example.com`) is not an end either; glued Arabic
/// («الأمن.وقال», a common scraping artefact) still is. Article text from the web is one
/// paragraph per line (headlines included), so a line break also starts a new paragraph.
/// A dateline — a dash among a paragraph's first four tokens, after words only («طهران/ نبأ-»,
/// «الرياض - واس», an outlet's name), and no second dash in its sentence — is a sentence of its
/// own, so that its place or source words never join the events of the text after it.
public enum SentenceSplitter {
    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        // (Fields read in place: a `Token` copied would retain its key.)
        for i in tokens.indices {
            let newlines = tokens[i].newlinesBefore
            if newlines > 0 && i > start {
                sentences.append(Sentence(tokens: start..<i, paragraph: paragraph))
                start = i
            }
            if newlines > 0 && i > 0 { paragraph += 1 }
            // Past a line break, only punctuation ends a sentence (most tokens are words).
            guard tokens[i].kind == .punct else { continue }
            if isDatelineEnd(tokens, i, sentenceStart: start) {
                sentences.append(Sentence(tokens: start..<(i + 1), paragraph: paragraph))
                start = i + 1
                continue
            }
            if isTerminal(tokens[i]) && !isGlued(tokens, i) {
                sentences.append(Sentence(tokens: start..<(i + 1), paragraph: paragraph))
                start = i + 1
            }
        }
        if start < tokens.count { sentences.append(Sentence(tokens: start..<tokens.count, paragraph: paragraph)) }
        return sentences
    }

    /// True when token `i` is a dash that ends a dateline: it stands among the first four tokens of
    /// a paragraph (`start`, the current sentence's first token, is that paragraph's first), only
    /// words stand before it, and text follows.
    static func isDatelineEnd(_ tokens: [Token], _ i: Int, sentenceStart start: Int) -> Bool {
        guard tokens[i].kind == .punct, isDash(tokens[i]), i > start, i - start < 4, i + 1 < tokens.count,
              tokens[i + 1].newlinesBefore == 0, start == 0 || tokens[start].newlinesBefore > 0 else { return false }
        guard tokens[start..<i].allSatisfy({ $0.kind == .word || $0.keyIs("/") }) else { return false }
        // A second dash before the sentence ends makes a parenthesis («قال الوزير - في تصريح - إن»).
        var j = i + 1
        while j < tokens.count, tokens[j].newlinesBefore == 0, !(tokens[j].kind == .punct && isTerminal(tokens[j])) {
            if tokens[j].kind == .punct && isDash(tokens[j]) { return false }
            j += 1
        }
        return true
    }

    /// (Punctuation keys are compared by their bytes: `==` on `String` tests canonical
    /// equivalence, slow for the non-ASCII punctuation of Arabic text.)
    @inline(__always)
    static func isDash(_ t: Token) -> Bool { t.keyIs("-") || t.keyIs("\u{2013}") || t.keyIs("\u{2014}") }

    /// True when token `i` touches Latin-script words or numbers on both sides.
    static func isGlued(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count else { return false }
        let prev = tokens[i - 1], next = tokens[i + 1]
        guard prev.end == tokens[i].start, next.start == tokens[i].end else { return false }
        func latin(_ t: Token) -> Bool { t.kind != .punct && (t.key.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false) }
        return latin(prev) && latin(next)
    }

    @inline(__always)
    static func isTerminal(_ t: Token) -> Bool {
        t.keyIs(".") || t.keyIs("!") || t.keyIs("?") || t.keyIs("\u{2026}")
    }
}
