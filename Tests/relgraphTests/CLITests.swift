import Foundation
import Testing
import RelGraphCore

/// Runs the `relgraph` executable built next to the test bundle.
enum CLI {
    static var binary: URL {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("relgraph")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/relgraph")
    }

    static var root: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { dir.deleteLastPathComponent() }
        return dir
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs relgraph in `directory` (default: the repository's root) with `input` on its standard
    /// input (default: none, end of file at once). `input` is written before the output is read,
    /// so it must fit a pipe's buffer (64 KiB).
    static func run(_ args: [String], environment: [String: String]? = nil, input: Data? = nil, directory: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = directory ?? root
        if let environment { p.environment = environment }
        // Standard error goes to a file: a run that writes much to both streams cannot block on a
        // full pipe while this thread reads the other.
        let errFile = temporaryDirectory().appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: errFile.path, contents: nil)
        let err = try FileHandle(forWritingTo: errFile)
        let out = Pipe(), stdin = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = stdin
        try p.run()
        try err.close()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let e = try Data(contentsOf: errFile)
        try? FileManager.default.removeItem(at: errFile.deletingLastPathComponent())
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// The test process's own temporary root, removed when the process exits.
    static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-cli-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: CLI.temporaryRoot) }
        return root
    }()

    /// A new empty directory under `temporaryRoot`.
    static func temporaryDirectory() -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite(.serialized) struct CLITests {
    /// The benchmark commands run end to end: a seeded corpus, then `bench ingest --repeat 2`
    /// prints each run and the medians; `--repeat 0` is refused.
    @Test func benchIngestRepeatsAndPrintsMedians() throws {
        let dir = CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl").path
        let c = try CLI.run(["bench", "corpus", "--articles", "40", "-o", corpus])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("wrote 40 articles"))
        let b = try CLI.run(["bench", "ingest", corpus, "--repeat", "2"])
        #expect(b.status == 0, "\(b.stderr)")
        let lines = b.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("all cores:") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("one core:") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("corpus: 40 articles") })
        #expect(lines.contains { $0.hasPrefix("median of 2: all cores") && $0.contains("speed-up") })
        let bad = try CLI.run(["bench", "ingest", corpus, "--repeat", "0"])
        #expect(bad.status != 0 && bad.stderr.contains("--repeat must be at least 1"))
    }

    @Test func buildWritesTheSnapshotAndRenderReadsIt() throws {
        let dir = CLI.temporaryDirectory()
        let json = dir.appendingPathComponent("g.json").path
        let b = try CLI.run(["build", "seeds", "--as-of", "2025-10-15", "-o", json, "-q"])
        #expect(b.status == 0, "\(b.stderr)")
        let graph = try Snapshot.read(FileManager.default.contents(atPath: json)!, file: json)
        #expect(graph.edge("khalid_bin_salman", "pete_hegseth") != nil)
        let svg = dir.appendingPathComponent("sub/dir/g.svg").path
        let r = try CLI.run(["render", json, "-o", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("خالد بن سلمان"))
        // No temporary file is left next to the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("sub/dir").path) == ["g.svg"])
    }

    @Test func renderingNeedsNoGraphvizExecutable() throws {
        let dir = CLI.temporaryDirectory()
        let svg = dir.appendingPathComponent("g.svg").path
        // An empty PATH: nothing can be spawned, yet rendering works (Graphviz is linked in).
        let r = try CLI.run(["render", "seeds", "--as-of", "2025-10-15", "-o", svg, "-q"], environment: ["PATH": ""])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: svg))
    }

    @Test func diagnosticsGoToStderrAndStrictFails() throws {
        let dir = CLI.temporaryDirectory()
        try "مقال عن السعودية وقطر".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x41]).write(to: dir.appendingPathComponent("bad.txt"))
        let normal = try CLI.run(["build", dir.path, "--as-of", "2025-10-15"])
        #expect(normal.status == 0)
        #expect(normal.stderr.contains("invalid UTF-8"))
        #expect(normal.stdout.contains("\"relgraph-snapshot\""))
        let strict = try CLI.run(["build", dir.path, "--as-of", "2025-10-15", "--strict", "-q"])
        #expect(strict.status == 1)
    }

    @Test func nothingReadableIsAnError() throws {
        let dir = CLI.temporaryDirectory()
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        let r = try CLI.run(["build", dir.path])
        #expect(r.status == 1)
        let usage = try CLI.run(["build", "--as-of", "yesterday"])
        #expect(usage.status == 2)
    }

    @Test func linkListsMentionsAsJSONL() throws {
        let r = try CLI.run(["link", "seeds/000_8010a983da41c318.txt", "--as-of", "2024-04-14", "-q"])
        #expect(r.status == 0)
        let records = r.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.contains { $0["surface"] as? String == "نظيره الأمريكي" && $0["entity"] as? String == "lloyd_austin" && $0["resolution"] as? String == "counterpart" })
        #expect(records.allSatisfy { $0["start"] is Int && $0["end"] is Int && $0["article"] as? String == "000_8010a983da41c318" })
    }

    @Test func kbLintExitStatus() throws {
        #expect(try CLI.run(["kb", "lint"]).status == 0)
        let dir = CLI.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.yaml")
        try "persons:\n  - id: x\n    en: X\n    ar: س\n    country: XX\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["kb", "lint", bad.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("bad.yaml:2"))
    }

    @Test func mixingASnapshotWithArticlesIsRefused() throws {
        let dir = CLI.temporaryDirectory()
        let json = dir.appendingPathComponent("g.json").path
        _ = try CLI.run(["build", "seeds", "-o", json, "-q"])
        let r = try CLI.run(["render", json, "seeds", "-o", dir.appendingPathComponent("x.svg").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("either one snapshot or articles"))
    }

    /// `build` streams the snapshot: to standard output and to a file the bytes are those of the
    /// golden snapshot, and no temporary file is left.
    @Test func buildStreamsTheGoldenSnapshot() throws {
        let dir = CLI.temporaryDirectory()
        let json = dir.appendingPathComponent("g.json").path
        let golden = try String(contentsOf: CLI.root.appendingPathComponent("Tests/RelGraphCoreTests/Fixtures/golden/seeds.snapshot.json"), encoding: .utf8)
        #expect(try CLI.run(["build", "seeds", "--as-of", "2025-10-15", "-q", "-o", json]).status == 0)
        #expect(try String(contentsOfFile: json, encoding: .utf8) == golden)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.json"])
        let stdout = try CLI.run(["build", "seeds", "--as-of", "2025-10-15", "-q", "-o", "-"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout == golden)
    }

    @Test func mergeAndEvidenceOut() throws {
        let dir = CLI.temporaryDirectory()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("seeds").path).sorted().map { "seeds/" + $0 }
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        let all = dir.appendingPathComponent("all.json").path, merged = dir.appendingPathComponent("merged.json").path
        let evidence = dir.appendingPathComponent("ev/evidence.jsonl").path
        #expect(try CLI.run(["build"] + Array(seeds.prefix(3)) + ["--as-of", "2025-10-15", "-q", "-o", a]).status == 0)
        #expect(try CLI.run(["build"] + Array(seeds.dropFirst(3)) + ["--as-of", "2025-10-15", "-q", "-o", b]).status == 0)
        #expect(try CLI.run(["build", "seeds", "--as-of", "2025-10-15", "-q", "-o", all, "--evidence-out", evidence]).status == 0)
        #expect(try CLI.run(["merge", a, b, "-o", merged]).status == 0)
        #expect(try String(contentsOfFile: merged, encoding: .utf8) == String(contentsOfFile: all, encoding: .utf8))
        let lines = try String(contentsOfFile: evidence, encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }
}

@Suite(.serialized) struct InterruptionTests {
    /// A render stopped by SIGTERM, SIGINT or SIGHUP (a closed terminal) exits 128 + signal and
    /// leaves the previous output as it was and no temporary file behind.
    @Test func killedRenderKeepsThePreviousOutput() throws {
        let dir = CLI.temporaryDirectory()
        let graph = RandomGraph.make(nodes: 2000, edges: 6000, seed: 3)   // neato: several seconds
        let snapshot = dir.appendingPathComponent("big.json").path
        try Snapshot.json(graph).write(toFile: snapshot, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out.svg").path
        try "previous".write(toFile: out, atomically: true, encoding: .utf8)
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["render", snapshot, "-o", out, "--layout", "neato"]
            p.standardError = Pipe()
            try p.run()
            usleep(300_000)
            kill(p.processIdentifier, sig)
            p.waitUntilExit()
            #expect(p.terminationReason == .exit && p.terminationStatus == 128 + sig, "signal \(sig)")
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["big.json", "out.svg"])
        }
    }

    @Test func strictExitCodeOnAMessyFolder() throws {
        let dir = CLI.temporaryDirectory()
        try "تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث".write(to: dir.appendingPathComponent("ok.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF]).write(to: dir.appendingPathComponent("bad.txt"))
        let normal = try CLI.run(["build", dir.path, "-o", dir.appendingPathComponent("g.json").path])
        #expect(normal.status == 0)
        #expect(normal.stderr.contains("read 1 article(s)"))
        #expect(try CLI.run(["build", dir.path, "--strict", "-q", "-o", dir.appendingPathComponent("h.json").path]).status == 1)
    }

    @Test func diffUsesTheSameReadingOptionsAsTheOtherCommands() throws {
        let dir = CLI.temporaryDirectory()
        let before = dir.appendingPathComponent("before"), after = dir.appendingPathComponent("after")
        try FileManager.default.createDirectory(at: before, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: after, withIntermediateDirectories: true)
        try Data(Array("الأمير خالد بن سلمان ".utf8) + [0xFF] + Array(" في الرياض".utf8)).write(to: before.appendingPathComponent("a.txt"))
        try "قال ماركو روبيو في واشنطن".write(to: after.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let replaced = try CLI.run(["diff", before.path, after.path, "--format", "json", "-q", "--on-invalid", "replace"])
        let o = try JSONSerialization.jsonObject(with: Data(replaced.stdout.utf8)) as? [String: Any]
        let removed = ((o?["nodes"] as? [String: Any])?["removed"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(removed.contains("khalid_bin_salman"))
        // Skipped by default: the before side then has nothing readable.
        let skipped = try CLI.run(["diff", before.path, after.path, "--format", "json"])
        #expect(skipped.status != 0)
        #expect(skipped.stderr.contains("invalid UTF-8"))
    }
}
