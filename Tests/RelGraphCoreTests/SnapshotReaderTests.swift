import Foundation
import Testing
@testable import RelGraphCore

/// The streaming snapshot reader (`JSONPullParser` + `SnapshotReader`).
@Suite struct SnapshotReaderTests {
    static let graphs = [SnapshotWriterTests.seeds, SnapshotWriterTests.awkward, RelationGraph(nodes: [], edges: [])]

    /// Reads `text` through a parser with tiny chunks, so that every token crosses a chunk boundary.
    static func readInSmallChunks(_ text: String, chunkSize: Int) throws -> RelationGraph {
        let bytes = Array(text.utf8)
        var offset = 0
        var reader = SnapshotReader(JSONPullParser(file: "c.json", chunkSize: chunkSize) { buffer in
            let n = min(buffer.count, bytes.count - offset, 7)   // short reads too
            buffer.copyBytes(from: bytes[offset..<offset + n])
            offset += n
            return n
        })
        return try reader.read()
    }

    @Test(arguments: graphs)
    func roundTrip(_ g: RelationGraph) throws {
        let json = Snapshot.json(g)
        #expect(try Snapshot.read(Data(json.utf8), file: "r.json") == g)
        for chunkSize in [16, 100] { #expect(try Self.readInSmallChunks(json, chunkSize: chunkSize) == g) }
        let path = Support.temporaryDirectory().appendingPathComponent("r.json").path
        try AtomicFile.stream(to: path) { out in try SnapshotWriter().write(g) { try out.write($0) } }
        #expect(try Snapshot.read(contentsOf: path) == g)
        #expect(Snapshot.looksLikeSnapshot(atPath: path))
    }

    /// Layout does not matter: the same graph written compactly, in one line, reads the same.
    @Test func compactJSONReadsTheSame() throws {
        let g = SnapshotWriterTests.seeds
        let compact = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(Snapshot.json(g).utf8)))
        #expect(try Snapshot.read(compact, file: "c.json") == g)
    }

    /// Each error names the place and what is wrong.
    @Test(arguments: [
        ("{\n  \"nodes\": [1 2]\n}", "e.json:2:15: not valid JSON (expected ',' or ']' after an array element, found '2')"),
        ("{\"a\": tru}", "e.json:1:7: not valid JSON (expected a value, found 't')"),
        ("{\"a\": 01}", "e.json:1:7: not valid JSON (an invalid number 01)"),
        ("{\"a\": \"x\ny\"}", "e.json:1:7: not valid JSON (a raw control character (byte 0xa) in a string"),
        ("{\"a\": \"\\q\"}", "e.json:1:7: not valid JSON (an invalid escape \\q in a string)"),
        ("{\"a\": \"x", "e.json:1:7: not valid JSON (an unterminated string)"),
        ("{\"a\": [1,\n", "e.json:2:1: not valid JSON (expected a value, found the end of the file)"),
        ("{\"a\" 1}", "e.json:1:6: not valid JSON (expected ':' after key \"a\", found '1')"),
        ("{} x", "e.json:1:4: not valid JSON (unexpected 'x' after the end of the document)"),
        ("", "e.json:1:1: not valid JSON (expected a value, found the end of the file)"),
        (String(repeating: "[", count: 600), "nested more than 512 deep"),
        ("[]", "e.json: not a relgraph snapshot"),
        ("{\"nodes\": 3, \"edges\": []}", "e.json: not a relgraph snapshot"),
        ("{\"format\": \"relgraph-snapshot\", \"nodes\": [], \"edges\": []}", "e.json: missing \"version\""),
        ("{\"format\": \"relgraph-snapshot\", \"version\": 1, \"edges\": []}", "e.json: \"nodes\" must be a list of objects"),
        ("{\"format\": \"relgraph-snapshot\", \"version\": 1,\n\"nodes\": [{\"id\": \"a\", \"kind\": \"person\"}, 3], \"edges\": []}",
         "e.json:2:42: \"nodes\" must be a list of objects"),
        ("{\"edges\": [\n{\"source\": \"a\", \"target\": \"b\", \"kind\": \"co_mention\", \"weight\": -1},\n{\"source\": \"a\", \"target\": \"x\", \"kind\": \"co_mention\", \"weight\": 1}\n],\n\"format\": \"relgraph-snapshot\", \"nodes\": [{\"id\": \"a\", \"kind\": \"person\"}, {\"id\": \"b\", \"kind\": \"person\"}], \"version\": 1}",
         "e.json:2:1: edge 0 has a negative, non-finite or absurd weight (-1;"),
        ("{\"edges\": [\n{\"source\": \"a\", \"target\": \"b\", \"kind\": \"co_mention\", \"weight\": 1},\n{\"source\": \"a\", \"target\": \"x\", \"kind\": \"co_mention\", \"weight\": -1}\n],\n\"format\": \"relgraph-snapshot\", \"nodes\": [{\"id\": \"a\", \"kind\": \"person\"}, {\"id\": \"b\", \"kind\": \"person\"}], \"version\": 1}",
         "e.json:3:1: edge 1 refers to an unknown node (x)"),
        ("{\"edges\": [], \"events\": [{}], \"format\": \"relgraph-snapshot\", \"nodes\": [], \"version\": 1}",
         "e.json:1:26: event 0 needs a, b, type, date, direction, polarity and weight"),
    ])
    func errorsNameThePlace(_ text: String, _ expected: String) {
        #expect {
            _ = try Self.readInSmallChunks(text, chunkSize: 16)
        } throws: { e in
            "\(e)".replacingOccurrences(of: "c.json", with: "e.json").contains(expected)
        }
    }

    @Test func aMissingFileIsUnreadable() {
        #expect {
            _ = try Snapshot.read(contentsOf: "/nonexistent/s.json")
        } throws: { e in "\(e)" == "/nonexistent/s.json: cannot read (No such file or directory); check the path and its permissions." }
        #expect(!Snapshot.looksLikeSnapshot(atPath: "/nonexistent/s.json"))
    }

    /// Damaged snapshots never crash the reader, and what it accepts is valid JSON.
    @Test func damagedSnapshotsAreRefusedCleanly() {
        let text = Array(Snapshot.json(SnapshotWriterTests.awkward).utf8)
        var rng = SplitMix64(seed: 8)
        for _ in 0..<2000 {
            var bytes = text
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let i = Int.random(in: 0..<bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.remove(at: i)
                case 1: bytes.insert(UInt8.random(in: 0...127, using: &rng), at: i)
                default: bytes[i] = UInt8.random(in: 0...255, using: &rng)
                }
            }
            do {
                _ = try Snapshot.read(Data(bytes), file: "d.json")
                #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "accepted: \(String(decoding: bytes, as: UTF8.self))")
            } catch {
                #expect(error is SnapshotError)
            }
        }
    }
}
