/// An article's text cut into pieces that the store keeps once each: a piece ends after a full
/// stop, a question or exclamation mark (Latin or Arabic «؟») or before a line break, and the white
/// space between pieces is a piece of its own. News copies share
/// most sentences (syndication, rewrites, boilerplate), so the store holds each distinct piece one
/// time and an article as the list of its pieces; joining them gives the text back byte for byte.
enum TextPieces {
    /// Pieces: sentences ending at a terminator, and the runs of white space between them on their
    /// own, so that a piece is the sentence an event's evidence quotes (stored once for both).
    static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in ranges(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } }
    }

    /// The pieces of UTF-8 `bytes` as byte ranges, in order, together covering all of them.
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(bytes.count / 64 + 1)
        var start = 0
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        func cut(_ end: Int) {
            if end > start { pieces.append(start..<end) }
            start = end
        }
        while i < bytes.count {
            let b = bytes[i]
            // Letters (Arabic ones are bytes from 0x80 on) end nothing: only ASCII punctuation, white
            // space and the last byte of «؟» (U+061F, D8 9F in UTF-8) are looked at.
            if b > 0x3F && b != 0x9F { i += 1; continue }
            var end = -1
            if b == 0x2E || b == 0x21 || b == 0x3F { end = i + 1 }
            else if b == 0x9F { if i > 0 && bytes[i - 1] == 0xD8 { end = i + 1 } }
            // A line break ends a piece too (headlines and date lines have no full stop).
            else if b == 0x0A || (isSpace(b) && i == start) { end = i }
            guard end >= 0 else { i += 1; continue }
            cut(end)
            // The white space that follows, as one piece.
            var j = end
            while j < bytes.count && isSpace(bytes[j]) { j += 1 }
            cut(j)
            i = max(j, i + 1)
        }
        cut(bytes.count)
        return pieces
    }
}
