/// Where some bytes sit in an arena: offset and length, packed in one word (offset · 2³² +
/// length) so that a table of spans is one array of integers. Arenas stay below 4 GiB
/// (`maxOffset`).
struct ByteSpan: Equatable, Sendable {
    private let raw: UInt64

    static let maxOffset = 1 << 32 - 1

    init(offset: Int, length: Int) {
        precondition(offset >= 0 && offset <= Self.maxOffset && length >= 0 && length <= Self.maxOffset, "ByteSpan out of range")
        raw = UInt64(offset) << 32 | UInt64(length)
    }

    var offset: Int { Int(raw >> 32) }
    var length: Int { Int(raw & 0xFFFF_FFFF) }
    var range: Range<Int> { offset..<offset + length }
}
