import Foundation

/// The snapshot file: a graph saved as JSON, readable back. Schema (version 1) in
/// docs/snapshot.md. Keys are sorted, numbers have a fixed format, one node, edge, event or
/// article per line.
public enum Snapshot {
    public static let format = "relgraph-snapshot"
    public static let version = 1

    /// What a `.json` file given as input is, so that each case gets its own message.
    public enum Probe: Equatable, Sendable {
        /// It starts with `{` and names the format.
        case snapshot
        /// It starts as the writer starts a snapshot (`{` then `"articles"`) but ends before
        /// naming the format: cut short (an interrupted copy, a full disk).
        case truncated
        /// It cannot be opened or read (`reason`: the system's text).
        case unreadable(reason: String)
        /// Some other file.
        case other
    }

    /// True when the file looks like a snapshot (`probe` says `.snapshot`).
    public static func looksLikeSnapshot(atPath path: String) -> Bool { probe(atPath: path) == .snapshot }

    /// Reads the file in chunks: a snapshot starts with `{` and names the format (keys are sorted,
    /// so `"format"` comes after the edge and event lists: the whole file is searched).
    public static func probe(atPath path: String) -> Probe {
        let needles = ["\"format\": \"\(format)\"", "\"format\":\"\(format)\""].map { Data($0.utf8) }
        let overlap = needles[0].count - 1
        do {
            return try InputFile.withOpened(path) { file in
                var chunk = [UInt8](repeating: 0, count: SnapshotWriter.defaultChunkSize)
                var window = Data()
                var head = Data()
                var started = false
                while case let n = try file.read(into: &chunk), n > 0 {
                    window.append(contentsOf: chunk[..<n])
                    if !started {
                        guard let c = window.first(where: { !isSpace($0) }) else { continue }
                        guard c == UInt8(ascii: "{") else { return .other }
                        started = true
                    }
                    if head.count < 64 { head.append(contentsOf: window.prefix(64 - head.count)) }
                    if needles.contains(where: { window.range(of: $0) != nil }) { return .snapshot }
                    window = Data(window.suffix(overlap))
                }
                let key = head.drop { isSpace($0) }.dropFirst().drop { isSpace($0) }
                return key.starts(with: Data("\"articles\"".utf8)) ? .truncated : .other
            }
        } catch let e as InputFile.Failure {
            return .unreadable(reason: e.reason)
        } catch {
            return .other
        }
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

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
