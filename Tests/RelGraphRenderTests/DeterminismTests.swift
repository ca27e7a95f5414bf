import Dispatch
import Foundation
import RelGraphCore
import RelGraphRender
import Testing

/// Same input, same bytes; and the process-wide lock makes concurrent use safe.
@Suite struct DeterminismTests {
    @Test(arguments: [Layout.dot, .neato, .fdp, .circo])
    func twoRendersAreByteIdentical(layout: Layout) throws {
        let options = RenderOptions(layout: layout, labels: .both, title: "اختبار")
        let first = try GraphvizRenderer.render(Fixtures.sample, options: options)
        let second = try GraphvizRenderer.render(Fixtures.sample, options: options)
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    @Test func fiftyRendersInALoopAreIdentical() throws {
        let reference = try GraphvizRenderer.render(Fixtures.sample)
        var different = 0
        for i in 0..<50 {
            // interleave another graph so that state left behind by one render would show
            if i % 10 == 0 { _ = try GraphvizRenderer.render(Fixtures.ring(12), options: RenderOptions(layout: .neato)) }
            if try GraphvizRenderer.render(Fixtures.sample) != reference { different += 1 }
        }
        #expect(different == 0)
    }

    @Test func concurrentTasksAreSerialisedAndIdentical() async throws {
        let reference = try GraphvizRenderer.render(Fixtures.sample)
        let results = await withTaskGroup(of: [[UInt8]?].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<5).map { _ in try? GraphvizRenderer.render(Fixtures.sample) }
                }
            }
            var all: [[UInt8]?] = []
            for await chunk in group { all += chunk }
            return all
        }
        #expect(results.count == 40)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test func concurrentThreadsAreSerialisedAndIdentical() throws {
        let reference = try GraphvizRenderer.render(Fixtures.ring(40), options: RenderOptions(layout: .dot))
        let results = ResultBox(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            results.set(i, try? GraphvizRenderer.render(Fixtures.ring(40), options: RenderOptions(layout: .dot)))
        }
        #expect(results.values.allSatisfy { $0 == reference })
    }
}

/// Thread-safe result slots for `concurrentPerform`.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[UInt8]?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: [UInt8]?) { lock.lock(); storage[i] = value; lock.unlock() }
    var values: [[UInt8]?] { lock.lock(); defer { lock.unlock() }; return storage }
}
