import Foundation

/// A calendar date without time or zone (proleptic Gregorian), ordered and printable as
/// `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil (month 1–12, day within the month, year 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso: String) {
        // Exactly ten ASCII bytes, `DDDD-DD-DD`, read byte by byte.
        var fields: (Int, Int, Int)?
        var text = iso
        text.withUTF8 { b in
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return }
            func number(_ r: Range<Int>) -> Int? {
                var value = 0
                for k in r {
                    guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                    value = value * 10 + Int(b[k] - 0x30)
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return }
            fields = (y, m, d)
        }
        guard let (y, m, d) = fields else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Today in UTC.
    public static func today() -> Day {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let c = cal.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }

    public var description: String {
        // `YYYY-MM-DD` written digit by digit (`init` keeps the year within 1…9999).
        var out = [UInt8](repeating: 0x2D, count: 10)
        func put(_ at: Int, _ v: Int) { out[at] = UInt8(truncatingIfNeeded: 0x30 + v) }
        put(0, year / 1000 % 10); put(1, year / 100 % 10); put(2, year / 10 % 10); put(3, year % 10)
        put(5, month / 10); put(6, month % 10)
        put(8, day / 10); put(9, day % 10)
        return String(decoding: out, as: UTF8.self)
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The day `n` days later (earlier for negative `n`), clamped to the years 1…9999.
    public func adding(days n: Int) -> Day {
        var (y, m, d) = (year, month, day + n)
        while d > Day.daysIn(month: m, year: y) {
            d -= Day.daysIn(month: m, year: y)
            (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            if y > 9999 { return Day(year: 9999, month: 12, day: 31)! }
        }
        while d < 1 {
            (y, m) = m == 1 ? (y - 1, 12) : (y, m - 1)
            if y < 1 { return Day(year: 1, month: 1, day: 1)! }
            d += Day.daysIn(month: m, year: y)
        }
        return Day(year: y, month: m, day: d)!
    }

    /// Days since 1970-01-01 (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms",
    /// days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The Monday of this day's ISO week (1970-01-01 was a Thursday: Monday is days + 3 ≡ 0 mod 7).
    public var weekStart: Day { adding(days: -(((daysSinceEpoch + 3) % 7) + 7) % 7) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a date YYYY-MM-DD, got \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
