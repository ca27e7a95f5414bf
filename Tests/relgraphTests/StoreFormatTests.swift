import Foundation
import Testing
@testable import RelGraphStore

/// The store's own encodings: text pieces join back to the text, link blobs decode to what was encoded.
struct StoreFormatTests {
    @Test func piecesJoinBackToTheTextByteForByte() {
        let texts = ["التقى الوزير نظيره. وبحث الجانبان العلاقات؟ نعم!\n\nفقرة ثانية بلا نهاية",
                     "", "no terminator", "...", "a.\r\nb", "؟؟", "end.\n"]
        for t in texts {
            let pieces = TextPieces.split(t)
            #expect(pieces.joined() == t)
            #expect(pieces.allSatisfy { !$0.isEmpty })
        }
        #expect(TextPieces.split("أ. ب؟ ج") == ["أ.", " ", "ب؟", " ", "ج"])
        #expect(TextPieces.split("عنوان\n\nجملة.") == ["عنوان", "\n\n", "جملة."])
    }

    @Test func linkBlobsDecodeToWhatWasEncoded() throws {
        var b = LinkBlob()
        b.entities = [0, 5, 300, 70_000]
        b.edges = [.init(source: 5, target: 300, affiliation: false, type: 0, count: 3),
                   .init(source: 70_000, target: 0, affiliation: true, type: nil, count: 0)]
        // Starts that go back (and repeat) are kept as they are.
        b.mentions = [.init(start: 0, end: 4, kind: 1, resolution: 9, entity: nil),
                      .init(start: 0, end: 2, kind: 0, resolution: 0, entity: 5),
                      .init(start: 1200, end: 1210, kind: 3, resolution: 2, entity: 70_000),
                      .init(start: 7, end: 9, kind: 2, resolution: 1, entity: 0)]
        let decoded = try #require(LinkBlob(b.encoded()))
        #expect(decoded == b)
        #expect(LinkBlob(Data([0x05, 0x01])) == nil)
        #expect(LinkBlob(b.encoded() + Data([0])) == nil)
    }

    @Test func contentHashesTellTextsApart() {
        #expect(ContentHash("نص") == ContentHash("نص"))
        #expect(ContentHash("نص") != ContentHash("نص "))
        #expect(ContentHash(hex: ContentHash("x").hex) == ContentHash("x"))
        #expect(ContentHash("x").hex.count == 32)
    }

    /// MurmurHash3 x64_128, seed 0, as the reference computes it (digests from Python's `mmh3`):
    /// no block, tails of under and over eight bytes, one whole block, blocks and a tail.
    @Test func contentHashesAreMurmurHash3() {
        let digests = [
            "": "00000000000000000000000000000000",
            "x": "e7fe1aba01e8166d8c78ae6b966dedd7",
            "hello": "029bbd41b3a7d8cb191dae486a901e5b",
            "0123456789abcdef": "a7d14acf946de04bda08a7635c5bc387",
            "نص": "cae59224f709b2e195517afaeacce6cb",
            "The quick brown fox jumps over the lazy dog": "6c1b07bc7bbc4be347939ac4a93c437a",
            "التقى الوزير نظيره في الرياض.": "e9632e2db71bf7021e565c3321665bce",
        ]
        for (text, hex) in digests { #expect(ContentHash(text).hex == hex, "\(text)") }
        #expect(ContentHash("x").bytes == Data([0xE7, 0xFE, 0x1A, 0xBA, 0x01, 0xE8, 0x16, 0x6D, 0x8C, 0x78, 0xAE, 0x6B, 0x96, 0x6D, 0xED, 0xD7]))
    }
}
