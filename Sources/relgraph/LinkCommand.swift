import ArgumentParser
import RelGraphCore

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "List every mention found in the articles and what it was linked to.",
        discussion: Help.discussion(examples: [
            "relgraph link article.txt --as-of 2024-04-14",
            "relgraph link articles/ --format tsv -o mentions.tsv",
            "relgraph link corpus.jsonl --unresolved",
        ]))

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl (one JSON object per mention) or tsv.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "File to write ('-' for standard output).")
    var output: String = "-"

    @Flag(help: "Only unresolved mentions.")
    var unresolved = false

    func run() throws {
        try input.refuseOverwriting(output)
        let (pipeline, out) = try input.runPipeline(retainLinked: true)
        let kb = pipeline.kb
        var text = format == .tsv ? MentionTable.tsvHeader + "\n" : ""
        for la in out.linked {
            for m in la.mentions where !unresolved || m.resolution == .unresolved {
                text += (format == .tsv ? MentionTable.tsv(m, kb: kb) : MentionTable.json(m, kb: kb)) + "\n"
            }
        }
        try OutputFile.write(text, to: output, quiet: input.quiet)
        try input.finish(out)
    }
}
