import Foundation

/// A file opened for reading in chunks, the counterpart of `FileOutput`: `read(into:)` fills a
/// caller's buffer, so a large file is never held whole. Errors are the `strerror` text.
struct InputFile {
    /// Why a file cannot be opened or read (`strerror` text).
    struct Failure: Error {
        var reason: String
    }

    private let fd: Int32

    /// Opens `path`, runs `body` with it and closes it.
    static func withOpened<T>(_ path: String, _ body: (InputFile) throws -> T) throws -> T {
        let fd = systemOpen(path)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        return try body(InputFile(fd: fd))
    }

    /// Reads the next bytes into the start of `chunk` (its size is the most read): their count, 0 at
    /// the end of the file.
    func read(into chunk: inout [UInt8]) throws -> Int {
        try chunk.withUnsafeMutableBytes { try read(into: $0) }
    }

    /// Reads the next bytes into `buffer`: their count, 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let p = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = systemRead(fd, p, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw Failure(reason: String(cString: strerror(errno))) }
        }
    }
}

/// `open(2)` and `read(2)`, named apart from `InputFile`'s members.
private func systemOpen(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
private func systemRead(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int { read(fd, p, n) }
