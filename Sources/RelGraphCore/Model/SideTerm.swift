/// A span of days on which a person acts for a side other than their own country: the body or
/// country of an office they held then (a Kuwaiti minister later the GCC's secretary-general acts
/// for the GCC in those years, a Spanish minister later the EU's foreign-policy chief for the EU).
/// An event of theirs on such a day counts between that side and the other party's.
public struct SideTerm: Sendable, Hashable, Codable {
    /// The country or organisation id.
    public var side: String
    /// First day (inclusive); nil: open.
    public var from: Day?
    /// Last day (exclusive); nil: open.
    public var to: Day?

    public init(side: String, from: Day?, to: Day?) {
        self.side = side
        self.from = from
        self.to = to
    }
}
