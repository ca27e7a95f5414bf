import Foundation
import Testing
@testable import RelGraphCore

/// CSV, TSV, Markdown, the table and DOT escape hostile names (issue 20, points 11, 18 and 19).
@Suite struct HostileCellTests {
    @Test func csvFollowsRFC4180AndGuardsFormulas() {
        #expect(CellText.csv("plain") == "plain")
        #expect(CellText.csv("a\r\nb") == "\"a\r\nb\"")
        #expect(CellText.csv("a\rb") == "\"a\rb\"")
        #expect(CellText.csv("say \"hi\", ok") == "\"say \"\"hi\"\", ok\"")
        #expect(CellText.csv("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        for start in ["+1+1", "-cmd", "@SUM(A1)"] { #expect(CellText.csv(start) == "'" + start, "\(start)") }
        // A tab (a raw control no output holds) becomes a space, so it starts no formula.
        #expect(CellText.csv("\tx") == " x")
        #expect(CellText.csv("\rx") == "\"'\rx\"")
        #expect(CellText.csv("-0.5") == "-0.5")
        #expect(CellText.csv("-12") == "-12")
        #expect(CellText.csv("a\0b") == "ab")
    }

    @Test func tsvHasNoBreaksNoNULAndNoFormulas() {
        #expect(CellText.tsv("a\tb\r\nc\u{2028}d") == "a b  c d")
        #expect(CellText.tsv("=1+1") == "'=1+1")
        #expect(CellText.tsv("x\0y") == "xy")
        #expect(CellText.tsv("-3") == "-3")
    }

    @Test func markdownEscapesHTMLAndPipes() {
        #expect(MarkdownText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownText.escape("a|b & \"c\"\\") == "a\\|b &amp; &quot;c&quot;\\\\")
        #expect(MarkdownText.escape("x\ny\0") == "x y")
    }

    static let hostile: RelationGraph = {
        let nodes = [GraphNode(id: "evil", name: "<script>alert(1)</script>|=cmd\0", label: "\u{202E}شرير", kind: .person, country: nil),
                     GraphNode(id: "=HYPER\r\nLINK", name: "@SUM(A1)", label: "ب", kind: .person, country: nil)]
        return RelationGraph(nodes: nodes, edges: [(source: "evil", target: "=HYPER\r\nLINK", kind: .coMention, weight: 2)])
    }()

    @Test func exportsCarryNoNULAndCSVRowsStayWhole() throws {
        let csv = ExportFormat.csv.render(Self.hostile)
        #expect(!csv.unicodeScalars.contains("\0"))
        // Rows end at line feeds outside quotes: the header and one edge.
        var inQuotes = false, rows = 0
        for u in csv.unicodeScalars {
            if u == "\"" { inQuotes.toggle() } else if u == "\n", !inQuotes { rows += 1 }
        }
        #expect(rows == 2)
        #expect(csv.contains("\"'=HYPER\r\nLINK\""))
        // Names are in the nodes table of the pair, guarded the same way.
        let nodes = ExportFormat.csvNodes(Self.hostile, annotations: NodeAnnotations.compute(Self.hostile))
        #expect(!nodes.unicodeScalars.contains("\0"))
        #expect(nodes.contains("'@SUM(A1)"))
        #expect(nodes.contains("\"'=HYPER\r\nLINK\""))
        let dot = ExportFormat.dot.render(Self.hostile)
        #expect(!dot.unicodeScalars.contains("\0"))
    }

    @Test func centralityOutputsEscapeNames() throws {
        let report = try CentralityReport.compute(Self.hostile)
        let md = CentralityFormat.markdown.render(report)
        #expect(!md.contains("<script>"))
        #expect(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|"))
        #expect(!CentralityFormat.table.render(report).unicodeScalars.contains("\0"))
        let csv = CentralityFormat.csv.render(report)
        #expect(csv.contains("'@SUM(A1)"))
        #expect(!csv.unicodeScalars.contains("\0"))
    }

    @Test func diffMarkdownEscapesNames() throws {
        let empty = RelationGraph(nodes: [], edges: [])
        let d = try GraphDiff.compute(before: empty, after: Self.hostile)
        let names = Dictionary(uniqueKeysWithValues: Self.hostile.nodes.map { ($0.id, $0.name) })
        let md = DiffFormat.markdown.render(d, names: names)
        #expect(md.contains("Appeared"))
        #expect(!md.contains("<script>"))
        #expect(md.contains("&lt;script&gt;"))
        #expect(!md.unicodeScalars.contains("\0"))
        #expect(!DiffFormat.table.render(d, names: names).unicodeScalars.contains("\0"))
    }

    /// Bidi overrides and NUL never stay in a name (issue 20, point 18: they are stripped).
    @Test func bidiControlsAreStrippedFromNames() throws {
        let n = GraphNode(id: "x", name: "A\u{202E}B\u{2066}C\u{2069}", label: "\u{202B}أ\u{202C}", kind: .person, country: nil)
        #expect(n.name == "ABC")
        #expect(n.label == "أ")
        let kb = try KnowledgeLoader.load(yaml: "countries:\n  - {id: ZZ, en: \"Zed\u{202E}land\", ar: \"زد\", nisba: [زدي]}\n", file: "b.yaml")
        #expect(kb.countries.first?.en == "Zedland")
    }
}
