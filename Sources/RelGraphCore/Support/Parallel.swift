import Dispatch

/// Runs `count` independent jobs on all cores and returns their results in job order. Each job
/// writes only its own slot, so no lock is needed; the order of the results (and so any sum over
/// them) does not depend on scheduling or on the number of cores.
public enum Parallel {
    public static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) -> T) -> [T] {
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

extension Parallel {
    /// Sorts `a` by `less`, with `parallel` its two halves sorted on two threads and then merged
    /// (one linear pass). `less` must be a strict total order (no two elements equivalent), so
    /// that the result is the same however the array is cut.
    static func sort<T>(_ a: inout [T], parallel: Bool, by less: @Sendable (T, T) -> Bool) {
        guard parallel, a.count >= 1 << 14 else { a.sort(by: less); return }
        let mid = a.count / 2
        a.withUnsafeMutableBufferPointer { buf in
            let halves = Unchecked((UnsafeMutableBufferPointer(rebasing: buf[..<mid]), UnsafeMutableBufferPointer(rebasing: buf[mid...])))
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                var half = i == 0 ? halves.value.0 : halves.value.1
                half.sort(by: less)
            }
        }
        var out: [T] = []
        out.reserveCapacity(a.count)
        a.withUnsafeBufferPointer { s in
            var i = 0, j = mid
            while i < mid && j < s.count {
                if less(s[j], s[i]) { out.append(s[j]); j += 1 } else { out.append(s[i]); i += 1 }
            }
            out.append(contentsOf: s[i..<mid])
            out.append(contentsOf: s[j...])
        }
        a = out
    }

    /// A value handed to another thread whose safety the caller ensures (disjoint buffers).
    struct Unchecked<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }
}
