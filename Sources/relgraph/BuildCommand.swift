import ArgumentParser
import RelGraphCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Link articles and save the graph as a snapshot (JSON).")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Snapshot file to write ('-' for standard output).")
    var output: String = "-"

    func run() throws {
        let out = try input.runPipeline().output
        try OutputFile.write(Snapshot.json(out.graph), to: output)
        try input.finish(out)
    }
}
