import ArgumentParser
import Foundation

/// `relgraph bench memory CORPUS`: runs `build`, `link`, `kb suggest` and `report` on a corpus,
/// each in its own process (this executable), and prints each one's wall time and peak RSS
/// (`wait4`'s `ru_maxrss`) and its ratio to `build`'s: the commands that see every mention stream
/// them, so none should need much more memory than `build`.
struct MemoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Print the peak RSS of build, link, kb suggest and report on a corpus (each in its own process).",
        discussion: Help.discussion(examples: [
            "relgraph bench corpus --articles 80000 -o c.jsonl && relgraph bench memory c.jsonl",
        ]))

    @Argument(help: "Corpus: .jsonl or a folder.") var inputs: [String]

    @Option(help: "Fail (exit 1) when a command's peak RSS is over this many times build's.") var maxRatio: Double = 2

    func run() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-bench-memory-\(getpid())").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let runs: [(String, [String])] = [
            ("build", ["build"] + inputs + ["-q", "-o", "\(work)/graph.json"]),
            ("link", ["link"] + inputs + ["-q", "-o", "\(work)/mentions.jsonl"]),
            ("kb suggest", ["kb", "suggest"] + inputs + ["-q", "-o", "\(work)/stubs.yaml"]),
            ("report", ["report"] + inputs + ["-q", "-o", "\(work)/report"]),
        ]
        var base: Double?
        var over: [String] = []
        print("command       seconds   peak RSS (MB)   × build")
        for (name, args) in runs {
            let (status, wall, peak) = try Self.measure(args)
            guard status == 0 else { throw CLIError(message: "bench memory: \(name) exited with status \(status)") }
            let ratio = peak / (base ?? peak)
            if base == nil { base = peak }
            if ratio > maxRatio { over.append(name) }
            print(name.padding(toLength: 12, withPad: " ", startingAt: 0) + "  " + fixed(wall, 1).leftPad(7) + "   "
                  + fixed(peak, 1).leftPad(13) + "   " + fixed(ratio, 2).leftPad(7))
        }
        if !over.isEmpty {
            throw CLIError(message: "bench memory: \(over.joined(separator: ", ")) used more than \(fixed(maxRatio, 1)) × build's peak RSS")
        }
    }

    /// Runs this executable with `args`: exit status, wall seconds, peak RSS in MB.
    static func measure(_ args: [String]) throws -> (Int32, Double, Double) {
        let exe = "/proc/self/exe"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ([CommandLine.arguments[0]] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, exe, nil, nil, argv, environ)
        guard rc == 0 else { throw CLIError(message: "bench memory: cannot start \(exe) (\(String(cString: strerror(rc))))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exited = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exited, wall, Double(usage.ru_maxrss) / 1024)
    }
}

private extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: Swift.max(0, width - count)) + self }
}
