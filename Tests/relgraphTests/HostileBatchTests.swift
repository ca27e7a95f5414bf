import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RelGraphCore
import RelGraphRender
import Testing
import Yams

/// Issue 20, "Done when": a hostile batch — ids, names and texts carrying C0/C1 controls, escape
/// sequences, every line break, NUL, bidi overrides, markup, quotes, formula cell starts, `-` in
/// ids and a file name that is not UTF-8 — goes through build, render, every export, centrality,
/// link, kb suggest, report and diff; every output parses with a strict parser and none holds a
/// raw control character, nor does stderr.
///
/// It asserts every point of issue 20 that touches an output: XML well-formed, CSV by RFC 4180 with
/// no formula cell, YAML that adds no person, DOT that libcgraph reads, escaped markup, no raw
/// control anywhere, and the file whose name is not UTF-8 read.
@Suite(.serialized) struct HostileBatchTests {
    /// Every character class of issue 20 in one string.
    static let hostile = "\u{1}\u{2}\u{8}\u{1B}[31m\u{1B}]0;owned\u{7}\u{1B}[2J\r\n\u{2028}\u{2029}\u{85}\u{9B}31m\u{B}\u{C}\t\u{0}"
        + "\u{202E}evil\u{202C}<script>alert(1)</script>\"'&=+-@"

