import Foundation
import Testing
@testable import RelGraphCore

/// The gold set (gold/persons.jsonl: our own sentences, one phenomenon each; gold/seeds.jsonl: the
/// seeds) must stay at F1 >= 0.95 for persons with every title-by-date case right.
@Suite struct GoldSetTests {
    static var root: URL { Support.seeds.deletingLastPathComponent() }

    @Test func goldSetScoresAtLeast095WithEveryTitleByDateRight() throws {
        let records = try LinkEvaluation.load(Self.root.appendingPathComponent("gold/persons.jsonl"))
            + LinkEvaluation.load(Self.root.appendingPathComponent("gold/seeds.jsonl"))
        #expect(records.count >= 65)
        #expect(Set(records.map(\.phenomenon)).count >= 10)
        let report = LinkEvaluation.evaluate(records, linker: Support.linker, root: Self.root)
        #expect(report.records == records.count)
        #expect(report.total.f1 >= 0.95, "\(report.table())")
        #expect(report.titleByDateWrong.isEmpty, "\(report.table())")
    }

    @Test func scoringArithmetic() {
        var c = LinkEvaluation.Counts()
        c.tp = 8; c.fp = 2; c.fn = 2
        #expect(abs(c.precision - 0.8) < 1e-12)
        #expect(abs(c.recall - 0.8) < 1e-12)
        #expect(abs(c.f1 - 0.8) < 1e-12)
    }

    @Test func aWrongGoldRecordIsCounted() {
        let r = LinkEvaluation.Record(id: "x", phenomenon: "t", date: Support.day("2025-07-10"),
                                      text: "قال وزير الدفاع الأمريكي إن", file: nil, persons: ["lloyd_austin"], titleByDate: true)
        let report = LinkEvaluation.evaluate([r], linker: Support.linker, root: Self.root)
        #expect(report.total.fp == 1 && report.total.fn == 1)
        #expect(report.titleByDateWrong == ["x"])
    }
}
