/// An article's text cut into pieces that the store keeps once each: a piece ends after a full
/// stop, a question or exclamation mark (Latin or Arabic «؟») or a line break. News copies share
/// most sentences (syndication, rewrites, boilerplate), so the store holds each distinct piece one
/// time and an article as the list of its pieces; joining them gives the text back byte for byte.
enum TextPieces {
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            var end = -1
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x0A { end = i + 1 }
            // «؟» U+061F is D8 9F in UTF-8.
            else if b == 0xD8, i + 1 < bytes.count, bytes[i + 1] == 0x9F { end = i + 2 }
            if end > 0 {
                pieces.append(String(decoding: bytes[start..<end], as: UTF8.self))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < bytes.count { pieces.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return pieces
    }
}
