import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import RelGraphCore

/// Every command on hostile numbers, ids and names (issue 20, points 1, 3, 12, 19).
@Suite(.serialized) struct HostileOutputCLITests {
    /// A snapshot of three persons with co-mentions: `name` on the first, weight `weight` on its edges.
    static func snapshot(in dir: URL, file: String = "s.json", id: String = "p", name: String = "P", weight: Double = 2,
                         others: [String] = ["q-r", "p-q"]) throws -> String {
        let nodes = ([id] + others).enumerated().map { i, n in
            GraphNode(id: n, name: i == 0 ? name : n.uppercased(), label: n, kind: .person, country: nil)
        }
        let edges = others.map { (source: id, target: $0, kind: EdgeKind.coMention, weight: weight) }
        let path = dir.appendingPathComponent(file).path
        try Snapshot.json(RelationGraph(nodes: nodes, edges: edges)).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Weights far above what integer formatting held (≥ 1e15) go through every command.
    @Test func hugeWeightsCrashNoCommand() throws {
        let dir = CLI.temporaryDirectory()
        let s = try Self.snapshot(in: dir, weight: 3e17)
        let small = try Self.snapshot(in: dir, file: "t.json", weight: 1)
        var runs: [[String]] = [["render", s, "-o", dir.appendingPathComponent("g.svg").path],
                                ["diff", small, s, "-o", dir.appendingPathComponent("d.json").path, "-o", dir.appendingPathComponent("d.md").path],
                                ["merge", s, small, "-o", dir.appendingPathComponent("m.json").path]]
        for f in ["graphml", "gexf", "json", "csv", "dot"] { runs.append(["export", s, "--format", f]) }
        for f in ["table", "csv", "json", "markdown"] { runs.append(["centrality", s, "--format", f, "--measure", "strength"]) }
        for args in runs {
            let r = try CLI.run(args + ["-q"])
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let csv = try CLI.run(["export", s, "--format", "csv", "-q"])
        #expect(csv.stdout.contains(",3e+17,"))
    }

    /// A KB type weight of 1e15 is refused with its place, before any article is read.
    @Test func absurdKnowledgeWeightIsRefused() throws {
        let dir = CLI.temporaryDirectory()
        let kb = dir.appendingPathComponent("kb.yaml")
        try "interaction_types:\n  - {id: call, weight: 1e15, polarity: cooperative}\n".write(to: kb, atomically: true, encoding: .utf8)
        let r = try CLI.run(["build", "seeds", "--kb", kb.path, "-q", "-o", dir.appendingPathComponent("g.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("kb.yaml:2:"), "\(r.stderr)")
        #expect(r.stderr.contains("weight of 'call'"), "\(r.stderr)")
    }

    /// Control characters in ids and names never make `render` or `diff -o x.svg` write SVG that
    /// is not well-formed XML; edge ids stay distinct when ids contain `-`.
    @Test func controlCharactersKeepEverySVGWellFormed() throws {
        let dir = CLI.temporaryDirectory()
        let s = try Self.snapshot(in: dir, id: "p\u{8}\u{1B}", name: "Bad\u{8}\u{1B}[2J\u{1}", others: ["q-r\u{1F}", "p-q", "r"])
        let before = try Self.snapshot(in: dir, file: "b.json", others: ["x"])
        let svg = dir.appendingPathComponent("g.svg"), diff = dir.appendingPathComponent("d.svg")
        #expect(try CLI.run(["render", s, "-o", svg.path, "-q"]).status == 0)
        #expect(try CLI.run(["diff", before, s, "-o", diff.path, "-q"]).status == 0)
        for file in [svg, diff] {
            let doc = try XMLDocument(contentsOf: file, options: [])
            let ids = try doc.nodes(forXPath: "//@id").compactMap(\.stringValue)
            #expect(ids.filter { $0.hasPrefix("edge-") }.count >= 2)
            #expect(Set(ids).count == ids.count, "\(file.lastPathComponent): duplicate ids")
        }
    }

    /// Names are escaped in Markdown: `centrality --format markdown` and `diff -o d.md`.
    @Test func markdownOutputsEscapeNames() throws {
        let dir = CLI.temporaryDirectory()
        let name = "<script>alert(1)</script>|x"
        let s = try Self.snapshot(in: dir, name: name)
        let before = try Self.snapshot(in: dir, file: "b.json", id: "z", others: ["y"])
        let centrality = try CLI.run(["centrality", s, "--format", "markdown", "-q"])
        #expect(centrality.status == 0)
        let md = dir.appendingPathComponent("d.md")
        #expect(try CLI.run(["diff", before, s, "-o", md.path, "-q"]).status == 0)
        for text in [centrality.stdout, try String(contentsOf: md, encoding: .utf8)] {
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|x"), "\(text)")
            #expect(!text.contains("<script>"))
        }
    }
}
