import Foundation
import Testing

/// `relgraph report`: the page on disk, its escaping, and (with Chromium) how it behaves.
@Suite(.serialized) struct ReportCommandTests {
    static func report(_ args: [String]) throws -> (CLI.Result, URL) {
        let dir = CLI.temporaryDirectory().appendingPathComponent("out")
        let r = try CLI.run(["report"] + args + ["-o", dir.path, "-q"])
        return (r, dir)
    }

    /// A folder with an article that tries to inject markup through its text and its file name.
    static func hostileFolder() throws -> URL {
        let dir = CLI.temporaryDirectory().appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = "الرياض - 10 يوليو 2025: تلقى وزير الدفاع السعودي الأمير خالد بن سلمان اتصالاً هاتفياً من وزير الحرب الأمريكي بيت هيغسيث "
            + "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> وبحثا التعاون الدفاعي.\n"
            + "وقال السفير البريطاني جون كارتر </script><script>window.pwned=3</script> إن الزيارة مهمة.\n"
        try Data(text.utf8).write(to: dir.appendingPathComponent("a<img src=x onerror=window.pwned=4>.txt"))
        return dir
    }

    @Test func seedsReportHasEverySectionAndIsByteStable() throws {
        let args = ["seeds", "--split-at", "2021-01-01", "--as-of", "2025-10-15"]
        let (r1, d1) = try Self.report(args)
        #expect(r1.status == 0, "\(r1.stderr)")
        let (r2, d2) = try Self.report(args)
        #expect(r2.status == 0)
        let page = try String(contentsOf: d1.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(try Data(contentsOf: d1.appendingPathComponent("index.html")) == Data(contentsOf: d2.appendingPathComponent("index.html")))
        for id in ["graph-figure", "centrality-table", "relations-table", "diff-figure", "diff-edges", "unresolved", "diagnostics"] {
            #expect(page.contains("id=\"\(id)\""), "missing #\(id)")
        }
        #expect(page.contains("id=\"node&#45;khalid_bin_salman\""))  // Graphviz writes - as &#45;
        #expect(page.contains("id=\"diff-node&#45;khalid_bin_salman\""))
        #expect(page.contains(">Khalid bin Salman<") && page.contains(">خالد بن سلمان<"))
        // The placeholder-date warning of the seeds is listed.
        #expect(page.contains("placeholder"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
    }

    @Test func beforeAndAfterBatchesAreCompared() throws {
        let dir = CLI.temporaryDirectory()
        let (b, a) = (dir.appendingPathComponent("b"), dir.appendingPathComponent("a"))
        for d in [b, a] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        let seeds = CLI.root.appendingPathComponent("seeds")
        for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            try FileManager.default.copyItem(at: seeds.appendingPathComponent(f), to: (f.hasPrefix("004") ? b : a).appendingPathComponent(f))
        }
        let (r, out) = try Self.report([ "--before", b.path, "--after", a.path, "--as-of", "2025-10-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("id=\"diff-edges\""))
        #expect(page.contains("5 articles from 5 files"))
    }

