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

    /// Mentions are written as each batch of articles is merged (in input order), through a
    /// buffer, never holding the corpus: the output is as large as the input's mentions.
    func run() throws {
        try input.refuseOverwriting(output)
        var result: Pipeline.Output?
        try OutputFile.stream(to: output, quiet: input.quiet) { out in
            let buffer = LineBuffer(out)
            if format == .tsv { buffer.append(MentionTable.tsvHeader) }
            let pipeline = try input.makePipeline()
            let kb = pipeline.kb
            result = try input.runPipeline(pipeline, linked: { la in
                for m in la.mentions where !unresolved || m.resolution == .unresolved {
                    buffer.append(format == .tsv ? MentionTable.tsv(m, kb: kb) : MentionTable.json(m, kb: kb))
                }
            }).output
            try buffer.flush()
        }
        if let result { try input.finish(result) }
    }
}
