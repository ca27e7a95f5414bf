import Foundation

/// A path to read, as the raw bytes the file system holds and as the name shown in diagnostics
/// and used for ids. File names need not be UTF-8 (old archives name files in CP1256): such a
/// file is opened by its bytes, and its name is shown with each bad byte escaped as `\xHH`.
public struct InputPath: Sendable, Hashable {
    /// The path's bytes (no NUL).
    public var bytes: [UInt8]
    /// The path as shown: the bytes decoded as UTF-8, bad bytes as `\xHH`.
    public var display: String
    /// Whether the bytes are valid UTF-8 (then `display` is exactly the path).
    public var isUTF8: Bool

    public init(_ path: String) {
        bytes = Array(path.utf8)
        display = path
        isUTF8 = true
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        if let s = String(validating: bytes, as: UTF8.self) {
            display = s
            isUTF8 = true
        } else {
            display = Self.escaped(bytes)
            isUTF8 = false
        }
    }

    /// `name` below this folder.
    func appending(_ name: [UInt8]) -> InputPath {
        InputPath(bytes: bytes.last == UInt8(ascii: "/") ? bytes + name : bytes + [UInt8(ascii: "/")] + name)
    }

    /// Valid UTF-8 runs as text, every other byte as `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest valid sequence at i (1 to 4 bytes), else one bad byte.
            var taken = 0
            for n in 1...4 where i + n <= bytes.count {
                if let s = String(validating: bytes[i..<(i + n)], as: UTF8.self) {
                    out += s
                    taken = n
                    break
                }
            }
            if taken == 0 {
                out += "\\x" + String(bytes[i], radix: 16, uppercase: true).leftPadded(2)
                taken = 1
            }
            i += taken
        }
        return out
    }

    /// Runs `body` with the path as a C string.
    func withCString<T>(_ body: (UnsafePointer<CChar>) -> T) -> T {
        (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The file's status, following symbolic links (`stat(2)`), or nil.
    func status() -> stat? {
        var st = stat()
        return withCString { stat($0, &st) } == 0 ? st : nil
    }

    /// Whether the path itself is a symbolic link (`lstat(2)`).
    var isSymbolicLink: Bool {
        var st = stat()
        return withCString { lstat($0, &st) } == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }

    /// The absolute path with every symbolic link resolved (`realpath(3)`), or nil when it
    /// does not resolve.
    func resolved() -> InputPath? {
        guard let p = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(p) }
        return InputPath(bytes: Array(UnsafeRawBufferPointer(start: p, count: strlen(p))))
    }

    /// Whether this (resolved) path is `root` or below it.
    func isInside(_ root: InputPath) -> Bool {
        bytes == root.bytes || (bytes.starts(with: root.bytes) && (root.bytes.last == UInt8(ascii: "/") || bytes[root.bytes.count] == UInt8(ascii: "/")))
    }

    /// The entries of this folder (without `.` and `..`), or nil when it cannot be listed.
    func entries() -> [[UInt8]]? {
        guard let d = withCString({ opendir($0) }) else { return nil }
        defer { closedir(d) }
        var names: [[UInt8]] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names
    }

    /// Opens the file for reading (`open(2)`), or nil.
    func open() -> FileHandle? {
        let fd = withCString { Glibc.open($0, O_RDONLY | O_CLOEXEC) }
        return fd < 0 ? nil : FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
