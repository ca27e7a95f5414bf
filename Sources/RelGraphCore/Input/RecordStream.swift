import Foundation

/// One unit of input before decoding: a `.txt` file, or one line of a `.jsonl` corpus.
public enum RawRecord: Sendable {
    case file(String)
    case line(Data, path: String, line: Int)

    /// Bytes of input this record stands for (for throughput figures).
    public var size: Int {
        switch self {
        case .file(let p): return (try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? 0
        case .line(let d, _, _): return d.count + 1
        }
    }
}

/// Walks the inputs and yields raw records without loading a corpus into memory: folders are
/// listed (sorted, `.txt` and `.jsonl`), `.jsonl` files are read in 4 MiB chunks and split on line
/// feeds. Problems found while walking (missing paths, unreadable files) go to `diagnostics`.
public struct RecordStream: Sequence, IteratorProtocol {
    private var pending: [String]
    private var handle: FileHandle?
    private var current = ""
    private var buffer = [UInt8]()
    private var position = 0
    private var lineNo = 0
    private var eof = false
    public private(set) var diagnostics: [Diagnostic] = []
    static let chunk = 4 << 20

    public init(paths: [String]) {
        var files: [String] = []
        var diags: [Diagnostic] = []
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                diags.append(Diagnostic(.error, path, "not-found", "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                let found = Self.articleFiles(in: path, diagnostics: &diags)
                if found.isEmpty { diags.append(Diagnostic(.warning, path, "empty-folder", "no .txt or .jsonl files in this folder")) }
                files += found
            } else {
                files.append(path)
            }
        }
        pending = files.reversed()
        diagnostics = diags
    }

    static func articleFiles(in dir: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let e = FileManager.default.enumerator(at: URL(fileURLWithPath: dir), includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles], errorHandler: { _, _ in true }) else {
            diagnostics.append(Diagnostic(.error, dir, "unreadable", "cannot list this folder"))
            return []
        }
        var files: [String] = []
        for case let u as URL in e where ["txt", "jsonl"].contains(u.pathExtension.lowercased()) { files.append(u.path) }
        return files.sorted()
    }

    public mutating func next() -> RawRecord? {
        while true {
            if handle != nil {
                if let line = nextLine() { return line }
                try? handle?.close()
                handle = nil
                continue
            }
            guard let path = pending.popLast() else { return nil }
            if path.lowercased().hasSuffix(".jsonl") {
                guard let h = FileHandle(forReadingAtPath: path) else {
                    diagnostics.append(Diagnostic(.error, path, "unreadable", "cannot read this file (permissions?)"))
                    continue
                }
                handle = h
                current = path
                buffer.removeAll(keepingCapacity: true)
                position = 0
                lineNo = 0
                eof = false
            } else {
                return .file(path)
            }
        }
    }

    private mutating func nextLine() -> RawRecord? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                let line = Data(buffer[position..<nl])
                position = nl + 1
                lineNo += 1
                return .line(line, path: current, line: lineNo)
            }
            if eof {
                guard position < buffer.count else { return nil }
                let line = Data(buffer[position...])
                position = buffer.count
                lineNo += 1
                return .line(line, path: current, line: lineNo)
            }
            // Keep the unread tail, then read the next chunk after it.
            buffer.removeSubrange(0..<position)
            position = 0
            let data = handle!.readData(ofLength: Self.chunk)
            if data.isEmpty { eof = true } else { buffer.append(contentsOf: data) }
        }
    }
}
