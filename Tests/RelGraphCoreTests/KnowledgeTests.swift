import Foundation
import Testing
@testable import RelGraphCore

@Suite struct KnowledgeTests {
    @Test func defaultKnowledgeBaseHasTheSeedEntities() throws {
        let kb = Support.kb
        for id in ["khalid_bin_salman", "mohammed_bin_salman", "pete_hegseth", "marco_rubio", "steve_witkoff",
                   "saud_bin_abdulrahman_al_thani", "abdolrahim_mousavi", "masoud_pezeshkian", "mike_pompeo", "faisal_bin_farhan"] {
            #expect(kb.person(id) != nil, "missing person \(id)")
        }
        for id in ["SA", "US", "QA", "IR", "YE", "IQ"] { #expect(kb.country(id) != nil, "missing country \(id)") }
    }

    @Test func holdersByDate() {
        let kb = Support.kb
        #expect(kb.holders(of: "defense_minister", in: "US", on: Support.day("2024-04-14")).map(\.id) == ["lloyd_austin"])
        #expect(kb.holders(of: "defense_minister", in: "US", on: Support.day("2025-07-10")).map(\.id) == ["pete_hegseth"])
        #expect(kb.holders(of: "foreign_minister", in: "US", on: Support.day("2020-10-21")).map(\.id) == ["mike_pompeo"])
    }

    @Test func roleIntervalIsHalfOpen() {
        let r = Role(office: "x", country: "US", from: Support.day("2021-01-22"), to: Support.day("2025-01-20"))
        #expect(r.isHeld(on: Support.day("2021-01-22")))
        #expect(r.isHeld(on: Support.day("2025-01-19")))
        #expect(!r.isHeld(on: Support.day("2025-01-20")))
        #expect(!r.isHeld(on: Support.day("2021-01-21")))
    }

    @Test func malformedYAMLReportsFileAndLine() {
        let yaml = "persons:\n  - id: a\n    names: [x, y\n    en: A\n"
        #expect {
            _ = try KnowledgeLoader.load(yaml: yaml, file: "bad.yaml")
        } throws: { error in
            guard case KnowledgeError.syntax(let file, let line, _, _) = error else { return false }
            return file == "bad.yaml" && line >= 3
        }
    }

    @Test func badDateReportsTheLineOfTheRole() {
        let yaml = """
            persons:
              - id: a
                en: A
                ar: أ
                country: US
                roles:
                  - {office: defense_minister, from: 2024-13-01}
            """
        #expect {
            _ = try KnowledgeLoader.load(yaml: yaml, file: "k.yaml")
        } throws: { error in
            guard case KnowledgeError.invalid(let loc, let message) = error else { return false }
            return loc.file == "k.yaml" && loc.line == 7 && message.contains("YYYY-MM-DD")
        }
    }

    /// Values are read as their text (the YAML is composed without tag resolution): words YAML 1.1
    /// would take for booleans or numbers stay names, nulls in any spelling are absent; a key given
    /// twice is an error with the file named.
    @Test func valuesAreReadAsText() throws {
        let kb = try KnowledgeLoader.load(yaml: """
            persons:
              - id: a
                en: Yes
                ar: أ
                country: US
                names: [no, 1.5]
                short: null
                roles:
                  - {office: defense_minister, from: 2024-01-01, to: ~}
                  - {office: foreign_minister, from: 2020-01-01, to: 2022-01-01}
            """, file: "t.yaml")
        let p = try #require(kb.person("a"))
        #expect(p.en == "Yes")
        #expect(p.names == ["no", "1.5"])   // (a name «~» has no letter: an error since issue 20)
        #expect(p.short.isEmpty)
        #expect(p.roles.map(\.to) == [nil, Support.day("2022-01-01")])
        #expect {
            _ = try KnowledgeLoader.load(yaml: "persons:\n  - {id: a, en: A, en: B, ar: أ, country: US}\n", file: "d.yaml")
        } throws: { error in
            guard case KnowledgeError.syntax(let file, _, _, let message) = error else { return false }
            return file == "d.yaml" && message.contains("en")
        }
    }

    @Test func missingFieldAndUnknownKey() {
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "persons:\n  - id: a\n    en: A\n", file: "m.yaml") }
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "people: []\n", file: "u.yaml") }
        #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "persons:\n  - id: \"خالد\"\n    en: A\n    ar: B\n    country: SA\n", file: "i.yaml") }
    }

    /// A blocking phrase takes nothing else; a trigger with nothing is refused with its line.
    @Test func blockingTriggersAreCheckedWhenLoaded() throws {
        let kb = try KnowledgeLoader.load(yaml: "triggers:\n  - {pattern: إطلاق النار, blocks: true}\n", file: "t.yaml")
        #expect(kb.triggers.map(\.blocks) == [true])
        for bad in ["  - {pattern: إطلاق النار, blocks: true, type: hostility}\n", "  - {pattern: إطلاق النار}\n", "  - {pattern: إطلاق النار, blocks: yes}\n"] {
            #expect(throws: KnowledgeError.self) { _ = try KnowledgeLoader.load(yaml: "triggers:\n" + bad, file: "t.yaml") }
        }
    }

    @Test func overlayReplacesAndAdds() throws {
        var kb = Support.kb
        let overlay = try KnowledgeLoader.load(yaml: """
            persons:
              - id: pete_hegseth
                en: Pete Hegseth
                ar: بيت هيغسيث
                country: US
                names: [بيت هيغسيث]
                roles: [{office: defense_minister, from: 2025-01-25, to: 2025-06-01}]
              - id: test_attache
                en: Test Attache
                ar: ملحق تجريبي
                country: US
                names: [جون تجريبي]
            """, file: "overlay.yaml")
        kb.merge(overlay)
        #expect(kb.person("test_attache") != nil)
        #expect(kb.holders(of: "defense_minister", in: "US", on: Support.day("2025-07-10")).isEmpty)
    }
}
