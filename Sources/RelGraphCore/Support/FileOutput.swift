import Foundation

/// An open file descriptor that bytes are appended to, unbuffered (callers write large chunks):
/// the temporary file of `AtomicFile.stream`, or standard output. A failed write throws
/// `AtomicFile.WriteError` naming `path`.
public struct FileOutput {
    let fd: Int32
    /// The name given in errors: the target file, not its temporary file.
    public let path: String

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    /// Standard output (not closed).
    public static var standardOutput: FileOutput { FileOutput(fd: STDOUT_FILENO, path: "standard output") }

    /// Appends the bytes, retrying short and interrupted writes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = systemWrite(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError.system(path)
            }
            p += n
            left -= n
        }
    }

    /// Appends the UTF-8 bytes of `text`.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `data`.
    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }
}

/// `write(2)`, named apart from `FileOutput.write`.
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
