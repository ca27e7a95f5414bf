import Foundation
import RelGraphCore

/// Command output: `-` is standard output; anything else is written atomically (`AtomicFile`) and
/// announced as `wrote PATH` on stderr unless `quiet`, so a user sees where every file went.
enum OutputFile {
    static func write(_ data: Data, to path: String, quiet: Bool) throws {
        try stream(to: path, quiet: quiet) { try $0.write(data) }
    }

    static func write(_ text: String, to path: String, quiet: Bool) throws { try write(Data(text.utf8), to: path, quiet: quiet) }

    /// Writes incrementally: `body` appends through the output, which is standard output for `-`
    /// and otherwise a temporary file renamed over `path` when `body` returns.
    static func stream(to path: String, quiet: Bool, _ body: (FileOutput) throws -> Void) throws {
        if path == "-" { return try body(.standardOutput) }
        try AtomicFile.stream(to: path, body)
        announce(path, quiet: quiet)
    }

    /// Streams the snapshot of `g` to `path` in `SnapshotWriter` chunks (never the whole text at once).
    static func snapshot(_ g: RelationGraph, to path: String, quiet: Bool) throws {
        try stream(to: path, quiet: quiet) { out in try SnapshotWriter().write(g) { try out.write($0) } }
    }

    /// Refuses (as wrong usage) an output that is one of the inputs, lies in an input folder as a
    /// file it would read (.txt, .jsonl), or is another output: compared by device and inode, so
    /// `c.jsonl`, `./c.jsonl` and a link to it are one file. Checked before anything is written.
    /// Standard output (`-`) and devices or pipes (`/dev/null`) are never refused.
    static func refuseOverwriting(inputs: [String], outputs: [String]) throws {
        let inputFiles = inputs.filter { $0 != "-" }.compactMap { p in FileIdentity(path: p).map { (p, $0) } }
        var seen: [FileIdentity.Target: String] = [:]
        for output in outputs where output != "-" {
            let target = FileIdentity.target(of: output)
            if case .existing(let id) = target {
                guard id.isOrdinary else { continue }
                if let (input, _) = inputFiles.first(where: { $0.1 == id }) {
                    throw CLIError(message: "\(output) is the input \(input): writing it would destroy it; choose another output file", usage: true)
                }
                let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
                if ext == "txt" || ext == "jsonl", let (folder, _) = inputFiles.first(where: { $0.1.contains(output) }) {
                    throw CLIError(message: "\(output) is an article in the input folder \(folder): writing it would destroy it; choose another output file", usage: true)
                }
            }
            if let other = seen[target] {
                let also = other == output ? "" : " (also as \(other))"
                throw CLIError(message: "\(output) is given as two outputs\(also): give each output its own file", usage: true)
            }
            seen[target] = output
        }
    }

    /// `wrote PATH` on stderr, for a file written by other means than `write` and `stream`.
    static func announce(_ path: String, quiet: Bool) {
        if !quiet { Console.error("wrote \(path)") }
    }

    /// The format an output path asks for by its extension, lower-cased, with `gv` read as `dot`;
    /// nil for standard output and for a name without an extension.
    static func formatName(of path: String) -> String? {
        guard path != "-" else { return nil }
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ext.isEmpty ? nil : ext == "gv" ? "dot" : ext
    }
}
