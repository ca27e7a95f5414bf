import Testing
@testable import RelGraphCore

@Suite struct DateTests {
    func first(_ text: String) -> String? { DateFinder.dates(in: Tokenizer.tokenize(text)).first?.day.description }

    @Test func gulfAndEgyptianMonths() {
        #expect(first("واشنطن – مراسلنا 10:18 م، 21 أكتوبر 2020") == "2020-10-21")
        #expect(first("في 3 يونيه 2019 أعلن") == "2019-06-03")
        #expect(first("الأحد 14 من إبريل، 2024") == "2024-04-14")
    }

    @Test func levantineAndMaghrebiMonths() {
        #expect(first("بيروت في ٥ تشرين الأول ٢٠٢٣") == "2023-10-05")
        #expect(first("الجزائر 7 جويلية 2022") == "2022-07-07")
    }

    @Test func numericDates() {
        #expect(first("بتاريخ 14/04/2024 صدر") == "2024-04-14")
        #expect(first("2025/07/10") == "2025-07-10")
    }

    @Test func skipsHijriAndImpossibleDates() {
        #expect(first("في 12 رمضان 1445 هـ") == nil)
        #expect(first("31 فبراير 2020") == nil)
        #expect(first("1 يناير 1445 هـ ثم 2 مارس 2021") == "2021-03-02")
    }

    @Test func findsPlaceholders() {
        let tokens = Tokenizer.tokenize("عقدت الاجتماعات يوم [أدخل التاريخ هنا]، وتناولت [المصدر]")
        let p = DateFinder.placeholders(in: tokens)
        #expect(p.count == 1)
    }

    @Test func dayValidation() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-4-1") == nil)
        #expect(Day(iso: "2024-04-01")!.description == "2024-04-01")
    }

    /// Day numbers and ISO weeks (Monday first), for timelines by week.
    @Test func daysSinceEpochAndWeekStart() {
        #expect(Day(iso: "1970-01-01")!.daysSinceEpoch == 0)
        #expect(Day(iso: "2000-03-01")!.daysSinceEpoch == 11017)
        #expect(Day(iso: "2024-05-01")!.weekStart == Day(iso: "2024-04-29"))
        #expect(Day(iso: "2025-01-05")!.weekStart == Day(iso: "2024-12-30"))
        #expect(Day(iso: "2024-04-29")!.weekStart == Day(iso: "2024-04-29"))
        #expect(Day(iso: "1970-01-01")!.weekStart == Day(iso: "1969-12-29"))
    }
}
