import Foundation
import Testing
@testable import RelGraphRender
import RelGraphCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 5: evidence in tooltips, links, sizes, legend, and text layout.
@Suite struct AnalystFeatureTests {
    /// Khalid bin Salman received a call from Hegseth, reported by two articles.
    static var withEvents: RelationGraph {
        let evidence = [
            Evidence(article: "a1", date: "2025-07-10", start: 0, end: 40, text: "تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث"),
            Evidence(article: "a2", date: "2025-07-10", start: 5, end: 60, text: "وزير الدفاع الأمريكي يتصل بنظيره السعودي & <يؤكد>"),
        ]
        let call = InteractionEvent(source: "pete_hegseth", target: "khalid_bin_salman", directed: true, type: "call",
                                    date: "2025-07-10", polarity: .cooperative, weight: 2, evidence: evidence)
        return RelationGraph(nodes: [Fixtures.khalid, Fixtures.hegseth, Fixtures.saudi, Fixtures.usa],
                             edges: [EdgeSpec(source: "khalid_bin_salman", target: "pete_hegseth", kind: .interaction, weight: 2,
                                              types: [TypeWeight(type: "call", weight: 2, count: 1)], direction: call.direction),
                                     EdgeSpec(source: "khalid_bin_salman", target: "SA", kind: .affiliation, weight: 1),
                                     EdgeSpec(source: "pete_hegseth", target: "US", kind: .affiliation, weight: 1)],
                             events: [call])
    }

