import Foundation

/// Streams evidence lines to a file through a buffer; written to a temporary name and renamed on
/// `close()`, so an interrupted run leaves no half-written file under the final name.
struct EvidenceSink {
    let path: String
    let temporary: String
    let handle: FileHandle
    private let buffer = Buffer()

    final class Buffer: @unchecked Sendable { var data = Data() }

    init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let h = FileHandle(forWritingAtPath: temporary) else {
            throw CLIError(message: "\(path): cannot write the evidence file")
        }
        handle = h
    }

    func write(_ line: String) {
        buffer.data.append(contentsOf: Array(line.utf8))
        buffer.data.append(0x0A)
        if buffer.data.count >= 1 << 20 { handle.write(buffer.data); buffer.data.removeAll(keepingCapacity: true) }
    }

    func close(quiet: Bool) throws {
        handle.write(buffer.data)
        try handle.close()
        guard rename(temporary, path) == 0 else { throw CLIError(message: "\(path): cannot write (\(String(cString: strerror(errno))))") }
        OutputFile.announce(path, quiet: quiet)
    }
}
