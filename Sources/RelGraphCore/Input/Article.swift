/// Where an article's date came from, in order of precedence.
public enum DateSource: String, Sendable, Hashable, Codable {
    /// `date:` in the `.txt` front matter.
    case frontMatter = "front_matter"
    /// The `date` field of a `.jsonl` record.
    case record
    /// A date written in the article text («21 أكتوبر 2020»).
    case text
    /// None of the above: the run's `--as-of` date (default: today).
    case asOf = "as_of"
}

/// One article ready for linking.
public struct Article: Sendable, Hashable {
    public var id: String
    public var text: String
    /// The date titles are resolved on.
    public var date: Day
    public var dateSource: DateSource
    public var title: String?
    public var url: String?
    /// The publication (site, agency or paper) that ran the article.
    public var outlet: String?
    /// File (and `#line` for `.jsonl`) the article came from.
    public var origin: String

    public init(id: String, text: String, date: Day, dateSource: DateSource, title: String? = nil, url: String? = nil,
                outlet: String? = nil, origin: String) {
        self.id = id
        self.text = text
        self.date = date
        self.dateSource = dateSource
        self.title = title
        self.url = url
        self.outlet = outlet
        self.origin = origin
    }
}
