import ArgumentParser
import Foundation
import RelGraphCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score person linking against gold files (precision, recall, F1 per phenomenon).",
        discussion: Help.discussion("""
            Gold format: see LinkEvaluation in the library docs. Without files, the project's gold set \
            (gold/persons.jsonl and gold/seeds.jsonl, relative to the current directory) is read.
            """, examples: [
                "relgraph eval",
                "relgraph eval my-gold.jsonl --kb extra.yaml --min-f1 0.95",
            ]))

    /// The project's gold set, read when no files are given (from the repository's root).
    static let defaultFiles = ["gold/persons.jsonl", "gold/seeds.jsonl"]

    @Argument(help: "Gold JSONL files (default: gold/persons.jsonl gold/seeds.jsonl in the current directory).")
    var files: [String] = []

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .customLong("min-f1"), help: "Exit with status 1 when the overall F1 is below this, or a title-by-date case is wrong.")
    var minF1: Double?

    func run() throws {
        let paths = files.isEmpty ? Self.defaultFiles : files
        if files.isEmpty, let missing = paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw CLIError(message: "no gold files given and no \(missing) here to read by default; run in the relgraph repository or give gold .jsonl files")
        }
        let linker = Linker(kb: try knowledge.load())
        var records: [LinkEvaluation.Record] = []
        var root = URL(fileURLWithPath: ".")
        for p in paths {
            records += try LinkEvaluation.load(URL(fileURLWithPath: p))
            root = URL(fileURLWithPath: p).deletingLastPathComponent().deletingLastPathComponent()
        }
        let report = LinkEvaluation.evaluate(records, linker: linker, root: root)
        // Line by line, escaped for the terminal (gold files' ids and texts are data).
        for line in report.table().split(separator: "\n", omittingEmptySubsequences: false).dropLast() { Console.output(String(line)) }
        if let minF1, report.total.f1 < minF1 || !report.titleByDateWrong.isEmpty { throw ExitCode(1) }
    }
}
