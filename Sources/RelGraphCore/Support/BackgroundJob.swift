import Dispatch

/// A result being computed on another thread: `start` runs the job on a global queue, `wait`
/// blocks until it is done. `Parallel.both` runs its second part on one.
final class BackgroundJob<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the job before `done` is signalled, read after `wait`.
    private var result: T?

    private init() {}

    static func start(_ job: @escaping @Sendable () -> T) -> BackgroundJob<T> {
        let p = BackgroundJob<T>()
        DispatchQueue.global().async {
            p.result = job()
            p.done.signal()
        }
        return p
    }

    func wait() -> T {
        done.wait()
        return result!
    }
}

extension Parallel {
    /// `(first(), second())`, the second on another thread when `parallel`.
    public static func both<A: Sendable, B: Sendable>(parallel: Bool, _ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        guard parallel else { return (first(), second()) }
        let pending = BackgroundJob.start(second)
        let a = first()
        return (a, pending.wait())
    }
}
