import Foundation

/// One unit of input before decoding: a `.txt` file, one line of a `.jsonl` corpus, or a text
/// article already read (from standard input, which cannot be opened again by name).
public enum RawRecord: Sendable {
    case file(String)
    case line(Data, path: String, line: Int)
    case text(Data, path: String)

    /// Bytes of input this record stands for (for throughput figures).
    public var size: Int {
        switch self {
        case .file(let p): return (try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? 0
        case .line(let d, _, _): return d.count + 1
        case .text(let d, _): return d.count
        }
    }

    /// The input it came from (the file, the corpus, or `RecordStream.standardInputName`).
    public var path: String {
        switch self {
        case .file(let p), .line(_, let p, _), .text(_, let p): return p
        }
    }
}

/// Walks the inputs and yields raw records without loading a corpus into memory: folders are
/// listed (sorted, `.txt` and `.jsonl`), `.jsonl` files are read in 4 MiB chunks and split on line
/// feeds. Problems found while walking (missing paths, unreadable files) go to `diagnostics`.
///
/// The path `-` is standard input: JSON lines when its first non-blank byte is `{`, else one text
/// article. Its records and diagnostics are named `stdin` (`stdin:3`; a text article's id is
/// `stdin` unless its front matter gives one).
public struct RecordStream: Sequence, IteratorProtocol {
    /// The path that stands for standard input.
    public static let standardInput = "-"
    /// The name standard input's records and diagnostics carry.
    public static let standardInputName = "stdin"

    private var pending: [String]
    private var handle: FileHandle?
    private var current = ""
    private var buffer = [UInt8]()
    private var position = 0
    private var lineNo = 0
    private var eof = false
    public private(set) var diagnostics: [Diagnostic] = []
    static let chunk = 4 << 20
    /// Longest record (a `.jsonl` line, a `.txt` file) read; longer ones are skipped with a diagnostic.
    public let maxRecordBytes: Int
    private var skipping = false

    public init(paths: [String], maxRecordBytes: Int = 16 << 20) {
        self.maxRecordBytes = maxRecordBytes
        var files: [String] = []
        var diags: [Diagnostic] = []
        for path in paths {
            if path == Self.standardInput {
                files.append(path)
                continue
            }
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

    /// `.txt` and `.jsonl` files below `dir`, sorted. Hidden entries are skipped; a folder that
    /// cannot be listed is reported and skipped; a symbolic link back to a folder already being
    /// walked (a loop) is reported and not followed.
    static func articleFiles(in dir: String, diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        var visiting = Set<String>()
        walk(dir, &files, &visiting, &diagnostics)
        return files.sorted()
    }

    private static func walk(_ dir: String, _ files: inout [String], _ visiting: inout Set<String>, _ diagnostics: inout [Diagnostic]) {
        let real = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        guard visiting.insert(real).inserted else {
            diagnostics.append(Diagnostic(.warning, dir, "symlink-loop", "symbolic link loop (back to \(real)); not followed"))
            return
        }
        defer { visiting.remove(real) }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: dir) } catch {
            diagnostics.append(Diagnostic(.error, dir, "unreadable", "cannot list this folder (permissions?); skipped"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                diagnostics.append(Diagnostic(.warning, path, "broken-link", "broken symbolic link; skipped"))
                continue
            }
            if isDir.boolValue {
                walk(path, &files, &visiting, &diagnostics)
            } else if ["txt", "jsonl"].contains(URL(fileURLWithPath: name).pathExtension.lowercased()) {
                files.append(path)
            }
        }
    }

    public mutating func next() -> RawRecord? {
        while true {
            if handle != nil {
                if let line = nextLine() { return line }
                try? handle?.close()
                handle = nil
                continue
            }
            guard let path = pending.popLast() else {
                // Exhausted: the read buffer (several MiB) is not kept while the caller goes on.
                releaseBuffer()
                return nil
            }
            if path == Self.standardInput {
                if let text = openStandardInput() { return text }
                continue
            }
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
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                if size > maxRecordBytes {
                    diagnostics.append(Diagnostic(.error, path, "too-large", "file of \(size) bytes is over the \(maxRecordBytes)-byte limit for one article; skipped"))
                    continue
                }
                return .file(path)
            }
        }
    }

    /// Starts reading standard input: as JSON lines (through the same buffer as a `.jsonl` file) when
    /// its first non-blank byte is `{`, else returns the whole of it as one text article.
    private mutating func openStandardInput() -> RawRecord? {
        let input = FileHandle.standardInput
        var head = [UInt8](input.readData(ofLength: Self.chunk))
        let blank: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF]   // (and a UTF-8 byte-order mark)
        if head.first(where: { !blank.contains($0) }) == UInt8(ascii: "{") {
            handle = input
            current = Self.standardInputName
            buffer = head
            position = 0
            lineNo = 0
            eof = head.isEmpty
            return nil
        }
        while head.count <= maxRecordBytes {
            let more = input.readData(ofLength: Self.chunk)
            if more.isEmpty { return .text(Data(head), path: Self.standardInputName) }
            head.append(contentsOf: more)
        }
        diagnostics.append(Diagnostic(.error, Self.standardInputName, "too-large",
                                      "standard input is over the \(maxRecordBytes)-byte limit for one article; skipped"))
        return nil
    }

    /// Frees the read buffer (several MiB); `next()` then returns nil. (An exhausted stream frees it
    /// by itself.)
    public mutating func releaseBuffer() {
        try? handle?.close()
        handle = nil
        pending = []
        buffer = []
        position = 0
    }

    /// The index of the first line feed at or after `start` (libc's `memchr`, which compares many
    /// bytes a step).
    static func newline(in buffer: [UInt8], from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { b in
            guard start < b.count, let base = b.baseAddress, let p = memchr(base + start, 0x0A, b.count - start) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
        }
    }

    private mutating func nextLine() -> RawRecord? {
        while true {
            if let nl = Self.newline(in: buffer, from: position) {
                let line = Data(buffer[position..<nl])
                position = nl + 1
                lineNo += 1
                if skipping {
                    skipping = false
                    continue
                }
                if line.count > maxRecordBytes {
                    diagnostics.append(Diagnostic(.error, "\(current):\(lineNo)", "too-large", "line longer than \(maxRecordBytes) bytes; record skipped"))
                    continue
                }
                return .line(line, path: current, line: lineNo)
            }
            if buffer.count - position > maxRecordBytes && !skipping {
                // A line longer than the limit: report it and drop bytes until its end.
                diagnostics.append(Diagnostic(.error, "\(current):\(lineNo + 1)", "too-large", "line longer than \(maxRecordBytes) bytes; record skipped"))
                skipping = true
            }
            if skipping {
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            if eof {
                if skipping { skipping = false; lineNo += 1; return nil }
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
