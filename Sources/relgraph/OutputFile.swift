import Foundation

/// Writes output files atomically: the bytes go to a temporary file in the same folder, which is
/// then renamed over the target, so a reader never sees a half-written file. The folder is
/// created when missing. `-` writes to standard output.
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try data.write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                let err = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: tmp)
                throw CLIError(message: "\(path): cannot write (\(err))")
            }
        } catch let e as CLIError {
            throw e
        } catch {
            throw CLIError(message: "\(path): cannot write (\((error as NSError).localizedDescription)); check the folder exists and is writable")
        }
    }

    static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }
}
