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
}
