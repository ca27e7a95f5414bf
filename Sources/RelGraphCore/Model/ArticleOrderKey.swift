/// The first eight bytes of an ASCII article id as one big-endian integer (zero-padded): for ASCII
/// text byte order is `String` order, so two ids whose keys differ compare as their keys do, and
/// pieces of evidence of two articles are ordered without reading either id (the merge of every
/// batch compares a new piece with the last one an event holds). Ids that are not ASCII have none.
struct ArticleOrderKey: Sendable, Comparable {
    private let raw: UInt64

    init?(_ id: String) {
        var raw: UInt64 = 0, n = 0
        for b in id.utf8 {
            guard b < 0x80 else { return nil }
            if n < 8 { raw |= UInt64(b) << (56 - 8 * UInt64(n)) }
            n += 1
        }
        self.raw = raw
    }

    static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}
