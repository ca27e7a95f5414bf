import Foundation
import Testing

/// `relgraph kb import` end to end: Wikidata results (a fixture in the W3C SPARQL-results JSON
/// format) → YAML → `kb lint` → `link --kb`.
@Suite(.serialized) struct ImportCommandTests {
    static var fixtures: URL { CLI.root.appendingPathComponent("Tests/RelGraphCoreTests/Fixtures/wikidata") }
    static var results: String { fixtures.appendingPathComponent("results.json").path }
    static var positions: String { fixtures.appendingPathComponent("positions.yaml").path }

    /// Entity ids of the mentions `link` prints for `text` on `date`.
    static func linked(_ text: String, date: String, kb: [String]) throws -> [String] {
        let dir = CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        try text.write(to: article, atomically: true, encoding: .utf8)
        let r = try CLI.run(["link", article.path, "--as-of", date, "-q"] + kb.flatMap { ["--kb", $0] })
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["entity"] as? String
        }
    }

    @Test func importThenLintThenLinkResolvesTheTitleOnTheDate() throws {
        let out = CLI.temporaryDirectory().appendingPathComponent("wikidata.yaml").path
        let r = try CLI.run(["kb", "import", Self.results, "--positions", Self.positions, "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("wrote \(out)"))
        #expect(r.stderr.contains("imported 5 person(s) with 6 role(s) from 12 row(s)"))
        #expect(r.stderr.contains("left out 1 person(s) the knowledge base has: faisal_bin_farhan (Q8000004)"))
        #expect(r.stdout.isEmpty)
        let lint = try CLI.run(["kb", "lint", out])
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stderr.contains("0 error(s)"))
        let text = "استقبل وزير الداخلية الموريتاني اليوم وفدا من رجال الأعمال."
        #expect(try Self.linked(text, date: "2016-03-01", kb: [out]).contains("ahmed_ould_sidi"))
        #expect(try Self.linked(text, date: "2020-03-01", kb: [out]).contains("brahim_ould_melainine"))
        let without = try Self.linked(text, date: "2016-03-01", kb: [])
        #expect(!without.contains("ahmed_ould_sidi"))
        // A name from the Arabic aliases links too.
        #expect(try Self.linked("التقى أحمد ولد سيدي محمد بالسفير.", date: "2016-03-01", kb: [out]).contains("ahmed_ould_sidi"))
    }

    @Test func importWritesTheSameBytesToStandardOutput() throws {
        let a = try CLI.run(["kb", "import", Self.results, "--positions", Self.positions, "-q"])
        let b = try CLI.run(["kb", "import", Self.results, "--positions", Self.positions, "-q"])
        #expect(a.status == 0 && a.stderr.isEmpty)
        #expect(a.stdout.hasPrefix("# Written by `relgraph kb import`") && a.stdout == b.stdout)
    }

    @Test func queryListsThePositionsOfTheFile() throws {
        let r = try CLI.run(["kb", "import", "--query", "--positions", Self.positions])
        #expect(r.status == 0)
        for item in ["Q9000001", "Q9000002", "Q9000003", "Q9000004"] { #expect(r.stdout.contains("wd:\(item)")) }
        #expect(r.stdout.contains("pq:P580") && r.stdout.contains("pq:P582") && r.stdout.contains("skos:altLabel"))
    }

    @Test func errorsNameTheFileAndWhatToDo() throws {
        let dir = CLI.temporaryDirectory()
        let missing = try CLI.run(["kb", "import", dir.appendingPathComponent("none.json").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Error: kb import: ") && missing.stderr.contains("none.json: cannot read the query results"))
        let positions = dir.appendingPathComponent("p.yaml")
        try "positions:\n  - {item: Q1, office: no_such_office, country: SA}\n".write(to: positions, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["kb", "import", Self.results, "--positions", positions.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("p.yaml:2:5: item Q1 maps to office 'no_such_office'") && bad.stderr.contains("--positions"))
        let usage = try CLI.run(["kb", "import"])
        #expect(usage.status != 0 && usage.stderr.contains("--query"))
    }
}