    @Test func largeGraphsAreNarrowedInTheDrawingAndCutInTheTables() throws {
        let (r, out) = try Self.report(["seeds", "--as-of", "2025-10-15", "--max-drawn-nodes", "5", "--max-rows", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<g id=\"node&#45;").count - 1 == 5)
        #expect(page.contains("The drawing shows the 5 strongest of 24 nodes"))
        #expect(page.contains("Showing the first 3 of 18 rows"))
        let centralityRows = page.components(separatedBy: "<tr data-node=").count - 1
        #expect(centralityRows == 3)
        // The script's data draws the 5 nodes; it also holds the nodes the cut tables list (for the
        // filters) and the events of the listed relations, with dates, for the time slider.
        let start = try #require(page.range(of: "id=\"relgraph-data\">"))
        let json = page[start.upperBound...].prefix { $0 != "<" }
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.filter { ($0["svg"] as? [Any])?.isEmpty == false }.count == 5)
        #expect(nodes.count > 5 && nodes.allSatisfy { $0["neighbours"] is Int })
        let timeline = try #require(data["timeline"] as? [String: Any])
        let relations = try #require(timeline["relations"] as? [[String]])
        #expect(relations.count >= 3)
        let events = try #require(timeline["events"] as? [[Double]])
        let days = try #require(timeline["days"] as? [String])
        #expect(!events.isEmpty && events.allSatisfy { Int($0[0]) < relations.count && Int($0[1]) < days.count })
        // Row i of the relations table is relation i of the data.
        #expect(page.contains("data-nodes=\"\(relations[0][0]) \(relations[0][1])\" data-relation=\"0\""))
    }

    @Test func snapshotsAreReportedAndCompared() throws {
        let dir = CLI.temporaryDirectory()
        let (old, new) = (dir.appendingPathComponent("2020.json").path, dir.appendingPathComponent("2025.json").path)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("seeds").path).sorted().map { "seeds/\($0)" }
        let (of2020, of2025) = (seeds.filter { $0.hasPrefix("seeds/004") }, seeds.filter { !$0.hasPrefix("seeds/004") })
        #expect(try CLI.run(["build"] + of2020 + ["--as-of", "2025-10-15", "-o", old, "-q"]).status == 0)
        #expect(try CLI.run(["build"] + of2025 + ["--as-of", "2025-10-15", "-o", new, "-q"]).status == 0)
        let (r, out) = try Self.report(["--before", old, "--after", new])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("id=\"diff-edges\"") && page.contains(">Khalid bin Salman<"))
        let (r2, _) = try Self.report([new, "--split-at", "2021-01-01"])
        #expect(r2.status != 0 && r2.stderr.contains("--split-at needs articles"))
    }

    @Test func articleTextCannotInjectMarkupOrScript() throws {
        let (r, out) = try Self.report([try Self.hostileFolder().path, "--as-of", "2025-10-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<script").count - 1 == 2)
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;"))
        #expect(page.contains("a&lt;img src=x onerror=window.pwned=4&gt;"))
    }

    @Test func nothingReadableFailsWithoutWritingAPage() throws {
        let empty = CLI.temporaryDirectory()
        let (r, out) = try Self.report([empty.path])
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func optionsAreValidated() throws {
        let (r, _) = try Self.report(["seeds", "--before", "seeds"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--after"))
    }

    static var chromium: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/chromium"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// scripts/test.sh installs Chromium and sets RELGRAPH_REQUIRE_BROWSER=1, so there this test
    /// always runs; elsewhere it is skipped (reported as such) when Chromium is missing.
    @Test(.enabled(if: chromium != nil || ProcessInfo.processInfo.environment["RELGRAPH_REQUIRE_BROWSER"] == "1",
                   "needs Debian's chromium (scripts/test.sh installs it)"))
    func chromiumLoadsThePageHoversClicksAndSortsWithoutErrors() throws {
        #expect(Self.chromium != nil, "chromium is not installed")
        let (r, out) = try Self.report(["seeds", "--split-at", "2021-01-01", "--as-of", "2025-10-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let (rh, hostile) = try Self.report([try Self.hostileFolder().path, "--as-of", "2025-10-15"])
        #expect(rh.status == 0, "\(rh.stderr)")
        // Nothing linked: no drawing, and the script must still run without an error.
        let plain = CLI.temporaryDirectory()
        try Data("نص عن الطقس لا يذكر أحداً من المسؤولين.\n".utf8).write(to: plain.appendingPathComponent("a.txt"))
        let (rp, empty) = try Self.report([plain.path, "--as-of", "2025-10-15"])
        #expect(rp.status == 0, "\(rp.stderr)")
        // The seeds page is also explored: label sizes, wheel zoom, filters, URL fragment, time window.
        for (page, extra) in [(out, ["--expect-diff", "--explore"]), (hostile, []), (empty, ["--no-graph"])] {
            try Self.browserCheck(page, extra)
        }
    }

    /// A 2,000-article batch of the project's corpus generator (two years of dates, a narrowed
    /// drawing, cut tables): its page must stay readable and its filters work.
    @Test(.enabled(if: chromium != nil || ProcessInfo.processInfo.environment["RELGRAPH_REQUIRE_BROWSER"] == "1",
                   "needs Debian's chromium (scripts/test.sh installs it)"))
    func chromiumExploresAGeneratedTwoThousandArticleReport() throws {
        #expect(Self.chromium != nil, "chromium is not installed")
        let corpus = CLI.temporaryDirectory().appendingPathComponent("corpus.jsonl")
        let g = try CLI.run(["bench", "corpus", "--articles", "2000", "-o", corpus.path])
        #expect(g.status == 0, "\(g.stderr)")
        let (r, out) = try Self.report([corpus.path, "--as-of", "2025-10-15"])
        #expect(r.status == 0, "\(r.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.contains("id=\"window-compare\""))  // two years of events: two windows can be compared
        try Self.browserCheck(out, ["--explore"])
    }

    static func browserCheck(_ page: URL, _ extra: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", CLI.root.appendingPathComponent("scripts/browser_check.py").path,
                       page.appendingPathComponent("index.html").path] + extra
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "browser check of \(page.path): \(message)")
    }
}
