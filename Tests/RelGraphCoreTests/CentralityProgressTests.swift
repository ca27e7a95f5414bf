import Foundation
import Testing
@testable import RelGraphCore

/// Issue 20, point 23: the all-pairs measures report their progress, so that a long run shows it.
@Suite struct CentralityProgressTests {
    final class Calls: @unchecked Sendable {
        var list: [CentralityProgress] = []
    }

    @Test func betweennessAndClosenessReportProgress() throws {
        let graph = RandomGraph.make(nodes: 300, edges: 900, seed: 5)
        let calls = Calls()
        var options = CentralityOptions()
        options.layer = .all
        options.progress = { calls.list.append($0) }
        _ = try CentralityReport.compute(graph, options: options)
        for m in [CentralityMeasure.betweenness, .closeness] {
            let mine = calls.list.filter { $0.measure == m }
            #expect(mine.count == 32, "\(m): \(mine.count) calls")
            #expect(mine.map(\.done) == Array(1...32))
            #expect(mine.allSatisfy { $0.total == 32 })
        }
    }
}
