import Foundation
import Testing
@testable import RelGraphCore

@Suite struct LintTests {
    func lint(_ yaml: String, name: String = "user.yaml", withDefault: Bool = true) throws -> [LintFinding] {
        let dir = Support.temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return KnowledgeLint.lint(files: [url], withDefault: withDefault)
    }

    @Test func defaultKnowledgeBaseIsClean() {
        let errors = KnowledgeLint.lint(files: [], withDefault: true).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func unknownCountryWithLine() throws {
        let f = try lint("""
            persons:
              - id: someone_new
                en: Someone
                ar: شخص
                country: XX
                names: [شخص جديد]
            """)
        let hit = f.first { $0.code == "unknown-country" }
        #expect(hit?.location?.line == 2)
        #expect(hit?.file.hasSuffix("user.yaml") == true)
    }

    /// An office's `body` must be a KB organisation; the default KB's side terms follow it.
    @Test func anOfficeBodyIsAnOrganisation() throws {
        let f = try lint("""
            offices:
              - id: some_envoy_office
                en: Some envoy
                body: united_nations
                titles: [مبعوث ما]
            """)
        #expect(f.contains { $0.code == "unknown-organisation" && $0.message.contains("united_nations") })
        let kb = Support.kb
        let envoy = try #require(kb.person("ismail_ould_cheikh_ahmed"))
        #expect(kb.sideTerms(of: envoy).map(\.side) == ["un"])
        let zayani = try #require(kb.person("abdullatif_al_zayani"))
        #expect(kb.sideTerms(of: zayani).map(\.side) == ["gcc"])
        #expect(kb.sideTerms(of: try #require(kb.person("faisal_bin_farhan"))).isEmpty)
    }

    /// An international body may be a seat: a person's country, a role's or a title's seat.
    @Test func anOrganisationIsASeat() throws {
        func envoy(roleSeat: String) throws -> [LintFinding] {
            try lint("""
                persons:
                  - id: some_envoy
                    en: Some Envoy
                    ar: مبعوث ما
                    country: un
                    names: [مبعوث ما]
                    roles:
                      - {office: un_secretary_general, country: \(roleSeat), from: 2040-01-01}
                """)
        }
        let ok = try envoy(roleSeat: "un")
        #expect(!ok.contains { $0.code == "unknown-country" }, "\(ok)")
        #expect(try envoy(roleSeat: "united_nations").contains { $0.code == "unknown-country" && $0.location?.line == 8 })
    }

    @Test func overlappingTermsOfOneOffice() throws {
        let f = try lint("""
            persons:
              - id: fake_secretary
                en: Fake Secretary
                ar: وزير وهمي
                country: US
                names: [وزير وهمي]
                roles:
                  - {office: defense_minister, from: 2025-03-01, to: 2025-05-01}
            """)
        let hit = f.first { $0.code == "overlap" }
        #expect(hit != nil)
        #expect(hit?.message.contains("pete_hegseth") == true)
        #expect(hit?.location?.line == 8)
    }

    @Test func badDates() throws {
        let f = try lint("""
            persons:
              - id: backwards
                en: B
                ar: ب
                country: US
                names: [اسم ما]
                roles:
                  - {office: defense_minister, from: 2030-01-01, to: 2029-01-01}
            """, withDefault: false)
        #expect(f.contains { $0.code == "bad-dates" && $0.location?.line == 8 })
        let g = try lint("persons:\n  - id: x\n    en: X\n    ar: س\n    country: US\n    roles: [{office: president, from: 2021-02-30}]\n", withDefault: false)
        #expect(g.contains { $0.code == "bad-dates" && $0.location?.line == 6 })
    }

    @Test func duplicateIdsAcrossAndWithinFiles() throws {
        let across = try lint("""
            persons:
              - id: pete_hegseth
                en: Pete Hegseth
                ar: بيت هيغسيث
                country: US
                names: [بيت هيغسيث]
            """)
        #expect(across.contains { $0.code == "duplicate-id" && $0.location?.line == 2 })
        let within = try lint("""
            countries:
              - {id: ZZ, en: Z, ar: ز, names: [زد]}
              - {id: ZZ, en: Z2, ar: ز, names: [زدزد]}
            """, withDefault: false)
        #expect(within.contains { $0.code == "duplicate-id" && $0.location?.line == 3 })
    }

    @Test func unknownOfficeAndSyntax() throws {
        let f = try lint("persons:\n  - id: y\n    en: Y\n    ar: ي\n    country: US\n    names: [اسم اخر]\n    roles: [{office: grand_vizier, from: 2020-01-01}]\n")
        #expect(f.contains { $0.code == "unknown-office" })
        let s = try lint("persons:\n  - id: z\n    names: [a, b\n", withDefault: false)
        #expect(s.contains { $0.code == "syntax" && ($0.location?.line ?? 0) >= 3 })
    }
}

@Suite struct SuggestTests {
    /// Officials the KB does not know become stubs with their title's office and country, every
    /// form of the name seen and the articles they came from; the stub file loads as a KB.
    @Test func stubsForUnknownTitledPersons() {
        let a = Support.article("استقبل وزير الدفاع السعودي السفير الياباني كينجي ياماموتو في الرياض.\nوالتقى الملحق العسكري البريطاني، العقيد جون سميث، بالوفد.\nوقال ياماموتو إن الزيارة مهمة.", date: "2025-07-10", id: "s1")
        let la = Support.linker.link(a)
        let stubs = KnowledgeSuggest.stubs([la], linker: Support.linker)
        #expect(stubs.map(\.office) == ["ambassador", "military_attache"])
        #expect(stubs.map(\.name) == ["كينجي ياماموتو", "جون سميث"])
        #expect(stubs.map(\.country) == ["JP", "GB"])
        #expect(stubs.allSatisfy { $0.articles == ["s1"] } && stubs.count == 2)
        let yaml = KnowledgeSuggest.yaml(stubs)
        // The stub file is itself a loadable knowledge base.
        let kb = try? KnowledgeLoader.load(yaml: yaml, file: "stubs.yaml")
        #expect(kb?.persons.count == 2)
        #expect(kb?.persons.first?.country == "JP")
        // The full name and the family name said again later.
        #expect(kb?.persons.first?.names == ["كينجي ياماموتو", "ياماموتو"])
    }

