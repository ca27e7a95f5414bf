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

/// Issue 20: what an input folder holds is read, and only that.
@Suite struct InputFolderTests {
    static let text = "---\ndate: 2025-07-10\n---\nتلقى الأمير خالد بن سلمان اتصالا هاتفيا من بيت هيغسيث."

    /// A file named in CP1256 («خبر.txt») is read, and its name shown with the bad bytes escaped.
    @Test func fileNamesThatAreNotUTF8AreRead() throws {
        let dir = Support.temporaryDirectory()
        let name: [UInt8] = [0xCE, 0xC8, 0xD1] + Array(".txt".utf8)   // «خبر» in CP1256
        let path = InputPath(dir.path).appending(name)
        let fd = path.withCString { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        #expect(fd >= 0)
        let bytes = Array(Self.text.utf8)
        #expect(write(fd, bytes, bytes.count) == bytes.count)
        close(fd)
        let out = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [dir.path])
        #expect(out.articlesRead == 1)
        #expect(out.graph.articles.map(\.id) == ["\\xCE\\xC8\\xD1"])
        #expect(out.graph.edge("khalid_bin_salman", "pete_hegseth") != nil)
        #expect(!out.diagnostics.contains { $0.severity >= .warning })
    }

    @Test func escapedNamesKeepValidText() {
        #expect(InputPath(bytes: Array("خبر".utf8) + [0xFF] + Array(".txt".utf8)).display == "خبر\\xFF.txt")
        #expect(InputPath(bytes: Array("a.txt".utf8)).isUTF8)
    }

    /// A link inside the folder to a file outside it is reported and skipped; one to a file inside
    /// is read; with `followLinks` the outside one is read too.
    @Test func linksOutOfTheFolderAreNotFollowed() throws {
        let outside = Support.temporaryDirectory()
        try Self.text.write(to: outside.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let dir = Support.temporaryDirectory()
        try Self.text.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("far").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        let out = p.run(paths: [dir.path])
        #expect(out.graph.articles.map(\.id).sorted() == ["a", "b"])
        let outside2 = out.diagnostics.filter { $0.code == "link-outside" }.map { URL(fileURLWithPath: $0.location).lastPathComponent }
        #expect(outside2.sorted() == ["far", "leak.txt"])
        p.followLinks = true
        let followed = p.run(paths: [dir.path])
        #expect(followed.graph.articles.map(\.id).sorted() == ["a", "b", "leak", "secret"])
    }
}
