import Foundation
import Testing
import RelGraphCore

/// Issue 20, points 6, 15 and 16: outputs never destroy inputs or each other, keep the mode and
/// hard links of the file they replace, and leave no temporary file behind.
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
