import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary file
/// in the same folder (`.NAME.PID.tmp`), which is renamed over the target only when complete. A
/// failed write removes the temporary file and leaves the previous target untouched; the folder is
/// created when missing. `installSignalCleanup()` makes SIGHUP/SIGINT/SIGTERM remove temporary
/// files too, and temporary files of NAME left by runs that were killed (their process is gone)
/// are removed when NAME is written again. `stream(to:_:)` writes the file incrementally (large
/// outputs are never held whole).
///
/// A file that is replaced keeps its permissions (and, when run as root, its owner and group). A
/// file with several hard links is first completed in the temporary file, then copied into the
/// existing file in place, so that every link sees the new content (renaming would detach this
/// name from the others); only that copy is not atomic.
public enum AtomicFile {
    /// A write that failed: `reason` is the system's text, `code` its `errno` (0 when unknown),
    /// which picks the advice: a full disk is not a missing folder.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var code: Int32 = 0

        public init(path: String, reason: String, code: Int32 = 0) {
            self.path = path
            self.reason = reason
            self.code = code
        }

        /// The failure of the last system call, from `errno`.
        static func system(_ path: String) -> WriteError {
            let code = errno
            return WriteError(path: path, reason: String(cString: strerror(code)), code: code)
        }

        public var description: String { "\(path): cannot write (\(reason)); \(advice)" }