    @Test func edgeAndNodeTooltipsListTheEvidence() throws {
        let svg = try SVG(GraphvizRenderer.render(Self.withEvents, options: RenderOptions(layout: .dot)))
        let edge = try #require(svg.element(id: "edge-khalid_bin_salman-pete_hegseth-interaction"))
        let tip = try #require(SVG.tooltip(in: edge))
        #expect(SVG.attribute(edge, "class") == "edge interaction call cooperative")
        let lines = tip.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("call ×1") == true)
        #expect(lines.contains { $0.hasPrefix("2025-07-10 call Pete Hegseth → Khalid bin Salman:") && $0.contains("[a1]") })
        #expect(lines.contains { $0.contains("& <يؤكد>") && $0.contains("[a2]") })
        let node = try #require(svg.element(id: "node-khalid_bin_salman"))
        #expect(SVG.tooltip(in: node)?.contains("«تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث»") == true)
    }

    /// Each line names its article (title, outlet, url) and marks a date assumed by `--as-of`.
    @Test func tooltipLinesNameTheirArticleAndMarkAssumedDates() throws {
        let g = Self.withEvents
        let articles = [ArticleInfo(id: "a1", date: "2025-07-10", dateSource: "record", title: "Call & reply", url: "https://news.example/a1", outlet: "Desk"),
                        ArticleInfo(id: "a2", date: "2025-07-10", dateSource: "as_of", title: nil)]
        let graph = RelationGraph(nodes: g.nodes, edges: g.edges.map { EdgeSpec($0, in: g) }, events: Array(g.events), articles: articles)
        let svg = try SVG(GraphvizRenderer.render(graph, options: RenderOptions(layout: .dot)))
        let edge = try #require(svg.element(id: "edge-khalid_bin_salman-pete_hegseth-interaction"))
        let lines = try #require(SVG.tooltip(in: edge)).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("2025-07-10 call") && $0.hasSuffix("[Call & reply · Desk · https://news.example/a1]") })
        #expect(lines.contains { $0.hasPrefix("2025-07-10 (assumed) call") && $0.hasSuffix("[a2]") })
    }

    @Test func tooltipsAreCappedWithACount() throws {
        var options = RenderOptions(layout: .dot)
        options.tooltipEvidence = 1
        let svg = try SVG(GraphvizRenderer.render(Self.withEvents, options: options))
        let edge = try #require(svg.element(id: "edge-khalid_bin_salman-pete_hegseth-interaction"))
        let tip = try #require(SVG.tooltip(in: edge))
        #expect(tip.hasSuffix("… 1 more"))
    }

    @Test func nodeLinksFromATemplateStayValidXML() throws {
        var options = RenderOptions(layout: .dot)
        options.nodeURL = "https://example.org/e/{id}?name={name}&ar={label}"
        let bytes = try GraphvizRenderer.render(Self.withEvents, options: options)
        let svg = try SVG(bytes)
        let node = try #require(svg.element(id: "node-khalid_bin_salman"))
        let link = try #require(SVG.descendants(of: node).first { $0.localName == "a" && SVG.attribute($0, "href") != nil })
        #expect(SVG.attribute(link, "href") == "https://example.org/e/khalid_bin_salman?name=Khalid%20bin%20Salman&ar=%D8%AE%D8%A7%D9%84%D8%AF%20%D8%A8%D9%86%20%D8%B3%D9%84%D9%85%D8%A7%D9%86")
    }

    /// PNG and PDF carry the legend as the graph's HTML-like label: the page grows by it, and a
    /// title in it is escaped. (Where the cairo plugin is missing there is nothing to check.)
    @Test func legendReachesPNGAndPDF() throws {
        func height(_ format: OutputFormat, legend: Bool, title: String? = nil) throws -> Double? {
            let options = RenderOptions(layout: .dot, format: format, title: title, legend: legend)
            guard let bytes = try? GraphvizRenderer.render(Self.withEvents, options: options) else { return nil }
            if format == .png { return Double(bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }) }  // IHDR height
            let text = String(decoding: bytes, as: UTF8.self)
            guard let r = text.range(of: #"/MediaBox \[0 0 [0-9.]+ [0-9.]+\]"#, options: .regularExpression) else { return nil }
            return Double(text[r].dropLast().split(separator: " ").last!)
        }
        for format in [OutputFormat.png, .pdf] {
            guard let plain = try height(format, legend: false) else { continue }
            let withLegend = try #require(try height(format, legend: true), "\(format)")
            #expect(withLegend > plain + 20, "\(format): \(plain) -> \(withLegend)")
            let titled = try #require(try height(format, legend: true, title: "A <b> & \"c\""))
            #expect(titled > withLegend)
        }
        let html = Legend.html(diff: false, colorBy: .country, title: "A <b> & \"c\"\u{202E}")
        #expect(html.contains("A &lt;b&gt; &amp; &quot;c&quot;") && html.contains("hostile") && html.contains("person"))
        #expect(Legend.html(diff: true, colorBy: .country, title: nil).contains("strengthened"))
        let dot = String(decoding: try GraphvizRenderer.render(Self.withEvents, options: RenderOptions(layout: .dot, format: .dot, legend: true)), as: UTF8.self)
        #expect(!dot.contains("<TABLE") && !dot.contains("who initiated"))
    }

    @Test func legendIsAddedBelowAndTheSVGStaysValid() throws {
        var options = RenderOptions(layout: .dot)
        let plain = String(decoding: try GraphvizRenderer.render(Self.withEvents, options: options), as: UTF8.self)
        options.legend = true
        let bytes = try GraphvizRenderer.render(Self.withEvents, options: options)
        let svg = try SVG(bytes)
        let legend = try #require(svg.element(id: "legend"))
        #expect(SVG.texts(in: legend).contains("hostile"))
        let (_, h0) = try #require(Legend.size(plain))
        let (_, h1) = try #require(Legend.size(String(decoding: bytes, as: UTF8.self)))
        #expect(abs(h1 - h0 - Legend.height) < 0.01)
    }

    @Test func sizeByStrengthMakesTheBusiestNodeLargest() throws {
        let g = RelationGraph(nodes: [Fixtures.khalid, Fixtures.hegseth, Fixtures.houthis], edges: [
            EdgeSpec(source: "khalid_bin_salman", target: "pete_hegseth", kind: .interaction, weight: 20),
            EdgeSpec(source: "khalid_bin_salman", target: "houthis", kind: .interaction, weight: 1),
        ])
        var options = RenderOptions(layout: .dot)
        options.sizeBy = .strength
        options.labels = .en
        let svg = try SVG(GraphvizRenderer.render(g, options: options))
        func rx(_ id: String) throws -> Double {
            let group = try #require(svg.element(id: id))
            let e = try #require(SVG.descendants(of: group).first { $0.localName == "ellipse" })
            return Double(SVG.attribute(e, "rx") ?? "") ?? 0
        }
        #expect(try rx("node-khalid_bin_salman") > rx("node-pete_hegseth"))
        #expect(try rx("node-pete_hegseth") > 0)
    }

    @Test func arabicLabelsAreOneCentredRunInsideTheirShape() throws {
        let svg = try SVG(GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(layout: .dot)))
        let group = try #require(svg.element(id: "node-khalid_bin_salman"))
        let texts = SVG.descendants(of: group).filter { $0.localName == "text" }
        #expect(texts.count == 1)
        let text = try #require(texts.first)
        #expect(text.stringValue == "خالد بن سلمان")
        #expect(SVG.attribute(text, "text-anchor") == "middle")
        #expect(SVG.attribute(text, "font-family") == "DejaVu Sans")
        let ellipse = try #require(SVG.descendants(of: group).first { $0.localName == "ellipse" })
        #expect(SVG.attribute(text, "x") == SVG.attribute(ellipse, "cx"))
        // With pango, «خالد بن سلمان» at 14 pt is about 89 pt wide; the ellipse must hold it.
        let rx = Double(SVG.attribute(ellipse, "rx") ?? "") ?? 0
        #expect(rx * 2 > 89)
    }

    @Test func pangoTextLayoutIsLoaded() {
        // Arabic widths are right only with pango (graphviz-notes: without it ~25 % too wide).
        let layouts = GraphvizRenderer.plugins(kind: "textlayout")
        #expect(layouts.contains { $0.lowercased().contains("textlayout") || $0.lowercased().contains("pango") }, "\(layouts)")
        #expect(GraphvizRenderer.plugins(kind: "layout").contains { $0.contains("neato") })
    }
}

