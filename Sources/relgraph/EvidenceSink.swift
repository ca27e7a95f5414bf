import Foundation
import RelGraphCore

/// Buffers evidence lines into an output (`OutputFile.stream`: a temporary file renamed when
/// complete, so an interrupted run leaves no half-written file and a device such as /dev/null is
/// written in place, never replaced). The pipeline's callback cannot throw: the first failed
/// write is kept and rethrown by `flush()`.
final class EvidenceSink {
    private let out: FileOutput
    private var buffer = Data()
    private var failure: Error?

    init(_ out: FileOutput) { self.out = out }

    func write(_ line: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { drain() }
    }

    /// Writes what is buffered; throws the first write error.
    func flush() throws {
        drain()
        if let failure { throw failure }
    }

    private func drain() {
        guard failure == nil else { return }
        do { try out.write(buffer) } catch { failure = error }
        buffer.removeAll(keepingCapacity: true)
    }
}
