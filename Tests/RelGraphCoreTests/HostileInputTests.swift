import Foundation
import Testing
@testable import RelGraphCore

/// Issue 20: input that would make the reader hold or read without end.
@Suite struct BoundedDiagnosticsTests {
    static let good = #"{"id": "good", "date": "2025-07-10", "text": "التقى ماركو روبيو بالأمير فيصل بن فرحان في الرياض."}"#

    /// Many bad lines: the first ones are listed, the rest counted in one note, all counted as problems.
    @Test func manyBadLinesAreCountedNotKept() throws {
        let dir = Support.temporaryDirectory()
        let lines = [Self.good] + Array(repeating: #"{"id": "x"}"#, count: 5000)
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.maxDiagnostics = 100
        let out = p.run(paths: [dir.path])
        #expect(out.diagnostics.count <= 101)
        #expect(out.problemCount == 5000)
        #expect(out.diagnostics.last?.code == DiagnosticLog.moreCode)
        #expect(out.diagnostics.last?.message.hasPrefix("4900 more") == true)
        #expect(out.articlesRead == 1)
    }

    /// Random bytes given as `.jsonl`, an endless device of NUL bytes and an endless device given
    /// as a text article: each is reported and left, and the good file after them is read.
    @Test func endlessOrBinarySourcesAreLeft() throws {
        let dir = Support.temporaryDirectory()
        var random = SplitMix64(seed: 7)
        var bytes = [UInt8]()
        for _ in 0..<(2 << 20) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
        for i in bytes.indices where bytes[i] == 0 { bytes[i] = 1 }   // (no NUL: the JSON probe must decide)
        try Data(bytes).write(to: dir.appendingPathComponent("random.jsonl"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero.jsonl").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("endless.txt").path, withDestinationPath: "/dev/zero")
        try Self.good.write(to: dir.appendingPathComponent("good.jsonl"), atomically: true, encoding: .utf8)
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.maxArticleBytes = 1 << 20
        let paths = ["random.jsonl", "zero.jsonl", "endless.txt", "good.jsonl"].map { dir.appendingPathComponent($0).path }
        let out = p.run(paths: paths)
        #expect(out.graph.articles.map(\.id) == ["good"])
        func named(_ code: String, _ suffix: String) -> Bool { out.diagnostics.contains { $0.code == code && $0.location.hasSuffix(suffix) } }
        #expect(named("not-json-lines", "random.jsonl"))
        #expect(named("not-json-lines", "zero.jsonl"))
        #expect(named("too-large", "endless.txt"))
        // Only the lines of the first 64 KiB of random bytes were looked at.
        #expect(out.diagnostics.count < 2000)
    }
}
