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
        try input.refuseOverwriting(output, evidenceOut)
        var result: Pipeline.Output?
        if let evidenceOut {
            try OutputFile.stream(to: evidenceOut, quiet: input.quiet) { file in
                let sink = EvidenceSink(file)
                result = try input.runPipeline(evidenceCap: evidenceCap, evidence: { sink.write($0) }).output
                try sink.flush()
            }
        } else {
            result = try input.runPipeline(evidenceCap: evidenceCap).output
        }
        let out = result!
        try OutputFile.snapshot(out.graph, to: output, quiet: input.quiet)
        try input.finish(out)
    }
}
