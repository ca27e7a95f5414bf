import Foundation
import Testing
@testable import RelGraphCore

/// `kb import`: Wikidata query results (fixtures written in the W3C SPARQL-results JSON format
/// under Fixtures/wikidata) → knowledge-base YAML that loads and lints on top of the default KB.
@Suite struct WikidataImportTests {
    static var dir: URL { Support.fixtures.appendingPathComponent("wikidata") }

    static func positions() throws -> [WikidataPosition] {
        try WikidataPositions.load(file: dir.appendingPathComponent("positions.yaml"))
    }

    static func fixture() throws -> WikidataImport.Result {
        try WikidataImport.run(contentsOf: dir.appendingPathComponent("results.json").path, positions: try positions(), kb: Support.kb)
    }

    /// The YAML of the fixture written to a temporary file.
    static func written() throws -> (URL, String) {
        let text = WikidataImport.yaml(try fixture(), source: "results.json")
        let url = Support.temporaryDirectory().appendingPathComponent("wikidata.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (url, text)
    }

    @Test func outputLoadsAndLintsCleanOnTheDefaultKnowledgeBase() throws {
        let (url, _) = try Self.written()
        let kb = try KnowledgeLoader.load(file: url)
        #expect(kb.persons.count == 5)
        let findings = KnowledgeLint.lint(files: [url], withDefault: true)
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
        // Layered on the default KB, the imported holders are found by date.
        let merged = try KnowledgeLoader.load(overlays: [url])
        #expect(merged.holders(of: "interior_minister", in: "MR", on: Support.day("2016-01-01")).map(\.id) == ["ahmed_ould_sidi"])
        #expect(merged.holders(of: "interior_minister", in: "MR", on: Support.day("2020-01-01")).map(\.id) == ["brahim_ould_melainine"])
    }

    /// Persons, roles and dates of the fixture, read back through the loader (no golden file).
    @Test func structureOfTheImportedPersons() throws {
        let (url, text) = try Self.written()
        let kb = try KnowledgeLoader.load(file: url)
        #expect(kb.persons.map(\.id) == ["adel_al_jubeir_q8000006", "ahmed_ould_sidi", "brahim_ould_melainine", "khalid_example", "nurlan_nur_sadykov_acting"])
        func roles(_ id: String) -> [String] {
            kb.person(id)?.roles.map { "\($0.office) \($0.country) \($0.from.map { "\($0)" } ?? "-") \($0.to.map { "\($0)" } ?? "open")" } ?? []
        }
        // Four rows (two roles × two aliases) merge into one person; the interior term is cut at
        // the start of the next holder's (month-precision) term; the energy term takes its country
        // from the row and stays open.
        #expect(roles("ahmed_ould_sidi") == ["interior_minister MR 2015-04-29 2019-06-01", "energy_minister MR 2019-08-05 open"])
        #expect(kb.person("ahmed_ould_sidi")?.names == ["أحمد ولد سيدي", "أحمد ولد سيدي محمد", "الوزير أحمد ولد سيدي"])
        #expect(roles("brahim_ould_melainine") == ["interior_minister MR 2019-06-01 2022-03-31"])
        #expect(roles("nurlan_nur_sadykov_acting") == ["finance_minister KZ 2021-01-01 2023-09-01"])
        // Clipped before the default KB's holder of the office (saud_al_faisal from 1975-10-13).
        #expect(roles("khalid_example") == ["foreign_minister SA 1974-03-01 1975-10-13"])
        // An id the default KB uses for another person gets the item as a suffix.
        #expect(roles("adel_al_jubeir_q8000006") == ["interior_minister MR 2022-03-31 open"])
        // Faisal bin Farhan is in the default KB: left out, reported.
        let result = try Self.fixture()
        #expect(result.skipped.map(\.id) == ["faisal_bin_farhan"])
        #expect(result.skipped.map(\.item) == ["Q8000004"])
        #expect(result.rows == 12)
        // Comments on the role lines, and the source of each person.
        let line = { (needle: String) in text.split(separator: "\n").first { $0.contains(needle) }.map(String.init) ?? "" }
        #expect(line("from: 2019-06-01, to: 2022-03-31").hasSuffix("# unverified: precision (start given to the month)"))
        #expect(line("from: 2021-01-01").contains("# unverified: precision (start given to the year)"))
        #expect(line("from: 2015-04-29").contains("# cut at the start of brahim_ould_melainine's term"))
        #expect(line("from: 1974-03-01").contains("# clipped around the knowledge base's term of saud_al_faisal"))
        #expect(text.contains("https://www.wikidata.org/wiki/Q8000001"))
        #expect(result.notes.contains { $0.contains("Q9999999 is not in the positions file") })
        #expect(result.notes.contains { $0.contains("unknown end date") })
    }

    /// Names with a colon, quotes, a hash and a line break load back as the same strings.
    @Test func namesWithYAMLSyntaxLoadBackUnchanged() throws {
        let (url, _) = try Self.written()
        let p = try #require(try KnowledgeLoader.load(file: url).person("nurlan_nur_sadykov_acting"))
        #expect(p.en == "Nurlan \"Nur\" Sadykov: acting")
        #expect(p.ar == "نورلان \"نور\" صادقوف: بالوكالة")
        #expect(p.names.contains("نورلان\nصادقوف"))
        #expect(p.names.contains("نورلان صادقوف #1"))
    }

    @Test(arguments: ["a: b", "# not a comment", "\"quoted\" and 'single'", "line\nbreak", "tab\there", "back\\slash",
                      "[flow], {map}", "&anchor *alias !tag | > % @ `", "null", "yes", "2015-04-29", "- dash", "sep\u{2028}arator",
                      "bell\u{7}", "nel\u{85}x", "bom\u{FEFF}x", "عربي: «نص»"])
    func quotedScalarRoundTrips(_ s: String) throws {
        let yaml = "persons:\n  - id: x\n    en: \(KnowledgeYAML.quoted(s))\n    ar: \(KnowledgeYAML.quoted(s))\n    country: SA\n    names: \(KnowledgeYAML.list([s, s + "2"]))\n"
        let p = try #require(try KnowledgeLoader.load(yaml: yaml, file: "t.yaml").person("x"))
        #expect(p.en == s)
        #expect(p.names == [s, s + "2"])
    }

    @Test func commentsStayOnOneLine() {
        #expect(KnowledgeYAML.comment("a\nb\r\u{2028}c\u{85}d") == "a b  c d")
    }

    @Test func wikidataTimesAndPrecision() {
        func t(_ v: String, _ p: Int?) -> String? {
            WikidataImport.time(SPARQLTerm(kind: .literal, value: v), precision: p.map { SPARQLTerm(kind: .literal, value: String($0)) })
                .map { "\($0.day)/\($0.precision)" }
        }
        #expect(t("2015-04-29T00:00:00Z", 11) == "2015-04-29/11")
        #expect(t("2015-04-29T00:00:00Z", nil) == "2015-04-29/11")
        #expect(t("+2019-06-00T00:00:00Z", 10) == "2019-06-01/10")
        #expect(t("2021-00-00T00:00:00Z", 9) == "2021-01-01/9")
        #expect(t("1990-01-01T00:00:00Z", 8) == nil)  // a decade: too coarse for a term
        #expect(t("-0044-03-15T00:00:00Z", 11) == nil)
        #expect(WikidataImport.time(SPARQLTerm(kind: .uri, value: "http://www.wikidata.org/.well-known/genid/x"), precision: nil) == nil)
    }

    @Test func idsAreSnakeCaseASCII() {
        #expect(WikidataImport.slug("Mohamed Lémine Ould Tâleb") == "mohamed_lemine_ould_taleb")
        #expect(WikidataImport.slug("Ja'far al-Sadiq") == "jafar_al_sadiq")
        #expect(WikidataImport.slug("Straße  Œuvre (acting)") == "strasse_oeuvre_acting")
        #expect(WikidataImport.slug("محمد") == "")
    }

    /// The same rows in another order give the same bytes.
    @Test func outputDoesNotDependOnRowOrder() throws {
        let data = try Data(contentsOf: Self.dir.appendingPathComponent("results.json"))
        var doc = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var results = try #require(doc["results"] as? [String: Any])
        results["bindings"] = Array((try #require(results["bindings"] as? [Any])).reversed())
        doc["results"] = results
        let reversed = try JSONSerialization.data(withJSONObject: doc)
        let a = WikidataImport.yaml(try Self.fixture(), source: "r")
        let b = WikidataImport.yaml(try WikidataImport.run(reversed, file: "r", positions: try Self.positions(), kb: Support.kb), source: "r")
        #expect(a == b)
    }

    /// Many rows of few persons: one pass, each row merged into its person.
    @Test func manyRowsMergeIntoFewPersons() throws {
        var rows: [String] = []
        for i in 0..<20_000 {
            let p = "Q7\(i % 50)"
            rows.append("""
                {"person":{"type":"uri","value":"http://www.wikidata.org/entity/\(p)"},"en":{"type":"literal","xml:lang":"en","value":"Person \(p)"},\
                "ar":{"type":"literal","xml:lang":"ar","value":"شخص \(i % 50)"},"alias":{"type":"literal","xml:lang":"ar","value":"اسم \(i % 7)"},\
                "position":{"type":"uri","value":"http://www.wikidata.org/entity/Q9000002"},\
                "start":{"type":"literal","value":"\(1900 + i % 50)-01-01T00:00:00Z"},"end":{"type":"literal","value":"\(1901 + i % 50)-01-01T00:00:00Z"}}
                """)
        }
        let json = "{\"results\":{\"bindings\":[\(rows.joined(separator: ","))]},\"head\":{\"vars\":[]}}"
        let r = try WikidataImport.run(Data(json.utf8), file: "big.json", positions: try Self.positions(), kb: Support.kb)
        #expect(r.rows == 20_000)
        #expect(r.persons.count == 50)
        #expect(r.persons.allSatisfy { $0.roles.count == 1 && $0.names.count == 8 })
    }

    /// A position without a country in the mapping takes the row's ISO code, which must be a
    /// country of the knowledge base.
    @Test func countryFromTheRowMustBeKnown() throws {
        func row(_ country: String) -> String {
            """
            {"person":{"type":"uri","value":"http://www.wikidata.org/entity/Q5"},"ar":{"type":"literal","xml:lang":"ar","value":"اسم تجريبي"},\
            "position":{"type":"uri","value":"http://www.wikidata.org/entity/Q9000004"},"start":{"type":"literal","value":"2001-02-03T00:00:00Z"},\
            "country":{"type":"literal","value":"\(country)"}}
            """
        }
        let unknown = try WikidataImport.run(Data("{\"results\":{\"bindings\":[\(row("XX"))]}}".utf8), file: "c.json", positions: try Self.positions(), kb: Support.kb)
        #expect(unknown.persons.isEmpty)
        #expect(unknown.notes.contains { $0.contains("country 'XX', which the knowledge base does not have") })
        let known = try WikidataImport.run(Data("{\"results\":{\"bindings\":[\(row("kz"))]}}".utf8), file: "c.json", positions: try Self.positions(), kb: Support.kb)
        #expect(known.persons.map(\.id) == ["q5"])
        #expect(known.persons.first?.roles.map(\.role.country) == ["KZ"])
    }

    @Test func malformedResultsNameTheFileAndPlace() throws {
        #expect(throws: WikidataImportError.malformed(place: "x.json:2:18", message: "not valid JSON (expected a value, found ']')")) {
            try WikidataImport.run(Data("{\"results\":\n {\"bindings\":[{},]}}".utf8), file: "x.json", positions: [], kb: Support.kb)
        }
        #expect(throws: WikidataImportError.notResults(file: "y.json", what: "there is no \"results\": {\"bindings\": […]} member")) {
            try WikidataImport.run(Data("{\"head\":{}}".utf8), file: "y.json", positions: [], kb: Support.kb)
        }
        #expect(throws: WikidataImportError.missingVariable(file: "z.json", variable: "position")) {
            try WikidataImport.run(Data("{\"results\":{\"bindings\":[{\"person\":{\"type\":\"uri\",\"value\":\"Q1\"},\"start\":{\"type\":\"literal\",\"value\":\"2000-01-01\"}}]}}".utf8),
                                   file: "z.json", positions: [], kb: Support.kb)
        }
        #expect(throws: WikidataImportError.notResults(file: "s.json", what: "the document is a list (the simplified JSON of the query service's download menu), not {\"head\": …, \"results\": …}")) {
            try WikidataImport.run(Data("[{\"person\": \"http://www.wikidata.org/entity/Q1\"}]".utf8), file: "s.json", positions: [], kb: Support.kb)
        }
        let missing = "/nonexistent/results.json"
        #expect(throws: WikidataImportError.self) { try WikidataImport.run(contentsOf: missing, positions: [], kb: Support.kb) }
    }

    @Test func positionsFileIsChecked() throws {
        let unknown = try WikidataPositions.load(yaml: "positions:\n  - {item: Q1, office: no_such_office, country: SA}\n", file: "p.yaml")
        #expect(throws: WikidataImportError.unknownReference(SourceLocation(file: "p.yaml", line: 2, column: 5),
                                                            "item Q1 maps to office 'no_such_office', which the knowledge base does not have; use an office id from offices.yaml")) {
            try WikidataPositions.check(unknown, against: Support.kb)
        }
        #expect(throws: KnowledgeError.self) {
            try WikidataPositions.load(yaml: "positions:\n  - {item: Q1, office: president}\n  - {item: Q1, office: king}\n", file: "p.yaml")
        }
        #expect(throws: KnowledgeError.self) { try WikidataPositions.load(yaml: "positions:\n  - {item: President, office: president}\n", file: "p.yaml") }
    }

    /// The shipped mapping names offices and countries of the default KB, and the documented
    /// query is the one it gives.
    @Test func shippedPositionsMatchTheKnowledgeBaseAndTheDocs() throws {
        let shipped = try WikidataPositions.bundled()
        #expect(!shipped.isEmpty)
        try WikidataPositions.check(shipped, against: Support.kb)
        let docs = try String(contentsOf: Support.seeds.deletingLastPathComponent().appendingPathComponent("docs/knowledge-base.md"), encoding: .utf8)
        #expect(docs.contains(WikidataPositions.query(shipped)), "docs/knowledge-base.md must hold the query for the shipped positions (relgraph kb import --query)")
    }
}
