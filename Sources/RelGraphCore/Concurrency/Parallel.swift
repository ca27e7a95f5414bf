import Dispatch

/// Runs `count` independent jobs on all cores and returns their results in job order. Each job
/// writes only its own slot, so no lock is needed; the order of the results (and so any sum over
/// them) does not depend on scheduling or on the number of cores.
enum Parallel {
    static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count)
        defer { slots.deallocate() }
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, job(i)) }
        return slots.values()
    }

    /// Preallocated result slots; jobs write disjoint indices.
    struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
        init(_ n: Int) {
            buffer = .allocate(capacity: n)
            buffer.initialize(repeating: nil)
        }
        func set(_ i: Int, _ v: T) { buffer[i] = v }
        func values() -> [T] { buffer.map { $0! } }
        func deallocate() {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
