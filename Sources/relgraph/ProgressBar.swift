import Foundation
import RelGraphCore

/// A one-line progress display on stderr for long batches: articles, articles/s, MB/s and, when
/// the total size is known, an ETA. Shown only when stderr is a terminal, not under CI (`CI` set),
/// and not with --quiet; redrawn at most five times a second.
struct ProgressBar {
    private let enabled: Bool
    private let start = Date()
    private var last = Date.distantPast
    private var shown = false

    /// Size of the inputs in bytes (0 when unknown): gives the ETA.
    let totalBytes: Int

    init(enabled: Bool, totalBytes: Int = 0) {
        self.totalBytes = totalBytes
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    mutating func update(_ p: Pipeline.Progress) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.2 else { return }
        last = now
        let t = max(now.timeIntervalSince(start), 1e-6)
        var line = "\(p.articles) articles  \(Int(Double(p.articles) / t)) art/s  \(String(format: "%.1f", Double(p.bytes) / 1e6 / t)) MB/s"
        if totalBytes > 0, p.bytes > 0, p.bytes < totalBytes {
            line += "  ETA \(Int(Double(totalBytes - p.bytes) / (Double(p.bytes) / t)))s"
        }
        FileHandle.standardError.write(Data(("\r" + line + "   ").utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
