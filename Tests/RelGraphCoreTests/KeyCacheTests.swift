import Foundation
import Testing
@testable import RelGraphCore

/// Issue 8: the working data that spares the linker work (a worker's token-key cache, UTF-8
/// offsets for cutting surfaces, events kept on indices) gives exactly what the plain paths give.
@Suite struct KeyCacheTests {
    static let texts: [String] = {
        let gen = CorpusGenerator(kb: Support.kb, seed: 5)
        let reader = ArticleReader(asOf: Support.day("2025-10-15"))
        let seeds = reader.read(paths: [Support.seeds.path]).articles.map(\.text)
        let generated = (0..<60).flatMap { i in reader.decode(.line(Data(gen.record(i).utf8), path: "gen.jsonl", line: i + 1)).articles.map(\.text) }
        return seeds + generated + ["", "   ", "Wait — 3.5% of 😀 «وزيرُ الدفاعِ» and LNG."]
    }()

    /// Tokens made through one shared cache (small, so that it starts afresh several times) are the
    /// tokens made without one, and equal keys are the same strings.
    @Test func sharedCacheGivesTheSameTokens() {
        var cache = TokenKeyCache(limit: 64)
        var restarts = 0
        for text in Self.texts {
            let before = cache.count
            cache.beginArticle()
            if cache.count < before { restarts += 1 }
            let held = cache.count
            let scalars = UTF8Scan.scalars(text)
            let cached = Tokenizer.tokenize(scalars: scalars, cache: &cache)
            #expect(cached == Tokenizer.tokenize(text))
            #expect(cache.trail.count == cached.count)
            // Below the limit at the start of an article, plus at most its distinct keys.
            #expect(held < 64 && cache.count <= held + Set(cached.map(\.key)).count)
        }
        #expect(restarts > 3)
    }

    /// The hash the tokenizer gives a key is the hash of its bytes: every key it
    /// The byte hash reads every byte at every length (each branch: under 4, under 8, whole and
    /// overlapping words): changing any one byte changes it, and an array and its buffer agree.
    @Test func byteHashSeesEveryByte() {
        for n in 0...24 {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: 0xA0 + $0 * 7) }
            let h = bytes.withUnsafeBufferPointer { ByteHash.hash($0) }
            #expect(ByteHash.hash(bytes) == h && ByteHash.hash(bytes[...]) == h)
            for k in 0..<n {
                var other = bytes
                other[k] ^= 0x01
                #expect(ByteHash.hash(other) != h, "length \(n), byte \(k)")
            }
            #expect(ByteHash.hash(bytes + [0]) != h)
        }
    }

    /// made is found again by `ByteHash.hash`, and equal bytes give one entry.
    @Test func keyHashFindsTheKeyAgain() {
        var cache = TokenKeyCache()
        cache.beginArticle()
        let tokens = Self.texts.flatMap { Tokenizer.tokenize(scalars: UTF8Scan.scalars($0), cache: &cache) }
        let held = cache.count
        #expect(held > 300 && held < tokens.count)
        for t in tokens {
            var key = t.key
            #expect(key.withUTF8 { cache.key($0, hash: ByteHash.hash($0)) } == t.key)
        }
        #expect(cache.count == held)
    }

    /// Keys encoded once per cache equal keys encoded token by token, for a second vocabulary too.
    @Test func cachedEncodingEqualsPlainEncoding() {
        let indices = PatternIndex.entitiesAndTriggers(kb: Support.kb)
        var cache = TokenKeyCache(limit: 128)
        for vocabulary in [indices.entities.vocabulary, KeyVocabulary()] {
            for text in Self.texts {
                cache.beginArticle()
                let tokens = Tokenizer.tokenize(scalars: UTF8Scan.scalars(text), cache: &cache)
                let cached = EncodedTokens(cache: &cache, vocabulary: vocabulary)
                let plain = EncodedTokens(tokens, vocabulary: vocabulary)
                #expect(cached.ids == plain.ids)
                #expect(cached.formStart == plain.formStart)
                #expect(cached.forms.map(\.id) == plain.forms.map(\.id) && cached.forms.map(\.removed) == plain.forms.map(\.removed))
            }
        }
    }

    /// UTF-8 offsets of scalars (1 to 4 bytes), and spans cut by them.
    @Test func offsetsCutTheSameTextAsScalars() {
        let text = "aé وزير 😀 z"
        let (scalars, offsets) = UTF8Scan.scalarsAndOffsets(text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(offsets == [0, 1, 3, 4, 6, 8, 10, 12, 13, 17, 18, 19])
        for i in 0..<scalars.count {
            for j in i...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[i..<j])
                #expect(UTF8Scan.slice(text, offsets[i], offsets[j]) == String(view))
            }
        }
        let empty = UTF8Scan.scalarsAndOffsets("")
        #expect(empty.scalars.isEmpty && empty.offsets == [0])
    }

    /// A built graph keeps its events on indices; they read as the same events an array holds.
    @Test func eventsOnIndicesReadAsTheArray() {
        let g = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15")).run(paths: [Support.seeds.path]).graph
        guard case .compact = g.events.storage else { Issue.record("events not on indices"); return }
        let array = Array(g.events)
        #expect(!array.isEmpty)
        let copy = RelationGraph(nodes: g.nodes, edges: g.edges.map { EdgeSpec($0, in: g) }, events: array, articles: g.articles)
        guard case .array = copy.events.storage else { Issue.record("not an array"); return }
        #expect(copy.events == g.events)
        #expect(copy == g)
        #expect(g.events.contains { !$0.via.isEmpty })
        #expect(zip(array, array.dropFirst()).allSatisfy { !InteractionEvent.keyPrecedes($1, $0) })
        // Node ids on indices are those of the events read one by one.
        #expect(Set(g.events.endIds) == Set(copy.events.endIds))
        #expect(g.events.endIds.count == Set(g.events.endIds).count)
    }

    /// Actor ids found by their bytes give the actor table's indices; unknown ids give none.
    @Test func actorIdsFoundByTheirBytes() {
        let actors = ActorTable(kb: Support.kb)
        #expect(actors.idKeys.count == actors.ids.count)
        for (i, id) in actors.ids.enumerated() { #expect(actors.actor(id) == Int32(i)) }
        #expect(actors.actor("no_such_actor") == nil && actors.actor("") == nil)
        let g = RelationGraph(nodes: [GraphNode(id: "SA", name: "Saudi Arabia", label: "السعودية", kind: .country, country: nil),
                                      GraphNode(id: "US", name: "United States", label: "أمريكا", kind: .country, country: nil)],
                              edges: [("US", "SA", .coMention, 1), ("SA", "XX", .coMention, 1), ("SA", "SA", .coMention, 1)])
        #expect(g.edges.count == 1 && g.edges[0].source == 0 && g.edges[0].target == 1)
        // Another spelling of an equal id (decomposed é) is still found, by the string.
        let accented = RelationGraph(nodes: [GraphNode(id: "caf\u{E9}", name: "x", label: "x", kind: .organisation, country: nil),
                                             GraphNode(id: "SA", name: "Saudi Arabia", label: "السعودية", kind: .country, country: nil)],
                                     edges: [("cafe\u{301}", "SA", .coMention, 2)])
        #expect(accented.edges.count == 1 && accented.edges[0].weight == 2)
    }
}
