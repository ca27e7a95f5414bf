import Foundation
import Testing
@testable import RelGraphCore

/// The pipeline's work queue: results come back in submission order whatever the threads do.
@Suite struct WorkQueueTests {
    @Test func resultsComeBackInSubmissionOrder() {
        // Uneven jobs (later items often finish first) on three threads.
        let queue = OrderedWorkQueue<Int, Int>(workers: 3) { i in
            usleep(UInt32((i * 7919) % 5) * 200)
            return i * i
        }
        var got: [Int] = []
        for i in 0..<200 {
            queue.submit(i)
            while let r = queue.takeReady() { got.append(r) }
            while queue.inFlight >= 6, let r = queue.takeNext() { got.append(r) }
            #expect(queue.inFlight <= 6)
        }
        queue.finish()
        while let r = queue.takeNext() { got.append(r) }
        #expect(got == (0..<200).map { $0 * $0 })
        #expect(queue.inFlight == 0)
        #expect(queue.takeNext() == nil)
        #expect(queue.takeReady() == nil)
    }

    @Test func nothingSubmittedGivesNothing() {
        let queue = OrderedWorkQueue<Int, Int>(workers: 2) { $0 }
        #expect(queue.takeNext() == nil)
        queue.finish()
        #expect(queue.takeNext() == nil)
    }

    /// The pipeline's partial graphs merge to the same snapshot however the records are cut into
    /// batches and however many threads take them (one batch per record included).
    @Test func pipelineSnapshotDoesNotDependOnBatchesOrThreads() {
        let paths = [StreamingTests.corpus.path]
        func snapshot(_ threads: Int, _ batch: Int) -> String {
            var p = Pipeline(kb: Support.kb, asOf: Support.day("2025-10-15"))
            p.threads = threads
            p.batchSize = batch
            return Snapshot.json(p.run(paths: paths).graph)
        }
        let one = snapshot(1, 64)
        for (threads, batch) in [(2, 64), (2, 1), (5, 3), (1, 1000)] { #expect(snapshot(threads, batch) == one, "threads \(threads), batch \(batch)") }
    }
}
