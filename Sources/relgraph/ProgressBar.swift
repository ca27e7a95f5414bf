import Foundation
import RelGraphCore

/// A one-line progress display on stderr for long batches (articles, articles/s, MB/s and, when
/// the total size is known, an ETA) and long centrality runs (measure, percent done, ETA). Shown only when stderr is a terminal, not under CI (`CI` set),
/// and not with --quiet; redrawn at most five times a second.
struct ProgressBar {
    private let enabled: Bool
    private let start = Date()
    private var last = Date.distantPast
    private var shown = false

    /// Size of the inputs in bytes (0 when unknown): gives the ETA.
    let totalBytes: Int

    /// Seconds before the first line is drawn (a short run shows none).
    private let delay: TimeInterval

    init(enabled: Bool, totalBytes: Int = 0, delay: TimeInterval = 0) {
        self.totalBytes = totalBytes
        self.delay = delay
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    mutating func update(_ p: Pipeline.Progress) { update(articles: p.articles, bytes: p.bytes) }

    /// Articles and bytes read so far.
    mutating func update(articles: Int, bytes: Int) {
        let totalBytes = self.totalBytes
        show { t in
            var line = "\(articles) articles  \(Int(Double(articles) / t)) art/s  \(String(format: "%.1f", Double(bytes) / 1e6 / t)) MB/s"
            if totalBytes > 0, bytes > 0, bytes < totalBytes {
                line += "  ETA \(Int(Double(totalBytes - bytes) / (Double(bytes) / t)))s"
            }
            return line
        }
    }

    /// A centrality measure's progress: its name, parts done and an ETA.
    mutating func update(_ p: CentralityProgress) {
        show { t in
            let eta = p.done > 0 && p.done < p.total ? "  ETA \(Int(t / Double(p.done) * Double(p.total - p.done)))s" : ""
            return "\(p.measure.rawValue): \(p.done * 100 / max(p.total, 1)) %\(eta)"
        }
    }

    /// Redraws the line made by `line` (given the seconds since the start), when enabled, past
    /// the delay and not redrawn in the last 0.2 s.
    private mutating func show(_ line: (TimeInterval) -> String) {
        guard enabled else { return }
        let now = Date()
        let t = max(now.timeIntervalSince(start), 1e-6)
        guard t >= delay, now.timeIntervalSince(last) >= 0.2 else { return }
        last = now
        FileHandle.standardError.write(Data(("\r" + Console.printable(line(t)) + "\u{1B}[K").utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