    /// An article id carrying any line break Unicode knows must not end the `# seen:` comment and
    /// add a person: the stub file loads back with exactly the stubs.
    @Test func hostileArticleIdsCannotAddPersons() throws {
        let text = "استقبل وزير الدفاع السعودي السفير الياباني كينجي ياماموتو في الرياض."
        let breaks = ["\r", "\u{2028}", "\u{2029}", "\u{0085}", "\u{000B}", "\u{000C}", "\n", "\r\n"]
        let payload = "  - id: evil\n    en: Evil\n    ar: وزير الدفاع\n    country: SA\n    names: [وزير الدفاع]\n    roles: [{office: defense_minister, from: 2000-01-01}]"
        for (i, br) in breaks.enumerated() {
            let id = "a\(i)" + br + payload.replacingOccurrences(of: "\n", with: br)
            let stubs = KnowledgeSuggest.stubs([Support.linker.link(Support.article(text, id: id)).stored], linker: Support.linker)
            let yaml = KnowledgeSuggest.yaml(stubs)
            let kb = try KnowledgeLoader.load(yaml: yaml, file: "stubs.yaml")
            #expect(kb.persons.map(\.id) == ["jp_ambassador_1"], "break \(i)")
            #expect(kb.persons.first?.names == ["كينجي ياماموتو"])
            #expect(!yaml.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" || $0 == "\u{0B}" || $0 == "\u{0C}" })
        }
    }

    @Test func hostileNamesAreQuoted() throws {
        let stub = KnowledgeSuggest.Stub(office: "ambassador", country: "JP", name: "x\u{2028}\u{85}\u{7F}\u{FEFF}  - id: evil: [\"", firstSeen: Support.day("2025-01-01"), examples: [])
        let kb = try KnowledgeLoader.load(yaml: KnowledgeSuggest.yaml([stub]), file: "stubs.yaml")
        #expect(kb.persons.map(\.ar) == ["x\u{2028}\u{85}\u{7F}\u{FEFF}  - id: evil: [\""])
    }

    @Test func commonNounsAfterATitleAreNotTakenForAName() {
        // «خطوة مهمة», «لمناقشة العلاقات» are not names (titles without a name stay title stubs);
        // «خليفة» (a name the KB knows) starts one.
        let a = Support.article("وصف السفير الياباني خطوة مهمة في الرياض.\nوالتقى السفير البريطاني لمناقشة العلاقات الثنائية.\nواستقبل الملحق العسكري البريطاني خليفة سالم.", date: "2025-07-10")
        let stubs = KnowledgeSuggest.stubs([Support.linker.link(a)], linker: Support.linker)
        #expect(stubs.map(\.name) == [nil, nil, "خليفة سالم"])
    }
}

@Suite struct InteractionLexiconTests {
    @Test func triggerWithUnknownTypeIsAnError() throws {
        let dir = Support.temporaryDirectory()
        let url = dir.appendingPathComponent("t.yaml")
        try "triggers:\n  - {pattern: صافح, type: handshake}\n".write(to: url, atomically: true, encoding: .utf8)
        let f = KnowledgeLint.lint(files: [url], withDefault: true)
        #expect(f.contains { $0.code == "unknown-type" && $0.location?.line == 2 })
    }

