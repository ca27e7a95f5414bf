import Foundation
import Testing
@testable import RelGraphCore
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ExportTests {
    static let graph = SeedsTests.output.graph

    /// Runs python3 with networkx on an exported file; returns [nodes, edges, total weight].
    func networkx(_ reader: String, _ text: String, ext: String) throws -> [Double] {
        let dir = Support.temporaryDirectory()
        let file = dir.appendingPathComponent("g.\(ext)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, networkx as nx
            G = \(reader)
            print(json.dumps([G.number_of_nodes(), G.number_of_edges(), sum(d["weight"] for _, _, d in G.edges(data=True))]))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, file.path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "python3/networkx failed (scripts/ensure-deps.sh installs networkx): \(errText)")
        return (try? JSONSerialization.jsonObject(with: data) as? [Double]) ?? []
    }

    var expected: [Double] { [Double(Self.graph.nodes.count), Double(Self.graph.edges.count), Self.graph.edges.reduce(0) { $0 + $1.weight }] }

    @Test func graphMLReadsBackInNetworkx() throws {
        #expect(try networkx("nx.read_graphml(sys.argv[1])", ExportFormat.graphml.render(Self.graph), ext: "graphml") == expected)
    }

    @Test func gexfReadsBackInNetworkx() throws {
        #expect(try networkx("nx.read_gexf(sys.argv[1])", ExportFormat.gexf.render(Self.graph), ext: "gexf") == expected)
    }

    @Test func nodeLinkJSONReadsBackInNetworkx() throws {
        #expect(try networkx("nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges')", ExportFormat.json.render(Self.graph), ext: "json") == expected)
    }

    @Test func awkwardNamesStayValidXMLAndCSV() throws {
        let nodes = [GraphNode(id: "a&b", name: "A \"quoted\" <x>, y", label: "خالد\nبن سلمان", kind: .person, country: nil),
                     GraphNode(id: "c", name: "C", label: "ج", kind: .country, country: nil)]
        let g = RelationGraph(nodes: nodes, edges: [EdgeSpec(source: "a&b", target: "c", kind: .coMention, weight: 1)])
        for f in [ExportFormat.graphml, .gexf] {
            let doc = try XMLDocument(data: Data(f.render(g).utf8))
            #expect(doc.rootElement() != nil)
            #expect(f.render(g).contains("A &quot;quoted&quot; &lt;x&gt;, y"))
        }
        let csv = ExportFormat.csv.render(g)
        #expect(csv.contains("\"A \"\"quoted\"\" <x>, y\""))
        #expect(ExportFormat.dot.render(g).contains("label=\"خالد\\nبن سلمان\""))
    }

    @Test func exportsAreDeterministic() {
        for f in ExportFormat.allCases { #expect(f.render(Self.graph) == f.render(Self.graph)) }
    }
}
