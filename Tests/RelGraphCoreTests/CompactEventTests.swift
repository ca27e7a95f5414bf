import Foundation
import Testing
@testable import RelGraphCore

/// Issue 8: events accumulated on integers (`CompactLedger`, `ActorTable`) give exactly the events
/// the string-based `EventLedger` gives, and the finished graph's order is the string order.
@Suite struct CompactEventTests {
    /// The generated corpus and the seeds, linked once.
    static let linked: [LinkedArticle] = {
        let p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        let gen = CorpusGenerator(kb: Support.kb, seed: 11)
        let reader = p.reader
        var articles: [Article] = []
        for i in 0..<400 {
            let line = gen.record(i)
            let d = reader.decode(.line(Data(line.utf8), path: "gen.jsonl", line: i + 1))
            articles += d.articles
        }
        articles += ArticleReader(asOf: Support.day("2025-10-15")).read(paths: [Support.seeds.path]).articles
        return articles.map { p.linker.link($0) }
    }()

    static func accumulated(cap: Int) -> (GraphBuilder, GraphAccumulator) {
        let builder = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).builder
        var acc = GraphAccumulator(evidenceCap: cap)
        for la in linked { _ = builder.addEvents(la, to: &acc) }
        return (builder, acc)
    }

    /// The integer ledger, turned into events, equals the string ledger fed the same reports
    /// (direct events: no `via`), with the cap applied the same way.
    @Test(arguments: [1, 3, Int.max])
    func compactLedgerEqualsTheStringLedger(cap: Int) {
        let (builder, acc) = Self.accumulated(cap: cap)
        var ledger = EventLedger(cap: cap)
        for la in Self.linked { ledger.add(articleEvents: builder.detector.events(in: la)) }
        var taken = acc
        let compact = GraphBuilder.events(taken.ledger.takeAll(), actors: builder.actors).filter { $0.via.isEmpty }
        let strings = ledger.sorted
        #expect(compact.count == strings.count)
        #expect(compact == strings)
        #expect(compact.contains { $0.evidenceCount > $0.evidence.count } || cap == .max)
    }

    /// Packed integer sort keys and the string comparator give the same list, sorted by
    /// (date, a, b, type, via), with projections between countries next to direct events; so do
    /// the keys sorted in two halves on two threads (strictly increasing keys: a total order).
    @Test func packedKeysSortAsTheStrings() {
        let (builder, acc) = Self.accumulated(cap: 10)
        var a = acc, b = acc, c = acc
        let packed = GraphBuilder.events(a.ledger.takeAll(), actors: builder.actors)
        let strings = GraphBuilder.events(b.ledger.takeAll(), actors: builder.actors, packed: false)
        #expect(packed == strings)
        #expect(GraphBuilder.events(c.ledger.takeAll(), actors: builder.actors, parallel: true) == packed)
        #expect(packed.count > 100)
        #expect(packed.contains { !$0.via.isEmpty })
        #expect(zip(packed, packed.dropFirst()).allSatisfy { InteractionEvent.keyPrecedes($0, $1) })
    }

    /// Edges aggregated on indices equal those aggregated from the events read as strings (one
    /// spec per pair, type entries in type order, sums in event order).
    @Test func edgesOnIndicesEqualEdgesFromStrings() {
        let (builder, acc) = Self.accumulated(cap: 10)
        var taken = acc
        let events = GraphBuilder.events(taken.ledger.takeAll(), actors: builder.actors)
        guard case .compact = events.storage else { Issue.record("events not on indices"); return }
        let onIndices = InteractionEdges.aggregate(events)
        let fromStrings = InteractionEdges.aggregate(EventList(Array(events)))
        #expect(onIndices == fromStrings)
        #expect(onIndices.contains { $0.types.count > 1 })
        #expect(onIndices.contains { $0.hostileWeight > 0 })
    }

    /// Merging a ledger by taking its events (moved out, the source left empty) gives what
    /// merging a copy gives, and the source is spent.
    @Test func mergeTakingEqualsMergeOfACopy() {
        let (builder, acc) = Self.accumulated(cap: 3)
        var half = GraphAccumulator(evidenceCap: 3), other = GraphAccumulator(evidenceCap: 3)
        for (k, la) in Self.linked.enumerated() {
            if k % 2 == 0 { _ = builder.addEvents(la, to: &half) } else { _ = builder.addEvents(la, to: &other) }
        }
        var copied = half, taken = half, source = other
        copied.merge(other)
        taken.merge(taking: &source)
        #expect(source.ledger.count == 0)
        #expect(other.ledger.count > 0)
        var x = copied, y = taken, z = acc
        let a = GraphBuilder.events(x.ledger.takeAll(), actors: builder.actors)
        #expect(a == GraphBuilder.events(y.ledger.takeAll(), actors: builder.actors))
        #expect(a == GraphBuilder.events(z.ledger.takeAll(), actors: builder.actors))
    }

    /// A graph of many edges (parallel ones among them, of every kind, with several types) is
    /// the same whether its edges are keyed, sorted and folded in two halves on two threads or
    /// on one.
    @Test func graphEdgesFoldedInHalvesEqualOneThread() {
        var rng = SplitMix64(seed: 21)
        let nodes = (0..<200).map { GraphNode(id: "n\($0)", name: "N\($0)", label: "ن\($0)", kind: .person, country: nil) }
        let kinds: [EdgeKind] = [.interaction, .coMention, .affiliation]
        let types = ["call", "meeting", "visit"]
        let edges = (0..<40_000).map { _ -> EdgeSpec in
            let t = types[Int(rng.next() % 3)], w = Double(rng.next() % 7) / 2
            return EdgeSpec(source: "n\(rng.next() % 200)", target: "n\(rng.next() % 210)", kind: kinds[Int(rng.next() % 3)], weight: w,
                            types: [TypeWeight(type: t, weight: w, count: 1)], direction: rng.next() % 2 == 0 ? .forward : .none,
                            hostileWeight: rng.next() % 5 == 0 ? w : 0)
        }
        let one = RelationGraph(nodes: nodes, edges: edges, sortedEvents: EventList([]), articles: [], parallel: false)
        let two = RelationGraph(nodes: nodes, edges: edges, sortedEvents: EventList([]), articles: [], parallel: true)
        #expect(one == two)
        #expect(one.edges.count < 30_000 && one.edges.contains { $0.types.count > 1 })
    }

    /// `Parallel.sort` sorts as `sort` does, for arrays long enough to be cut in two and not.
    @Test(arguments: [0, 1, 100, 40_000, 40_001])
    func parallelSortSortsAsSort(count: Int) {
        var rng = SplitMix64(seed: UInt64(count))
        let xs = (0..<count).map { i in (key: rng.next() % 500, at: i) }
        var y = xs
        Parallel.sort(&y, parallel: true) { $0.key != $1.key ? $0.key < $1.key : $0.at < $1.at }
        let z = xs.sorted { $0.key != $1.key ? $0.key < $1.key : $0.at < $1.at }
        #expect(y.map(\.at) == z.map(\.at))
    }

    /// Day keys order as the `YYYY-MM-DD` strings and give the day back.
    @Test func dayKeysKeepTheOrder() {
        let days = ["0999-12-31", "2015-01-01", "2020-02-28", "2020-02-29", "2025-09-05", "2025-12-31", "9999-12-31"].map(Support.day)
        let keys = days.map(DayKey.of)
        #expect(keys == keys.sorted())
        #expect(keys.map(DayKey.day) == days)
    }

    /// Unresolved mentions: the first N are listed as notes, the rest counted in one note; the
    /// count is the same whatever N.
    @Test func unresolvedNotesAreCapped() {
        var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
        p.threads = 2
        p.batchSize = 16
        let all = p.run(paths: [StreamingTests.corpus.path])
        p.maxUnresolvedNotes = 3
        let capped = p.run(paths: [StreamingTests.corpus.path])
        let listed = all.diagnostics.filter { $0.code == "unresolved" }
        #expect(all.unresolvedCount == listed.count || all.unresolvedCount > 1000)
        #expect(capped.unresolvedCount == all.unresolvedCount && all.unresolvedCount > 3)
        #expect(capped.diagnostics.filter { $0.code == "unresolved" } == Array(listed.prefix(3)))
        let more = capped.diagnostics.filter { $0.code == "unresolved-more" }
        #expect(more.count == 1 && more[0].message.hasPrefix("\(all.unresolvedCount - 3) more unresolved"))
        #expect(Snapshot.json(capped.graph) == Snapshot.json(all.graph))
    }
}

