import ArgumentParser
import Foundation
import RelGraphCore

@main
struct RelGraphCommand: ParsableCommand {
    /// Entry point: temporary output files are removed if the run is interrupted; errors are
    /// reported through `ErrorMessages`, ArgumentParser's own usage errors escaped as every stderr
    /// line is and with exit status 2, as the help says.
    static func main() {
        AtomicFile.installSignalCleanup()
        do {
            var command = try parseAsRoot(CommandLineArguments.joiningNegativeValues(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            if let message = ErrorMessages.message(for: error) {
                Console.error("Error: " + message)
                Foundation.exit(ErrorMessages.status(for: error))
            }
            let code = exitCode(for: error)
            // Help and --version go to standard output as ArgumentParser writes them.
            if code == .success { exit(withError: error) }
            let text = fullMessage(for: error)
            if !text.isEmpty { for line in text.split(separator: "\n", omittingEmptySubsequences: false) { Console.error(String(line)) } }
            Foundation.exit(ErrorMessages.status(for: code))
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
        subcommands: [BuildCommand.self, RenderCommand.self, LinkCommand.self, KnowledgeCommand.self, EvalCommand.self, ExportCommand.self, CentralityCommand.self, CommunitiesCommand.self, DiffCommand.self, ReportCommand.self, MergeCommand.self, AddCommand.self, RelinkCommand.self, TimelineCommand.self, BenchCommand.self]
    )
}
