import Foundation
import RelGraphCore

/// Lines collected into a buffer written out a megabyte at a time; a write error is kept and
/// thrown by `flush` (the pipeline's callbacks cannot throw).
final class LineBuffer {
    let out: FileOutput
    var data = Data()
    var failure: Error?

    init(_ out: FileOutput) { self.out = out }

    func append(_ line: String) {
        data.append(contentsOf: line.utf8)
        data.append(0x0A)
        if data.count >= 1 << 20 { try? flush() }
    }

    func flush() throws {
        if failure == nil {
            do { try out.write(data) } catch { failure = error }
        }
        data.removeAll(keepingCapacity: true)
        if let failure { throw failure }
    }
}