@Suite struct ContextLifetimeTests {
    @Test func aFailedRenderRetiresTheContextAndTheNextRenderWorks() throws {
        let before = GraphvizContext.retiredCount
        #expect(throws: GraphvizError.self) {
            _ = try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(), engine: "nosuchengine", format: "svg")
        }
        // Other suites run in parallel and may retire contexts too: at least ours was retired.
        #expect(GraphvizContext.retiredCount > before)
        let svg = try SVG(GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(layout: .dot)))
        #expect(svg.element(id: "node-khalid_bin_salman") != nil)
    }
}

@Suite struct DiffDrawingTests {
    @Test func statusesAreStyledAndClassedWithADiffLegend() throws {
        var options = RenderOptions(layout: .dot, legend: true)
        options.diff = DiffMarks(nodes: ["pete_hegseth": .added, "houthis": .removed],
                                 edges: [EdgeKey(source: "khalid_bin_salman", target: "pete_hegseth", kind: .coMention): .strengthened,
                                         EdgeKey(source: "SA", target: "US", kind: .coMention): .removed])
        let svg = try SVG(GraphvizRenderer.render(Fixtures.sample, options: options))
        let added = try #require(svg.element(id: "node-pete_hegseth"))
        #expect(SVG.attribute(added, "class") == "node person added")
        let removed = try #require(svg.element(id: "node-houthis"))
        #expect(SVG.attribute(removed, "class") == "node organisation removed")
        let strengthened = try #require(svg.element(id: "edge-khalid_bin_salman-pete_hegseth-co_mention"))
        #expect(SVG.attribute(strengthened, "class") == "edge co_mention strengthened")
        let path = try #require(SVG.descendants(of: strengthened).first { $0.localName == "path" })
        #expect(SVG.attribute(path, "stroke") == "#1565c0")
        let legend = try #require(svg.element(id: "legend"))
        #expect(SVG.texts(in: legend).contains("strengthened"))
    }
}

/// Issue 24: colour by community, and the drawing the GEXF export carries.
@Suite struct CommunityColourTests {
    func fills(_ options: RenderOptions) -> [String: String] {
        let g = AnalystFeatureTests.withEvents
        let spec = GraphSpec(graph: g, labels: .ar, title: nil, engine: "dot", options: options)
        var out: [String: String] = [:]
        for (i, n) in spec.nodes.enumerated() { out[g.nodes[i].id] = n.attributes.last { $0.name == "fillcolor" }?.value }
        return out
    }

    @Test func communitiesTakeThePaletteInRankOrder() {
        var options = RenderOptions()
        options.colorBy = .community
        let byCommunity = fills(options)
        // People: Khalid and Hegseth form community 1 (light blue); countries: SA and US are
        // singletons, ranked by id: SA 1 (strong blue), US 2 (strong green).
        #expect(byCommunity["khalid_bin_salman"] == "#cfe2f3")
        #expect(byCommunity["pete_hegseth"] == "#cfe2f3")
        #expect(byCommunity["SA"] == "#6fa8dc")
        #expect(byCommunity["US"] == "#93c47d")
        // By country (the default) the two officials differ.
        let byCountry = fills(RenderOptions())
        #expect(byCountry["khalid_bin_salman"] != byCountry["pete_hegseth"])
    }

    @Test func legendSaysWhatColoursMean() throws {
        var options = RenderOptions(layout: .dot, legend: true)
        options.colorBy = .community
        let svg = String(decoding: try GraphvizRenderer.render(AnalystFeatureTests.withEvents, options: options), as: UTF8.self)
        #expect(svg.contains("node colour = community"))
    }

    @Test func exportDrawingHasTheLayoutsPositions() throws {
        let g = AnalystFeatureTests.withEvents
        let drawing = try ExportDrawing.compute(g, options: RenderOptions(layout: .dot, sizeBy: .strength), layOut: true)
        let positions = try #require(drawing.positions)
        #expect(positions.count == g.nodes.count)
        #expect(Set(positions.map { "\($0.x),\($0.y)" }).count == g.nodes.count, "every node at its own place")
        #expect(positions.allSatisfy { $0.x > 0 && $0.y > 0 })
        #expect(drawing.nodeSizes.max()! > drawing.nodeSizes.min()!)
        #expect(drawing.edgeColors == g.edges.map { $0.kind == .interaction ? "#2e7d32" : "#9e9e9e" })
        #expect(try ExportDrawing.compute(g, layOut: false).positions == nil)
        #expect(try ExportDrawing.compute(g, options: RenderOptions(layout: .dot), layOut: true) == ExportDrawing.compute(g, options: RenderOptions(layout: .dot), layOut: true))
    }

    @Test func plainOutputNamesAreParsed() {
        let plain = "graph 1 3 2\nnode a 1 0.5 0.75 0.5 x solid ellipse black white\nnode \"2b\" 2.5 1 0.75 0.5 x solid ellipse black white\nstop\n"
        let p = ExportDrawing.positions(plain: plain, names: ["2b", "a", "missing"])
        #expect(p[0] == NodeAnnotations.Position(x: 180, y: 72))
        #expect(p[1] == NodeAnnotations.Position(x: 72, y: 36))
        #expect(p[2] == NodeAnnotations.Position(x: 0, y: 0))
    }
}
