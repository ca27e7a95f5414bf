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

    @Argument(help: "Gold JSONL files (default: gold/persons.jsonl gold/seeds.jsonl).")
    var files: [String] = []

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .customLong("min-f1"), help: "Exit with status 1 when the overall F1 is below this, or a title-by-date case is wrong.")
    var minF1: Double?

    func run() throws {
        let paths = files.isEmpty ? ["gold/persons.jsonl", "gold/seeds.jsonl"] : files
        let linker = Linker(kb: try knowledge.load())
        var records: [LinkEvaluation.Record] = []
        var root = URL(fileURLWithPath: ".")
        for p in paths {
            do { records += try LinkEvaluation.load(URL(fileURLWithPath: p)) } catch let e as EvaluationError { throw CLIError(message: e.message) }
            root = URL(fileURLWithPath: p).deletingLastPathComponent().deletingLastPathComponent()
        }
        let report = LinkEvaluation.evaluate(records, linker: linker, root: root)
        print(report.table(), terminator: "")
        if let minF1, report.total.f1 < minF1 || !report.titleByDateWrong.isEmpty { throw ExitCode(1) }
    }
}
