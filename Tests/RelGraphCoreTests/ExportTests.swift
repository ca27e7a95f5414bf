import Foundation
import Testing
@testable import RelGraphCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every export read back with default arguments by networkx 3.4, the newest networkx and
/// python-igraph (installed under .pydeps/ by scripts/ensure-deps.sh), and the GEXF checked
/// against the GEXF 1.3 schema's rules (`GEXFCheck`).
@Suite struct ExportTests {
    static let graph = SeedsTests.output.graph
    static let annotations = NodeAnnotations.compute(graph)

    /// Writes `files` (name → text) to a fresh folder and runs `script` in `env` with the folder
    /// as argv[1]; returns the JSON it prints.
    func python(_ env: PythonTools.Environment, _ script: String, files: [String: String], arguments: [String] = []) throws -> [String: Any] {
        let dir = Support.temporaryDirectory()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let out = try #require(PythonTools.run(env, "import json, sys, os\nd = sys.argv[1]\n" + script, arguments: [dir.path] + arguments))
        return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], "not JSON: \(out)")
    }

    var nodeCount: Int { Self.graph.nodes.count }
    var edgeCount: Int { Self.graph.edges.count }
    var totalWeight: Double { Self.graph.edges.reduce(0) { $0 + $1.weight } }
    var ids: [String] { Self.graph.nodes.map(\.id) }

    /// A networkx graph `G` summarised: node and edge counts, total weight, sorted node ids, and
    /// the English name and community of one node.
    static let networkxSummary = """
        import networkx as nx
        print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                          "weight": sum(float(w) for _, _, w in G.edges(data="weight")), "ids": sorted(G.nodes()),
                          "version": nx.__version__}))
        """

    func checkNetworkx(_ r: [String: Any], edges: Int? = nil) {
        #expect(r["nodes"] as? Int == nodeCount)
        #expect(r["edges"] as? Int == (edges ?? edgeCount))
        #expect(abs((r["weight"] as? Double ?? -1) - totalWeight) < 1e-9)
        #expect(r["ids"] as? [String] == ids.sorted())
    }

    @Test(arguments: PythonTools.Environment.allCases)
    func graphMLReadsBackInNetworkx(_ env: PythonTools.Environment) throws {
        let text = ExportFormat.graphml.render(Self.graph, annotations: Self.annotations)
        let r = try python(env, "import networkx as nx\nG = nx.read_graphml(os.path.join(d, 'g.graphml'))\n" + Self.networkxSummary, files: ["g.graphml": text])
        checkNetworkx(r)
    }

    @Test(arguments: PythonTools.Environment.allCases)
    func nodeLinkJSONReadsBackInNetworkxWithDefaults(_ env: PythonTools.Environment) throws {
        let text = ExportFormat.json.render(Self.graph, annotations: Self.annotations)
        let script = """
            import networkx as nx, warnings
            warnings.simplefilter("ignore", FutureWarning)  # 3.4 and 3.5 announce the change of default
            G = nx.node_link_graph(json.load(open(os.path.join(d, 'g.json'))))
            """
        let r = try python(env, script + "\n" + Self.networkxSummary, files: ["g.json": text])
        checkNetworkx(r)
    }

    @Test(arguments: PythonTools.Environment.allCases)
    func csvPairReadsBackInNetworkx(_ env: PythonTools.Environment) throws {
        let files = ["g.nodes.csv": ExportFormat.csvNodes(Self.graph, annotations: Self.annotations), "g.edges.csv": ExportFormat.csvEdges(Self.graph)]
        let script = """
            import csv, networkx as nx
            G = nx.MultiDiGraph()
            with open(os.path.join(d, 'g.nodes.csv'), newline='', encoding='utf-8') as f:
                for row in csv.DictReader(f):
                    G.add_node(row["Id"], **row)
            with open(os.path.join(d, 'g.edges.csv'), newline='', encoding='utf-8') as f:
                for row in csv.DictReader(f):
                    assert row["Source"] in G and row["Target"] in G, row
                    G.add_edge(row["Source"], row["Target"], key=row["Id"], weight=float(row["Weight"]), type=row["Type"])
            """
        let r = try python(env, script + "\n" + Self.networkxSummary, files: files)
        checkNetworkx(r)
    }

    /// networkx refuses GEXF that mixes directed and undirected edges (Gephi's reader accepts it):
    /// the part of the file networkx can read (all but the mixed edge types) is read through a
    /// graph whose edges are all undirected: attributes, viz, spells. networkx 3.4 knows GEXF
    /// 1.1draft and 1.2draft only (in a 1.3 file it finds no <graph>): the newest networkx reads it.
    @Test func gexfWithoutDirectedEdgesReadsBackInNetworkx() throws {
        let env = PythonTools.Environment.current
        let undirected = RelationGraph(nodes: Self.graph.nodes, edges: Self.graph.edges.filter { $0.kind != .affiliation }.map { e in
            var spec = EdgeSpec(e, in: Self.graph)
            spec.direction = .none
            return spec
        }, events: Array(Self.graph.events), articles: Self.graph.articles)
        var ann = NodeAnnotations.compute(undirected)
        ann.drawing = NodeAnnotations.Drawing(nodeColors: undirected.nodes.map { _ in "#6fa8dc" }, nodeSizes: undirected.nodes.map { _ in 10 },
                                              positions: undirected.nodes.indices.map { NodeAnnotations.Position(x: Double($0), y: 1) },
                                              edgeColors: undirected.edges.map { _ in "#9e9e9e" })
        let text = ExportFormat.gexf.render(undirected, annotations: ann)
        let script = """
            import networkx as nx
            G = nx.read_gexf(os.path.join(d, 'g.gexf'))
            spells = [s for _, _, sp in G.edges(data="spells") if sp for s in sp]
            viz = [v for _, v in G.nodes(data="viz")]
            print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "mode": G.graph.get("mode"),
                              "spells": len(spells), "viz": sum(1 for v in viz if v and "position" in v and "color" in v),
                              "communities": sum(1 for _, c in G.nodes(data="community") if isinstance(c, int))}))
            """
        let r = try python(env, script, files: ["g.gexf": text])
        #expect(r["nodes"] as? Int == undirected.nodes.count)
        #expect(r["edges"] as? Int == undirected.edges.count)
        #expect(r["mode"] as? String == "dynamic")
        #expect((r["spells"] as? Int ?? 0) >= undirected.edges.filter { $0.kind == .interaction }.count)
        #expect(r["viz"] as? Int == undirected.nodes.count)
        #expect(r["communities"] as? Int == undirected.nodes.count)
    }

    @Test func graphMLJSONAndCSVReadBackInIgraph() throws {
        let files = ["g.graphml": ExportFormat.graphml.render(Self.graph, annotations: Self.annotations),
                     "g.json": ExportFormat.json.render(Self.graph, annotations: Self.annotations),
                     "g.nodes.csv": ExportFormat.csvNodes(Self.graph, annotations: Self.annotations), "g.edges.csv": ExportFormat.csvEdges(Self.graph)]
        let script = """
            import csv, igraph as ig
            def summary(g, weight, name="name"):
                return {"nodes": g.vcount(), "edges": g.ecount(), "weight": sum(float(w) for w in g.es[weight]),
                        "names": sorted(g.vs[name])}
            out = {}
            g = ig.Graph.Read_GraphML(os.path.join(d, 'g.graphml'))
            out["graphml"] = summary(g, "weight")
            out["graphml_en"] = g.vs.find(name=sys.argv[2])["en"]
            data = json.load(open(os.path.join(d, 'g.json')))
            g = ig.Graph.DictList(data["nodes"], data["edges"], vertex_name_attr="id")
            out["json"] = summary(g, "weight", "id")
            with open(os.path.join(d, 'g.nodes.csv'), newline='', encoding='utf-8') as f: nodes = list(csv.DictReader(f))
            with open(os.path.join(d, 'g.edges.csv'), newline='', encoding='utf-8') as f: edges = list(csv.DictReader(f))
            g = ig.Graph.DictList(nodes, edges, vertex_name_attr="Id", edge_foreign_keys=("Source", "Target"))
            out["csv"] = summary(g, "Weight", "Id")
            out["csv_label"] = g.vs.find(Id=sys.argv[2])["Label"]
            print(json.dumps(out))
            """
        let person = try #require(Self.graph.nodes.first { $0.kind == .person })
        let r = try python(.current, script, files: files, arguments: [person.id])
        for format in ["graphml", "json", "csv"] {
            let s = try #require(r[format] as? [String: Any], "\(format) missing")
            #expect(s["nodes"] as? Int == nodeCount, "\(format)")
            #expect(s["edges"] as? Int == edgeCount, "\(format)")
            #expect(abs((s["weight"] as? Double ?? -1) - totalWeight) < 1e-9, "\(format)")
            // GraphML's vertex `name`; the `id` (JSON) and `Id` (CSV) columns that DictList matched edges by.
            #expect(s["names"] as? [String] == ids.sorted(), "\(format): igraph's vertices are named by relgraph id")
        }
        #expect(r["graphml_en"] as? String == person.name)
        #expect(r["csv_label"] as? String == person.label)
    }

    @Test func gexfFollowsTheGEXF13Schema() throws {
        var ann = Self.annotations
        ann.drawing = NodeAnnotations.Drawing(nodeColors: Self.graph.nodes.map { _ in "#e06666" }, nodeSizes: Self.graph.nodes.map { _ in 13.5 },
                                              positions: Self.graph.nodes.indices.map { NodeAnnotations.Position(x: Double($0) * 10, y: -5) },
                                              edgeColors: Self.graph.edges.map { _ in "#2e7d32" })
        let text = ExportFormat.gexf.render(Self.graph, annotations: ann)
        let problems = try GEXFCheck.problems(text)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
        // What Gephi needs: edge kinds keep parallel edges apart, directed edges are marked, spells date them.
        let doc = try XMLDocument(data: Data(text.utf8))
        let edges = try doc.nodes(forXPath: "//*[local-name()='edge']").compactMap { $0 as? XMLElement }
        #expect(edges.count == edgeCount)
        func attr(_ e: XMLElement, _ name: String) -> String { e.attributes?.first { $0.name == name }?.stringValue ?? "" }
        let pairs = Dictionary(grouping: edges) { e in [attr(e, "source"), attr(e, "target")].sorted() }
        #expect(pairs.values.contains { $0.count > 1 }, "the seeds have a pair with an interaction and a co-mention")
        for group in pairs.values { #expect(Set(group.map { attr($0, "kind") }).count == group.count) }
        let directed = Self.graph.edges.filter { $0.direction == .forward || $0.direction == .backward }.count
        #expect(directed > 0)
        #expect(edges.filter { attr($0, "type") == "directed" }.count == directed)
        #expect(try doc.nodes(forXPath: "//*[local-name()='spell']").count >= Self.graph.edges.filter { $0.kind == .interaction }.count)
        #expect(try doc.nodes(forXPath: "//*[local-name()='position']").count == nodeCount)
        // Without a drawing, no viz at all.
        #expect(!ExportFormat.gexf.render(Self.graph, annotations: Self.annotations).contains("viz:position"))
    }

    /// The GEXF `relgraph export` wrote for the golden file: the render's colours and sizes and
    /// Graphviz's positions, within the schema's rules.
    @Test func exportedGoldenGEXFFollowsTheSchema() throws {
        let text = try String(contentsOf: Support.fixtures.appendingPathComponent("golden/seeds.export.gexf"), encoding: .utf8)
        #expect(try GEXFCheck.problems(text).isEmpty)
        let doc = try XMLDocument(data: Data(text.utf8))
        let nodes = try doc.nodes(forXPath: "//*[local-name()='node']").count
        #expect(nodes > 0)
        for viz in ["color", "size", "position"] {
            #expect(try doc.nodes(forXPath: "//*[local-name()='node']/*[local-name()='\(viz)']").count == nodes, "viz:\(viz) on every node")
        }
    }

    @Test func gexfCheckFindsBrokenFiles() throws {
        let good = ExportFormat.gexf.render(Self.graph, annotations: Self.annotations)
        #expect(try GEXFCheck.problems(good).isEmpty)
        let badType = good.replacingOccurrences(of: "type=\"undirected\"", with: "type=\"sideways\"")
        #expect(try !GEXFCheck.problems(badType).isEmpty)
        let badSpell = good.replacingOccurrences(of: "<spell start=\"", with: "<spell start=\"20")
        #expect(try !GEXFCheck.problems(badSpell).isEmpty)
        let undeclared = good.replacingOccurrences(of: "for=\"community\"", with: "for=\"tribe\"")
        #expect(try !GEXFCheck.problems(undeclared).isEmpty)
    }

    @Test func csvPairFollowsGephisConvention() {
        let nodes = ExportFormat.csvNodes(Self.graph, annotations: Self.annotations)
        let edges = ExportFormat.csvEdges(Self.graph)
        #expect(nodes.hasPrefix("Id,Label,en,kind,country,known,layer,community,degree,strength,betweenness,pagerank\r\n"))
        #expect(edges.hasPrefix("Source,Target,Type,Id,Label,Weight,"))
        let person = Self.graph.nodes.first { $0.kind == .person && $0.country != nil }!
        #expect(nodes.contains("\r\n\(person.id),\(person.label),\(person.name),person,\(person.country!),true,people,"))
        #expect(!nodes.hasPrefix("\u{FEFF}"))
        #expect(edges.contains(",Directed,") && edges.contains(",Undirected,"))
        #expect(edges.contains("<[20"))
    }

    @Test func awkwardNamesStayValidXMLAndCSV() throws {
        let nodes = [GraphNode(id: "a&b", name: "A \"quoted\" <x>, y", label: "خالد\nبن سلمان", kind: .person, country: nil),
                     GraphNode(id: "c", name: "C", label: "ج", kind: .country, country: nil)]
        let g = RelationGraph(nodes: nodes, edges: [EdgeSpec(source: "a&b", target: "c", kind: .coMention, weight: 1)])
        for f in [ExportFormat.graphml, .gexf] {
            let text = f.render(g, annotations: NodeAnnotations.compute(g))
            let doc = try XMLDocument(data: Data(text.utf8))
            #expect(doc.rootElement() != nil)
            #expect(text.contains("A &quot;quoted&quot; &lt;x&gt;, y"))
        }
        #expect(try GEXFCheck.problems(ExportFormat.gexf.render(g, annotations: NodeAnnotations.compute(g))).isEmpty)
        #expect(ExportFormat.csvNodes(g).contains("\"A \"\"quoted\"\" <x>, y\""))
        #expect(ExportFormat.csvNodes(g).contains("\"خالد\nبن سلمان\""))
        #expect(ExportFormat.dot.render(g).contains("label=\"خالد\\nبن سلمان\""))
    }

    @Test func exportsAreDeterministic() {
        for f in ExportFormat.allCases {
            #expect(f.render(Self.graph, annotations: NodeAnnotations.compute(Self.graph)) == f.render(Self.graph, annotations: NodeAnnotations.compute(Self.graph)))
        }
        #expect(ExportFormat.csvNodes(Self.graph, annotations: Self.annotations) == ExportFormat.csvNodes(Self.graph, annotations: NodeAnnotations.compute(Self.graph)))
    }
}
