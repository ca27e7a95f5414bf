import Foundation
import Testing
import RelGraphCore

/// Issue 20, points 6, 15 and 16: outputs never destroy inputs or each other, keep the mode and
/// hard links of the file they replace, and leave no temporary file behind (SIGHUP: see
/// InterruptionTests.killedRenderKeepsThePreviousOutput).
@Suite(.serialized) struct OutputSafetyTests {
    static let record = #"{"id":"one","date":"2025-07-10","text":"تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث"}"# + "\n"

    /// Point 6: an output that is an input (by any path, or through a link) or another output is
    /// refused with exit 2 before anything is written; the input is left byte for byte.
    @Test func anOutputThatIsAnInputIsRefused() throws {
        let dir = CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try Self.record.write(toFile: path("c.jsonl"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["build", path("c.jsonl"), "-q", "-o", path("s.json")]).status == 0)
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: path("s.json"))
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: true)
        let snapshot = try Data(contentsOf: URL(fileURLWithPath: path("s.json")))
        let refused: [([String], String)] = [
            (["build", path("c.jsonl"), "-o", path("c.jsonl")], "destroy"),
            (["build", path("c.jsonl"), "-o", path("sub/../c.jsonl")], "destroy"),
            (["build", path("c.jsonl"), "-o", path("x.json"), "--evidence-out", path("c.jsonl")], "destroy"),
            (["build", path("c.jsonl"), "-o", path("a.json"), "--evidence-out", path("sub/../a.json")], "two outputs"),
            (["build", dir.path, "-o", path("c.jsonl")], "input folder"),
            (["export", path("s.json"), "-o", path("s.json")], "destroy"),
            (["export", path("s.json"), "-o", path("link.json")], "destroy"),
            (["render", path("s.json"), "-o", path("s.json"), "--format", "svg"], "destroy"),
            (["centrality", path("s.json"), "-o", path("s.json")], "destroy"),
            (["link", path("c.jsonl"), "-o", path("c.jsonl")], "destroy"),
            (["kb", "suggest", path("c.jsonl"), "-o", path("c.jsonl")], "destroy"),
            (["merge", path("s.json"), "-o", path("s.json")], "destroy"),
            (["diff", path("s.json"), path("s.json"), "-o", path("d.md"), "-o", path("d.md")], "two outputs"),
        ]
        for (args, message) in refused {
            let r = try CLI.run(args)
            #expect(r.status == 2 && r.stderr.contains(message), "\(args): \(r.status) \(r.stderr)")
            #expect(try String(contentsOfFile: path("c.jsonl"), encoding: .utf8) == Self.record, "\(args) changed the input")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path("s.json"))) == snapshot, "\(args) changed the snapshot")
            #expect(!FileManager.default.fileExists(atPath: path("a.json")) && !FileManager.default.fileExists(atPath: path("x.json")))
        }
        // Devices may be given twice, and are written in place (the evidence file once renamed
        // its temporary file over /dev/null, making it a regular file).
        #expect(try CLI.run(["build", path("c.jsonl"), "-q", "-o", "/dev/null", "--evidence-out", "/dev/null"]).status == 0)
        #expect(FileIdentity(path: "/dev/null")?.isOrdinary == false, "/dev/null was replaced")
    }
}

extension OutputSafetyTests {
    /// Point 15: rewriting an output keeps its permissions, and a file with several hard links is
    /// rewritten in place so that every link sees the new content.
    @Test func rewritingKeepsModeAndHardLinks() throws {
        let dir = CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try Self.record.write(toFile: path("c.jsonl"), atomically: true, encoding: .utf8)
        try "old".write(toFile: path("private.json"), atomically: true, encoding: .utf8)
        chmod(path("private.json"), 0o600)
        #expect(try CLI.run(["build", path("c.jsonl"), "-q", "-o", path("private.json")]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: path("private.json"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: path("private.json"), encoding: .utf8).contains("\"format\""))

        try "old".write(toFile: path("a.json"), atomically: true, encoding: .utf8)
        #expect(link(path("a.json"), path("b.json")) == 0)
        #expect(try CLI.run(["build", path("c.jsonl"), "-q", "-o", path("a.json")]).status == 0)
        let a = try #require(FileIdentity(path: path("a.json"))), b = try #require(FileIdentity(path: path("b.json")))
        #expect(a == b, "the hard link was broken")
        #expect(try String(contentsOfFile: path("b.json"), encoding: .utf8).contains("\"format\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.json", "b.json", "c.jsonl", "private.json"])
    }

    /// Point 16: a temporary file left by a killed run (its process is gone) is removed when the
    /// file is written again; one of a running process is left alone.
    @Test func staleTemporaryFilesAreRemoved() throws {
        let dir = CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try Self.record.write(toFile: path("c.jsonl"), atomically: true, encoding: .utf8)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = ".s.json.\(gone.processIdentifier).tmp", live = ".s.json.\(getpid()).tmp", other = ".t.json.\(gone.processIdentifier).tmp"
        for name in [stale, live, other] { try "partial".write(toFile: path(name), atomically: false, encoding: .utf8) }
        #expect(try CLI.run(["build", path("c.jsonl"), "-q", "-o", path("s.json")]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [live, other, "c.jsonl", "s.json"].sorted())
    }
}
