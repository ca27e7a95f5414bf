import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file
/// in the same folder (`.NAME.PID.tmp`), which is renamed over the target only when complete. A
/// failed write removes the temporary file and leaves the previous target untouched; the folder is
/// created when missing. `installSignalCleanup()` makes SIGINT/SIGTERM remove temporary files too.
/// `stream(to:_:)` writes the file incrementally (large outputs are never held whole).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot write (\(reason)); check the folder exists and is writable" }
    }

    /// Writes `data` to `path`; `writer` is the step that fills the temporary file (a test seam).
    public static func write(_ data: Data, to path: String,
                             writer: (Data, URL) throws -> Void = { try $0.write(to: $1) }) throws {
        try replace(path) { tmp in
            do { try writer(data, tmp) } catch { throw WriteError(path: path, reason: (error as NSError).localizedDescription) }
        }
    }

    /// Writes `path` incrementally: `body` appends to the temporary file through a `FileOutput`, and
    /// the file is renamed over `path` when `body` returns. If `body` (or a write) throws, the
    /// temporary file is removed, `path` is left as it was and the error is rethrown.
    public static func stream(to path: String, _ body: (FileOutput) throws -> Void) throws {
        try replace(path) { tmp in
            let fd = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            let out = FileOutput(fd: fd, path: path)
            do { try body(out) } catch {
                close(fd)
                throw error
            }
            if close(fd) != 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        }
    }

    /// Creates `path`'s folder, lets `fill` write the temporary file next to it (registered for
    /// signal cleanup), then renames it over `path`; removes it when anything fails. A device or
    /// pipe (`/dev/null`, `/dev/stdout`, a FIFO) is written in place: renaming over it would
    /// replace it.
    private static func replace(_ path: String, fill: (URL) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        if isSpecial(path) {
            try fill(url)
            return
        }
        let dir = url.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            throw WriteError(path: path, reason: "cannot create \(dir.path)")
        }
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        Pending.add(tmp.path)
        defer { Pending.remove(tmp.path) }
        do {
            try fill(tmp)
        } catch {
            unlink(tmp.path)
            throw error
        }
        if rename(tmp.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tmp.path)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// True when `path` (its symbolic links followed) exists and is neither a regular file nor a folder.
    static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// On SIGINT or SIGTERM, removes the temporary files being written and exits 128 + signal.
    /// The two signals are unblocked first: a process started with them blocked (as some test
    /// runners and supervisors do) would otherwise ignore a request to stop.
    public static func installSignalCleanup() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT, cleanupHandler)
        signal(SIGTERM, cleanupHandler)
    }

    /// Temporary files being written, as C strings the signal handler can `unlink` (async-signal-safe).
    enum Pending {
        nonisolated(unsafe) static var paths: [UnsafeMutablePointer<CChar>] = []
        private static let lock = NSLock()
        static func add(_ p: String) { lock.lock(); paths.append(strdup(p)); lock.unlock() }
        static func remove(_ p: String) {
            lock.lock()
            if let i = paths.firstIndex(where: { String(cString: $0) == p }) { free(paths.remove(at: i)) }
            lock.unlock()
        }
    }
}

private let cleanupHandler: @convention(c) (Int32) -> Void = { sig in
    for p in AtomicFile.Pending.paths { unlink(p) }
    _exit(128 + sig)
}
