/// Writes a seeded synthetic corpus for benchmarks: articles of varied Arabic sentence frames
/// filled with knowledge-base names, titles with demonyms, capitals, dates and noise text. The same
/// seed gives the same corpus on every machine (SplitMix64).
///
/// Like a real news stream, several articles report the same stories: each day of the period
/// (`days` days from 2023-01-01) has a pool of `storiesPerDay` stories (a frame with its people,
/// countries and capital, fixed by the seed and the day), and an article of that day reports a
/// handful of them, each outlet with its own choice of name forms and titles, among noise
/// sentences. Articles average about 2.5 kB (20,000 articles ≈ 50 MB).
public struct CorpusGenerator: Sendable {
    public let kb: KnowledgeBase
    public let seed: UInt64

    /// Days covered from 2023-01-01.
    public var days = 730
    /// Distinct stories per day.
    public var storiesPerDay = 60

    public init(kb: KnowledgeBase, seed: UInt64) {
        self.kb = kb
        self.seed = seed
    }

    static let frames = [
        "تلقى {t1} {p1} اتصالا هاتفيا من {t2} {p2}، وبحث الجانبان العلاقات الثنائية بين {c1} و{c2}.",
        "التقى {p1} في {cap} بـ{t2} {p2} لبحث سبل تعزيز التعاون الدفاعي والأمني.",
        "أجرى {t1} اتصالا هاتفيا بنظيره {n2} تناول المستجدات الإقليمية.",
        "استقبل {p1} في مكتبه {p2} وجرى خلال اللقاء استعراض الشراكة الاستراتيجية.",
        "وقع {p1} و{p2} مذكرة تفاهم للتعاون العسكري بحضور عدد من المسؤولين.",
        "أكد {t1} أن بلاده تسعى إلى ردع التهديد {n2} في المنطقة.",
        "وصل {p1} إلى {cap} في زيارة رسمية تستغرق يومين يلتقي خلالها كبار المسؤولين.",
        "وأشار البيان المشترك إلى أن {c1} و{c2} اتفقتا على تشكيل مجموعة عمل ثنائية.",
        "بعث {p1} برقية تعزية إلى {p2} في ضحايا الحادث.",
        "ناقش {t1} مع {p2} الأوضاع في اليمن والجهود المبذولة للتوصل إلى حل سياسي.",
    ]

    static let noise = [
        "وتأتي هذه الخطوة في إطار الجهود المستمرة لتعزيز الأمن والاستقرار في المنطقة.",
        "وتشهد المنطقة تطورات متسارعة تتطلب تنسيقا أكبر بين الدول الحليفة.",
        "وأعرب المراقبون عن أملهم في أن تسهم هذه المباحثات في تخفيف حدة التوترات.",
        "ومن المتوقع أن تتواصل الاتصالات خلال الفترة المقبلة على مختلف المستويات.",
        "وتناولت التقارير الإعلامية أهمية التعاون في مجالات التدريب وتبادل الخبرات.",
        "كما جرى التأكيد على ضرورة احترام السيادة الوطنية وعدم التدخل في الشؤون الداخلية.",
        "ويرى محللون أن المرحلة المقبلة ستشهد مزيدا من التقارب في المواقف.",
        "وشدد الجانبان على أهمية الحلول الدبلوماسية لمعالجة الأزمات الإقليمية.",
    ]

    static let months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

    /// One article as a JSON Lines record (`id`, `date`, `title`, `text`).
    public func record(_ i: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(i) &* 0x9E37_79B9)
        let people = kb.persons.filter { !$0.names.isEmpty && !$0.roles.isEmpty }
        let countries = kb.countries.filter { !$0.nisba.isEmpty && !$0.capitals.isEmpty }
        let dayIndex = Int.random(in: 0..<max(1, days), using: &rng)
        let (year, month, day) = Self.civil(dayIndex)
        let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        var paragraphs: [String] = ["\(day) \(Self.months[month - 1]) \(year)"]
        let sentences = Int.random(in: 12...19, using: &rng)
        var paragraph: [String] = []
        for _ in 0..<sentences {
            if Int.random(in: 0..<3, using: &rng) == 0 {
                paragraph.append(Self.noise.randomElement(using: &rng)!)
            } else {
                // The story fixes who and what; the outlet (this article) picks the wording.
                let story = Int.random(in: 0..<max(1, storiesPerDay), using: &rng)
                var srng = SplitMix64(seed: seed ^ (UInt64(dayIndex) &* 0xD1B5_4A32_D192_ED03 &+ UInt64(story) &* 0x8CB9_2BA7_2F3D_8DD7))
                let p1 = people.randomElement(using: &srng)!, p2 = people.randomElement(using: &srng)!
                let c1 = countries.randomElement(using: &srng)!, c2 = countries.randomElement(using: &srng)!
                var s = Self.frames.randomElement(using: &srng)!
                s = s.replacingOccurrences(of: "{p1}", with: p1.names.randomElement(using: &rng)!)
                s = s.replacingOccurrences(of: "{p2}", with: p2.names.randomElement(using: &rng)!)
                s = s.replacingOccurrences(of: "{t1}", with: title(p1, &rng))
                s = s.replacingOccurrences(of: "{t2}", with: title(p2, &rng))
                s = s.replacingOccurrences(of: "{c1}", with: c1.names.first!)
                s = s.replacingOccurrences(of: "{c2}", with: c2.names.first!)
                s = s.replacingOccurrences(of: "{n2}", with: "ال" + (c2.nisba.first ?? ""))
                s = s.replacingOccurrences(of: "{cap}", with: c1.capitals.first!)
                paragraph.append(s)
            }
            if Int.random(in: 0..<4, using: &rng) == 0 { paragraphs.append(paragraph.joined(separator: " ")); paragraph = [] }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
        let text = paragraphs.joined(separator: "\n\n")
        return JSONValue.object(["id": .string("gen\(i)"), "date": .string(date), "title": .string("خبر \(i)"), "text": .string(text)]).compact()
    }

    /// Year, month and day of the `n`-th day from 2023-01-01.
    static func civil(_ n: Int) -> (Int, Int, Int) {
        var year = 2023, rest = n
        while true {
            let length = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 366 : 365
            if rest < length { break }
            rest -= length
            year += 1
        }
        var month = 1
        while rest >= Day.daysIn(month: month, year: year) { rest -= Day.daysIn(month: month, year: year); month += 1 }
        return (year, month, rest + 1)
    }

    /// A title the press would use for one of the person's offices, with the demonym.
    func title(_ p: Person, _ rng: inout SplitMix64) -> String {
        guard let role = p.roles.randomElement(using: &rng), let office = kb.office(role.office),
              let t = office.titles.first(where: { !$0.contains("<") }), let c = kb.country(role.country), let n = c.nisba.first else { return "" }
        return t + " ال" + n
    }
}
