import ArgumentParser
import RelGraphCore

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Write YAML stubs for titled persons the knowledge base does not know (ambassadors, attachés…).",
        discussion: Help.discussion(examples: [
            "relgraph kb suggest articles/ -o stubs.yaml",
            "relgraph kb suggest corpus.jsonl --kb mine.yaml",
        ]))

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "YAML file to write ('-' for standard output).")
    var output: String = "-"

    func run() throws {
        try input.refuseOverwriting(output)
        // Only the stubs are kept, article by article (the corpus is not held).
        var stubs = KnowledgeSuggest.Collector()
        let out = try input.runPipeline(linked: { stubs.add($0) }).output
        try OutputFile.write(KnowledgeSuggest.yaml(stubs.stubs), to: output, quiet: input.quiet)
        try input.finish(out)
    }
}
