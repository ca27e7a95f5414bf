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
}
