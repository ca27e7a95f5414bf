/// Cooperative or hostile.
public enum Polarity: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
    case cooperative
    case hostile
    /// An edge with both cooperative and hostile events.
    case mixed

    public static func < (a: Polarity, b: Polarity) -> Bool { a.rawValue < b.rawValue }
}
