import Foundation

import RelGraphCore

/// Edge appearance derived from kind, weight, direction and polarity.
enum EdgeStyle {
    /// Graphviz `dir` for an edge direction.
    static func dir(_ d: EdgeDirection) -> String {
        switch d {
        case .none: return "none"
        case .forward: return "forward"
        case .backward: return "back"
        case .both: return "both"
        }
    }

    /// Interaction colour: green cooperative, red hostile, orange mixed.
    static func color(_ p: Polarity) -> String {
        switch p {
        case .cooperative: return "#2e7d32"
        case .hostile: return "#c62828"
        case .mixed: return "#ef6c00"
        }
    }

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
        NumberText.trimmed(weight, decimals: 2) ?? "0"
    }

    /// Fixed two decimals without Foundation's locale-dependent formatting.
    static func format2(_ x: Double) -> String {
        NumberText.fixed(x, decimals: 2) ?? "0"
    }
}
