import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphRender

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks that print figures (build with -c release for real numbers).",
        discussion: Help.discussion(examples: [
            "relgraph bench render --nodes 500",
            "relgraph bench corpus --articles 20000 -o corpus.jsonl",
            "relgraph bench ingest corpus.jsonl --repeat 3",
            "relgraph bench memory corpus.jsonl",
        ]),
        subcommands: [RenderBench.self, CentralityBench.self, CorpusBench.self, IngestBench.self, MemoryBench.self, StoreBench.self])
}

/// This process's resource usage so far (getrusage).
func selfUsage() -> rusage {
    var usage = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
}

/// Peak resident set size of this process, in MB (`ru_maxrss`: KiB on Linux, bytes on macOS).
func peakRSSMegabytes() -> Double {
    #if os(Linux)
    return Double(selfUsage().ru_maxrss) / 1024
    #else
    return Double(selfUsage().ru_maxrss) / 1024 / 1024
    #endif
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// CPU time (user + system) of this process so far, in seconds.
func cpuSeconds() -> Double {
    let usage = selfUsage()
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return s(usage.ru_utime) + s(usage.ru_stime)
}

func fixed(_ x: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", x) }

/// The median (mean of the two middle values for an even count).
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time layout + SVG rendering of a seeded random graph; check repeated renders for slowdown.",
        discussion: Help.discussion(examples: [
            "relgraph bench render --nodes 500",
            "relgraph bench render --nodes 30 --repeat 3000",
        ]))

    @Option(help: "Number of nodes.") var nodes: Int = 500
    @Option(help: "Number of edges (default: 2 × nodes).") var edges: Int?
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: "Layout: auto, dot, neato, fdp, sfdp, circo.") var layout: String = "auto"
    @Option(name: .customLong("repeat"), help: "How many times to render (the first and last tenth are compared).") var count: Int = 3

    func run() throws {
        let m = edges ?? nodes * 2
        let graph = RandomGraph.make(nodes: nodes, edges: m, seed: seed)
        let chosen = try Layout(parsing: layout).resolved(nodeCount: graph.nodes.count, edgeCount: graph.edges.count)
        print("graph: \(graph.nodes.count) nodes, \(graph.edges.count) edges (seed \(seed)); layout \(chosen.rawValue); Graphviz \(GraphvizRenderer.graphvizVersion)")
        var times: [Double] = []
        var size = 0
        for _ in 0..<max(1, count) {
            times.append(try seconds {
                size = try GraphvizRenderer.render(graph, options: RenderOptions(layout: chosen, legend: true)).count
            })
        }
        let tenth = max(1, times.count / 10)
        let first = times.prefix(tenth).reduce(0, +) / Double(tenth), last = times.suffix(tenth).reduce(0, +) / Double(tenth)
        print("renders: \(times.count); first: \(fixed(times[0])) s; min: \(fixed(times.min()!)) s; median: \(fixed(times.sorted()[times.count / 2])) s")
        print("first tenth avg: \(fixed(first)) s; last tenth avg: \(fixed(last)) s; ratio last/first: \(fixed(last / first, 2))")
        print("svg bytes: \(size); peak RSS: \(fixed(peakRSSMegabytes(), 1)) MB")
    }
}

struct CentralityBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Time exact weighted betweenness and PageRank on a seeded random graph (G(n, m), weights 1–10).",
        discussion: Help.discussion(examples: [
            "relgraph bench centrality",
            "relgraph bench centrality --nodes 1000 --edges 5000 --seed 2",
        ]))

    @Option(help: "Number of nodes.") var nodes: Int = 5000
    @Option(help: "Number of edges.") var edges: Int = 50000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Flag(help: "Also time closeness/harmonic and eigenvector.") var all = false

    func run() throws {
        let g = RandomGraph.make(nodes: nodes, edges: edges, seed: seed)
        let cg = CentralityGraph(ids: g.nodes.map(\.id), edges: g.edges.map { ($0.source, $0.target, $0.weight) }, directed: false)
        print("graph: \(cg.n) nodes, \(cg.edgeCount) edges (seed \(seed)); cores: \(ProcessInfo.processInfo.activeProcessorCount)")
        var b: [Double] = []
        let tb = seconds { b = Betweenness.compute(cg) }
        print("betweenness (exact, weighted, parallel): \(fixed(tb)) s   max \(fixed(b.max() ?? 0, 6))")
        if cg.n <= 20000 {
            let t1 = seconds { _ = Betweenness.compute(cg, parallel: false) }
            print("betweenness (one core):                  \(fixed(t1)) s   speed-up \(fixed(t1 / tb, 2))×")
        }
        var p: [Double] = []
        let tp = try seconds { p = try PageRank.compute(cg) }
        print("pagerank: \(fixed(tp, 4)) s   sum \(fixed(p.reduce(0, +), 6))")
        if all {
            let tc = seconds { _ = Closeness.compute(cg) }
            print("closeness + harmonic: \(fixed(tc)) s")
            let te = try seconds { _ = try Eigenvector.compute(cg) }
            print("eigenvector: \(fixed(te, 4)) s")
        }
        print("peak RSS (process): \(fixed(peakRSSMegabytes(), 1)) MB")
    }
}

