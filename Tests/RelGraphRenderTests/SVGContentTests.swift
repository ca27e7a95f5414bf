import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelGraphCore
@testable import RelGraphRender
import Testing

/// What the SVG says about nodes, edges, labels and styles, read back as XML.
@Suite struct SVGContentTests {
    let graph = Fixtures.sample

    @Test func everyNodeHasAnIdClassAndItsArabicLabel() throws {
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(layout: .dot)))
        #expect(svg.root?.localName == "svg")
        #expect(svg.groups("node").count == graph.nodes.count)
        for node in graph.nodes {
            let group = try #require(svg.element(id: "node-\(node.id)"), "no <g id=\"node-\(node.id)\">")
            #expect(group.localName == "g")
            #expect(SVG.attribute(group, "class") == "node \(node.kind.rawValue)")
            #expect(SVG.texts(in: group) == [node.label])
        }
    }

    @Test func everyEdgeHasAnIdAndClass() throws {
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(layout: .dot)))
        let expected = [
            "edge-SA-US-co_mention", "edge-SA-houthis-co_mention", "edge-khalid_bin_salman-SA-affiliation",
            "edge-khalid_bin_salman-pete_hegseth-co_mention", "edge-pete_hegseth-US-affiliation",
        ]
        #expect(svg.groups("edge").compactMap { SVG.attribute($0, "id") }.sorted() == expected.sorted())
        for id in expected {
            let group = try #require(svg.element(id: id))
            let kind = id.hasSuffix("affiliation") ? "affiliation" : "co_mention"
            #expect(SVG.attribute(group, "class") == "edge \(kind)")
        }
    }

    @Test func affiliationIsDashedWithArrowheadCoMentionDottedWithout() throws {
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(layout: .dot)))
        let affiliation = try #require(svg.element(id: "edge-khalid_bin_salman-SA-affiliation"))
        let coMention = try #require(svg.element(id: "edge-khalid_bin_salman-pete_hegseth-co_mention"))
        func paths(_ g: XMLElement) -> [XMLElement] { SVG.descendants(of: g).filter { $0.localName == "path" } }
        func arrowheads(_ g: XMLElement) -> Int { SVG.descendants(of: g).filter { $0.localName == "polygon" }.count }
        #expect(arrowheads(affiliation) == 1)
        let affiliationPath = try #require(paths(affiliation).first)
        let coMentionPath = try #require(paths(coMention).first)
        #expect(SVG.attribute(affiliationPath, "stroke-dasharray") != nil)
        #expect(arrowheads(coMention) == 0)
        // Co-mentions are weak links: thin and dotted whatever their weight.
        #expect(SVG.attribute(coMentionPath, "stroke-dasharray") == "1,5")
        #expect(SVG.attribute(coMentionPath, "stroke-width") == nil)
    }

    @Test func interactionsShowWeightDirectionAndPolarity() throws {
        let nodes = [
            GraphNode(id: "a", name: "A", label: "أ", kind: .person, country: "SA"),
            GraphNode(id: "b", name: "B", label: "ب", kind: .person, country: "US"),
            GraphNode(id: "c", name: "C", label: "ج", kind: .country, country: nil),
        ]
        let g = RelationGraph(nodes: nodes, edges: [
            EdgeSpec(source: "b", target: "a", kind: .interaction, weight: 3, types: [TypeWeight(type: "call", weight: 3, count: 1)], direction: .forward),
            EdgeSpec(source: "a", target: "c", kind: .interaction, weight: 4, types: [TypeWeight(type: "hostility", weight: 4, count: 1)],
                     direction: .forward, hostileWeight: 4),
        ])
        let svg = try SVG(GraphvizRenderer.render(g, options: RenderOptions(layout: .dot)))
        func path(_ id: String) throws -> XMLElement {
            let group = try #require(svg.element(id: id))
            return try #require(SVG.descendants(of: group).first { $0.localName == "path" })
        }
        func arrowheads(_ id: String) throws -> Int {
            let group = try #require(svg.element(id: id))
            return SVG.descendants(of: group).filter { $0.localName == "polygon" }.count
        }
        // Stored a → b with direction backward (b called a): one arrowhead; weight 3 → 3.38.
        #expect(SVG.attribute(try path("edge-a-b-interaction"), "stroke-width") == "3.38")
        #expect(try arrowheads("edge-a-b-interaction") == 1)
        #expect(SVG.attribute(try path("edge-a-b-interaction"), "stroke") == "#2e7d32")
        #expect(SVG.attribute(try path("edge-a-c-interaction"), "stroke") == "#c62828")
    }

    @Test func colourFamiliesFollowCountries() throws {
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(layout: .dot)))
        func fill(_ id: String) throws -> String? {
            let group = try #require(svg.element(id: id))
            let shape = try #require(SVG.descendants(of: group).first { ["ellipse", "path", "polygon"].contains($0.localName ?? "") })
            return SVG.attribute(shape, "fill")
        }
        let families = NodeStyle.families(for: graph)
        #expect(families.keys.sorted() == ["SA", "US", "YE"])
        #expect(try fill("node-khalid_bin_salman") == families["SA"]?.light)
        #expect(try fill("node-SA") == families["SA"]?.strong)
        #expect(try fill("node-pete_hegseth") == families["US"]?.light)
        #expect(try fill("node-US") == families["US"]?.strong)
        #expect(families["SA"] != families["US"])
        #expect(try fill("node-houthis") == "#e0e0e0")
    }

    @Test func labelLanguages() throws {
        let en = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(labels: .en)))
        let both = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(labels: .both)))
        for node in graph.nodes {
            #expect(SVG.texts(in: try #require(en.element(id: "node-\(node.id)"))) == [node.name])
            #expect(SVG.texts(in: try #require(both.element(id: "node-\(node.id)"))) == [node.label, node.name])
        }
    }

    @Test func tooltipsNameBothLanguagesAndCountry() throws {
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions()))
        #expect(SVG.tooltip(in: try #require(svg.element(id: "node-khalid_bin_salman")))
            == "Khalid bin Salman · خالد بن سلمان · Saudi Arabia")
        #expect(SVG.tooltip(in: try #require(svg.element(id: "node-houthis"))) == "Houthis · الحوثيون · YE")
        #expect(SVG.tooltip(in: try #require(svg.element(id: "edge-khalid_bin_salman-pete_hegseth-co_mention")))
            == "Khalid bin Salman – Pete Hegseth: weight 3")
        #expect(SVG.tooltip(in: try #require(svg.element(id: "edge-SA-US-co_mention")))
            == "Saudi Arabia – United States: weight 1.5")
    }

    @Test func titleIsDrawnLiterally() throws {
        let title = #"علاقات "الدفاع" <2025> & \N"#
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(title: title)))
        let graphGroup = try #require(svg.element(id: "graph0"))
        let topTexts = (graphGroup.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == "text" }
        #expect(topTexts.map { $0.stringValue ?? "" } == [title])
    }

    /// Quotes, markup, entities, escString sequences, backslashes and newlines come out literally,
    /// and the SVG stays well-formed XML.
    @Test func specialCharactersRenderLiterally() throws {
        let weird = GraphNode(id: "weird", name: "Say \"hi\" <b> & &amp; R&D", label: #"x \N \G \n \l \E y\\z \ end"#,
                              kind: .person, country: "US")
        let broken = GraphNode(id: "broken", name: "first\nsecond\r\nthird", label: "سطر\nثان",
                               kind: .organisation, country: nil)
        let g = RelationGraph(nodes: [weird, broken, Fixtures.usa],
                              edges: [(source: "weird", target: "broken", kind: .coMention, weight: 2)])
        for layout in [Layout.dot, .neato] {
            let svg = try SVG(GraphvizRenderer.render(g, options: RenderOptions(layout: layout, labels: .both)))
            #expect(SVG.texts(in: try #require(svg.element(id: "node-weird"))) == [weird.label, weird.name])
            #expect(SVG.texts(in: try #require(svg.element(id: "node-broken"))) == ["سطر ثان", "first second third"])
            #expect(SVG.tooltip(in: try #require(svg.element(id: "node-weird")))
                == "\(weird.name) · \(weird.label) · United States")
            #expect(SVG.tooltip(in: try #require(svg.element(id: "edge-broken-weird-co_mention")))
                == "first second third – \(weird.name): weight 2")
        }
    }

    @Test func unsafeIdsAreSanitisedAndKeptUnique() throws {
        let a = GraphNode(id: "a b", name: "A", label: "أ", kind: .person, country: nil)
        let b = GraphNode(id: "a_b", name: "B", label: "ب", kind: .person, country: nil)
        let c = GraphNode(id: "x/\"<ç>", name: "C", label: "ج", kind: .person, country: nil)
        let g = RelationGraph(nodes: [a, b, c], edges: [(source: "a b", target: "a_b", kind: .coMention, weight: 1)])
        let svg = try SVG(GraphvizRenderer.render(g))
        // sorted ids: "a b" < "a_b" < "x/…"; "a b" → a_b first, then the real a_b gets _2
        #expect(SVG.texts(in: try #require(svg.element(id: "node-a_b"))) == ["أ"])
        #expect(SVG.texts(in: try #require(svg.element(id: "node-a_b_2"))) == ["ب"])
        #expect(SVG.texts(in: try #require(svg.element(id: "node-x_____"))) == ["ج"])
        #expect(svg.element(id: "edge-a_b-a_b_2-co_mention") != nil)
    }

    @Test func emptyGraphRendersValidSVG() throws {
        let empty = RelationGraph(nodes: [], edges: [])
        for layout in Layout.allCases {
            let svg = try SVG(GraphvizRenderer.render(empty, options: RenderOptions(layout: layout)))
            #expect(svg.root?.localName == "svg")
            #expect(svg.groups("node").isEmpty)
            #expect(svg.groups("edge").isEmpty)
        }
        let titled = try SVG(GraphvizRenderer.render(empty, options: RenderOptions(title: "فارغ")))
        #expect(svg(titled, containsText: "فارغ"))
    }

    private func svg(_ svg: SVG, containsText text: String) -> Bool {
        svg.elements.contains { $0.localName == "text" && $0.stringValue == text }
    }
}
