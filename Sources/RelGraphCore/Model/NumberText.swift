/// Decimal text of a `Double` for every output (JSON, CSV, GraphML, GEXF, DOT, tables, tooltips),
/// deterministic and locale-free, that never converts to an integer type that can overflow.
///
/// Values below `fixedLimit` in magnitude are rounded to a fixed number of decimals through
/// integer arithmetic (exact and stable); larger ones are written in Swift's shortest round-trip
/// form (`1500000000000.25`, `1e+16`), which JSON, XML Schema's `double`, CSV readers and
/// JavaScript all read, and which stays exact where decimals would be meaningless anyway.
public enum NumberText {
    /// Largest magnitude written through the fixed path: `x · 10^6` stays far below `Int64.max`.
    public static let fixedLimit = 1e12

    /// `x` with exactly `decimals` (0…6) decimals, or its shortest form when too large;
    /// non-finite values give `nil`.
    public static func fixed(_ x: Double, decimals: Int) -> String? {
        guard x.isFinite else { return nil }
        guard abs(x) < fixedLimit else { return shortest(x) }
        var unit: Int64 = 1
        for _ in 0..<min(max(decimals, 0), 6) { unit *= 10 }
        let scaled = Int64((abs(x) * Double(unit)).rounded())
        let whole = String(scaled / unit)
        let sign = x < 0 && scaled > 0 ? "-" : ""
        guard unit > 1 else { return sign + whole }
        let frac = String(scaled % unit)
        return sign + whole + "." + String(repeating: "0", count: decimals - frac.count) + frac
    }

    /// Up to `decimals` decimals with trailing zeros (and a bare point) removed: `3`, `2.5`, `0.333333`.
    public static func trimmed(_ x: Double, decimals: Int) -> String? {
        guard var s = fixed(x, decimals: decimals) else { return nil }
        guard s.contains("."), !s.contains("e") else { return s }
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Swift's shortest round-trip text, without the `.0` of integral values.
    static func shortest(_ x: Double) -> String {
        var s = x.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    /// True when `text` is a plain decimal number as `fixed` or `trimmed` write it below
    /// `fixedLimit` (`-12`, `0.5`): usable unquoted in DOT and never a spreadsheet formula.
    public static func isPlainDecimal(_ text: Substring) -> Bool {
        var digits = 0, points = 0
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "-") where i == 0: continue
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }
}
