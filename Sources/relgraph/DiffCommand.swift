import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore
import RelGraphRender

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two batches: entities, relations, ranks, country pairs.",
        discussion: Help.discussion("""
            Sides: `relgraph diff BEFORE AFTER`, each a snapshot, a folder, a .jsonl corpus or files (comma-separated); \
            or one corpus split by date: `relgraph diff CORPUS… --split-at 2021-01-01`, or \
            `--before-window 2020-01-01..2020-12-31 --after-window 2025-01-01..2025-12-31`. Both sides are linked \
            with the same knowledge base and settings. `-o` may be given several times: .svg/.png/.pdf draw the \
            diff, .md writes Markdown, .json the JSON report (docs/diff.md), anything else the table. Lists \
            are sorted by the size of the change, largest first.
            """, examples: [
                "relgraph diff 2024.json 2025.json",
                "relgraph diff corpus.jsonl --split-at 2025-01-01 -o diff.svg -o diff.md",
                "relgraph diff old/ new/ --format json > diff.json",
            ]))

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("split-at"), help: "Articles dated before this day are the before side, the others the after side.")
    var splitAt: String?

    @Option(name: [.customLong("before-window"), .customLong("before")], help: "FROM..TO (inclusive dates) of the before side.")
    var beforeWindow: String?

    @Option(name: [.customLong("after-window"), .customLong("after")], help: "FROM..TO (inclusive dates) of the after side.")
    var afterWindow: String?

    @Option(name: .customLong("min-change"), help: "Ignore weight changes smaller than this.")
    var minChange: Double = 0

    @Option(name: .customLong("rank-measure"), help: "Measure for rank movers (people layer).")
    var rankMeasure: String = "degree"

    @Option(help: "How many rank movers to list.")
    var movers: Int = 10

    @Option(help: "Format for standard output: table, markdown or json.")
    var format: DiffFormat = .table

    @Option(name: .shortAndLong, help: "File to write (repeatable); the extension picks the output.")
    var output: [String] = []

    @Option(help: "Node labels in the picture: ar, en or both.")
    var labels: LabelLanguage = .ar

    func validate() throws {
        for (flag, v) in [("--before-window", beforeWindow), ("--after-window", afterWindow)] {
            if let v, Self.window(v) == nil { throw ValidationError("\(flag) must be FROM..TO with dates YYYY-MM-DD, got '\(v)'") }
        }
        if let splitAt, Day(iso: splitAt) == nil { throw ValidationError("--split-at must be a date YYYY-MM-DD") }
        if (beforeWindow == nil) != (afterWindow == nil) { throw ValidationError("give both --before-window and --after-window") }
        if splitAt != nil && beforeWindow != nil { throw ValidationError("give --split-at or the two windows, not both") }
        if splitAt == nil && beforeWindow == nil && input.inputs.count != 2 {
            throw ValidationError("give two sides (BEFORE AFTER), or a corpus with --split-at or --before-window/--after-window")
        }
        if !minChange.isFinite || minChange < 0 { throw ValidationError("--min-change must be a number >= 0 (got \(minChange))") }
        if movers < 0 { throw ValidationError("--movers must be >= 0") }
        if CentralityMeasure(rawValue: rankMeasure) == nil { throw ValidationError("unknown --rank-measure '\(rankMeasure)'") }
    }

    static func window(_ s: String) -> (Day, Day)? {
        let parts = s.components(separatedBy: "..")
        guard parts.count == 2, let a = Day(iso: parts[0]), let b = Day(iso: parts[1]), a <= b else { return nil }
        return (a, b)
    }

    func run() throws {
        try OutputFile.refuseOverwriting(inputs: input.inputs.flatMap { $0.split(separator: ",").map(String.init) }, outputs: output)
        let pipeline = try input.makePipeline()
        var diagnostics: [Diagnostic] = []
        let (before, after): (RelationGraph, RelationGraph)
        if splitAt != nil || beforeWindow != nil, let store = try StoreInput.open(try input.paths) {
            // The two windows of one store.
            let (b, a): (DayWindow, DayWindow)
            if let s = splitAt.flatMap(Day.init(iso:)) {
                (b, a) = (DayWindow(until: s.adding(days: -1)), DayWindow(since: s))
            } else {
                let (b0, b1) = Self.window(beforeWindow!)!, (a0, a1) = Self.window(afterWindow!)!
                (b, a) = (DayWindow(since: b0, until: b1), DayWindow(since: a0, until: a1))
            }
            (before, after) = (try store.graph(in: b, evidenceCap: 10).graph, try store.graph(in: a, evidenceCap: 10).graph)
        } else if splitAt != nil || beforeWindow != nil {
            let read = pipeline.reader.read(paths: try input.paths)
            diagnostics = read.diagnostics
            let (b, a): ((Article) -> Bool, (Article) -> Bool)
            if let s = splitAt.flatMap(Day.init(iso:)) {
                b = { $0.date < s }
                a = { $0.date >= s }
            } else {
                let (b0, b1) = Self.window(beforeWindow!)!, (a0, a1) = Self.window(afterWindow!)!
                b = { $0.date >= b0 && $0.date <= b1 }
                a = { $0.date >= a0 && $0.date <= a1 }
            }
            let ob = pipeline.run(articles: read.articles.filter(b)), oa = pipeline.run(articles: read.articles.filter(a))
            diagnostics += ob.diagnostics + oa.diagnostics
            (before, after) = (ob.graph, oa.graph)
            if read.articles.isEmpty { report(diagnostics); throw ExitCode(1) }
        } else {
            (before, after) = (try side(input.inputs[0], pipeline, &diagnostics), try side(input.inputs[1], pipeline, &diagnostics))
        }
        report(diagnostics)
        let diff = try GraphDiff.compute(before: before, after: after, minChange: minChange,
                                         rankMeasure: CentralityMeasure(rawValue: rankMeasure)!, movers: movers)
        var names: [String: String] = [:]
        for n in before.nodes + after.nodes { names[n.id] = n.name }
        if output.isEmpty { print(format.render(diff, names: names), terminator: "") }
        for path in output {
            let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
            switch ext {
            case "svg", "png", "pdf":
                let u = GraphDiff.union(before: before, after: after, diff: diff)
                var options = RenderOptions(format: try OutputFormat(parsing: ext), labels: labels, title: "relgraph diff", legend: true)
                options.diff = DiffMarks(nodes: u.nodeStatus, edges: u.edgeStatus)
                RenderWarning.warnIfCostly(u.graph, layout: options.layout, quiet: input.quiet)
                try OutputFile.write(Data(try GraphvizRenderer.render(u.graph, options: options)), to: path, quiet: input.quiet)
            case "md", "markdown": try OutputFile.write(DiffFormat.markdown.render(diff, names: names), to: path, quiet: input.quiet)
            case "json": try OutputFile.write(DiffFormat.json.render(diff, names: names), to: path, quiet: input.quiet)
            default: try OutputFile.write(format.render(diff, names: names), to: path, quiet: input.quiet)
            }
        }
        if input.strict && diagnostics.contains(where: { $0.severity >= .warning }) { throw ExitCode(1) }
    }

    /// One side: a snapshot, or articles (comma-separated paths allowed).
    func side(_ spec: String, _ pipeline: Pipeline, _ diagnostics: inout [Diagnostic]) throws -> RelationGraph {
        let paths = spec.split(separator: ",").map(String.init)
        if let g = try SnapshotInput.graph(from: paths) { return g }
        let out = pipeline.run(paths: paths)
        diagnostics += out.diagnostics
        if out.articlesRead == 0 { report(diagnostics); throw CLIError(message: "diff: nothing could be read from \(spec)") }
        return out.graph
    }

    func report(_ diagnostics: [Diagnostic]) {
        guard !input.quiet else { return }
        Console.diagnostics(diagnostics)
    }
}

extension DiffFormat: ExpressibleByArgument {}
