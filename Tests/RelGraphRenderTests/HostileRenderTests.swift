import Foundation
import Testing
@testable import RelGraphCore
@testable import RelGraphRender

/// Rendering hostile ids, names, texts and numbers (issue 20, points 1, 3, 12 and 18).
@Suite struct HostileRenderTests {
    static let controls = "\u{0}\u{1}\u{8}\u{1B}[2J\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}"

    /// Control characters in ids, names, types and evidence never make the SVG ill-formed.
    @Test func controlCharactersKeepTheSVGWellFormed() throws {
        let a = GraphNode(id: "a\(Self.controls)", name: "A\(Self.controls)", label: "أ\(Self.controls)", kind: .person, country: nil)
        let b = GraphNode(id: "b\u{8}", name: "B", label: "ب", kind: .person, country: nil)
        var event = InteractionEvent(source: a.id, target: b.id, directed: true, type: "call\u{1B}", date: "2025-01-02",
                                     polarity: .cooperative, weight: 2,
                                     evidence: [Evidence(article: "art\u{8}", date: "2025-01-02", start: 0, end: 3, text: "x\(Self.controls)y")])
        event.a = a.id
        event.b = b.id
        let edges = [EdgeSpec(source: a.id, target: b.id, kind: .interaction, weight: 2,
                              types: [TypeWeight(type: "call\u{1B}", weight: 2, count: 1)], direction: .forward)]
        let g = RelationGraph(nodes: [a, b], edges: edges, events: [event], articles: [])
        for labels in [LabelLanguage.ar, .en, .both] {
            var options = RenderOptions()
            options.labels = labels
            options.title = "T\u{8}itle"
            let bytes = try GraphvizRenderer.render(g, options: options)
            let svg = try SVG(bytes)
            #expect(svg.groups("node").count == 2)
            #expect(!String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { OutputText.isXMLForbidden($0) })
        }
    }

    /// `p` + `q-r` and `p-q` + `r` give different edge ids (the old ids were both `edge-p-q-r-…`).
    @Test func edgeIdsAreInjective() throws {
        let nodes = ["p", "q-r", "p-q", "r"].map { GraphNode(id: $0, name: $0, label: $0, kind: .person, country: nil) }
        let g = RelationGraph(nodes: nodes, edges: [(source: "p", target: "q-r", kind: .coMention, weight: 1),
                                                    (source: "p-q", target: "r", kind: .coMention, weight: 1)])
        let ids = GraphvizRenderer.elementIds(g)
        #expect(Set(ids.edges.values).count == 2)
        #expect(Set(ids.nodes.values).count == 4)
        let svg = try SVG(GraphvizRenderer.render(g))
        for id in ids.edges.values { #expect(svg.element(id: id) != nil, "\(id)") }
        let all = svg.elements.compactMap { SVG.attribute($0, "id") }
        #expect(Set(all).count == all.count)
    }

    /// Weights of any size render (tooltips, pen widths) without an integer overflow.
    @Test func hugeWeightsRender() throws {
        let nodes = ["a", "b"].map { GraphNode(id: $0, name: $0.uppercased(), label: $0, kind: .person, country: nil) }
        let g = RelationGraph(nodes: nodes, edges: [(source: "a", target: "b", kind: .coMention, weight: 1e300)])
        let svg = try SVG(GraphvizRenderer.render(g))
        let edge = try #require(svg.groups("edge").first)
        #expect(SVG.tooltip(in: edge)?.contains("weight 1e+300") == true)
    }

    /// No bidi override or isolate reaches a label or tooltip (they are stripped from names).
    @Test func bidiControlsNeverReachTheSVG() throws {
        let a = GraphNode(id: "a", name: "Evil\u{202E}gnp.exe", label: "\u{2067}أ\u{2069}", kind: .person, country: nil)
        let b = GraphNode(id: "b", name: "B", label: "ب", kind: .person, country: nil)
        let g = RelationGraph(nodes: [a, b], edges: [(source: "a", target: "b", kind: .coMention, weight: 1)])
        let text = String(decoding: try GraphvizRenderer.render(g), as: UTF8.self)
        #expect(text.contains("Evilgnp.exe"))
        #expect(!text.unicodeScalars.contains { OutputText.isBidiControl($0) })
    }
}