    /// A KB overlay with the same classes in English names (YAML double-quoted escapes) and `-` in ids.
    static let kb = #"""
        persons:
          - id: p-q
            en: "Zayd\e]0;owned\a\e[2J\r\n<script>alert(1)</script> \"=cmd|' /C calc'!A0\" \u202Eevil\u2028x\u2029y\x85z\v\f\0nul"
            ar: زيد عبيد
            country: US
            names: [زيد عبيد]
          - id: p
            en: "+SUM(1,2)\t@A1 'quote' & <b>"
            ar: عمرو بكر
            country: SA
            names: [عمرو بكر]
          - id: q-r
            en: "-cmd\e[31mred\x9b31m"
            ar: سعيد حمدان
            country: SA
            names: [سعيد حمدان]
        """#

    static func records(_ dates: [String]) -> Data {
        let texts = ["تلقى زيد عبيد اتصالا من عمرو بكر وبحثا التعاون. " + hostile + " والتقى سعيد حمدان زيد عبيد في الرياض.",
                     "التقى عمرو بكر سعيد حمدان في الرياض وبحثا العلاقات. " + hostile,
                     "استقبل وزير الدفاع السعودي السفير الياباني كينجي ياماموتو في الرياض."]
        let ids = ["a-1" + hostile, "=HYPERLINK(\"http://x\")" + hostile, "@b-2\r" + hostile]
        var out = Data()
        for (i, date) in dates.enumerated() {
            let record: [String: Any] = ["id": ids[i % ids.count], "date": date, "title": "t" + hostile, "text": texts[i % texts.count]]
            out += try! JSONSerialization.data(withJSONObject: record) + Data("\n".utf8)
        }
        return out
    }

    struct Outputs {
        var dir: URL
        var files: [String: Data] = [:]
        var stdout: [String: String] = [:]
        var stderr: [String: String] = [:]
    }

    /// Runs every command on the batch; returns what each wrote.
    static func runAll() throws -> Outputs {
        let dir = CLI.temporaryDirectory()
        var o = Outputs(dir: dir)
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        try kb.write(toFile: path("kb.yaml"), atomically: true, encoding: .utf8)
        try records(["2024-07-10", "2024-07-11", "2024-07-12"]).write(to: URL(fileURLWithPath: path("before.jsonl")))
        try records(["2025-07-10", "2025-07-11", "2025-07-12", "2025-07-13"]).write(to: URL(fileURLWithPath: path("after.jsonl")))
        // A .txt whose name is CP1256 bytes (not UTF-8) with an escape sequence and a newline.
        try FileManager.default.createDirectory(atPath: path("txt"), withIntermediateDirectories: true)
        var name = Array(path("txt").utf8) + Array("/".utf8) + [0xE1, 0xD1, 0x1B] + Array("[31m\nname.txt".utf8) + [0]
        let fd = name.withUnsafeMutableBufferPointer { b in b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { open($0, O_WRONLY | O_CREAT, 0o644) } }
        #expect(fd >= 0)
        _ = "---\ndate: 2025-07-12\n---\nالتقى زيد عبيد عمرو بكر في جدة.\n".withCString { write(fd, $0, strlen($0)) }
        close(fd)
        let kbArgs = ["--kb", path("kb.yaml"), "--as-of", "2025-10-15"]
        let runs: [(String, [String], [String])] = [
            ("build-before", ["build", path("before.jsonl"), "-o", path("before.json")], ["before.json"]),
            ("build-after", ["build", path("after.jsonl"), path("txt"), "-o", path("after.json"), "--evidence-out", path("evidence.jsonl")],
             ["after.json", "evidence.jsonl"]),
            ("render-svg", ["render", path("after.json"), "--labels", "both", "-o", path("g.svg")], ["g.svg"]),
            ("render-dot", ["render", path("after.json"), "--labels", "both", "-o", path("g.gv")], ["g.gv"]),
            ("export", ["export", path("after.json"), "-o", path("e.graphml")], ["e.graphml"]),
            ("export-gexf", ["export", path("after.json"), "-o", path("e.gexf")], ["e.gexf"]),
            ("export-json", ["export", path("after.json"), "-o", path("e.json")], ["e.json"]),
            ("export-csv", ["export", path("after.json"), "-o", path("e.csv")], ["e.nodes.csv", "e.edges.csv"]),
            ("export-dot", ["export", path("after.json"), "-o", path("e.dot")], ["e.dot"]),
            ("centrality-csv", ["centrality", path("after.json"), "--layer", "all", "--format", "csv", "-o", path("c.csv")], ["c.csv"]),
            ("centrality-json", ["centrality", path("after.json"), "--layer", "all", "--format", "json", "-o", path("c.json")], ["c.json"]),
            ("centrality-md", ["centrality", path("after.json"), "--layer", "all", "--format", "markdown", "-o", path("c.md")], ["c.md"]),
            ("centrality-table", ["centrality", path("after.json"), "--layer", "all", "-o", path("c.txt")], ["c.txt"]),
            ("link-tsv", ["link", path("after.jsonl"), "--format", "tsv", "-o", path("l.tsv")], ["l.tsv"]),
            ("link-jsonl", ["link", path("after.jsonl"), "-o", path("l.jsonl")], ["l.jsonl"]),
            ("suggest", ["kb", "suggest", path("after.jsonl"), "-o", path("stubs.yaml")], ["stubs.yaml"]),
            ("report", ["report", path("before.jsonl"), path("after.jsonl"), "--split-at", "2025-01-01", "-o", path("report")],
             ["report/index.html", "report/kb-stubs.yaml"]),
            ("diff", ["diff", path("before.json"), path("after.json"), "-o", path("d.svg"), "-o", path("d.md"), "-o", path("d.json"), "-o", path("d.txt")],
             ["d.svg", "d.md", "d.json", "d.txt"]),
            ("diff-table", ["diff", path("before.json"), path("after.json")], []),
        ]
        for (label, args, written) in runs {
            let r = try CLI.run(args + kbArgs)
            #expect(r.status == 0, "\(label): \(r.status) \(r.stderr)")
            o.stdout[label] = r.stdout
            o.stderr[label] = r.stderr
            for f in written { o.files[f] = FileManager.default.contents(atPath: path(f)) ?? Data() }
        }
        return o
    }

    /// Scalars a file of `name` may not hold raw: C0 and C1 controls (but the line ends of its
    /// format: LF, CRLF in CSV, TAB in TSV), U+2028 and U+2029.
    static func rawControls(_ text: String, name: String) -> [String] {
        let ext = URL(fileURLWithPath: name).pathExtension
        var found: Set<String> = []
        for u in text.unicodeScalars {
            if u == "\n" { continue }
            if u == "\r" && ext == "csv" { continue }
            if u == "\t" && ext == "tsv" { continue }
            if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                found.insert(String(format: "U+%04X", u.value))
            }
        }
        return found.sorted()
    }

    /// True when `data` is well-formed XML 1.0 (XMLParser stops at the first fatal error).
    static func isWellFormedXML(_ data: Data) -> Bool {
        guard !data.isEmpty else { return false }
        return XMLParser(data: data).parse()
    }

    /// A strict RFC 4180 reader: CRLF rows, fields quoted with doubled quotes; nil when malformed.
    static func csvRows(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var chars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            case ",": row.append(field); field = ""; wasQuoted = false
            case "\r":
                guard chars.popFirst() == "\n" else { return nil }
                row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            case "\n": return nil
            default:
                guard !wasQuoted else { return nil }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { return nil }
        return rows
    }

    @Test func everyOutputParsesAndHoldsNoRawControl() throws {
        let o = try Self.runAll()
        #expect(o.files.count == 24, "every output was written: \(o.files.keys.sorted())")
        let text = o.files.mapValues { String(decoding: $0, as: UTF8.self) }
        // A batch that linked nothing would prove nothing.
        let snapshot = try Snapshot.read(contentsOf: o.dir.appendingPathComponent("after.json").path)
        #expect(Set(snapshot.nodes.map(\.id)).isSuperset(of: ["p-q", "p", "q-r"]), "\(snapshot.nodes.map(\.id))")
        #expect(snapshot.events.count >= 3)

        // stderr of every run, and the tables on standard output.
        for (label, e) in o.stderr { #expect(Self.rawControls(e, name: "stderr").isEmpty, "\(label) stderr: \(e.debugDescription)") }
        #expect(Self.rawControls(o.stdout["diff-table"] ?? "", name: "table").isEmpty)
        #expect(o.stdout["diff-table"]?.contains("Zayd") == true)

        // XML: well-formed, by FoundationXML's XMLParser (libxml2 without recovery; XMLDocument
        // recovers from the errors on Linux and so accepts ill-formed files), no raw markup from the data.
        for f in ["g.svg", "d.svg", "e.graphml", "e.gexf"] {
            #expect(Self.isWellFormedXML(o.files[f] ?? Data()), "\(f) is not well-formed XML")
            #expect(!(text[f] ?? "").contains("<script>alert"), "\(f) holds the injected markup raw")
        }
        // JSON: strict JSONSerialization, whole files and JSON Lines.
        for f in ["before.json", "after.json", "e.json", "c.json", "d.json"] {
            #expect((try? JSONSerialization.jsonObject(with: o.files[f] ?? Data())) != nil, "\(f) is not JSON")
        }
        for f in ["evidence.jsonl", "l.jsonl"] {
            let lines = (text[f] ?? "").split(separator: "\n")
            #expect(!lines.isEmpty, "\(f) is empty")
            for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(f): \(line)") }
        }
        // CSV: RFC 4180, rows of the header's width, no cell a spreadsheet would run as a formula.
        for f in ["e.nodes.csv", "e.edges.csv", "c.csv"] {
            let rows = try #require(Self.csvRows(text[f] ?? ""), "\(f) is not RFC 4180 CSV")
            #expect(rows.count >= 4, "\(f): \(rows.count) rows")
            for row in rows { #expect(row.count == rows[0].count, "\(f): a row of \(row.count) fields: \(row)") }
            let formulas = rows.joined().filter { $0.first.map { "=+-@\t\r".contains($0) } ?? false }
            #expect(formulas.isEmpty, "\(f): formula cells \(formulas)")
        }
        // TSV: one row per mention, every row as wide as the header.
        let tsv = (text["l.tsv"] ?? "").split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(tsv.count >= 4)
        for row in tsv { #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == MentionTable.fields.count, "\(row.debugDescription)") }
        // YAML: Yams parses the stub files; the hostile id adds no person.
        for f in ["stubs.yaml", "report/kb-stubs.yaml"] {
            let yaml = try #require(try Yams.load(yaml: text[f] ?? "") as? [String: Any], "\(f) is not a YAML mapping")
            let persons = yaml["persons"] as? [[String: Any]] ?? []
            #expect(persons.count == 1, "\(f): one stub (the unknown ambassador), no injected person: \(persons)")
        }
        // DOT: read by libcgraph as Graphviz reads it, with every node of the graph.
        for f in ["e.dot", "g.gv"] {
            let counts = try DOTReader.counts(of: text[f] ?? "")
            #expect(counts.nodes >= snapshot.nodes.count, "\(f): \(counts)")
        }
        // Markdown and HTML: the data's markup is escaped.
        for f in ["c.md", "d.md"] {
            #expect(!(text[f] ?? "").contains("<script>"), "\(f)")
        }
        #expect(!(text["report/index.html"] ?? "").contains("<script>alert"))
        // No raw control character in any output.
        for (f, t) in text.sorted(by: { $0.key < $1.key }) {
            let found = Self.rawControls(t, name: f)
            #expect(found.isEmpty, "\(f) holds raw \(found)")
        }
        // The file whose name is not UTF-8 is read, not reported as a broken link.
        #expect(!(o.stderr["build-after"] ?? "").contains("broken-link"), "\(o.stderr["build-after"] ?? "")")
        #expect(snapshot.articles.count == 5)
    }
}
