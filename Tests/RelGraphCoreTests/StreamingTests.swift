import Foundation
import Testing
@testable import RelGraphCore

/// Issue 8: streaming, parallel linking, merging.
@Suite struct StreamingTests {
    /// A small generated corpus (and the seeds) as a .jsonl file.
    static let corpus: URL = {
        let dir = Support.temporaryDirectory()
        let url = dir.appendingPathComponent("corpus.jsonl")
        let gen = CorpusGenerator(kb: Support.kb, seed: 7)
        let lines = (0..<300).map { gen.record($0) }
        try! (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }()

    func snapshot(threads: Int, batch: Int, paths: [String]) -> String {
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.threads = threads
        p.batchSize = batch
        return Snapshot.json(p.run(paths: paths).graph)
    }

    @Test func parallelAndSingleThreadedSnapshotsAreByteIdentical() {
        let paths = [Self.corpus.path, Support.seeds.path]
        let one = snapshot(threads: 1, batch: 256, paths: paths)
        // Thread counts and batch sizes (one record a batch, the default, more than the corpus).
        for (threads, batch) in [(4, 256), (2, 7), (3, 1), (2, 64), (5, 3), (1, 1000)] {
            #expect(one == snapshot(threads: threads, batch: batch, paths: paths), "threads \(threads), batch \(batch)")
        }
    }

    @Test func evidenceIsCappedAndCounted() {
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.evidenceCap = 1
        let g = p.run(paths: [Support.seeds.path]).graph
        #expect(g.events.allSatisfy { $0.evidence.count <= 1 && $0.evidenceCount >= $0.evidence.count })
        #expect(g.events.contains { $0.evidenceCount > 1 })
        let full = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [Support.seeds.path]).graph
        #expect(g.events.map(\.evidenceCount) == full.events.map(\.evidenceCount))
        #expect(g.edges == full.edges)
    }

    @Test func evidenceStreamHasEveryPieceInInputOrder() {
        var lines: [String] = []
        let out = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [Support.seeds.path], evidence: { lines.append($0) })
        // Every piece of evidence of every (unprojected) event is in the stream.
        let total = out.graph.events.filter { $0.via.isEmpty }.reduce(0) { $0 + $1.evidenceCount }
        let distinct = Set(lines.map { line -> String in
            let o = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return "\(o["a"]!)|\(o["b"]!)|\(o["type"]!)|\(o["article"]!)|\(o["start"]!)"
        })
        #expect(distinct.count == total)
        let articles = lines.map { (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["article"] as! String }
        #expect(articles == articles.sorted())
    }

    @Test func newlineIsFoundFromTheStartGiven() {
        let bytes = Array("ab\ncd\n\nxyz".utf8)
        #expect(RecordStream.newline(in: bytes, from: 0) == 2)
        #expect(RecordStream.newline(in: bytes, from: 2) == 2)
        #expect(RecordStream.newline(in: bytes, from: 3) == 5)
        #expect(RecordStream.newline(in: bytes, from: 6) == 6)
        #expect(RecordStream.newline(in: bytes, from: 7) == nil)
        #expect(RecordStream.newline(in: bytes, from: bytes.count) == nil)
        #expect(RecordStream.newline(in: [], from: 0) == nil)
    }

    @Test func recordStreamSplitsLinesAcrossChunks() {
        var stream = RecordStream(paths: [Self.corpus.path])
        var count = 0
        while let r = stream.next() { if case .line(_, _, let n) = r { count += 1; #expect(n == count) } }
        #expect(count == 300)
    }
}

@Suite struct MergeTests {
    @Test func mergingShardSnapshotsEqualsBuildingAllAtOnce() throws {
        let pipeline = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        let files = try FileManager.default.contentsOfDirectory(atPath: Support.seeds.path).sorted().map { Support.seeds.appendingPathComponent($0).path }
        let all = Snapshot.json(pipeline.run(paths: files + [StreamingTests.corpus.path]).graph)
        // Three shards, each through its snapshot file format.
        let shards = [Array(files.prefix(2)), Array(files.dropFirst(2)), [StreamingTests.corpus.path]]
        let graphs = try shards.map { try Snapshot.read(Data(Snapshot.json(pipeline.run(paths: $0).graph).utf8), file: "shard.json") }
        #expect(Snapshot.json(SnapshotMerge.merge(graphs)) == all)
        // The order of the shards does not matter.
        #expect(Snapshot.json(SnapshotMerge.merge(graphs.reversed())) == all)
    }

    /// A person's side terms travel in the snapshot's nodes, so that shards merged project the
    /// events of a person who changed sides as one build does.
    @Test func sideTermsTravelThroughSnapshotsAndMerges() throws {
        let pipeline = Pipeline(kb: Support.kb, asOf: Support.day("2021-05-01"))
        let shards = [[Support.article("التقى جوزيب بوريل وزير الخارجية الإيراني محمد جواد ظريف في طهران.", date: "2021-05-01", id: "m1")],
                      [Support.article("استقبل عبداللطيف الزياني سفير الصين لدى البحرين.", date: "2017-05-01", id: "m2"),
                       Support.article("استقبل عبداللطيف الزياني سفير الصين لدى البحرين.", date: "2022-05-01", id: "m3")]]
        let all = pipeline.run(articles: shards[0] + shards[1]).graph
        #expect(all.node("josep_borrell")?.sides.map(\.side) == ["eu"])
        #expect(!all.events(between: "IR", "eu").isEmpty)
        #expect(!all.events(between: "CN", "gcc").isEmpty && !all.events(between: "BH", "CN").isEmpty)
        let graphs = try shards.map { try Snapshot.read(Data(Snapshot.json(pipeline.run(articles: $0).graph).utf8), file: "shard.json") }
        #expect(graphs[0].node("josep_borrell")?.sides == all.node("josep_borrell")?.sides)
        #expect(Snapshot.json(SnapshotMerge.merge(graphs)) == Snapshot.json(all))
    }

    @Test func mergingOneSnapshotGivesItBack() throws {
        let g = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [Support.seeds.path]).graph
        #expect(Snapshot.json(SnapshotMerge.merge([g])) == Snapshot.json(g))
    }
}
