import Foundation
import Testing

/// The folders of `Sources/RelGraphCore` are stages in data-flow order; a file may use the types of
/// its own stage and of earlier ones only. The check reads the sources: the top-level types each
/// folder declares, and the identifiers each file uses (comments and string literals left out).
@Suite struct LayeringTests {
    /// The stages, earliest first (README, "Layout of the code").
    static let stages = ["Model", "Support", "Text", "Knowledge", "Input", "Linking", "Interactions", "Graph", "Analysis", "Report"]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/RelGraphCore")

    /// Every Swift file of RelGraphCore, as (path relative to the target, text).
    static func files() throws -> [(path: String, text: String)] {
        let root = sources.standardizedFileURL.path
        let walker = try #require(FileManager.default.enumerator(atPath: root))
        var out: [(String, String)] = []
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".swift") else { continue }
            out.append((rel, try String(contentsOfFile: root + "/" + rel, encoding: .utf8)))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    @Test func everyStageUsesOnlyEarlierStages() throws {
        let files = try Self.files()
        #expect(files.count > 50)
        let problems = Layering.check(files, stages: Self.stages)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Each stage folder exists and declares types, so the order above is the folder list.
    @Test func everyStageHasTypes() throws {
        let declared = Layering.declarations(try Self.files())
        for stage in Self.stages { #expect(declared.values.contains(stage), "no type declared in \(stage)/") }
    }

    /// The check finds a later stage's type used early, a file outside every stage, and nothing
    /// in comments or strings.
    @Test func theCheckFindsAnEarlyUseOfALaterType() {
        let files = [
            ("Text/Token.swift", "/// A token.\npublic struct Token { var graph: RelationGraph? }\n"),
            ("Graph/RelationGraph.swift", "public struct RelationGraph {\n    let token: Token\n}\n"),
            ("Knowledge/Note.swift", "// RelationGraph in a comment\nlet s = \"RelationGraph in a string\"\nstruct Note {}\n"),
            ("Loose.swift", "struct Loose {}\n"),
        ]
        let problems = Layering.check(files, stages: ["Text", "Knowledge", "Graph"])
        #expect(problems == [
            "Loose.swift: not in a stage folder (Text, Knowledge, Graph)",
            "Text/Token.swift uses RelationGraph (declared in Graph/, a later stage)",
        ])
    }
}

/// The layering check.
enum Layering {
    /// Type name → folder, for the top-level declarations of every file in a folder.
    static func declarations(_ files: [(path: String, text: String)]) -> [String: String] {
        let declaration = try! NSRegularExpression(
            pattern: #"^(?:(?:public|internal|fileprivate|private|final|indirect|nonisolated|@\w+(?:\([^)]*\))?)\s+)*(?:struct|enum|class|protocol|typealias|actor)\s+([A-Za-z_][A-Za-z0-9_]*)"#,
            options: [.anchorsMatchLines])
        var out: [String: String] = [:]
        for (path, text) in files {
            guard let folder = path.split(separator: "/").first.map(String.init), path.contains("/") else { continue }
            let ns = text as NSString
            for m in declaration.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                out[ns.substring(with: m.range(at: 1))] = folder
            }
        }
        return out
    }

    /// Problems, one line each: files outside the stage folders, and uses of a type declared in a
    /// later stage.
    static func check(_ files: [(path: String, text: String)], stages: [String]) -> [String] {
        let declared = declarations(files)
        let rank = Dictionary(uniqueKeysWithValues: stages.enumerated().map { ($1, $0) })
        var problems: [String] = []
        for (path, text) in files {
            let parts = path.split(separator: "/")
            guard parts.count > 1, let mine = rank[String(parts[0])] else {
                problems.append("\(path): not in a stage folder (\(stages.joined(separator: ", ")))")
                continue
            }
            var used = Set<String>()
            for word in identifiers(code(text)) where !used.contains(word) {
                guard let folder = declared[word], let theirs = rank[folder], theirs > mine else { continue }
                used.insert(word)
                problems.append("\(path) uses \(word) (declared in \(folder)/, a later stage)")
            }
        }
        return problems.sorted()
    }

    /// The text without comments and string literals.
    static func code(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        func at(_ s: String) -> Bool { text[i...].hasPrefix(s) }
        while i < text.endIndex {
            if at("//") {
                i = text[i...].firstIndex(of: "\n") ?? text.endIndex
            } else if at("/*") {
                i = text[i...].range(of: "*/").map(\.upperBound) ?? text.endIndex
            } else if at("\"\"\"") {
                let rest = text.index(i, offsetBy: 3)
                i = text[rest...].range(of: "\"\"\"").map(\.upperBound) ?? text.endIndex
            } else if text[i] == "\"" {
                var j = text.index(after: i)
                while j < text.endIndex && text[j] != "\"" && text[j] != "\n" {
                    j = text[j] == "\\" && text.index(after: j) < text.endIndex ? text.index(j, offsetBy: 2) : text.index(after: j)
                }
                i = j < text.endIndex ? text.index(after: j) : j
            } else {
                out.append(text[i])
                i = text.index(after: i)
            }
        }
        return out
    }

    /// The identifiers of Swift code, in order.
    static func identifiers(_ code: String) -> [String] {
        var out: [String] = []
        var word = ""
        for c in code.unicodeScalars {
            if c == "_" || (c.isASCII && (CharacterSet.alphanumerics.contains(c))) {
                word.unicodeScalars.append(c)
            } else {
                if !word.isEmpty, !(word.first!.isNumber) { out.append(word) }
                word = ""
            }
        }
        if !word.isEmpty, !(word.first!.isNumber) { out.append(word) }
        return out
    }
}
