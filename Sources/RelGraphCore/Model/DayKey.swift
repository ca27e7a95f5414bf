/// A day as one ordered integer (year·512 + month·32 + day): comparing keys compares the days, and
/// so their `YYYY-MM-DD` strings (years have four digits).
enum DayKey {
    static func of(_ d: Day) -> Int32 { Int32(d.year * 512 + d.month * 32 + d.day) }
    static func day(_ k: Int32) -> Day { Day(year: Int(k) / 512, month: Int(k) / 32 % 16, day: Int(k) % 32)! }
}
