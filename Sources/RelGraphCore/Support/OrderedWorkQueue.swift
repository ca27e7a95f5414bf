import Foundation

/// Items worked on by a fixed set of threads, their results taken back in submission order.
///
/// One thread submits items and takes results (the pipeline's reader and merger); `workers`
/// threads run `job` on the items as they come, each taking the next item as soon as it is free.
/// Unlike batches handed to `Parallel.map`, no worker waits for the others at a batch's end: the
/// queue is refilled while they work, so both cores stay busy whatever the items' sizes.
///
/// The submitter bounds what is in flight (`inFlight`: submitted, not yet taken) by taking
/// results (`takeNext`) before it submits more; memory is then bounded by that number of items
/// and results. `finish()` lets the threads end; it must be called once nothing more will be
/// submitted (results still in flight can be taken after it).
final class OrderedWorkQueue<Item: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(seq: Int, item: Item?)] = []
    private var head = 0
    private var done: [Int: Output] = [:]
    private var submitted = 0
    private var taken = 0
    private var closed = false
    private let job: @Sendable (Item) -> Output

    /// Starts `workers` threads (at least one) running `job`.
    init(workers: Int, job: @escaping @Sendable (Item) -> Output) {
        self.job = job
        for _ in 0..<max(1, workers) {
            let thread = Thread { [self] in self.runWorker() }
            // As a dispatch worker's (Foundation's default is smaller).
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Items submitted whose results have not been taken.
    var inFlight: Int {
        condition.lock()
        defer { condition.unlock() }
        return submitted - taken
    }

    func submit(_ item: Item) {
        condition.lock()
        precondition(!closed, "OrderedWorkQueue: submit after finish")
        pending.append((submitted, item))
        submitted += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The result of the earliest item not taken yet, waiting for it; nil when none is in flight.
    func takeNext() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < submitted else { return nil }
        while done[taken] == nil { condition.wait() }
        return takeLocked()
    }

    /// As `takeNext`, but nil at once when that result is not ready.
    func takeReady() -> Output? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < submitted, done[taken] != nil else { return nil }
        return takeLocked()
    }

    private func takeLocked() -> Output {
        let r = done.removeValue(forKey: taken)!
        taken += 1
        return r
    }

    /// No more items: the threads end once the queue is empty.
    func finish() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func runWorker() {
        condition.lock()
        while true {
            while head == pending.count && !closed { condition.wait() }
            if head == pending.count { break }
            let seq = pending[head].seq
            let item = pending[head].item.take()!
            head += 1
            // The consumed front is dropped once it outweighs what is left.
            if head > 32 && head * 2 > pending.count {
                pending.removeFirst(head)
                head = 0
            }
            condition.unlock()
            let output = job(item)
            condition.lock()
            done[seq] = output
            condition.broadcast()
        }
        condition.unlock()
    }
}