struct CorpusBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write a seeded synthetic corpus (.jsonl, or .txt files into a folder) for benchmarks.",
        discussion: Help.discussion(examples: [
            "relgraph bench corpus --articles 20000 -o corpus.jsonl",
            "relgraph bench corpus --articles 500 -o corpus-folder/",
        ]))

    @Option(help: "Number of articles.") var articles: Int = 20000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(name: .shortAndLong, help: "A .jsonl file, or a folder for .txt files.") var output: String

    func run() throws {
        let gen = CorpusGenerator(kb: try KnowledgeLoader.loadDefault(), seed: seed)
        if output.hasSuffix(".jsonl") {
            _ = FileManager.default.createFile(atPath: output, contents: nil)  // (FileHandle below reports failure)
            guard let h = FileHandle(forWritingAtPath: output) else { throw CLIError(message: "\(output): cannot write") }
            var buffer = Data()
            for i in 0..<articles {
                buffer.append(contentsOf: Array((gen.record(i) + "\n").utf8))
                if buffer.count > 1 << 20 { h.write(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            h.write(buffer)
            try h.close()
        } else {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for i in 0..<articles {
                let o = try JSONSerialization.jsonObject(with: Data(gen.record(i).utf8)) as! [String: String]
                let text = "---\ndate: \(o["date"]!)\n---\n" + o["text"]!
                try text.write(toFile: "\(output)/\(o["id"]!).txt", atomically: false, encoding: .utf8)
            }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print("wrote \(articles) articles to \(output)\(size > 0 ? " (\(fixed(Double(size) / 1e6, 1)) MB)" : "")")
    }
}

struct IngestBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Build the graph from a corpus and print wall time, MB/s, articles/s, peak RSS and the 1-core vs all-core speed-up.",
        discussion: Help.discussion(examples: [
            "relgraph bench ingest corpus.jsonl",
            "relgraph bench ingest corpus.jsonl --repeat 5 --no-serial",
        ]))

    @Argument(help: "Corpus: .jsonl or a folder.") var inputs: [String]
    @Flag(help: "Skip the single-core run.") var noSerial = false
    @Option(help: "Runs of each kind (all cores, one core), alternated; medians are printed too (a shared machine's timings vary).")
    var `repeat` = 1

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let kb = try KnowledgeLoader.loadDefault()
        let bytes = inputs.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let asOf = Day(year: 2025, month: 1, day: 1)!
        let mb = Double(bytes) / 1e6
        var all: [Double] = [], one: [Double] = []
        for r in 0..<`repeat` {
            var out: Pipeline.Output?
            let cpu0 = cpuSeconds()
            let t = seconds { out = Pipeline(kb: kb, asOf: asOf).run(paths: inputs) }
            let cpu = cpuSeconds() - cpu0
            all.append(t)
            let n = out!.articlesRead
            if r == 0 {
                print("corpus: \(n) articles, \(fixed(mb, 1)) MB; graph \(out!.graph.nodes.count) nodes, \(out!.graph.edges.count) edges, \(out!.graph.events.count) events")
            }
            print("all cores: \(fixed(t)) s  \(fixed(mb / t, 1)) MB/s  \(fixed(Double(n) / t, 0)) articles/s  CPU \(fixed(cpu, 2)) s (cores busy \(fixed(cpu / t, 2)) of \(ProcessInfo.processInfo.activeProcessorCount))")
            // The peak of one ingestion (with its graph held), before the single-core run adds its own.
            if r == 0 { print("peak RSS (all-core run): \(fixed(peakRSSMegabytes(), 1)) MB") }
            out = nil
            if !noSerial {
                var p = Pipeline(kb: kb, asOf: asOf)
                p.threads = 1
                let cpu1 = cpuSeconds()
                let t1 = seconds { _ = p.run(paths: inputs) }
                one.append(t1)
                print("one core:  \(fixed(t1)) s  \(fixed(mb / t1, 1)) MB/s  speed-up \(fixed(t1 / t, 2))×  CPU \(fixed(cpuSeconds() - cpu1, 2)) s")
            }
        }
        if `repeat` > 1 {
            let a = median(all)
            var line = "median of \(`repeat`): all cores \(fixed(a)) s  \(fixed(mb / a, 1)) MB/s"
            if !one.isEmpty { let o = median(one); line += "; one core \(fixed(o)) s  \(fixed(mb / o, 1)) MB/s; speed-up \(fixed(o / a, 2))×" }
            print(line)
        }
        print("peak RSS (process): \(fixed(peakRSSMegabytes(), 1)) MB")
    }
}
