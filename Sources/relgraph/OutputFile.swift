import Foundation
import RelGraphCore

/// Command output: `-` is standard output; anything else is written atomically (`AtomicFile`).
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        do { try AtomicFile.write(data, to: path) } catch let e as AtomicFile.WriteError { throw CLIError(message: e.description) }
    }

    static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }
}
