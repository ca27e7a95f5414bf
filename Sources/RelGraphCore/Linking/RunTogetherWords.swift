/// Words run together by scrapers that drop the space (or the markup) between two words:
/// «إيرانوروسياوتركيا», «الإيرانيةطهران», «الأممالمتحدة». A word the pattern index does not know,
/// of at least `minLetters` letters, is cut into two to four pieces when every piece, of at least
/// three letters, is a word that begins a KB pattern (a country, capital, demonym, name, title or
/// organisation word); a later piece may carry the conjunction «و». The longest first piece wins.
/// Ordinary long words are not cut: their pieces are not pattern words.
enum RunTogetherWords {
    static let minLetters = 10
    static let maxPieces = 4

    /// The article's tokens with run-together words cut, or nil when none is. Tokens are read in
    /// place (a copy of each would retain and release its key); the list is rebuilt only from the
    /// first cut on.
    static func split(_ tokens: [Token], keys: EncodedTokens, scalars: [Unicode.Scalar], index: PatternIndex) -> [Token]? {
        var out: [Token]? = nil
        for i in tokens.indices {
            // (No list of cuts is made for the other tokens: an empty one was released per token.)
            if isCandidate(i, tokens: tokens, keys: keys, index: index), case let cuts = cutPoints(tokens[i].key, index: index), cuts.count >= 2 {
                if out == nil { out = Array(tokens[..<i]) }
                out!.append(contentsOf: cut(tokens[i], at: cuts, scalars: scalars))
            } else if out != nil {
                out!.append(tokens[i])
            }
        }
        return out
    }

    /// A word the index does not know (no pattern key, nor a clitic form that is one), long
    /// enough to hold two pieces.
    @inline(__always)
    static func isCandidate(_ i: Int, tokens: [Token], keys: EncodedTokens, index: PatternIndex) -> Bool {
        !index.isPatternKey(keys.ids[i]) && tokens[i].kind == .word && tokens[i].key.utf8.count >= 2 * minLetters
            && !(Int(keys.formStart[i])..<Int(keys.formStart[i + 1])).contains { index.isPatternKey(keys.forms[$0].id) }
    }

    /// The cut points of a key made of Arabic letters only (two UTF-8 bytes each: a piece of n
    /// letters is 2n bytes), or none.
    static func cutPoints(_ key: String, index: PatternIndex) -> [Int] {
        let bytes = Array(key.utf8)
        guard bytes.count == 2 * key.unicodeScalars.count, bytes.count >= 2 * minLetters else { return [] }
        return bytes.withUnsafeBufferPointer { pieces($0, from: 0, index: index) } ?? []
    }

    /// The ends (in letters) of the pieces of the letters of `bytes` from letter `k` on (each a
    /// pattern word), or nil.
    static func pieces(_ bytes: UnsafeBufferPointer<UInt8>, from k: Int, index: PatternIndex, depth: Int = 1) -> [Int]? {
        guard depth <= maxPieces else { return nil }
        let n = bytes.count / 2
        var end = n
        while end - k >= 3 {
            if isPatternWord(UnsafeBufferPointer(rebasing: bytes[2 * k ..< 2 * end]), later: k > 0, index: index) {
                if end == n { return depth > 1 ? [end] : nil }
                if let rest = pieces(bytes, from: end, index: index, depth: depth + 1) { return [end] + rest }
            }
            end -= 1
        }
        return nil
    }

    /// A pattern word, or for a later piece «و» and a pattern word (UTF-8 of «و»: D9 88).
    static func isPatternWord(_ piece: UnsafeBufferPointer<UInt8>, later: Bool, index: PatternIndex) -> Bool {
        if index.beginsPattern(piece) { return true }
        guard later, piece.count >= 8, piece[0] == 0xD9, piece[1] == 0x88 else { return false }
        return index.beginsPattern(UnsafeBufferPointer(rebasing: piece[2...]))
    }

    /// Token `t` cut after the key letters `cuts` (the last is the key's end), each piece spanning
    /// the original scalars its letters came from (dropped marks stay with the letter before them).
    static func cut(_ t: Token, at cuts: [Int], scalars: [Unicode.Scalar]) -> [Token] {
        let letters = Array(t.key.unicodeScalars)
        var out: [Token] = []
        var raw = t.start, made = 0, start = t.start, from = 0
        for c in cuts {
            // Pass over the raw scalars until `c` key letters have been made.
            while raw < t.end && made < c {
                var folded = String.UnicodeScalarView()
                ArabicNormalizer.appendFolded(scalars[raw], to: &folded)
                made += folded.count
                raw += 1
            }
            while raw < t.end, ArabicNormalizer.isIgnorable(scalars[raw].value) { raw += 1 }
            let end = c == cuts.last ? t.end : raw
            out.append(Token(start: start, end: end, key: String(String.UnicodeScalarView(letters[from..<c])), kind: .word,
                             newlinesBefore: out.isEmpty ? t.newlinesBefore : 0))
            start = end
            from = c
        }
        return out
    }
}
