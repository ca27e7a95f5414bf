import Foundation

/// Edge appearance derived from kind and weight.
enum EdgeStyle {
    /// Largest pen width, reached at weight 2^(10/3) ≈ 10.
    static let maxPenWidth = 6.0

    /// `1 + 1.5·log2(weight)`, at least 1 and at most `maxPenWidth`; two decimals.
    static func penWidth(weight: Double) -> String {
        let w = weight.isFinite ? max(weight, 1) : 1
        return format2(min(1 + 1.5 * log2(w), maxPenWidth))
    }

    /// Graphviz `weight`: a positive integer (dot rejects non-integers), capped at 1000.
    static func layoutWeight(_ weight: Double) -> String {
        guard weight.isFinite else { return "1" }
        return String(Int(min(max(weight.rounded(), 1), 1000)))
    }

    /// A weight as people read it: `3`, `2.5`, `0.33`.
    static func display(_ weight: Double) -> String {
        if weight.isFinite, weight == weight.rounded(), abs(weight) < 1e15 { return String(Int(weight)) }
        var s = format2(weight)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// Fixed two decimals without Foundation's locale-dependent formatting.
    static func format2(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }
}
