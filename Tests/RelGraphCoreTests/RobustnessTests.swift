import Foundation
import Testing
@testable import RelGraphCore

/// Issue 9: bad input of every kind in one folder; the good articles all get in.
@Suite struct RobustnessTests {
    /// good1.txt, good2.jsonl (2 good lines + bad ones) and every bad kind.
    static func messyFolder() throws -> URL {
        let dir = Support.temporaryDirectory()
        func write(_ name: String, _ text: String) throws { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try write("good1.txt", "---\ndate: 2025-07-10\n---\nتلقى الأمير خالد بن سلمان اتصالا هاتفيا من بيت هيغسيث.")
        try write("good2.jsonl", """
            {"id": "j-good-1", "date": "2025-07-10", "text": "التقى ماركو روبيو بالأمير فيصل بن فرحان في الرياض."}
            this is not json
            {"id": "j-no-text", "date": "2025-07-10"}
            {"id": "j-good-2", "date": "2020-10-21", "text": "ترأس مايك بومبيو الحوار الاستراتيجي مع الأمير فيصل بن فرحان."}

            """)
        try Data([0x41, 0xC3, 0x28]).write(to: dir.appendingPathComponent("bad_utf8.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: dir.appendingPathComponent("binary.txt"))
        try write("bad_date.txt", "---\ndate: 2025-13-45\n---\nنص عن قطر.")
        try write("huge.txt", String(repeating: "كلمة ", count: 300_000))   // one 3 MB line
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: dir.path)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/x.txt")
        return dir
    }

    @Test func goodArticlesAllGetInAndEveryBadOneIsNamed() throws {
        let dir = try Self.messyFolder()
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.maxArticleBytes = 1 << 20
        let out = p.run(paths: [dir.path])
        #expect(Set(out.graph.articles.map(\.id)).isSuperset(of: ["good1", "j-good-1", "j-good-2"]))
        #expect(out.graph.edge("khalid_bin_salman", "pete_hegseth") != nil)
        #expect(out.graph.node("mike_pompeo") != nil)
        func named(_ code: String, _ suffix: String) -> Bool { out.diagnostics.contains { $0.code == code && $0.location.hasSuffix(suffix) } }
        #expect(named("invalid-utf8", "bad_utf8.txt"))
        #expect(named("empty", "empty.txt"))
        #expect(named("binary", "binary.txt"))
        #expect(named("bad-date", "bad_date.txt"))
        #expect(named("too-large", "huge.txt"))
        #expect(named("bad-json", "good2.jsonl:2"))
        #expect(named("no-text", "good2.jsonl:3"))
        #expect(named("symlink-loop", "sub/loop"))
        #expect(named("broken-link", "dangling.txt"))
        // The article with the bad front-matter date is still read (date from the text or --as-of).
        #expect(out.graph.articles.contains { $0.id == "bad_date" })
    }

    @Test func invalidUTF8CanBeReplaced() throws {
        let dir = Support.temporaryDirectory()
        var bytes = Array("الأمير خالد بن سلمان ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array(" التقى بيت هيغسيث".utf8)
        try Data(bytes).write(to: dir.appendingPathComponent("x.txt"))
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.onInvalid = .replace
        let out = p.run(paths: [dir.path])
        #expect(out.articlesRead == 1)
        #expect(out.diagnostics.contains { $0.code == "invalid-utf8" && $0.severity == .warning && $0.message.contains("byte \(Array("الأمير خالد بن سلمان ".utf8).count)") })
        #expect(out.graph.node("khalid_bin_salman") != nil)
    }

    @Test func aLongJSONLLineIsSkippedWithoutStoppingTheFile() throws {
        let dir = Support.temporaryDirectory()
        let long = "{\"id\":\"big\",\"text\":\"" + String(repeating: "ا", count: 200_000) + "\"}"
        let lines = ["{\"id\":\"a\",\"date\":\"2025-07-10\",\"text\":\"قال بيت هيغسيث\"}", long, "{\"id\":\"b\",\"date\":\"2025-07-10\",\"text\":\"قال ماركو روبيو\"}"]
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.maxArticleBytes = 100_000
        let out = p.run(paths: [dir.path])
        #expect(out.graph.articles.map(\.id) == ["a", "b"])
        #expect(out.diagnostics.contains { $0.code == "too-large" && $0.location.hasSuffix("c.jsonl:2") })
    }

    @Test func snapshotSyntaxErrorsNameLineAndColumn() {
        let text = "{\n  \"format\": \"relgraph-snapshot\",\n  \"nodes\": [,]\n}"
        #expect {
            _ = try Snapshot.read(Data(text.utf8), file: "s.json")
        } throws: { e in "\(e)".contains("s.json:3:") }
        let schema = "{\n  \"edges\": [],\n  \"format\": \"relgraph-snapshot\",\n  \"nodes\": [\n    {\"id\":\"a\",\"kind\":\"person\"},\n    {\"id\":\"b\"}\n  ],\n  \"version\": 1\n}"
        #expect {
            _ = try Snapshot.read(Data(schema.utf8), file: "t.json")
        } throws: { e in "\(e)".contains("t.json:6") && "\(e)".contains("node 1") }
    }

    @Test func anInterruptedWriteLeavesThePreviousFile() throws {
        let dir = Support.temporaryDirectory()
        let path = dir.appendingPathComponent("out.svg").path
        try AtomicFile.write(Data("old".utf8), to: path)
        struct Interrupted: Error {}
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("new content".utf8), to: path) { data, url in
                try data.prefix(3).write(to: url)      // half written …
                throw Interrupted()                      // … then the writer dies
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.svg"])
        try AtomicFile.write(Data("new".utf8), to: dir.appendingPathComponent("a/b/c.svg").path)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("a/b/c.svg").path))
    }
}

/// Regressions found by fuzzing (scripts/fuzz.sh).
@Suite struct FuzzRegressionTests {
    /// FuzzReader: an empty .txt file went through FileManager.contents(atPath:), which leaks on an
    /// empty file; it is now reported from its size alone.
    @Test func emptyFileIsReportedWithoutReadingIt() throws {
        let dir = Support.temporaryDirectory()
        let path = dir.appendingPathComponent("e.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let d = ArticleReader(asOf: Support.day("2025-01-01")).decode(.file(path))
        #expect(d.articles.isEmpty)
        #expect(d.diagnostics.map(\.code) == ["empty"])
    }
}
