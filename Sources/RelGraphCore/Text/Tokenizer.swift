/// Splits text into word, number and punctuation tokens with Unicode-scalar offsets into the
/// original text (the same offsets Python's `str` indices use).
///
/// Words are maximal runs of letters; diacritics, tatweel and invisible format characters inside a
/// word stay in it (and vanish from its key). Numbers are runs of digits of any script, with a `.`
/// `,` `٫` `٬` `:` or `/` kept when a digit stands on both sides (3.5, 10:18, 21/10/2020). Every other
/// non-space scalar is a one-scalar punctuation token. Clitics are not split here: the linker tries
/// clitic-stripped variants of a word (see `CliticVariants`).
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        let scalars = UTF8Scan.scalars(text)
        return tokenize(scalars: scalars)
    }

    public static func tokenize(scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var newlines = 0
        let n = scalars.count
        // Normalised key bytes of the current token (reused; keys of up to 15 bytes become small
        // strings without allocation).
        var key: [UInt8] = []
        key.reserveCapacity(64)
        while i < n {
            let s = scalars[i]
            let v = s.value
            if v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0 || (v > 0x7F && ScalarClass.isWhitespace(v)) {
                if s == "\n" || s.value == 0x2029 || s.value == 0x2028 { newlines += 1 }
                i += 1
                continue
            }
            let start = i
            key.removeAll(keepingCapacity: true)
            let kind: TokenKind
            if isDigit(s) {
                kind = .number
                while i < n {
                    let c = scalars[i]
                    if isDigit(c) {
                        ArabicNormalizer.appendFolded(c, toUTF8: &key)
                        i += 1
                    } else if isNumberJoiner(c), i + 1 < n, isDigit(scalars[i + 1]) {
                        ArabicNormalizer.appendFolded(c, toUTF8: &key)
                        i += 1
                    } else { break }
                }
            } else if isLetter(s) {
                kind = .word
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) || ArabicNormalizer.isIgnorable(c.value) && c.value > 0x7F {
                        ArabicNormalizer.appendFolded(c, toUTF8: &key)
                        i += 1
                    } else { break }
                }
            } else if ArabicNormalizer.isIgnorable(s.value) {
                i += 1
                continue
            } else {
                kind = .punct
                ArabicNormalizer.appendFolded(s, toUTF8: &key)
                i += 1
            }
            tokens.append(Token(start: start, end: i, key: String(decoding: key, as: UTF8.self), kind: kind, newlinesBefore: newlines))
            newlines = 0
        }
        return tokens
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

    @inline(__always)
    static func isNumberJoiner(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C: return true
        default: return false
        }
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
        if (0x0621...0x063A).contains(v) || (0x0641...0x064A).contains(v) || (0x066E...0x06D3).contains(v)
            || v == 0x06D5 || (0x06FA...0x06FF).contains(v) || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) {
            return true
        }
        if (0x0600...0x06FF).contains(v) { return false }
        return s.properties.isAlphabetic
    }
}
