/// Which way an interaction goes, relative to an ordered pair (a, b).
public enum EdgeDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not said (a meeting, talks).
    case none
    /// a → b (a called, visited, initiated).
    case forward
    /// b → a.
    case backward
    /// Both ways reported.
    case both

    /// The same direction seen from (b, a).
    public var reversed: EdgeDirection {
        switch self {
        case .forward: return .backward
        case .backward: return .forward
        default: return self
        }
    }

    /// Two reports of one relation: a stated direction wins over none; opposite ones give both.
    public func merged(with other: EdgeDirection) -> EdgeDirection {
        if self == other || other == .none { return self }
        if self == .none { return other }
        return .both
    }
}

/// One sentence that reports an event.
public struct Evidence: Sendable, Hashable, Comparable {
    public var article: String
    public var date: String
    /// Unicode-scalar offsets of the sentence in the article text.
    public var start: Int
    public var end: Int
    /// The sentence, whitespace folded to single spaces.
    public var text: String

    public init(article: String, date: String, start: Int, end: Int, text: String) {
        self.article = article
        self.date = date
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (a: Evidence, b: Evidence) -> Bool { (a.article, a.start, a.end) < (b.article, b.start, b.end) }
}

/// An interaction between two entities (persons, organisations or countries) on one date.
///
/// One event however many sentences or articles report it: events are keyed by
/// (a, b, type, date, via) with `a < b`; every report is kept in `evidence`.
public struct InteractionEvent: Sendable, Hashable {
    public var a: String
    public var b: String
    public var type: String
    public var date: String
    public var direction: EdgeDirection
    public var polarity: Polarity
    /// The type's weight (one event counts once).
    public var weight: Double
    public var evidence: [Evidence]
    /// For an event between countries that comes from an event between their people: those two
    /// people (sorted), so two different calls on one day stay two events between the countries.
    public var via: [String]

    public struct Key: Hashable, Comparable, Sendable {
        public var a: String, b: String, type: String, date: String, via: [String]
        public static func < (x: Key, y: Key) -> Bool {
            (x.date, x.a, x.b, x.type, x.via.joined(separator: "|")) < (y.date, y.a, y.b, y.type, y.via.joined(separator: "|"))
        }
    }

    public var key: Key { Key(a: a, b: b, type: type, date: date, via: via) }

    /// An event from `source` to `target` (or undirected), stored with its ends in id order.
    public init(source: String, target: String, directed: Bool, type: String, date: String, polarity: Polarity,
                weight: Double, evidence: [Evidence]) {
        if source <= target {
            a = source; b = target; direction = directed ? .forward : .none
        } else {
            a = target; b = source; direction = directed ? .backward : .none
        }
        self.type = type
        self.date = date
        self.polarity = polarity
        self.weight = weight
        self.evidence = evidence
        self.via = []
    }
}

/// Collects events, merging reports of the same event (same pair, type and date).
public struct EventLedger: Sendable {
    private var events: [InteractionEvent.Key: InteractionEvent] = [:]

    public init() {}

    public mutating func add(_ e: InteractionEvent) {
        if var old = events[e.key] {
            old.direction = old.direction.merged(with: e.direction)
            for ev in e.evidence where !old.evidence.contains(ev) { old.evidence.append(ev) }
            old.evidence.sort()
            events[e.key] = old
        } else {
            var e = e
            e.evidence.sort()
            events[e.key] = e
        }
    }

    public mutating func add(contentsOf other: [InteractionEvent]) { for e in other { add(e) } }

    /// All events, sorted by (date, a, b, type).
    public var sorted: [InteractionEvent] { events.keys.sorted().map { events[$0]! } }
}
