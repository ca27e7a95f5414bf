import Foundation
import RelGraphCore

/// Command output: `-` is standard output; anything else is written atomically (`AtomicFile`).
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        try stream(to: path) { try $0.write(data) }
    }

    static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    /// Writes incrementally: `body` appends through the output, which is standard output for `-`
    /// and otherwise a temporary file renamed over `path` when `body` returns.
    static func stream(to path: String, _ body: (FileOutput) throws -> Void) throws {
        do {
            if path == "-" { try body(.standardOutput) } else { try AtomicFile.stream(to: path, body) }
        } catch let e as AtomicFile.WriteError {
            throw CLIError(message: e.description)
        }
    }

    /// Streams the snapshot of `g` to `path` in `SnapshotWriter` chunks (never the whole text at once).
    static func snapshot(_ g: RelationGraph, to path: String) throws {
        try stream(to: path) { out in try SnapshotWriter().write(g) { try out.write($0) } }
    }
}
