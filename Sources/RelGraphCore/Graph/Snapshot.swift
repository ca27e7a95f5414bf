import Foundation

/// The snapshot file: a graph saved as JSON, readable back. Schema (version 1) in
/// docs/snapshot.md. Keys are sorted, numbers have a fixed format, one node, edge, event or
/// article per line.
public enum Snapshot {
    public static let format = "relgraph-snapshot"
    public static let version = 1

    /// True when the file looks like a snapshot: it starts with `{` and names the format (keys are
    /// sorted, so `"format"` comes after the edge and event lists: the whole file is searched, in chunks).
    public static func looksLikeSnapshot(atPath path: String) -> Bool {
        let needles = ["\"format\": \"\(format)\"", "\"format\":\"\(format)\""].map { Data($0.utf8) }
        let overlap = needles[0].count - 1
        return (try? InputFile.withOpened(path) { file in
            var chunk = [UInt8](repeating: 0, count: SnapshotWriter.defaultChunkSize)
            var window = Data()
            var started = false
            while case let n = try chunk.withUnsafeMutableBytes({ try file.read(into: $0) }), n > 0 {
                window.append(contentsOf: chunk[..<n])
                if !started {
                    guard let c = window.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) else { continue }
                    guard c == UInt8(ascii: "{") else { return false }
                    started = true
                }
                if needles.contains(where: { window.range(of: $0) != nil }) { return true }
                window = Data(window.suffix(overlap))
            }
            return false
        }) ?? false
    }

    /// Reads a snapshot from bytes in memory; errors name `file`.
    public static func read(_ data: Data, file: String) throws -> RelationGraph {
        var reader = SnapshotReader(JSONPullParser(file: file, data: data))
        return try reader.read()
    }

    /// Reads the snapshot file at `path` in chunks, so its size does not matter; errors name `path`.
    public static func read(contentsOf path: String) throws -> RelationGraph {
        do {
            return try InputFile.withOpened(path) { file in
                var reader = SnapshotReader(JSONPullParser(file: path) { try file.read(into: $0) })
                return try reader.read()
            }
        } catch let e as InputFile.Failure {
            throw SnapshotError.unreadable(file: path, reason: e.reason)
        }
    }
}

/// The error of snapshot reading.
public enum SnapshotError: Error, Sendable, CustomStringConvertible {
    /// `file` carries `:line[:column]` when the place is known.
    case malformed(file: String, message: String)
    case unsupportedVersion(file: String, version: Int, supported: Int)
    /// The file cannot be opened or read.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .malformed(let file, let message):
            return "\(file): \(message). Rebuild it with `relgraph build`."
        case .unreadable(let file, let reason):
            return "\(file): cannot read (\(reason)); check the path and its permissions."
        case .unsupportedVersion(let file, let v, let s):
            return "\(file): snapshot version \(v) is not supported (this relgraph reads version \(s)); rebuild it with this relgraph's `build`."
        }
    }
}
