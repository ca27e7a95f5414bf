import ArgumentParser
import Foundation
import RelGraphCore

@main
struct RelGraphCommand: ParsableCommand {
    /// Entry point: temporary output files are removed if the run is interrupted; errors are
    /// reported through `ErrorMessages`.
    static func main() {
        AtomicFile.installSignalCleanup()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard let message = ErrorMessages.message(for: error) else { exit(withError: error) }
            Console.error("Error: " + message)
            Foundation.exit(ErrorMessages.status(for: error))
        }
    }

    /// Printed by `relgraph --version`.
    static let version = "relgraph 0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Bilateral-relations graphs of officials and countries from Arabic news.",
        discussion: Help.discussion("""
            Reads Arabic articles (.txt with optional front matter, .jsonl, or folders of them; - for \
            standard input), links names and titles to knowledge-base entities on each article's date, and \
            builds a weighted graph.

            Exit status: 0 success; 1 nothing could be read, a fatal error, or (with --strict) any input \
            problem; 2 wrong usage.
            """, examples: [
                "relgraph build articles/ -o graph.json",
                "relgraph render graph.json -o graph.svg",
                "relgraph report articles/ --split-at 2025-01-01 -o report/",
                "cat news.jsonl | relgraph export - -o graph.gexf",
            ]),
        version: version,
        subcommands: [BuildCommand.self, RenderCommand.self, LinkCommand.self, KnowledgeCommand.self, EvalCommand.self, ExportCommand.self, CentralityCommand.self, DiffCommand.self, ReportCommand.self, MergeCommand.self, BenchCommand.self]
    )
}
