import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles: .txt files, .jsonl corpora or folders of them; - reads standard input (.txt or .jsonl) (default: seeds/ in the current directory).")
    var inputs: [String] = []

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .customLong("as-of"), help: "Date (YYYY-MM-DD) for articles with no date of their own (default: today).")
    var asOf: String?

    @Flag(help: "Exit with status 1 when any input had a problem (diagnostics of warning or error level).")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print no diagnostics or summary on stderr.")
    var quiet = false

    @Option(name: .customLong("on-invalid"), help: "Text that is not valid UTF-8: skip the article, or replace the bad bytes with U+FFFD.")
    var onInvalid: ArticleReader.InvalidTextPolicy = .skip

    @Option(name: .customLong("max-article-bytes"), help: "Skip articles (files or .jsonl lines) larger than this many bytes.")
    var maxArticleBytes: Int = 16 << 20

    @Flag(name: .customLong("follow-links"), help: "Follow symbolic links in input folders that lead out of the folder (by default they are reported and skipped).")
    var followLinks = false

    /// The folder read when no inputs are given (the README's quick start runs in the repository).
    static let defaultInputs = "seeds"

    /// The inputs, or the default folder when there is one in the current directory.
    var paths: [String] {
        get throws {
            guard inputs.isEmpty else { return inputs }
            guard FileManager.default.fileExists(atPath: Self.defaultInputs) else {
                throw CLIError(message: "no inputs given and no \(Self.defaultInputs)/ folder here to read by default; "
                                      + "give articles (.txt, .jsonl or folders), or - to read standard input")
            }
            return [Self.defaultInputs]
        }
    }

    /// Refuses outputs that are inputs or each other (`OutputFile.refuseOverwriting`).
    func refuseOverwriting(_ outputs: String?...) throws {
        try OutputFile.refuseOverwriting(inputs: try paths, outputs: outputs.compactMap { $0 })
    }

    func validate() throws {
        if let asOf, Day(iso: asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, got '\(asOf)'") }
    }

    func day() -> Day { asOf.flatMap(Day.init(iso:)) ?? Day.today() }

    func loadKnowledgeBase() throws -> KnowledgeBase { try knowledge.load() }

    /// A pipeline with these options (knowledge base, --as-of, --on-invalid, --max-article-bytes).
    func makePipeline() throws -> Pipeline {
        var pipeline = Pipeline(kb: try loadKnowledgeBase(), asOf: day())
        pipeline.onInvalid = onInvalid
        pipeline.maxArticleBytes = maxArticleBytes
        pipeline.followLinks = followLinks
        return pipeline
    }

    /// Reads, links and builds (with `pipeline`, else one made from these options); prints
    /// diagnostics unless quiet; fails when nothing was read. `since`/`until` keep only the
    /// articles dated in the window.
    func runPipeline(_ given: Pipeline? = nil, since: Day? = nil, until: Day? = nil, retainLinked: Bool = false, evidenceCap: Int = 10,
                     evidence: ((String) -> Void)? = nil, linked: ((LinkedArticle) -> Void)? = nil) throws -> (pipeline: Pipeline, output: Pipeline.Output) {
        var pipeline = try given ?? makePipeline()
        pipeline.retainLinked = retainLinked
        pipeline.evidenceCap = evidenceCap
        let paths = try self.paths
        if let store = try StoreInput.open(paths) {
            let window = DayWindow(since: since, until: until)
            let out: Pipeline.Output
            if evidence != nil {
                throw CLIError(message: "\(store.path) is a store: its evidence is written by `relgraph export \(store.path) --format events`")
            }
            if retainLinked || linked != nil {
                // Mentions are listed by linking the stored articles again.
                out = pipeline.run(articles: try store.articles(in: window), filesRead: 1, linked: linked)
            } else {
                let g = try store.graph(in: window, evidenceCap: evidenceCap)
                out = StoreInput.output(g.graph, articles: g.articles)
            }
            report(out)
            return (pipeline, out)
        }
        var bar = ProgressBar(enabled: !quiet, totalBytes: paths.reduce(0) { $0 + Self.size(of: $1) })
        let out = pipeline.run(paths: paths, since: since, until: until, progress: { bar.update($0) }, evidence: evidence, linked: linked)
        bar.finish()
        report(out)
        if out.articlesRead == 0 { throw ExitCode(1) }
        return (pipeline, out)
    }

    /// Bytes of a file, or of the files in a folder.
    static func size(of path: String) -> Int {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return 0 }
        if !isDir.boolValue { return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        var total = 0
        if let e = FileManager.default.enumerator(atPath: path) {
            for case let f as String in e { total += (try? FileManager.default.attributesOfItem(atPath: path + "/" + f)[.size] as? Int) ?? 0 }
        }
        return total
    }

    func report(_ out: Pipeline.Output) {
        guard !quiet else { return }
        Console.diagnostics(out.diagnostics)
        let problems = out.problemCount
        let unresolved = out.unresolvedCount
        Console.error("read \(out.articlesRead) article(s) from \(out.filesRead) file(s); \(problems) input problem(s); "
            + "\(unresolved) unresolved mention(s); graph: \(out.graph.nodes.count) nodes, \(out.graph.edges.count) edges")
    }

    /// Exit status 1 under --strict when any input problem was reported.
    func finish(_ out: Pipeline.Output) throws {
        if strict && out.problemCount > 0 { throw ExitCode(1) }
    }
}

/// `--kb`: knowledge-base overlays, for every command that links.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: "A knowledge-base YAML file merged over the default (repeatable).")
    var knowledgeBases: [String] = []

    func load() throws -> KnowledgeBase {
        try KnowledgeLoader.load(overlays: knowledgeBases.map { URL(fileURLWithPath: $0) })
    }
}

enum Console {
    /// One line on stderr. Control characters and line breaks (from file names, KB names or article
    /// text) are written as `\u{…}` escapes (`TerminalText`), so that no input can move the cursor,
    /// recolour the terminal or forge a line.
    static func error(_ s: String) {
        FileHandle.standardError.write(Data((printable(s) + "\n").utf8))
    }

    /// Each diagnostic on its line, as `ErrorMessages.diagnostic` words it.
    static func diagnostics(_ ds: [Diagnostic]) {
        for d in ds { error(ErrorMessages.diagnostic(d).description) }
    }

    static func printable(_ s: String) -> String { TerminalText.escape(s) }

    /// One line on standard output, escaped as `error` escapes stderr lines (for lines that are
    /// the command's result, as `kb lint`'s findings).
    static func output(_ s: String) {
        print(printable(s))
    }
}

extension ArticleReader.InvalidTextPolicy: ExpressibleByArgument {}
