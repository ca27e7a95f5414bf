import Foundation
import Testing
import RelGraphCore

/// Issue 20, point 21: each failure says what is wrong, not something near it.
@Suite(.serialized) struct MessageTests {
    static let record = #"{"id":"one","date":"2025-07-10","text":"تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث"}"# + "\n"

    static func error(_ args: [String]) throws -> String {
        let r = try CLI.run(args)
        #expect(r.status != 0, "\(args) succeeded")
        return r.stderr
    }

    @Test func snapshotsThatCannotBeReadOrAreCutShort() throws {
        let dir = CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        #expect(try CLI.run(["build", "seeds", "--as-of", "2025-10-15", "-q", "-o", path("full.json")]).status == 0)
        let full = try Data(contentsOf: URL(fileURLWithPath: path("full.json")))
        try full.prefix(full.count / 2).write(to: URL(fileURLWithPath: path("cut.json")))
        let cut = try Self.error(["export", path("cut.json")])
        #expect(cut.contains("cut.json: cut short") && !cut.contains("not a relgraph snapshot"), "\(cut)")
        try FileManager.default.createDirectory(atPath: path("folder.json"), withIntermediateDirectories: true)
        let folder = try Self.error(["export", path("folder.json")])
        #expect(folder.contains("folder.json: cannot read (Is a directory)") && !folder.contains("not a relgraph snapshot"), "\(folder)")
        let missing = try Self.error(["render", path("missing.json")])
        #expect(missing.contains("missing.json: cannot read (No such file or directory)"), "\(missing)")
        // A path through «..» to a file that is not there (named after this test's folder, so no
        // other run can have made it).
        #expect(try Self.error(["export", "Package.swift", "README.md", dir.path + "/../" + dir.lastPathComponent + "-x.json"]).contains("cannot read"))
    }

    @Test func knowledgeBasesThatAreNotFiles() throws {
        let dir = CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try Self.record.write(toFile: path("c.jsonl"), atomically: true, encoding: .utf8)
        let folder = try Self.error(["link", path("c.jsonl"), "--kb", dir.path])
        #expect(folder.contains("it is a folder") && !folder.contains("NSCocoaErrorDomain"), "\(folder)")
        #expect(mkfifo(path("fifo.yaml"), 0o644) == 0)
        let fifo = try Self.error(["link", path("c.jsonl"), "--kb", path("fifo.yaml")])
        #expect(fifo.contains("not a regular file") && !fifo.contains("permission"), "\(fifo)")
        let missing = try Self.error(["link", path("c.jsonl"), "--kb", path("none.yaml")])
        #expect(missing.contains("none.yaml: cannot read the knowledge base file: no such file"), "\(missing)")
    }

    /// `kb lint` names the file once per finding.
    @Test func lintNamesThePathOnce() throws {
        let dir = CLI.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.yaml").path
        try "persons:\n  - id: a\n    names: [x, y\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["kb", "lint", bad, dir.appendingPathComponent("none.yaml").path])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect(line.components(separatedBy: dir.path).count == 2, "the path is printed twice: \(line)") }
    }

    /// A full disk says so (simulated with /dev/full), for a whole write and a streamed one.
    @Test func aFullDiskSaysSo() throws {
        let dir = CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl").path
        try Self.record.write(toFile: corpus, atomically: true, encoding: .utf8)
        for args in [["build", corpus, "-q", "-o", "/dev/full"], ["export", corpus, "-q", "--format", "csv", "-o", "/dev/full"]] {
            let e = try Self.error(args)
            #expect(e.contains("No space left on device") && e.contains("disk is full") && !e.contains("check the folder exists"), "\(args): \(e)")
        }
    }
}

/// Issue 20, point 23: `render` warns before a layout that will run for minutes.
@Suite(.serialized) struct LayoutWarningTests {
    @Test func dotOnThousandsOfNodesIsWarnedAboutBeforeTheLayout() throws {
        let dir = CLI.temporaryDirectory()
        let snapshot = dir.appendingPathComponent("big.json").path
        try Snapshot.json(RandomGraph.make(nodes: 5000, edges: 15000, seed: 3)).write(toFile: snapshot, atomically: true, encoding: .utf8)
        let errFile = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["render", snapshot, "--layout", "dot", "-o", dir.appendingPathComponent("g.svg").path]
        p.standardError = try FileHandle(forWritingTo: errFile)
        try p.run()
        var stderr = ""
        for _ in 0..<200 where !stderr.contains("warning") {
            usleep(100_000)
            stderr = try String(contentsOf: errFile, encoding: .utf8)
        }
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(stderr.contains("render: warning: the dot layout of 5000 nodes"), "\(stderr)")
        #expect(stderr.contains("--top") && stderr.contains("--min-weight"))
        let quiet = try CLI.run(["render", snapshot, "--layout", "sfdp", "--top", "50", "-o", dir.appendingPathComponent("s.svg").path])
        #expect(quiet.status == 0 && !quiet.stderr.contains("warning"), "\(quiet.stderr)")
    }
}

/// Issue 20, point 23: a long centrality run shows its progress as a line on a terminal (run
/// under `script`, which gives it one), and nothing under --quiet.
@Suite(.serialized) struct CentralityProgressLineTests {
    @Test func aLongRunShowsItsProgressOnATerminal() throws {
        let dir = CLI.temporaryDirectory()
        let snapshot = dir.appendingPathComponent("big.json").path
        // Large enough that betweenness runs past the line's one-second delay in a debug build.
        try Snapshot.json(RandomGraph.make(nodes: 1200, edges: 6000, seed: 4)).write(toFile: snapshot, atomically: true, encoding: .utf8)
        func onTerminal(_ extra: String) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            p.arguments = ["-qec", "\(CLI.binary.path) centrality \(snapshot) --layer all --measure betweenness -o /dev/null \(extra)", "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["CI"] = nil
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try onTerminal("")
        #expect(shown.contains("betweenness: ") && shown.contains(" %"), "\(shown.debugDescription)")
        #expect(!(try onTerminal("-q")).contains("betweenness: "))
    }
}