        var advice: String {
            switch code {
            case ENOSPC, EDQUOT: return "the disk is full: free some space or write to another disk"
            case ENOENT, ENOTDIR: return "check the folder exists"
            case EACCES, EPERM: return "check the folder and the file are writable"
            case EROFS: return "the disk is read-only: write elsewhere"
            case EISDIR: return "it is a folder: give a file name"
            case EFBIG: return "the file is larger than this disk or system allows: narrow what is written"
            default: return "check the folder exists and is writable"
            }
        }
    }

    /// Writes `data` to `path`; `writer` is the step that fills the temporary file (a test seam).
    public static func write(_ data: Data, to path: String,
                             writer: (Data, URL) throws -> Void = { try $0.write(to: $1) }) throws {
        try replace(path) { tmp in
            do { try writer(data, tmp) } catch {
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                let code = underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying!.code) : 0
                throw WriteError(path: path, reason: code != 0 ? String(cString: strerror(code)) : (error as NSError).localizedDescription, code: code)
            }
        }
    }

    /// Writes `path` incrementally: `body` appends to the temporary file through a `FileOutput`, and
    /// the file is renamed over `path` when `body` returns. If `body` (or a write) throws, the
    /// temporary file is removed, `path` is left as it was and the error is rethrown.
    public static func stream(to path: String, _ body: (FileOutput) throws -> Void) throws {
        try replace(path) { tmp in
            let fd = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw WriteError.system(path) }
            let out = FileOutput(fd: fd, path: path)
            do { try body(out) } catch {
                close(fd)
                throw error
            }
            if close(fd) != 0 { throw WriteError.system(path) }
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
        removeStaleTemporaries(of: url)
        let tmp = temporary(for: url, pid: getpid())
        Pending.add(tmp.path)
        defer { Pending.remove(tmp.path) }
        var previous = stat()
        let replacing = stat(url.path, &previous) == 0 && previous.st_mode & S_IFMT == S_IFREG
        do {
            try fill(tmp)
            if replacing { try keepOwnership(of: previous, on: tmp.path, path: path) }
            if replacing && previous.st_nlink > 1 {
                try copyInPlace(tmp.path, over: path)
                unlink(tmp.path)
                return
            }
        } catch {
            unlink(tmp.path)
            throw error
        }
        if rename(tmp.path, url.path) != 0 {
            let failure = WriteError.system(path)
            unlink(tmp.path)
            throw failure
        }
    }

    /// The temporary file of `url` written by process `pid`: `.NAME.PID.tmp` in the same folder.
    static func temporary(for url: URL, pid: pid_t) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(pid).tmp")
    }

    /// Removes `.NAME.PID.tmp` files next to `url` whose process no longer exists: they were left
    /// by a run killed with SIGKILL (or a crash) and would otherwise stay, hidden, for ever.
    static func removeStaleTemporaries(of url: URL) {
        let dir = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + ".", suffix = ".tmp"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) && name.count > prefix.count + suffix.count {
            guard let pid = pid_t(name.dropFirst(prefix.count).dropLast(suffix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(dir.appendingPathComponent(name).path) }
        }
    }

    /// Gives the temporary file the permissions of the file it replaces (and its owner and group
    /// when run as root; another user cannot give a file away).
    private static func keepOwnership(of previous: stat, on tmp: String, path: String) throws {
        if geteuid() == 0 && chown(tmp, previous.st_uid, previous.st_gid) != 0 {
            throw WriteError.system(path)
        }
        if chmod(tmp, previous.st_mode & 0o7777) != 0 { throw WriteError.system(path) }
    }

    /// Copies the complete temporary file into `path` in place (for a file with several hard links).
    private static func copyInPlace(_ tmp: String, over path: String) throws {
        let source = open(tmp, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw WriteError.system(path) }
        defer { close(source) }
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw WriteError.system(path) }
        let out = FileOutput(fd: fd, path: path)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { let failure = WriteError.system(path); close(fd); throw failure }
            if n == 0 { break }
            do { try buffer.withUnsafeBytes { try out.write(UnsafeRawBufferPointer(rebasing: $0[0..<n])) } } catch { close(fd); throw error }
        }
        if close(fd) != 0 { throw WriteError.system(path) }
    }

    /// True when `path` (its symbolic links followed) exists and is neither a regular file nor a folder.
    static func isSpecial(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// On SIGHUP (the terminal was closed), SIGINT or SIGTERM, removes the temporary files being
    /// written and exits 128 + signal. The signals are unblocked first: a process started with them blocked (as some test
    /// runners and supervisors do) would otherwise ignore a request to stop.
    public static func installSignalCleanup() {
        var set = sigset_t()
        sigemptyset(&set)
        let signals = [SIGHUP, SIGINT, SIGTERM]
        for sig in signals { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        // The handler's code runs once here, so that nothing it uses is made (or allocated) for
        // the first time inside the handler: a signal that arrives while the program is inside
        // `malloc` would otherwise deadlock on malloc's lock.
        Pending.unlinkAll(really: false)
        for sig in signals { signal(sig, cleanupHandler) }
    }

    /// Temporary files being written, as C strings in fixed slots that the signal handler reads
    /// without allocating and passes to `unlink` (async-signal-safe).
    enum Pending {
        /// Temporary files at most at once (a command writes a handful; more are not removed on a signal).
        static let capacity = 64
        /// The slots (nil: free).
        nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
            let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
            p.initialize(repeating: nil, count: capacity)
            return p
        }()
        private static let lock = NSLock()
        static func add(_ path: String) {
            lock.lock()
            defer { lock.unlock() }
            if let i = (0..<capacity).first(where: { slots[$0] == nil }) { slots[i] = strdup(path) }
        }
        static func remove(_ path: String) {
            lock.lock()
            defer { lock.unlock() }
            for i in 0..<capacity {
                if let s = slots[i], String(cString: s) == path { slots[i] = nil; free(s) }
            }
        }
        /// Unlinks every pending file (with `really` false, only walks the slots).
        static func unlinkAll(really: Bool) {
            var i = 0
            while i < capacity {
                let p = slots[i]
                if really, let p { unlink(p) }
                i += 1
            }
        }
    }
}

private let cleanupHandler: @convention(c) (Int32) -> Void = { sig in
    AtomicFile.Pending.unlinkAll(really: true)
    _exit(128 + sig)
}
