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

    private var pending: [InputPath]
    private var handle: FileHandle?
    private var current = ""
    private var buffer = [UInt8]()
    private var position = 0
    private var lineNo = 0
    private var eof = false
    /// Problems found while walking and reading (bounded: the first ones kept, the rest counted).
    public private(set) var log: DiagnosticLog
    /// The problems kept, then a note counting the rest.
    public var diagnostics: [Diagnostic] { log.all }
    static let chunk = 4 << 20
    /// A `.jsonl` source with no JSON object in its first `probeBytes` (or NUL bytes there) is not
    /// JSON lines — random bytes, a binary file, an endless device — and is not read further.
    static let probeBytes = 64 << 10
    /// Bytes of the current `.jsonl` source before the start of the line being read.
    private var consumed = 0
    /// Whether a line of the current `.jsonl` source held a JSON object (or the probe is over).
    private var probed = false
    /// Longest record (a `.jsonl` line, a `.txt` file) read; longer ones are skipped with a diagnostic.
    public let maxRecordBytes: Int
    private var skipping = false

    /// `followLinks`: follow symbolic links inside a folder that lead out of it (by default such a
    /// link is reported and skipped, so that a folder of articles cannot pull in `/etc/passwd`).
    public init(paths: [String], maxRecordBytes: Int = 16 << 20, maxDiagnostics: Int = 1000, followLinks: Bool = false) {
        self.maxRecordBytes = maxRecordBytes
        log = DiagnosticLog(limit: maxDiagnostics)
        var files: [InputPath] = []
        var diags: [Diagnostic] = []
        for path in paths {
            let input = InputPath(path)
            if path == Self.standardInput {
                files.append(input)
                continue
            }
            guard let st = input.status() else {
                diags.append(Diagnostic(.error, path, "not-found", "no such file or folder"))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                let found = Self.articleFiles(in: input, followLinks: followLinks, diagnostics: &diags)
                if found.isEmpty { diags.append(Diagnostic(.warning, path, "empty-folder", "no .txt or .jsonl files in this folder")) }
                files += found
            } else {
                files.append(input)
            }
        }
        pending = files.reversed()
        log.append(contentsOf: diags)
    }

    /// `.txt` and `.jsonl` files below `dir`, sorted by name. Hidden entries are skipped; a folder
    /// that cannot be listed is reported and skipped; a symbolic link back to a folder already
    /// being walked (a loop) is reported and not followed, and so is one leading out of `dir`
    /// unless `followLinks`. Names need not be UTF-8 (they are read as bytes).
    static func articleFiles(in dir: InputPath, followLinks: Bool, diagnostics: inout [Diagnostic]) -> [InputPath] {
        var files: [InputPath] = []
        var visiting = Set<[UInt8]>()
        let root = dir.resolved() ?? dir
        walk(dir, root: root, followLinks: followLinks, &files, &visiting, &diagnostics)
        return files.sorted { $0.display < $1.display }
    }

    private static func walk(_ dir: InputPath, root: InputPath, followLinks: Bool, _ files: inout [InputPath], _ visiting: inout Set<[UInt8]>,
                             _ diagnostics: inout [Diagnostic]) {
        let real = dir.resolved() ?? dir
        guard visiting.insert(real.bytes).inserted else {
            diagnostics.append(Diagnostic(.warning, dir.display, "symlink-loop", "symbolic link loop (back to \(real.display)); not followed"))
            return
        }
        defer { visiting.remove(real.bytes) }
        guard let names = dir.entries() else {
            diagnostics.append(Diagnostic(.error, dir.display, "unreadable", "cannot list this folder (permissions?); skipped"))
            return
        }
        for name in names.map(InputPath.init(bytes:)).sorted(by: { $0.display < $1.display }) where name.bytes.first != UInt8(ascii: ".") {
            let path = dir.appending(name.bytes)
            guard let st = path.status(), let target = path.resolved() else {
                diagnostics.append(Diagnostic(.warning, path.display, "broken-link", "broken symbolic link; skipped"))
                continue
            }
            let isDir = (st.st_mode & S_IFMT) == S_IFDIR
            guard isDir || Self.isArticleName(name.display) else { continue }
            if !followLinks && path.isSymbolicLink && !target.isInside(root) {
                diagnostics.append(Diagnostic(.warning, path.display, "link-outside",
                                              "symbolic link to \(target.display), outside the folder given; not followed"))
                continue
            }
            if isDir {
                walk(path, root: root, followLinks: followLinks, &files, &visiting, &diagnostics)
            } else {
                files.append(path)
            }
        }
    }

    /// Whether a file name is an article's (`.txt`, `.jsonl`, any case).
    static func isArticleName(_ name: String) -> Bool {
        ["txt", "jsonl"].contains(URL(fileURLWithPath: name).pathExtension.lowercased())
    }

    public mutating func next() -> RawRecord? {
        while true {
            if handle != nil {
                if let line = nextLine() { return line }
                try? handle?.close()
                handle = nil
                continue
            }
            guard let input = pending.popLast() else {
                // Exhausted: the read buffer (several MiB) is not kept while the caller goes on.
                releaseBuffer()
                return nil
            }
            let path = input.display
            if path == Self.standardInput {
                if let text = openStandardInput() { return text }
                continue
            }
            if path.lowercased().hasSuffix(".jsonl") {
                guard let h = input.open() else {
                    log.append(Diagnostic(.error, path, "unreadable", "cannot read this file (permissions?)"))
                    continue
                }
                handle = h
                current = path
                buffer.removeAll(keepingCapacity: true)
                position = 0
                lineNo = 0
                eof = false
                consumed = 0
                probed = false
            } else {
                guard let st = input.status() else {
                    log.append(Diagnostic(.error, path, "unreadable", "cannot read this file (permissions?)"))
                    continue
                }
                if (st.st_mode & S_IFMT) != S_IFREG || !input.isUTF8 {
                    // A device or a pipe: its size says nothing and it may never end; read at most
                    // the limit here, as standard input is. (And a name that is not UTF-8 cannot
                    // be opened again by its shown name.)
                    if let text = readBounded(input) { return text }
                    continue
                }
                let size = Int(st.st_size)
                if size > maxRecordBytes {
                    log.append(Diagnostic(.error, path, "too-large", "file of \(size) bytes is over the \(maxRecordBytes)-byte limit for one article; skipped"))
                    continue
                }
                return .file(path)
            }
        }
    }

    /// The whole of a non-regular file as one text article, read up to the size limit (a device
    /// that never ends is reported as too large and left).
    private mutating func readBounded(_ input: InputPath) -> RawRecord? {
        let path = input.display
        guard let h = input.open() else {
            log.append(Diagnostic(.error, path, "unreadable", "cannot read this file (permissions?)"))
            return nil
        }
        defer { try? h.close() }
        var data = Data()
        while data.count <= maxRecordBytes {
            let more = h.readData(ofLength: Self.chunk)
            if more.isEmpty { return .text(data, path: path) }
            data.append(more)
        }
        log.append(Diagnostic(.error, path, "too-large", "over the \(maxRecordBytes)-byte limit for one article (a device that never ends?); skipped"))
        return nil
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
            consumed = 0
            probed = false
            return nil
        }
        while head.count <= maxRecordBytes {
            let more = input.readData(ofLength: Self.chunk)
            if more.isEmpty { return .text(Data(head), path: Self.standardInputName) }
            head.append(contentsOf: more)
        }
        log.append(Diagnostic(.error, Self.standardInputName, "too-large",
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

    /// While no line of the source has held a JSON object: false (after a diagnostic, with the
    /// source closed) when the bytes read so far show it is not JSON lines — NUL bytes in its first
    /// `probeBytes`, or that many bytes (or a line over the size limit) with no JSON object.
    private mutating func probe() -> Bool {
        let ahead = Swift.max(0, Self.probeBytes - consumed)
        let window = buffer[position..<Swift.min(buffer.count, position + ahead)]
        var reason: String?
        if window.contains(0) {
            reason = "NUL bytes"
        } else if consumed >= Self.probeBytes || skipping {
            reason = "no JSON object"
        }
        guard let reason else { return true }
        log.append(Diagnostic(.error, current, "not-json-lines",
                              "\(reason) in the first \(Self.probeBytes / 1024) KiB: not JSON lines (binary data or an endless device?); the rest of this source is not read"))
        try? handle?.close()
        handle = nil
        buffer.removeAll(keepingCapacity: true)
        position = 0
        skipping = false
        return false
    }

    /// Whether a line holds a JSON object (only asked of the first lines of a source).
    static func holdsJSONObject(_ line: Data) -> Bool {
        if line.withUnsafeBytes({ FlatJSON.object($0) }) != nil { return true }
        return (try? JSONSerialization.jsonObject(with: line)) is [String: Any]
    }

    private mutating func nextLine() -> RawRecord? {
        while true {
            if !probed && !probe() { return nil }
            if let nl = Self.newline(in: buffer, from: position) {
                let line = Data(buffer[position..<nl])
                consumed += nl + 1 - position
                position = nl + 1
                lineNo += 1
                if skipping {
                    skipping = false
                    continue
                }
                if !probed && Self.holdsJSONObject(line) { probed = true }
                if line.count > maxRecordBytes {
                    log.append(Diagnostic(.error, "\(current):\(lineNo)", "too-large", "line longer than \(maxRecordBytes) bytes; record skipped"))
                    continue
                }
                return .line(line, path: current, line: lineNo)
            }
            if buffer.count - position > maxRecordBytes && !skipping {
                // A line longer than the limit: report it and drop bytes until its end.
                log.append(Diagnostic(.error, "\(current):\(lineNo + 1)", "too-large", "line longer than \(maxRecordBytes) bytes; record skipped"))
                skipping = true
            }
            if skipping {
                consumed += buffer.count - position
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            if eof {
                if skipping { skipping = false; lineNo += 1; return nil }
                guard position < buffer.count else { return nil }
                let line = Data(buffer[position...])
                consumed += buffer.count - position
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
