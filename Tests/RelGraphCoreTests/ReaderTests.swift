import Foundation
import Testing
@testable import RelGraphCore

@Suite struct ReaderTests {
    let reader = ArticleReader(asOf: Support.day("2026-01-01"))

    @Test func frontMatterDateAndTitle() {
        let r = reader.read(paths: [Support.fixtures.appendingPathComponent("articles/front_matter.txt").path])
        #expect(r.articles.count == 1)
        #expect(r.articles[0].date.description == "2024-04-14")
        #expect(r.articles[0].dateSource == .frontMatter)
        #expect(r.articles[0].title == "اتصال هاتفي")
        #expect(!r.articles[0].text.contains("---"))
        #expect(r.articles[0].id == "front_matter")
    }

    @Test func dateFoundInTextOtherwiseAsOf() {
        let r = reader.read(paths: [Support.fixtures.appendingPathComponent("articles/dated_in_text.txt").path])
        #expect(r.articles.first?.date.description == "2020-10-21")
        #expect(r.articles.first?.dateSource == .text)
        let dir = Support.temporaryDirectory()
        try! "خبر بلا تاريخ".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let r2 = reader.read(paths: [dir.path])
        #expect(r2.articles.first?.dateSource == .asOf)
        #expect(r2.articles.first?.date.description == "2026-01-01")
    }

    @Test func jsonlRecordsWithDiagnosticsForBadLines() {
        let path = Support.fixtures.appendingPathComponent("articles/corpus.jsonl").path
        let r = reader.read(paths: [path])
        #expect(r.articles.map(\.id) == ["j1", "j2"])
        #expect(r.articles[1].date.description == "2020-10-21")
        #expect(r.articles[0].url == "https://example.org/j1")
        #expect(r.diagnostics.contains { $0.location == "\(path):3" && $0.code == "bad-json" })
        #expect(r.diagnostics.contains { $0.location == "\(path):4" && $0.code == "no-text" })
    }

    @Test func badFilesAreDiagnosedAndTheRestIsRead() throws {
        let dir = Support.temporaryDirectory()
        try "مقال سليم عن السعودية".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0x41, 0x42, 0xC3, 0x28, 0x43]).write(to: dir.appendingPathComponent("bad_utf8.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: dir.appendingPathComponent("binary.txt"))
        try "---\ndate: 2024-02-30\n---\nنص".write(to: dir.appendingPathComponent("bad_date.txt"), atomically: true, encoding: .utf8)
        let r = reader.read(paths: [dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(Set(r.articles.map(\.id)) == ["good", "bad_date"])
        let codes = Dictionary(grouping: r.diagnostics, by: \.code)
        #expect(codes["invalid-utf8"]?.first?.message.contains("byte 2") == true)
        #expect(codes["empty"] != nil)
        #expect(codes["binary"] != nil)
        #expect(codes["bad-date"] != nil)
        #expect(codes["not-found"] != nil)
    }

    @Test func placeholderIsReported() throws {
        let dir = Support.temporaryDirectory()
        try "عقدت الاجتماعات يوم [أدخل التاريخ هنا] في واشنطن".write(to: dir.appendingPathComponent("p.txt"), atomically: true, encoding: .utf8)
        let r = reader.read(paths: [dir.path])
        #expect(r.diagnostics.contains { $0.code == "placeholder" })
        #expect(r.articles.first?.dateSource == .asOf)
    }
}