    /// An honorific pronoun with no introducing words is reported (the linker would ignore it);
    /// the default lexicon's entries are not.
    @Test func aLonePronounIsReported() throws {
        let dir = Support.temporaryDirectory()
        let url = dir.appendingPathComponent("p.yaml")
        try "lexicon:\n  honorific_pronouns: [سموه, فخامته فخامة الرئيس]\n".write(to: url, atomically: true, encoding: .utf8)
        let f = KnowledgeLint.lint(files: [url], withDefault: true).filter { $0.code == "lone-pronoun" }
        #expect(f.count == 1)
        #expect(f.first?.file == url.path && f.first?.message.contains("«سموه»") == true)
    }

    @Test func malformedInteractionEntries() {
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "interaction_types:\n  - {id: x, weight: heavy}\n", file: "w.yaml") }
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "triggers:\n  - {pattern: زار, cue: sideways}\n", file: "c.yaml") }
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "triggers:\n  - {pattern: زار}\n", file: "n.yaml") }
    }
}

/// Issue 20: YAML aliases that multiply a file's size are refused before anything reads them.
@Suite struct AliasFanOutTests {
    @Test func aliasesOfALongStringAreRefused() {
        let yaml = "persons:\n  - id: p0\n    en: P\n    ar: &big \"" + String(repeating: "x", count: 200_000) + "\"\n    country: SA\n    names: ["
            + Array(repeating: "*big", count: 500).joined(separator: ", ") + "]\n"
        #expect {
            _ = try KnowledgeLoader.load(yaml: yaml, file: "fan.yaml")
        } throws: { e in
            (e as? KnowledgeError)?.description.contains("aliases") == true && (e as? KnowledgeError)?.description.hasPrefix("fan.yaml:1:1") == true
        }
    }

    @Test func nestedAliasesAreRefused() {
        var yaml = "lexicon:\n  honorifics: &l0 [\"" + String(repeating: "y", count: 100) + "\"]\n"
        for i in 1...12 { yaml += "  l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: yaml, file: "laughs.yaml") }
    }

    /// A few aliases in a file stay allowed.
    @Test func aFewAliasesAreFine() throws {
        let yaml = "persons:\n  - id: p0\n    en: P\n    ar: &n اسم\n    country: SA\n    names: [*n]\n"
        #expect(try KnowledgeLoader.load(yaml: yaml, file: "ok.yaml").persons.first?.names == ["اسم"])
    }
}

/// Issue 20: `kb lint` lists every error of a file and what the loader used to pass silently.
@Suite struct LintCompletenessTests {
    func lint(_ yaml: String) throws -> [LintFinding] {
        let url = Support.temporaryDirectory().appendingPathComponent("user.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return KnowledgeLint.lint(files: [url], withDefault: false)
    }

    static let kb = """
        countries:
          - {id: AA, en: A, ar: ألف, nisba: [""]}
          - {id: BB, en: B, ar: باء, names: ["..."]}
        offices:
          - {id: grand_vizier, en: Vizier, titles: [الوزير الأكبر <country>, وزير <contry>]}
        persons:
          - id: one
            en: One
            ar: واحد
            country: AA
            nmaes: [واحد أحد]
          - id: two
            en: Two
            ar: اثنان
            country: AA
            names: [اثنان]
            roles: [{office: grand_vizier, from: 2020-05-01, to: 2020-01-01}]
          - id: three
            en: Three
            ar: ثلاثة
            country: AA
            names: ["،؛!"]
        """

    /// Every wrong entry is reported, each at its line, and the right ones are still checked.
    @Test func everyErrorOfAFileIsListed() throws {
        let f = try lint(Self.kb)
        let errors = f.filter { $0.severity == .error }
        #expect(errors.first { $0.code == "unknown-field" }?.location?.line == 11)
        #expect(errors.contains { $0.code == "bad-dates" && $0.location?.line == 17 })
        #expect(errors.contains { $0.message.contains("empty string") && $0.location?.line == 2 })
        #expect(errors.contains { $0.message.contains("«...»") && $0.location?.line == 3 })
        #expect(errors.contains { $0.message.contains("<contry>") && $0.location?.line == 5 })
        #expect(errors.contains { $0.message.contains("«،؛!»") && $0.location?.line == 22 })
        #expect(errors.count == 6, "\(errors)")
    }

    /// Loading for a command stops at the first of them (an error, not a silent drop).
    @Test func loadingStopsAtAnUnknownField() {
        #expect(throws: KnowledgeError.self) {
            _ = try KnowledgeLoader.load(yaml: "persons:\n  - {id: x, en: X, ar: س, country: SA, nmaes: [س ص]}\n", file: "u.yaml")
        }
    }

    @Test func aFolderWithoutYAMLIsAnError() {
        let f = KnowledgeLint.lint(files: [Support.temporaryDirectory()], withDefault: false).filter { $0.severity == .error }
        #expect(f.map(\.code) == ["no-files"])
    }
}
