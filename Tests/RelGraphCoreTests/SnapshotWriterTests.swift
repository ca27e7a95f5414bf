import Foundation
import Testing
@testable import RelGraphCore

/// The streaming snapshot writer and the streaming atomic file it writes into.
@Suite struct SnapshotWriterTests {
    static let seeds = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [Support.seeds.path]).graph
    static var golden: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden/seeds.snapshot.json")
    }

    /// Strings that need escaping, a country node (null country), an article without a title,
    /// fractional weights (of at most six decimals, so that the graph reads back equal), an event with `via`.
    static let awkward: RelationGraph = {
        let nodes = [GraphNode(id: "a\"q", name: "A\nnewline", label: "أ\u{2028}ب", kind: .person, country: "SA"),
                     GraphNode(id: "SA", name: "Saudi Arabia", label: "السعودية", kind: .country, country: nil),
                     GraphNode(id: "b\\s", name: "B\ttab", label: "ب", kind: .organisation, country: "SA")]
        let edges = [EdgeSpec(source: "a\"q", target: "b\\s", kind: .interaction, weight: 0.375,
                              types: [TypeWeight(type: "call", weight: 0.375, count: 2)], direction: .backward, hostileWeight: 0.1),
                     EdgeSpec(source: "a\"q", target: "SA", kind: .affiliation, weight: 1)]
        var event = InteractionEvent(source: "a\"q", target: "b\\s", directed: true, type: "call", date: "2025-01-02",
                                     polarity: .hostile, weight: 2.5,
                                     evidence: [Evidence(article: "x", date: "2025-01-02", start: 3, end: 9, text: "\"\u{1}\"")])
        event.via = ["p", "q"]
        event.evidenceCount = 4
        let articles = [ArticleInfo(id: "x", date: "2025-01-02", dateSource: "text", title: "T \"1\"\r",
                                    url: "https://e.example/x?a=\"1\"&b", outlet: "O <&>\u{1}"),
                        ArticleInfo(id: "w", date: "2025-01-01", dateSource: "as_of", title: nil)]
        return RelationGraph(nodes: nodes, edges: edges, events: [event], articles: articles)
    }()

    /// The whole document as one `JSONValue` tree, as snapshots were written before streaming.
    static func tree(_ g: RelationGraph) -> String {
        JSONValue.object(["format": .string(Snapshot.format), "version": .int(Snapshot.version),
                          "nodes": .array(g.nodes.map(Snapshot.json(node:))),
                          "edges": .array(g.edges.map { Snapshot.json(edge: $0, in: g) }),
                          "events": .array(g.events.map(Snapshot.json(event:))),
                          "articles": .array(g.articles.map(Snapshot.json(article:)))]).pretty()
    }

    @Test(arguments: [seeds, awkward, RelationGraph(nodes: [], edges: [])])
    func streamedChunksEqualTheWholeTree(_ g: RelationGraph) {
        var chunks: [String] = []
        SnapshotWriter(chunkSize: 97).write(g) { chunks.append($0) }
        #expect(chunks.joined() == Self.tree(g))
        #expect(Snapshot.json(g) == Self.tree(g))
        #expect(chunks.dropLast().allSatisfy { $0.utf8.count >= 97 })
        if g.nodes.count > 10 { #expect(chunks.count > 10) }
    }

    @Test func streamingToAFileGivesTheGoldenBytes() throws {
        let path = Support.temporaryDirectory().appendingPathComponent("s/seeds.json").path
        try AtomicFile.stream(to: path) { out in try SnapshotWriter(chunkSize: 1000).write(Self.seeds) { try out.write($0) } }
        #expect(FileManager.default.contents(atPath: path) == (try Data(contentsOf: Self.golden)))
    }

    /// A stream that fails half way leaves neither the file nor its temporary file; a previous
    /// file is kept as it was.
    @Test func aFailedStreamLeavesNoFile() throws {
        struct Interrupted: Error {}
        let dir = Support.temporaryDirectory()
        let path = dir.appendingPathComponent("g.json").path
        func failingWrite() throws {
            var written = 0
            try AtomicFile.stream(to: path) { out in
                try SnapshotWriter(chunkSize: 200).write(Self.seeds) { chunk throws in
                    try out.write(chunk)
                    written += 1
                    if written == 3 { throw Interrupted() }
                }
            }
        }
        #expect(throws: Interrupted.self) { try failingWrite() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
        try AtomicFile.stream(to: path) { try $0.write("previous") }
        #expect(throws: Interrupted.self) { try failingWrite() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.json"])
    }

    /// A pipe (like `/dev/stdout` or `/dev/null`) is written in place, not replaced by a file.
    @Test func aPipeIsWrittenInPlace() throws {
        let dir = Support.temporaryDirectory()
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let cat = Process()
        cat.executableURL = URL(fileURLWithPath: "/bin/cat")
        cat.arguments = [fifo]
        let pipe = Pipe()
        cat.standardOutput = pipe
        try cat.run()
        defer { if cat.isRunning { cat.terminate() } }
        try AtomicFile.stream(to: fifo) { try $0.write("through the pipe") }
        let inPlace = AtomicFile.isSpecial(fifo)
        #expect(inPlace)
        if !inPlace { cat.terminate() }   // still waiting for a writer: do not hang
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "through the pipe")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["fifo"])
    }

    /// A full disk is reported as a write error naming the target.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aWriteErrorNamesTheTarget() throws {
        let fd = open("/dev/full", O_WRONLY)
        defer { close(fd) }
        #expect {
            try FileOutput(fd: fd, path: "out/g.json").write(String(repeating: "x", count: 100_000))
        } throws: { e in
            "\(e)".hasPrefix("out/g.json: cannot write (")
        }
    }
}
