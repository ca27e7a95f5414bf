import Foundation
import RelGraphCore
@testable import RelGraphRender
import Testing

/// Output formats and layout engines.
@Suite struct FormatAndLayoutTests {
    @Test func dotFormatIsGraphvizTextWithIds() throws {
        let text = String(decoding: try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(format: .dot)),
                          as: UTF8.self)
        #expect(text.hasPrefix("digraph relgraph {"))
        for node in Fixtures.sample.nodes { #expect(text.contains("\"node-\(node.id)\"")) }
        #expect(text.contains("\"edge-khalid_bin_salman-pete_hegseth-co_mention\""))
        #expect(text.contains("label=\"خالد بن سلمان\""))
        #expect(text.contains("pos="))  // laid out
    }

    /// png/pdf come from the cairo plugin; where it is missing, the error must say so.
    @Test(arguments: [(OutputFormat.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as [UInt8]),
                      (OutputFormat.pdf, Array("%PDF-".utf8))])
    func binaryFormats(format: OutputFormat, magic: [UInt8]) throws {
        do {
            let bytes = try GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(format: format))
            #expect(Array(bytes.prefix(magic.count)) == magic)
            #expect(bytes.count > 1000)
        } catch {
            guard case let .pluginUnavailable(name, plugin, _) = error else {
                Issue.record("unexpected error: \(error)")
                return
            }
            #expect(name == format.rawValue)
            #expect(plugin.contains("cairo"))
        }
    }

    @Test(arguments: Layout.allCases)
    func everyLayoutDrawsEveryNode(layout: Layout) throws {
        let svg = try SVG(GraphvizRenderer.render(Fixtures.sample, options: RenderOptions(layout: layout)))
        #expect(svg.groups("node").count == Fixtures.sample.nodes.count)
        #expect(svg.groups("edge").count == Fixtures.sample.edges.count)
    }

    @Test func automaticLayoutThresholds() {
        #expect(Layout.automatic(nodeCount: 0, edgeCount: 0) == .dot)
        #expect(Layout.automatic(nodeCount: Layout.dotNodeLimit, edgeCount: Layout.dotEdgeLimit) == .dot)
        #expect(Layout.automatic(nodeCount: Layout.dotNodeLimit + 1, edgeCount: 0) == .neato)
        // A few nodes with many edges: dense graphs are as slow for dot as large ones.
        #expect(Layout.automatic(nodeCount: 48, edgeCount: Layout.dotEdgeLimit + 1) == .neato)
        #expect(Layout.automatic(nodeCount: Layout.neatoNodeLimit, edgeCount: 0) == .neato)
        #expect(Layout.automatic(nodeCount: Layout.neatoNodeLimit + 1, edgeCount: 0) == .sfdp)
        #expect(Layout.dot.resolved(nodeCount: 10_000, edgeCount: 30_000) == .dot)
        #expect(Layout.auto.resolved(nodeCount: 10, edgeCount: 20) == .dot)
    }

    /// Above the dot limit `auto` must not pick dot (which would take far longer on a big graph;
    /// speed itself is measured by `relgraph bench render`, not here).
    @Test func autoLayoutHandlesAMediumGraph() throws {
        let graph = Fixtures.ring(150)
        #expect(Layout.auto.resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count) == .neato)
        let svg = try SVG(GraphvizRenderer.render(graph))
        #expect(svg.groups("node").count == 150)
        let spec = GraphSpec(graph: graph, labels: .ar, title: nil, engine: "neato")
        #expect(spec.graphAttributes.contains(Attribute("splines", "line")))
    }

    /// Writes the sample to $RELGRAPH_SAMPLE_SVG / $RELGRAPH_SAMPLE_PNG when set (for looking at
    /// it); always checks the SVG.
    @Test func sampleRender() throws {
        let options = RenderOptions(labels: .both, title: "وزراء الدفاع")
        let bytes = try GraphvizRenderer.render(Fixtures.sample, options: options)
        let svg = try SVG(bytes)
        #expect(svg.elements.contains { $0.localName == "text" && $0.stringValue == "بيت هيغسيث" })
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["RELGRAPH_SAMPLE_SVG"] {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        if let path = environment["RELGRAPH_SAMPLE_PNG"] {
            var png = options
            png.format = .png
            try Data(GraphvizRenderer.render(Fixtures.sample, options: png)).write(to: URL(fileURLWithPath: path))
        }
    }
}
