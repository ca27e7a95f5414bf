import Foundation
import Testing
import RelGraphCore

/// The command line as a user of Unix tools expects it (issue 19): version, help, standard input,
/// formats by extension, what is written where, errors, and running from any folder.
@Suite(.serialized) struct UnixToolTests {
    static let seeds = ["--as-of", "2025-10-15"]

    static func helpOf(_ command: [String]) throws -> String {
        let r = try CLI.run(command + ["--help"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func versionIsPrinted() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("relgraph ") && r.stdout.hasSuffix("\n"))
        #expect(r.stdout.dropFirst("relgraph ".count).first?.isNumber == true)
    }

    @Test(arguments: GoldenFileTests.commands)
    func helpHasExamplesAndNoStrayBackslash(command: [String]) throws {
        let help = try Self.helpOf(command)
        #expect(!help.contains("\\"), "a backslash in the help of relgraph \(command.joined(separator: " "))")
        let examples = try #require(help.range(of: "\nEXAMPLES:\n"), "no EXAMPLES section")
        let first = help[examples.upperBound...].prefix { $0 != "\n" }
        #expect(first.hasPrefix("  relgraph " + command.joined(separator: " ")), "the first example is not of this command: \(first)")
    }

    /// `-` reads a .txt article or a .jsonl corpus from standard input.
    @Test func dashReadsStandardInput() throws {
        let text = "---\ndate: 2025-07-10\n---\nتلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث وبحثا التعاون.\n"
        let txt = try CLI.run(["link", "-", "--format", "tsv", "-q"], input: Data(text.utf8))
        #expect(txt.status == 0, "\(txt.stderr)")
        let rows = txt.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.map { String($0[0]) } == ["stdin", "stdin"])
        #expect(rows.map { String($0[4]) } == ["khalid_bin_salman", "pete_hegseth"])

        let records = [#"{"id":"one","date":"2025-07-10","text":"تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث"}"#, "not json",
                       #"{"id":"two","date":"2020-10-21","text":"التقى فيصل بن فرحان مايك بومبيو في واشنطن"}"#]
        let jsonl = try CLI.run(["build", "-", "-o", "-"], input: Data(records.joined(separator: "\n").utf8))
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let graph = try Snapshot.read(Data(jsonl.stdout.utf8), file: "stdout")
        #expect(graph.articles.map(\.id) == ["one", "two"])
        #expect(graph.edge("khalid_bin_salman", "pete_hegseth") != nil && graph.edge("faisal_bin_farhan", "mike_pompeo") != nil)
        #expect(jsonl.stderr.contains("stdin:2: error: not a JSON object"))
    }

    /// export's format follows -o's extension (as render's does), `.gv` is DOT, --format wins,
    /// and an extension that names no format is refused.
    @Test func exportPicksTheFormatFromTheExtension() throws {
        let dir = CLI.temporaryDirectory()
        // The CSV export writes a pair: g.csv → g.nodes.csv and g.edges.csv.
        let expected: [String: (file: String, marker: String)] = [
            "g.gexf": ("g.gexf", "<gexf"), "g.graphml": ("g.graphml", "<graphml"), "g.json": ("g.json", "\"directed\""),
            "g.csv": ("g.edges.csv", "Source,Target,Type,Id,Label,Weight"), "g.dot": ("g.dot", "digraph relgraph"),
            "g.gv": ("g.gv", "digraph relgraph"), "G.GEXF": ("G.GEXF", "<gexf")]
        for (name, written) in expected {
            let r = try CLI.run(["export", "seeds"] + Self.seeds + ["-q", "-o", dir.appendingPathComponent(name).path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(try String(contentsOfFile: dir.appendingPathComponent(written.file).path, encoding: .utf8).contains(written.marker), "\(name) is not \(written.marker)")
        }
        #expect(try String(contentsOfFile: dir.appendingPathComponent("g.nodes.csv").path, encoding: .utf8).hasPrefix("Id,Label,en,"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("g.csv").path))
        let forced = dir.appendingPathComponent("forced.gexf").path
        #expect(try CLI.run(["export", "seeds"] + Self.seeds + ["-q", "--format", "csv", "-o", forced]).status == 0)
        #expect(try String(contentsOfFile: forced + ".edges.csv", encoding: .utf8).hasPrefix("Source,"))
        let unknown = try CLI.run(["export", "seeds"] + Self.seeds + ["-q", "-o", dir.appendingPathComponent("g.txt").path])
        #expect(unknown.status == 2 && unknown.stderr.contains("cannot tell the export format") && unknown.stderr.contains(".gv"))
        let svg = dir.appendingPathComponent("g.gv").path
        #expect(try CLI.run(["render", "seeds"] + Self.seeds + ["-q", "-o", svg]).status == 0)
        #expect(try String(contentsOfFile: svg, encoding: .utf8).hasPrefix("digraph"))
    }

    /// Every command that writes a file says `wrote PATH` on stderr, and nothing under -q.
    @Test func everyFileWrittenIsAnnounced() throws {
        let dir = CLI.temporaryDirectory()
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        #expect(try CLI.run(["build", "seeds"] + Self.seeds + ["-q", "-o", path("a.json")]).status == 0)
        let runs: [(args: [String], files: [String])] = [
            (["build", "seeds"] + Self.seeds + ["-o", path("g.json"), "--evidence-out", path("ev.jsonl")], ["ev.jsonl", "g.json"]),
            (["render", path("a.json"), "-o", path("g.svg")], ["g.svg"]),
            (["export", path("a.json"), "-o", path("g.gexf")], ["g.gexf"]),
            (["link", "seeds"] + Self.seeds + ["-o", path("m.jsonl")], ["m.jsonl"]),
            (["centrality", path("a.json"), "-o", path("c.csv"), "--format", "csv"], ["c.csv"]),
            (["diff", "seeds", "--split-at", "2021-01-01"] + Self.seeds + ["-o", path("d.md"), "-o", path("d.json")], ["d.md", "d.json"]),
            (["report", "seeds"] + Self.seeds + ["-o", path("report")], ["report/index.html"]),
            (["merge", path("a.json"), "-o", path("m.json")], ["m.json"]),
            (["kb", "suggest", "seeds"] + Self.seeds + ["-o", path("stubs.yaml")], ["stubs.yaml"]),
            (["kb", "import", "Tests/RelGraphCoreTests/Fixtures/wikidata/results.json",
              "--positions", "Tests/RelGraphCoreTests/Fixtures/wikidata/positions.yaml", "-o", path("wd.yaml")], ["wd.yaml"]),
        ]
        for run in runs {
            let r = try CLI.run(run.args)
            #expect(r.status == 0, "\(run.args): \(r.stderr)")
            let wrote = r.stderr.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.map { String($0.dropFirst(6)) }
            #expect(wrote == run.files.map(path), "\(run.args[0]): \(r.stderr)")
            #expect(!r.stdout.contains("wrote "))
            let quiet = try CLI.run(run.args + ["-q"])
            #expect(quiet.status == 0 && !quiet.stderr.contains("wrote"), "\(run.args[0]) -q: \(quiet.stderr)")
        }
        // Standard output is not announced.
        let toStdout = try CLI.run(["export", path("a.json"), "--format", "csv"])
        #expect(toStdout.status == 0 && !toStdout.stderr.contains("wrote"))
    }

    @Test func unknownTypesAreAnErrorNamingTheKnownOnes() throws {
        let r = try CLI.run(["export", "seeds"] + Self.seeds + ["-q", "--types", "call,telepathy"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown interaction type 'telepathy'"))
        for known in ["call", "co_mention", "hostility", "meeting", "visit"] { #expect(r.stderr.contains(known)) }
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.contains("article(s)"), "refused before the articles are read")
        let dir = CLI.temporaryDirectory()
        let snapshot = dir.appendingPathComponent("g.json").path
        #expect(try CLI.run(["build", "seeds", "-q", "-o", snapshot] + Self.seeds).status == 0)
        let fromSnapshot = try CLI.run(["render", snapshot, "--types", "visits", "-o", dir.appendingPathComponent("g.svg").path])
        #expect(fromSnapshot.status == 2 && fromSnapshot.stderr.contains("unknown interaction type 'visits'") && fromSnapshot.stderr.contains("visit,"))
        let ok = try CLI.run(["export", "seeds"] + Self.seeds + ["-q", "--types", "call, co_mention", "--format", "csv"])
        #expect(ok.status == 0 && ok.stdout.contains(",call:") && ok.stdout.contains("co_mention"))
    }

    /// pydot fails on a node attribute called `name`: the DOT export calls it `en`.
    @Test func dotExportHasNoNameAttribute() throws {
        let r = try CLI.run(["export", "seeds"] + Self.seeds + ["-q", "--format", "dot"])
        #expect(r.status == 0)
        #expect(r.stdout.range(of: #"[\[ ,]name="#, options: .regularExpression) == nil)
        #expect(r.stdout.contains(#""khalid_bin_salman" [label="خالد بن سلمان", en="Khalid bin Salman", kind=person"#))
    }

    /// Every list of the diff is sorted by the size of the change, largest first, then by id.
    @Test func diffListsAreSortedBySizeOfChange() throws {
        let json = try CLI.run(["diff", "seeds", "--split-at", "2021-01-01", "--format", "json", "-q"] + Self.seeds)
        #expect(json.status == 0)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let edges = try #require(o["edges"] as? [[String: Any]])
        #expect(edges.count > 10)
        func size(_ e: [String: Any]) -> Double { abs(e["weight_change"] as! Double) }
        func key(_ e: [String: Any]) -> String { "\(e["source"]!)|\(e["target"]!)|\(e["kind"]!)" }
        for (x, y) in zip(edges, edges.dropFirst()) {
            #expect(size(x) > size(y) || (size(x) == size(y) && key(x) < key(y)), "\(key(x)) before \(key(y))")
        }
        // The seeds' largest changes, tied at +13 (so in id order): QA–SA, a new pair (their
        // ministers' call and talks), and SA–US strengthened (Khalid bin Salman's meetings and
        // talks in Washington).
        #expect(edges.prefix(2).map(key) == ["QA|SA|interaction", "SA|US|interaction"])
        let added = try #require((o["nodes"] as? [String: Any])?["added"] as? [[String: Any]]).map { $0["id"] as! String }
        #expect(Array(added.prefix(3)) == ["khalid_bin_salman", "QA", "pete_hegseth"])
        let table = try CLI.run(["diff", "seeds", "--split-at", "2021-01-01", "-q"] + Self.seeds)
        let newRelations = try #require(table.stdout.components(separatedBy: "New relations (10)\n").dropFirst().first).components(separatedBy: "\n\n")[0]
        let weights = newRelations.split(separator: "\n").map { Double($0.split(separator: ": ").last!.split(separator: " ")[0])! }
        #expect(weights == weights.sorted(by: >) && weights.first == 13)
    }

    /// An article in two shards counts once: merge warns, naming it, and drops the second copy.
    @Test func mergeWarnsAboutAndDropsRepeatedArticles() throws {
        let dir = CLI.temporaryDirectory()
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("seeds").path).sorted().map { "seeds/" + $0 }
        let (a, b, c) = (dir.appendingPathComponent("a.json").path, dir.appendingPathComponent("b.json").path, dir.appendingPathComponent("c.json").path)
        let all = dir.appendingPathComponent("all.json").path, merged = dir.appendingPathComponent("m.json").path
        #expect(try CLI.run(["build"] + Array(seeds.prefix(3)) + Self.seeds + ["-q", "-o", a]).status == 0)
        #expect(try CLI.run(["build"] + Array(seeds.dropFirst(2)) + Self.seeds + ["-q", "-o", b]).status == 0)   // seed 2 again
        #expect(try CLI.run(["build", seeds[2]] + Self.seeds + ["-q", "-o", c]).status == 0)                    // only seed 2
        #expect(try CLI.run(["build", "seeds"] + Self.seeds + ["-q", "-o", all]).status == 0)
        let r = try CLI.run(["merge", a, b, c, "-o", merged])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.split(separator: "\n").filter { $0.contains("[duplicate-article]") }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.contains("002_de45dd61cd35ddcb (in \(a))") })
        #expect(warnings[0].hasPrefix("\(b): warning:") && warnings[1].hasPrefix("\(c): warning:") && warnings[1].contains("skipped"))
        let m = try Snapshot.read(contentsOf: merged), whole = try Snapshot.read(contentsOf: all)
        #expect(m.articles.map(\.id) == whole.articles.map(\.id))
        #expect(Array(m.events) == Array(whole.events))
        #expect(!(try CLI.run(["merge", a, b, "-o", merged, "-q"])).stderr.contains("warning"))
    }

    /// Under --split-at the summary's unresolved total counts every unresolved mention, also past
    /// the 1,000 listed per side.
    @Test func reportCountsAllUnresolvedUnderSplitAt() throws {
        let dir = CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl")
        let lines = (0..<1100).map { i in
            #"{"id":"a\#(i)","date":"\#(i < 1050 ? "2020-01-01" : "2025-01-01")","text":"قال السفير البريطاني في الرياض إن الزيارة مهمة."}"#
        }
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let build = try CLI.run(["build", corpus.path, "-o", dir.appendingPathComponent("g.json").path])
        #expect(build.stderr.contains("; 1100 unresolved mention(s);"), "\(build.stderr.suffix(300))")
        let report = try CLI.run(["report", corpus.path, "--split-at", "2021-01-01", "-o", dir.appendingPathComponent("r").path])
        #expect(report.status == 0)
        #expect(report.stderr.contains("; 1100 unresolved mention(s);"), "\(report.stderr.suffix(300))")
    }

    /// The libraries' messages name no command-line flag; the command line adds the flag.
    @Test func libraryTextsNameNoFlagsAndTheCLIAddsThem() throws {
        var offenders: [String] = []
        for target in ["Sources/RelGraphCore", "Sources/RelGraphRender"] {
            let root = CLI.root.appendingPathComponent(target)
            for case let file as String in FileManager.default.enumerator(atPath: root.path)! where file.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = line.trimmingCharacters(in: .whitespaces)
                    if code.hasPrefix("//") { continue }
                    if code.range(of: #""[^"]*--[a-z]"#, options: .regularExpression) != nil { offenders.append("\(target)/\(file):\(n + 1)") }
                }
            }
        }
        #expect(offenders.isEmpty, "a library string names a flag: \(offenders)")
        let ego = try CLI.run(["render", "seeds", "-q", "--ego", "nobody"] + Self.seeds)
        #expect(ego.status == 1 && ego.stderr.contains("Error: --ego: no node 'nobody'"))
        let damping = try CLI.run(["centrality", "seeds", "-q", "--damping", "2"] + Self.seeds)
        #expect(damping.status == 2 && damping.stderr.contains("--damping must be between 0 and 1"))
        let directed = try CLI.run(["centrality", "seeds", "-q", "--measure", "in_degree"] + Self.seeds)
        #expect(directed.status == 1 && directed.stderr.contains("in_degree needs --directed"))
        let dir = CLI.temporaryDirectory()
        try Data([0xFF, 0x41]).write(to: dir.appendingPathComponent("bad.txt"))
        let bad = try CLI.run(["build", dir.path, "-o", dir.appendingPathComponent("g.json").path] + Self.seeds)
        #expect(bad.stderr.contains("invalid UTF-8 at byte 0; skipped (convert the file to UTF-8, or --on-invalid replace) [invalid-utf8]"))
    }

    /// Outside the repository nothing reads or writes a default path into it: with no seeds/ or
    /// gold/ here the commands say so; given paths they work and write only where told.
    @Test func commandsRunFromAnyFolder() throws {
        let dir = CLI.temporaryDirectory()
        let seeds = CLI.root.appendingPathComponent("seeds").path
        let none = try CLI.run(["build"], directory: dir)
        #expect(none.status == 1 && none.stderr.contains("no inputs given and no seeds/ folder here"))
        let eval = try CLI.run(["eval"], directory: dir)
        #expect(eval.status == 1 && eval.stderr.contains("no gold/persons.jsonl here"))
        let build = try CLI.run(["build", seeds, "-o", "g.json", "-q"] + Self.seeds, directory: dir)
        #expect(build.status == 0, "\(build.stderr)")
        let render = try CLI.run(["render", "g.json", "-q"], directory: dir)
        #expect(render.status == 0 && render.stdout.hasPrefix("<?xml"))
        let gold = try CLI.run(["eval", CLI.root.appendingPathComponent("gold/persons.jsonl").path], directory: dir)
        #expect(gold.status == 0, "\(gold.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["g.json"])
    }
}
