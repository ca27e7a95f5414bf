import CGraphviz
import Foundation

/// The process-wide serialisation of Graphviz.
///
/// Graphviz (libgvc/libcgraph 2.42) is not thread-safe, not even with one context per thread: it
/// keeps global state (the prototype graph, the error state, the locale counter, plugin and font
/// caches). **Every** Graphviz call in this process must happen inside `GraphvizLock.run`; nothing
/// else in RelGraphRender calls Graphviz, and no other module links it.
///
/// While the lock is held, cgraph's error callback (`agseterrf`) points at a collector, so the
/// messages Graphviz would print on stderr are captured (they arrive in fragments such as
/// `"Error"`, `": "`, `"text\n"` and are joined). The previous callback and error level are restored
/// when the lock is released.
enum GraphvizLock {
    /// The one lock. Not recursive: never call `run` from inside `run`.
    private static let lock = NSLock()

    /// Runs `body` holding the lock with Graphviz's error callback redirected to `log`.
    static func run<T>(_ body: (GraphvizErrorLog) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }

        capturedFragments.removeAll(keepingCapacity: true)
        let previousHandler = rg_set_error_handler(collectGraphvizMessage)
        let previousLevel = rg_set_error_level(AGWARN)
        _ = rg_reset_errors()
        defer {
            _ = rg_reset_errors()
            _ = rg_set_error_level(previousLevel)
            _ = rg_set_error_handler(previousHandler)
            capturedFragments.removeAll()
        }
        return try body(GraphvizErrorLog())
    }
}

/// Read access to what Graphviz reported since the last `take()`. Only exists inside
/// `GraphvizLock.run`.
struct GraphvizErrorLog {
    fileprivate init() {}

    /// The messages reported since the last call (joined fragments, trimmed), and whether any of
    /// them was an error (as opposed to a warning). Clears both.
    func take() -> (message: String, hadError: Bool) {
        let text = capturedFragments.joined()
        capturedFragments.removeAll(keepingCapacity: true)
        let hadError = rg_reset_errors() >= rg_error_level_error()
        return (text.trimmingCharacters(in: .whitespacesAndNewlines), hadError)
    }
}

/// Fragments delivered to the error callback. Only touched while `GraphvizLock`'s lock is held
/// (the callback runs synchronously inside Graphviz calls, which all happen under the lock).
nonisolated(unsafe) private var capturedFragments: [String] = []

/// cgraph's error callback (`agusererrf`): stores one fragment; returns 0 as cgraph expects.
private let collectGraphvizMessage: agusererrf = { fragment in
    if let fragment { capturedFragments.append(String(cString: fragment)) }
    return 0
}
