import ArgumentParser
import RelGraphCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Link articles and save the graph as a snapshot (JSON).",
        discussion: Help.discussion(examples: [
            "relgraph build articles/ -o graph.json",
            "relgraph build a.txt b.txt --as-of 2025-10-15 --strict -o graph.json",
            "relgraph build corpus.jsonl -o graph.json --evidence-out evidence.jsonl",
            "cat news.jsonl | relgraph build - > graph.json",
        ]))

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Snapshot file to write ('-' for standard output).")
    var output: String = "-"

    @Option(name: .customLong("evidence-cap"), help: "Evidence sentences kept per event in the snapshot (all are counted).")
    var evidenceCap: Int = 10

    @Option(name: .customLong("evidence-out"), help: "Also write every piece of evidence to this .jsonl file, in input order.")
    var evidenceOut: String?

    func run() throws {
        var sink: EvidenceSink?
        if let evidenceOut { sink = try EvidenceSink(path: evidenceOut) }
        let out = try input.runPipeline(evidenceCap: evidenceCap, evidence: sink.map { s in { s.write($0) } }).output
        try sink?.close(quiet: input.quiet)
        try OutputFile.snapshot(out.graph, to: output, quiet: input.quiet)
        try input.finish(out)
    }
}
