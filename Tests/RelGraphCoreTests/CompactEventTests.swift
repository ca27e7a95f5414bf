import Foundation
import Testing
@testable import RelGraphCore

/// Events accumulated on integers (`CompactLedger`, `ActorTable`): merged by key, evidence capped
/// and counted, sorted in key order with their country projections, and summed into edges.
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

    static let pipeline = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))

    /// The articles `k` with `include(k)`, through the interaction stage into one accumulator.
    static func accumulated(cap: Int, _ include: (Int) -> Bool = { _ in true }) -> GraphAccumulator {
        var acc = pipeline.builder.accumulator(evidenceCap: cap)
        for (k, la) in linked.enumerated() where include(k) {
            let found = pipeline.detector.detect(la, open: &acc.open)
            pipeline.builder.add(la, found, to: &acc)
        }
        return acc
    }

    static func events(_ acc: GraphAccumulator, parallel: Bool = false) -> EventList {
        var taken = acc
        return EventList(compact: CompactEvents(sorting: taken.ledger.takeAll(), actors: pipeline.detector.actors, parallel: parallel))
    }

    /// Reports of one event (same date, pair and type) in several sentences or articles are one
    /// event: every distinct report counted, the first `cap` kept (sorted by article and offset).
    @Test(arguments: [1, 3, Int.max])
    func ledgerMergesReportsByKeyAndCapsEvidence(cap: Int) {
        // The plain definition: distinct reports by key.
        var reports: [InteractionEvent.Key: Set<Evidence>] = [:]
        for la in Self.linked {
            for e in Self.pipeline.detector.events(in: la) { reports[e.key, default: []].formUnion(e.evidence) }
        }
        let direct = Self.events(Self.accumulated(cap: cap)).filter { $0.via.isEmpty }
        #expect(direct.count == reports.count)
        #expect(direct.count > 100)
        for e in direct {
            let all = reports[e.key] ?? []
            #expect(e.evidenceCount == all.count)
            #expect(e.evidence == Array(all.sorted().prefix(cap)))
        }
        #expect(direct.contains { $0.evidenceCount > $0.evidence.count } || cap == .max)
    }

    /// Events come in key order (date, a, b, type, via), strictly increasing, the same when the
    /// keys are sorted in two halves on two threads; every projection between countries comes
    /// from a direct event of its `via` pair on the same day with the same type and evidence.
    @Test func eventsAreInKeyOrderWithTheirProjections() {
        let acc = Self.accumulated(cap: 10)
        let events = Self.events(acc), parallel = Self.events(acc, parallel: true)
        #expect(events == parallel)
        #expect(events.count > 100)
        #expect(zip(events, events.dropFirst()).allSatisfy { InteractionEvent.keyPrecedes($0, $1) })
        let direct = Dictionary(events.filter { $0.via.isEmpty }.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let projections = events.filter { !$0.via.isEmpty }
        #expect(!projections.isEmpty)
        for p in projections {
            let source = direct[InteractionEvent.Key(a: p.via[0], b: p.via[1], type: p.type, date: p.date, via: [])]
            #expect(source?.evidence == p.evidence)
            #expect(source?.evidenceCount == p.evidenceCount)
        }
    }

    /// An interaction edge sums its events: weight, hostile weight and count per type are the
    /// sums over the events between its two ends (direct events and projections alike).
    @Test func edgesSumTheirEvents() {
        let events = Self.events(Self.accumulated(cap: 10))
        guard case .compact(let c) = events.storage else { Issue.record("events not on indices"); return }
        let edges = InteractionEdges.aggregate(c)
        var weight: [String: Double] = [:], hostile: [String: Double] = [:], counts: [String: [String: Int]] = [:]
        for e in events {
            let key = "\(e.a) \(e.b)"
            weight[key, default: 0] += e.weight
            if e.polarity == .hostile { hostile[key, default: 0] += e.weight }
            counts[key, default: [:]][e.type, default: 0] += 1
        }
        #expect(edges.count == weight.count)
        for spec in edges {
            let key = "\(spec.source) \(spec.target)"
            #expect(abs(spec.weight - (weight[key] ?? -1)) < 1e-9)
            #expect(abs(spec.hostileWeight - (hostile[key] ?? 0)) < 1e-9)
            #expect(spec.types.map(\.type) == spec.types.map(\.type).sorted())
            #expect(Dictionary(uniqueKeysWithValues: spec.types.map { ($0.type, $0.count) }) == counts[key])
        }
        #expect(edges.contains { $0.types.count > 1 })
        #expect(edges.contains { $0.hostileWeight > 0 })
    }

    /// Merging a ledger by taking its events (moved out, the source left empty) gives what
    /// merging a copy gives, and both give what one accumulator of all the articles gives.
    @Test func mergeTakingEqualsMergeOfACopy() {
        let all = Self.accumulated(cap: 3)
        let half = Self.accumulated(cap: 3) { $0 % 2 == 0 }, other = Self.accumulated(cap: 3) { $0 % 2 == 1 }
        var copied = half, taken = half, source = other
        copied.merge(other)
        taken.merge(taking: &source)
        #expect(source.ledger.count == 0)
        #expect(other.ledger.count > 0)
        let a = Self.events(copied)
        #expect(a == Self.events(taken))
        #expect(a == Self.events(all))
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

