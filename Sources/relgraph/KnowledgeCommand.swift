import ArgumentParser
import Foundation
import RelGraphCore

struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Check and extend knowledge bases.",
        discussion: Help.discussion(examples: [
            "relgraph kb lint my-kb.yaml",
            "relgraph kb suggest articles/ -o stubs.yaml",
            "relgraph kb import results.json -o wikidata.yaml",
        ]),
        subcommands: [LintCommand.self, SuggestCommand.self, ImportCommand.self])
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Report errors in knowledge-base files with file:line (default: the built-in knowledge base).",
        discussion: Help.discussion("""
            Files given are checked on top of the default knowledge base unless --alone is set. Exit \
            status 1 when any error is found.
            """, examples: [
                "relgraph kb lint",
                "relgraph kb lint my-kb.yaml",
                "relgraph kb lint kb/ --alone",
            ]))

    @Argument(help: "YAML files or folders to check.")
    var files: [String] = []

    @Flag(help: "Check the files without the default knowledge base.")
    var alone = false

    func run() throws {
        let findings = KnowledgeLint.lint(files: files.map { URL(fileURLWithPath: $0) }, withDefault: !alone || files.isEmpty)
        for f in findings { print(f.description) }
        let errors = findings.filter { $0.severity == .error }.count
        Console.error("\(errors) error(s), \(findings.count - errors) warning(s)")
        if errors > 0 { throw ExitCode(1) }
    }
}
