import Foundation
import Testing
@testable import RelGraphCore

/// Snapshots a writer never makes are refused on read with the place and what is wrong (issue 20,
/// point 14), and weights are bounded where they enter (point 1).
@Suite struct HostileSnapshotTests {
    /// A snapshot with two persons `a` and `b`, one call edge between them and `event` (JSON text).
    static func snapshot(event: String, nodes: String = #"{"id": "a", "kind": "person"}, {"id": "b", "kind": "person"}"#,
                         edgeWeight: String = "2") -> String {
        """
        {"edges": [{"source": "a", "target": "b", "kind": "interaction", "weight": \(edgeWeight), "types": {"call": {"count": 1, "weight": 2}}}],
        "events": [
        \(event)
        ],
        "format": "relgraph-snapshot", "nodes": [\(nodes)], "version": 1}
        """
    }

    static func event(a: String = "a", b: String = "b", type: String = "call", date: String = "2025-01-02", weight: String = "2",
                      start: Int = 0, end: Int = 4) -> String {
        #"{"a": "\#(a)", "b": "\#(b)", "type": "\#(type)", "date": "\#(date)", "direction": "none", "polarity": "cooperative", "weight": \#(weight), "#
            + #""evidence": [{"article": "x", "date": "2025-01-02", "start": \#(start), "end": \#(end), "text": "abcd"}]}"#
    }

    @Test func aWellFormedSnapshotReads() throws {
        let g = try Snapshot.read(Data(Self.snapshot(event: Self.event()).utf8), file: "h.json")
        #expect(g.events.count == 1)
    }

    @Test(arguments: [
        (snapshot(event: event(b: "ghost")), "h.json:3:1: event 0 refers to an unknown node (ghost)"),
        (snapshot(event: event(type: "bribe")), "h.json:3:1: event 0 has type \"bribe\", which no edge of the snapshot has"),
        (snapshot(event: event(date: "2024-02-30")), "h.json:3:1: event 0 has an impossible date \"2024-02-30\""),
        (snapshot(event: event(date: "2024-13-01")), "h.json:3:1: event 0 has an impossible date \"2024-13-01\""),
        (snapshot(event: event(start: -3)), "h.json:3:1: event 0, evidence 0: offsets -3..4 are negative or reversed"),
        (snapshot(event: event(start: 9, end: 4)), "h.json:3:1: event 0, evidence 0: offsets 9..4 are negative or reversed"),
        (snapshot(event: event(weight: "1e15")), "h.json:3:1: event 0 has a negative, non-finite or absurd weight (1000000000000000; at most 1000000000000)"),
        (snapshot(event: event(weight: "-1")), "h.json:3:1: event 0 has a negative, non-finite or absurd weight (-1;"),
        (snapshot(event: event(), edgeWeight: "1e308"), "h.json:1:12: edge 0 has a negative, non-finite or absurd weight (1e+308;"),
        (snapshot(event: event(), nodes: #"{"id": "a", "kind": "person"}, {"id": "b", "kind": "person"}, {"id": "a", "kind": "country"}"#),
         "h.json:5:104: node 2: id \"a\" is both a person and a country"),
    ])
    func whatAWriterNeverMakesIsRefused(_ text: String, _ expected: String) {
        #expect {
            _ = try Snapshot.read(Data(text.utf8), file: "h.json")
        } throws: { e in
            e is SnapshotError && "\(e)".contains(expected)
        }
    }

    /// `merge` writes only what the reader accepts: weights at the bound, summed, read back.
    @Test func mergeOutputAtTheWeightBoundReadsBack() throws {
        let max = JSONValue.format(InteractionType.maximumWeight)
        let one = try Snapshot.read(Data(Self.snapshot(event: Self.event(weight: max)).utf8), file: "1.json")
        let two = try Snapshot.read(Data(Self.snapshot(event: Self.event(date: "2025-01-03", weight: max)).utf8), file: "2.json")
        let merged = SnapshotMerge.merge([one, two])
        let back = try Snapshot.read(Data(Snapshot.json(merged).utf8), file: "m.json")
        #expect(back.events.count == 2)
        #expect(back.edges.first { $0.kind == .interaction }?.weight == 2 * InteractionType.maximumWeight)
    }

    /// A KB type weight that is absurd is refused with its place (issue 20, point 1).
    @Test(arguments: ["1e15", "1e308", ".inf", "-1"])
    func absurdTypeWeightsAreRefused(_ weight: String) {
        #expect {
            _ = try KnowledgeLoader.load(yaml: "interaction_types:\n  - {id: call, weight: \(weight), polarity: cooperative}\n", file: "w.yaml")
        } throws: { e in
            "\(e)".contains("w.yaml:2:") && "\(e)".contains("weight of 'call' must be a number from 0 to 1000000000000")
        }
    }

    /// Numbers never go through an integer conversion that can overflow (issue 20, point 1).
    @Test func hugeNumbersAreFormattedWithoutOverflow() {
        #expect(JSONValue.format(1e15) == "1000000000000000")
        #expect(JSONValue.format(1e308) == "1e+308")
        #expect(JSONValue.format(-2e17) == "-2e+17")
        #expect(JSONValue.format(1.5e13 + 0.25) == "15000000000000.25")
        #expect(JSONValue.format(9_999_999_999.125) == "9999999999.125")
        #expect(JSONValue.format(2.5) == "2.5")
        #expect(JSONValue.format(-0.0000004) == "0")
        #expect(CentralityFormat.number(1e300) == "1e+300")
        #expect(CentralityFormat.number(0.5) == "0.500000")
        let g = RelationGraph(nodes: [GraphNode(id: "a", name: "A", label: "أ", kind: .person, country: nil),
                                      GraphNode(id: "b", name: "B", label: "ب", kind: .person, country: nil)],
                              edges: [(source: "a", target: "b", kind: .coMention, weight: 1e300)])
        for format in ExportFormat.allCases { #expect(format.render(g).contains("1e+300"), "\(format)") }
        #expect(ExportFormat.dot.render(g).contains("weight=\"1e+300\""))
    }
}
