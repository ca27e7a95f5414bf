import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore

/// `bench store`: the store's figures, end to end. Adding a corpus to an empty store (MB/s), the
/// store's size against the corpus, adding 500 new articles to a large store, and `report` over a
/// one-month window of that large store (run as a separate process, as a user runs it).
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Time `add` into an empty store, the store's size, 500 new articles into a large store and a one-month report.",
        discussion: Help.discussion(examples: [
            "relgraph bench store corpus.jsonl",
            "relgraph bench store corpus.jsonl --large 400000 --work /tmp/store-bench",
        ]))

    @Argument(help: "Corpus (.jsonl) added to an empty store.") var corpus: String
    @Option(help: "Articles of the large store (generated with `bench corpus`'s generator, seed 1).") var large: Int = 400_000
    @Option(help: "Folder for the stores (the large one is kept and reused when it is already full).") var work: String = "/tmp/relgraph-store-bench"
    @Option(help: "The month of the report window (YYYY-MM).") var month: String = "2024-03"

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let kb = try KnowledgeLoader.loadDefault()
        let asOf = Day(year: 2025, month: 1, day: 1)!
        let settings = LinkSettings(kb: KnowledgeFingerprint.of(overlays: []), options: "bench")
        let ingest = StoreIngest(linker: StoreLinker(pipeline: Pipeline(kb: kb, asOf: asOf)), settings: settings)

        // 1. The corpus into an empty store.
        let small = work + "/corpus.sqlite"
        for f in [small, small + "-wal", small + "-shm"] { try? FileManager.default.removeItem(atPath: f) }
        let bytes = InputOptions.size(of: corpus)
        var result: StoreIngest.Result?
        let t = try seconds {
            let store = try SQLiteStore(path: small)
            result = try ingest.add(paths: [corpus], to: store)
            try store.checkpoint()
        }
        let size = InputOptions.size(of: small)
        print("add \(result!.articlesRead) articles (\(fixed(Double(bytes) / 1e6, 1)) MB) into an empty store: \(fixed(t, 2)) s, \(fixed(Double(bytes) / 1e6 / t, 1)) MB/s")
        print("store size: \(fixed(Double(size) / 1e6, 1)) MB = \(fixed(Double(size) / Double(max(bytes, 1)), 2))× the corpus")

        // 2. The large store (made once, then reused).
        let big = work + "/large.sqlite"
        let gen = CorpusGenerator(kb: kb, seed: 1)
        var store = try SQLiteStore(path: big)
        var have = try store.summary().articles
        if have < large {
            let t0 = Date()
            let chunk = 20_000
            var next = have
            while next < large {
                let end = min(large, next + chunk)
                let file = work + "/chunk.jsonl"
                try (next..<end).map { gen.record($0) }.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
                _ = try ingest.add(paths: [file], to: store)
                next = end
                FileHandle.standardError.write(Data("large store: \(next) articles (\(Int(Date().timeIntervalSince(t0))) s)\n".utf8))
            }
            try store.checkpoint()
            store = try SQLiteStore(path: big)
            have = try store.summary().articles
        }
        print("large store: \(have) articles, \(fixed(Double(InputOptions.size(of: big)) / 1e6, 1)) MB")

        // 3. 500 new articles into it (ids past the store's).
        let fresh = work + "/new500.jsonl"
        try (have..<have + 500).map { gen.record($0) }.joined(separator: "\n").write(toFile: fresh, atomically: true, encoding: .utf8)
        var added = AddCounts()
        let t3 = try seconds {
            let s = try SQLiteStore(path: big)
            added = try ingest.add(paths: [fresh], to: s).counts
            try s.checkpoint()
        }
        print("add 500 new articles to the \(have)-article store: \(fixed(t3, 2)) s (added \(added.added))")

        // 4. report over one month, as a separate process.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).path
        let first = month + "-01"
        let (y, m) = (Int(month.prefix(4)) ?? 2024, Int(month.suffix(2)) ?? 3)
        let last = Day(year: m == 12 ? y + 1 : y, month: m == 12 ? 1 : m + 1, day: 1)!.adding(days: -1).description
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["report", big, "--since", first, "--until", last, "-o", work + "/report", "--quiet"]
        let t4 = try seconds {
            try p.run()
            p.waitUntilExit()
        }
        print("report over \(first)..\(last) of the large store: \(fixed(t4, 2)) s (exit \(p.terminationStatus))")
    }
}
