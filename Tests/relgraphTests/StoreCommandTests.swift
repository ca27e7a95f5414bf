import Foundation
import Testing
import RelGraphCore
import RelGraphStore

/// `relgraph add`, `relink`, store inputs and window diffs, through the built executable: a store
/// gives the graph a build of the same articles gives, whatever the batches it was filled by.
@Suite(.serialized) struct StoreCommandTests {
    let dir = CLI.temporaryDirectory()
    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// A generated corpus of `n` articles, and the same articles sorted by (date, id), the store's order.
    func corpus(_ n: Int, _ name: String = "c.jsonl") throws -> [String] {
        let r = try CLI.run(["bench", "corpus", "--articles", "\(n)", "-o", path(name)])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try String(contentsOfFile: path(name), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == n)
        return lines
    }

    func sortedByDate(_ lines: [String]) throws -> [String] {
        func key(_ l: String) throws -> (String, String) {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any])
            return (o["date"] as? String ?? "", o["id"] as? String ?? "")
        }
        return try lines.map { (try key($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    func write(_ lines: [String], _ name: String) throws -> String {
        try (lines.joined(separator: "\n") + "\n").write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }

    func ok(_ args: [String]) throws -> String {
        let r = try CLI.run(args)
        #expect(r.status == 0, "relgraph \(args.joined(separator: " ")): \(r.stderr)")
        return r.stdout
    }

    @Test func addTwiceIsAddOnceAndEqualsTheBuild() throws {
        let lines = try corpus(120)
        _ = try ok(["add", path("s.sqlite"), path("c.jsonl"), "-q"])
        let once = try ok(["export", path("s.sqlite"), "--format", "json", "-q"])
        let second = try CLI.run(["add", path("s.sqlite"), path("c.jsonl")])
        #expect(second.stderr.contains("added 0, replaced 0, already stored 120"))
        #expect(try ok(["export", path("s.sqlite"), "--format", "json", "-q"]) == once)
        #expect(try SQLiteStore(path: path("s.sqlite")).summary().articles == 120)
        // The same articles built in the store's order give the same bytes.
        let sorted = try write(try sortedByDate(lines), "sorted.jsonl")
        #expect(try ok(["export", sorted, "--format", "json", "-q"]) == once)
        let snapshot = try ok(["build", sorted, "-q"])
        #expect(try ok(["build", path("s.sqlite"), "-q"]) == snapshot)
        #expect(try ok(["export", path("s.sqlite"), "--format", "snapshot", "-q"]) == snapshot)
        // Merging a store with a snapshot of the same articles counts each article once.
        _ = try ok(["build", sorted, "-q", "-o", path("same.json")])
        #expect(try ok(["merge", path("s.sqlite"), path("same.json"), "-q"]) == snapshot)
        #expect(once.contains("\"nodes\""))
    }

    /// A person who changed sides (the GCC's secretary-general, later Bahrain's foreign minister)
    /// is projected from the store as in a build: the store keeps the node's side terms.
    @Test func storedSideTermsProjectAsABuild() throws {
        // (Two texts: the store keeps one article of a text.)
        let lines = [("2017-05-01", "الصين"), ("2022-05-01", "اليابان")].enumerated().map { i, x in
            let text = "استقبل عبداللطيف الزياني سفير \(x.1) لدى البحرين."
            return String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "z\(i)", "date": x.0, "text": text], options: [.sortedKeys]), as: UTF8.self)
        }
        let file = try write(lines, "sides.jsonl")
        _ = try ok(["add", path("sides.sqlite"), file, "-q"])
        let built = try ok(["build", file, "-q"])
        #expect(try ok(["build", path("sides.sqlite"), "-q"]) == built)
        #expect(built.contains("\"side\":\"gcc\""))
        #expect(built.contains("\"a\":\"CN\",\"b\":\"gcc\"") && built.contains("\"a\":\"BH\",\"b\":\"JP\""))
    }

    @Test func addAThenBIsAddAUnionB() throws {
        let lines = try corpus(150)
        let a = try write(Array(lines[..<70]), "a.jsonl"), b = try write(Array(lines[60...]), "b.jsonl")
        _ = try ok(["add", path("ab.sqlite"), a, "-q"])
        _ = try ok(["add", path("ab.sqlite"), b, "-q"])
        _ = try ok(["add", path("u.sqlite"), path("c.jsonl"), "-q"])
        for args in [["--format", "json"], ["--format", "graphml"], ["--format", "events"], ["--format", "snapshot"]] {
            let x = try ok(["export", path("ab.sqlite"), "-q"] + args), y = try ok(["export", path("u.sqlite"), "-q"] + args)
            #expect(x == y, "export \(args)")
            #expect(!x.isEmpty)
        }
        #expect(try SQLiteStore(path: path("ab.sqlite")).summary().articles == 150)
    }

    @Test func changedArticleReplacesItsOldVersion() throws {
        let lines = try corpus(20)
        _ = try ok(["add", path("r.sqlite"), path("c.jsonl"), "-q"])
        var o = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        o["text"] = "استقبل محمد بن سلمان في الرياض وزير الخارجية القطري. " + (o["text"] as? String ?? "")
        let changed = String(decoding: try JSONSerialization.data(withJSONObject: o), as: UTF8.self)
        let r = try CLI.run(["add", path("r.sqlite"), try write([changed], "changed.jsonl")])
        #expect(r.stderr.contains("added 0, replaced 1"))
        #expect(try SQLiteStore(path: path("r.sqlite")).summary().articles == 20)
        _ = try ok(["add", path("fresh.sqlite"), try write([changed] + lines[1...], "fresh.jsonl"), "-q"])
        #expect(try ok(["export", path("r.sqlite"), "--format", "json", "-q"]) == (try ok(["export", path("fresh.sqlite"), "--format", "json", "-q"])))
    }

    @Test func sigkillDuringAddLosesNothingCommittedAndTheRerunCompletes() throws {
        // Enough articles that the add is still running when the poll below first sees a batch.
        let n = 2000
        _ = try corpus(n)
        let store = path("k.sqlite")
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["add", store, path("c.jsonl"), "--batch", "20", "-q"]
        let errors = Pipe()  // (quiet: little is written, so the pipe never fills)
        p.standardError = errors
        try p.run()
        // Killed as soon as a batch is committed, while the next ones are being linked.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while committed == 0 && p.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            if SQLiteStore.isSQLite(store) { committed = (try? SQLiteStore(path: store).summary().articles) ?? 0 }
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationReason == .uncaughtSignal, "the add finished before it could be killed (status \(p.terminationStatus)): \(said)")
        let left = try SQLiteStore(path: store).summary().articles
        #expect(left > 0 && left < n)
        #expect(left % 20 == 0, "a batch is added whole or not at all")
        _ = try ok(["add", store, path("c.jsonl"), "-q"])
        _ = try ok(["add", path("whole.sqlite"), path("c.jsonl"), "-q"])
        #expect(try SQLiteStore(path: store).summary().articles == n)
        #expect(try ok(["export", store, "--format", "json", "-q"]) == (try ok(["export", path("whole.sqlite"), "--format", "json", "-q"])))
    }

    @Test func relinkAfterAKnowledgeBaseChangeEqualsAFreshAdd() throws {
        _ = try corpus(80)
        let overlay = """
            organisations:
              - id: test_joint_statement
                en: Joint statement
                ar: البيان المشترك
                country: SA
                names: [البيان المشترك]
            """
        try overlay.write(toFile: path("extra.yaml"), atomically: true, encoding: .utf8)
        _ = try ok(["add", path("old.sqlite"), path("c.jsonl"), "-q"])
        let before = try ok(["export", path("old.sqlite"), "--format", "json", "-q"])
        _ = try ok(["relink", path("old.sqlite"), "--kb", path("extra.yaml"), "-q"])
        _ = try ok(["add", path("new.sqlite"), path("c.jsonl"), "--kb", path("extra.yaml"), "-q"])
        let relinked = try ok(["export", path("old.sqlite"), "--format", "json", "-q"])
        #expect(relinked == (try ok(["export", path("new.sqlite"), "--format", "json", "-q"])))
        #expect(relinked != before)
        #expect(relinked.contains("test_joint_statement"))
    }

    @Test func windowDiffEqualsTheDiffOfTheTwoBatches() throws {
        let lines = try sortedByDate(try corpus(160))
        func date(_ l: String) -> String { String(l.split(separator: "\"date\":\"")[1].prefix(10)) }
        let first = try write(lines.filter { date($0) <= "2023-12-31" }, "y2023.jsonl")
        let second = try write(lines.filter { date($0) >= "2024-01-01" && date($0) <= "2024-06-30" }, "h2024.jsonl")
        _ = try ok(["add", path("w.sqlite"), path("c.jsonl"), "-q"])
        let windows = try ok(["diff", path("w.sqlite"), "--before", "2023-01-01..2023-12-31", "--after", "2024-01-01..2024-06-30",
                              "--format", "json", "-q"])
        let batches = try ok(["diff", first, second, "--format", "json", "-q"])
        #expect(windows == batches)
        #expect(windows.contains("\"country_pairs\"") && windows.contains("\"label\""))
    }

    @Test func aFileThatIsNotAStoreIsRefused() throws {
        try "not a database".write(toFile: path("x.sqlite"), atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) { try SQLiteStore(path: path("x.sqlite")) }
    }

    /// Runs `sql` on `file` with the sqlite3 shell that ensure-deps installs.
    func sqlite(_ file: String, _ sql: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [file, sql]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    /// A store written by a newer relgraph (a higher schema version) and another program's
    /// database are refused with a message.
    @Test func newerSchemasAndForeignDatabasesAreRefused() throws {
        _ = try SQLiteStore(path: path("v.sqlite"))
        try sqlite(path("v.sqlite"), "PRAGMA user_version = 99")
        let newer = try CLI.run(["export", path("v.sqlite")])
        #expect(newer.status == 1 && newer.stderr.contains("store schema version 99 is newer"), "\(newer.stderr)")
        try sqlite(path("other.sqlite"), "CREATE TABLE t(x)")
        let other = try CLI.run(["timeline", path("other.sqlite"), "SA"])
        #expect(other.status == 1 && other.stderr.contains("not a relgraph store"), "\(other.stderr)")
    }

    /// A version-2 store (content hashes of another function) is brought up to date on open: its
    /// articles' hashes are computed again from their stored text (v3), so the same articles added
    /// again are known, and its entities get their side terms column (v4).
    @Test func aVersion2StoreGetsItsContentHashesAgain() throws {
        _ = try corpus(40)
        _ = try ok(["add", path("m.sqlite"), path("c.jsonl"), "-q"])
        let before = try ok(["export", path("m.sqlite"), "--format", "snapshot", "-q"])
        try sqlite(path("m.sqlite"), "UPDATE articles SET content_hash = randomblob(16); DELETE FROM grdb_migrations WHERE identifier = 'v3'; PRAGMA user_version = 2")
        let again = try CLI.run(["add", path("m.sqlite"), path("c.jsonl")])
        #expect(again.stderr.contains("added 0, replaced 0, already stored 40"), "\(again.stderr)")
        #expect(try SQLiteStore(path: path("m.sqlite")).summary().schemaVersion == 4)
        #expect(try ok(["export", path("m.sqlite"), "--format", "snapshot", "-q"]) == before)
    }

    @Test func timelineCountsAPairsEventsByMonth() throws {
        _ = try corpus(120)
        _ = try ok(["add", path("t.sqlite"), path("c.jsonl"), "-q"])
        let csv = try ok(["timeline", path("t.sqlite"), "IR", "--format", "csv"])
        let rows = csv.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty)
        // Each month's events add up to what the events of the graph say.
        let total = rows.reduce(0) { $0 + (Int($1.split(separator: ",")[1]) ?? 0) }
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(try ok(["export", path("t.sqlite"), "--format", "snapshot", "-q"]).utf8)) as? [String: Any])
        let events = try #require(graph["events"] as? [[String: Any]]).filter { ($0["a"] as? String) == "IR" || ($0["b"] as? String) == "IR" }
        #expect(total == events.count)
        #expect(rows.allSatisfy { $0.prefix(4).allSatisfy(\.isNumber) && $0.dropFirst(4).first == "-" })
    }

    /// Two articles on one pair: one with its url, title and outlet and a date of its own, one with
    /// neither (its date is the `--as-of` day, and a `javascript:` url).
    func provenanceStore() throws -> String {
        let sentence = "أعلنت وزارة الخارجية أن إيران وسوريا اتفقتا على تشكيل مجموعة عمل ثنائية."
        let lines = [
            #"{"id":"p1","date":"2024-03-05","url":"https://news.example/p1?a=1&b=2","title":"Pact <one>","outlet":"Desk & Co","text":"\#(sentence)"}"#,
            #"{"id":"p2","url":"javascript:alert(1)","text":"\#(sentence) وقال المتحدث إن الاتفاق مهم."}"#,
        ]
        let input = try write(lines, "prov.jsonl")
        _ = try ok(["add", path("prov.sqlite"), input, "--as-of", "2024-04-01", "-q"])
        return path("prov.sqlite")
    }

    @Test func provenanceAndAssumedDatesReachTheEventsCSVTheSnapshotAndTheTimeline() throws {
        let store = try provenanceStore()
        let csv = try ok(["export", store, "--format", "events", "-q"]).split(separator: "\n").map(String.init)
        #expect(csv.first == "date,date_source,date_assumed,type,direction,polarity,a,b,article,url,title,outlet,start,end,sentence")
        let p1 = try #require(csv.first { $0.contains(",p1,") })
        #expect(p1.hasPrefix("2024-03-05,record,false,"))
        #expect(p1.contains(",p1,https://news.example/p1?a=1&b=2,Pact <one>,Desk & Co,"))
        let p2 = try #require(csv.first { $0.contains(",p2,") })
        #expect(p2.hasPrefix("2024-04-01,as_of,true,"))

        let snapshot = try #require(try JSONSerialization.jsonObject(with: Data(try ok(["export", store, "--format", "snapshot", "-q"]).utf8)) as? [String: Any])
        let articles = try #require(snapshot["articles"] as? [[String: Any]])
        let a1 = try #require(articles.first { $0["id"] as? String == "p1" })
        #expect(a1["url"] as? String == "https://news.example/p1?a=1&b=2" && a1["title"] as? String == "Pact <one>" && a1["outlet"] as? String == "Desk & Co")
        #expect(a1["date_assumed"] == nil)
        let a2 = try #require(articles.first { $0["id"] as? String == "p2" })
        #expect(a2["date_assumed"] as? Bool == true && a2["date_source"] as? String == "as_of")

        let timeline = try ok(["timeline", store, "IR", "SY", "--format", "csv"]).split(separator: "\n").map(String.init)
        #expect(timeline.first == "period,events,cooperative,hostile,mixed,weight,assumed_dates,types")
        #expect(timeline.contains { $0.hasPrefix("2024-03,") && $0.split(separator: ",")[6] == "0" })
        #expect(timeline.contains { $0.hasPrefix("2024-04,") && $0.split(separator: ",")[6] != "0" })
    }

    @Test func theReportLinksEvidenceToItsArticleAndMarksAssumedDates() throws {
        let store = try provenanceStore()
        _ = try ok(["report", store, "-o", path("prov-report"), "--quiet"])
        let html = try String(contentsOfFile: path("prov-report/index.html"), encoding: .utf8)
        #expect(!html.contains("javascript:"))
        let start = try #require(html.range(of: "<script type=\"application/json\" id=\"relgraph-data\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        let evidence = try #require(data["edges"] as? [[String: Any]]).flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
        let e1 = try #require(evidence.first { $0["article"] as? String == "p1" })
        #expect(e1["url"] as? String == "https://news.example/p1?a=1&b=2" && e1["title"] as? String == "Pact <one>" && e1["outlet"] as? String == "Desk & Co")
        #expect(e1["assumed"] == nil)
        let e2 = try #require(evidence.first { $0["article"] as? String == "p2" })
        #expect(e2["assumed"] as? Bool == true && e2["url"] == nil)
        // The relations table shows the latest evidence: the assumed date, marked.
        #expect(html.contains("2024-04-01 (assumed) · "))
    }
}
