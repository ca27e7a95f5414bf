import Foundation
import Testing
import RelGraphCore

/// Issue 20, points 5 and 20: what reaches a terminal is escaped, and wrong usage exits 2.
@Suite(.serialized) struct TerminalAndUsageTests {
    static let seeds = ["--as-of", "2025-10-15"]

    /// True when `s` holds a character a terminal would act on: C0/C1 controls (but the line
    /// feeds that end lines), U+2028, U+2029.
    static func hasRawControl(_ s: String, allowingNewlines: Bool = true) -> Bool {
        s.unicodeScalars.contains { u in
            if allowingNewlines && u == "\n" { return false }
            return u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029
        }
    }

    /// A seeds snapshot whose first node's name carries an escape sequence and line breaks.
    static func hostileSnapshot(in dir: URL) throws -> String {
        let clean = dir.appendingPathComponent("clean.json").path
        #expect(try CLI.run(["build", "seeds", "-q", "-o", clean] + seeds).status == 0)
        var json = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: clean))) as? [String: Any])
        var nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(!nodes.isEmpty)
        for i in nodes.indices {
            nodes[i]["name"] = "N\u{1B}]0;owned\u{07}\u{1B}[2J\r\nforged\u{2028}x\u{85}y\ttab"
            nodes[i]["label"] = "L\u{1B}[31m\u{2029}"
        }
        json["nodes"] = nodes
        let path = dir.appendingPathComponent("hostile.json").path
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Point 5: a file name with an escape sequence and a newline cannot forge a diagnostic line
    /// or reach the terminal raw.
    @Test func fileNamesAreEscapedOnStderr() throws {
        let dir = CLI.temporaryDirectory()
        let name = "a\u{1B}]0;owned\u{07}\nforged.txt: error: fake [x]\u{2028}.txt"
        try Data().write(to: dir.appendingPathComponent(name))
        let r = try CLI.run(["build", dir.path, "seeds", "-o", "/dev/null"] + Self.seeds)
        #expect(r.stderr.contains("[empty]"), "the empty file gives a diagnostic: \(r.stderr)")
        #expect(!Self.hasRawControl(r.stderr), "raw control on stderr: \(r.stderr.debugDescription)")
        #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix("forged") }, "a forged line")
        #expect(r.stderr.contains("\\u{1B}]0;owned\\u{7}\\u{A}forged"))
    }

    /// Point 5: the centrality table and the diff table escape names and labels.
    @Test func tablesAreEscaped() throws {
        let dir = CLI.temporaryDirectory()
        let snapshot = try Self.hostileSnapshot(in: dir)
        let table = try CLI.run(["centrality", snapshot, "--layer", "all"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("\\u{1B}]0;owned"))
        #expect(!Self.hasRawControl(table.stdout), "\(table.stdout.debugDescription)")
        let diff = try CLI.run(["diff", dir.appendingPathComponent("clean.json").path, snapshot])
        #expect(diff.status == 0, "\(diff.stderr)")
        let empty = dir.appendingPathComponent("empty.json").path
        try Snapshot.json(RelationGraph(nodes: [], edges: [], events: [], articles: [])).write(toFile: empty, atomically: true, encoding: .utf8)
        let appeared = try CLI.run(["diff", empty, snapshot])
        #expect(appeared.status == 0, "\(appeared.stderr)")
        #expect(appeared.stdout.contains("Appeared") && appeared.stdout.contains("\\u{1B}"))
        #expect(!Self.hasRawControl(diff.stdout + appeared.stdout))
    }

    /// Point 5: `link --format tsv` keeps one row per mention with 12 fields, whatever the id holds.
    @Test func linkTSVRowsStayWhole() throws {
        let id = "id\t\u{1B}[2J\r\nline\u{2028}\u{2029}\u{85}\u{0B}\u{0C}"
        let record = try JSONSerialization.data(withJSONObject: ["id": id, "date": "2025-07-10",
                                                                 "text": "تلقى الأمير خالد بن سلمان اتصالا من بيت هيغسيث وبحثا التعاون."])
        let r = try CLI.run(["link", "-", "--format", "tsv", "-q"], input: record + Data("\n".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == 3, "header and two mentions: \(r.stdout.debugDescription)")
        for row in rows { #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == MentionTable.fields.count) }
        #expect(!Self.hasRawControl(r.stdout.replacingOccurrences(of: "\t", with: " ")))
    }

    /// Point 20: every usage error exits 2 (as the help says), including a misspelt --layout or
    /// --format, --damping out of range, a negative or non-numeric --min-weight, and --since after
    /// --until; a negative number is read as a value, not as an option.
    @Test func usageErrorsExitTwo() throws {
        let dir = CLI.temporaryDirectory()
        let snapshot = dir.appendingPathComponent("g.json").path
        #expect(try CLI.run(["build", "seeds", "-q", "-o", snapshot] + Self.seeds).status == 0)
        let cases: [([String], String)] = [
            (["build", "--nope"], "Unknown option"),
            (["render", snapshot, "--layout", "bogus", "-o", dir.appendingPathComponent("x.svg").path], "Unknown layout engine"),
            (["render", snapshot, "--format", "bogus"], "Unknown output format"),
            (["centrality", snapshot, "--damping", "5"], "--damping"),
            (["centrality", snapshot, "--damping", "nan"], "--damping"),
            (["export", snapshot, "--min-weight", "-1"], "--min-weight must be"),
            (["export", snapshot, "--min-weight", "nan"], "--min-weight must be"),
            (["render", snapshot, "--min-weight", "inf"], "--min-weight must be"),
            (["export", snapshot, "--since", "2025-02-01", "--until", "2025-01-01"], "after --until"),
            (["export", "seeds", "--since", "2025-02-01", "--until", "2025-01-01"], "after --until"),
            (["diff", snapshot, snapshot, "--min-change", "-0.5"], "--min-change must be"),
            (["export", snapshot, "--types", "telepathy"], "unknown interaction type"),
        ]
        for (args, message) in cases {
            let r = try CLI.run(args)
            #expect(r.status == 2, "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Missing value"), "\(args)")
            #expect(r.stdout.isEmpty, "\(args): no output on wrong usage")
        }
        #expect(try CLI.run(["--help"]).stdout.contains("2 wrong usage"))
    }
}
