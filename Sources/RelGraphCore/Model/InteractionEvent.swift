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
///
/// A single reference to shared, immutable storage: the events one sentence reports (and their
/// country projections) hold the same storage, so a piece of evidence costs one pointer per
/// event. Setting a property replaces the storage (value semantics are kept).
public struct Evidence: Sendable, Hashable, Comparable {
    /// The article a piece of evidence comes from: one per article, shared by its sentences.
    public final class Source: Sendable {
        let article: String
        let date: String
        let order: ArticleOrderKey?

        /// The article's id and date.
        public init(article: String, date: String) {
            self.article = article
            self.date = date
            self.order = ArticleOrderKey(article)
        }
    }

    /// The fields of a piece of evidence, shared by every event the sentence reports (with its
    /// article's order key, so that pieces of two articles are ordered without reading the ids).
    final class Storage: Sendable {
        let source: Source
        let order: ArticleOrderKey?
        let start: Int
        let end: Int
        let text: String

        init(source: Source, start: Int, end: Int, text: String) {
            self.source = source
            self.order = source.order
            self.start = start
            self.end = end
            self.text = text
        }
    }

    private var storage: Storage

    public var article: String {
        get { storage.source.article }
        set { self = Evidence(article: newValue, date: date, start: start, end: end, text: text) }
    }
    public var date: String {
        get { storage.source.date }
        set { self = Evidence(article: article, date: newValue, start: start, end: end, text: text) }
    }
    /// Unicode-scalar offsets of the sentence in the article text.
    public var start: Int {
        get { storage.start }
        set { storage = Storage(source: storage.source, start: newValue, end: end, text: text) }
    }
    public var end: Int {
        get { storage.end }
        set { storage = Storage(source: storage.source, start: start, end: newValue, text: text) }
    }
    /// The sentence, whitespace folded to single spaces.
    public var text: String {
        get { storage.text }
        set { storage = Storage(source: storage.source, start: start, end: end, text: newValue) }
    }

    public init(article: String, date: String, start: Int, end: Int, text: String) {
        storage = Storage(source: Source(article: article, date: date), start: start, end: end, text: text)
    }

    /// A piece of evidence from an article whose `Source` is shared by its other pieces.
    public init(source: Source, start: Int, end: Int, text: String) {
        storage = Storage(source: source, start: start, end: end, text: text)
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        if a.storage === b.storage { return true }
        let x = a.storage, y = b.storage
        return x.start == y.start && x.end == y.end && x.source.article == y.source.article && x.source.date == y.source.date
            && x.text == y.text
    }

    public func hash(into h: inout Hasher) {
        let x = storage
        h.combine(x.source.article)
        h.combine(x.source.date)
        h.combine(x.start)
        h.combine(x.end)
        h.combine(x.text)
    }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        let x = a.storage, y = b.storage
        if x === y { return false }
        if let kx = x.order, let ky = y.order, kx != ky { return kx < ky }
        return (x.source.article, x.start, x.end) < (y.source.article, y.start, y.end)
    }
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
    /// The reports kept (the first few by article and offset; see the graph's evidence cap).
    public var evidence: [Evidence]
    /// How many reports there were in all (≥ `evidence.count` when capped).
    public var evidenceCount: Int
    /// For an event between countries that comes from an event between their people: those two
    /// people (sorted), so two different calls on one day stay two events between the countries.
    public var via: [String]

    public struct Key: Hashable, Comparable, Sendable {
        public var a: String, b: String, type: String, date: String, via: [String]
        public static func < (x: Key, y: Key) -> Bool {
            if x.date != y.date { return x.date < y.date }
            if x.a != y.a { return x.a < y.a }
            if x.b != y.b { return x.b < y.b }
            if x.type != y.type { return x.type < y.type }
            return x.via.lexicographicallyPrecedes(y.via)
        }
    }

    public var key: Key { Key(a: a, b: b, type: type, date: date, via: via) }

    /// `x.key < y.key` without building the keys.
    @inline(__always)
    static func keyPrecedes(_ x: InteractionEvent, _ y: InteractionEvent) -> Bool {
        if x.date != y.date { return x.date < y.date }
        if x.a != y.a { return x.a < y.a }
        if x.b != y.b { return x.b < y.b }
        if x.type != y.type { return x.type < y.type }
        return x.via.lexicographicallyPrecedes(y.via)
    }

    /// Every field given (ends already in id order).
    init(a: String, b: String, type: String, date: String, direction: EdgeDirection, polarity: Polarity, weight: Double,
         evidence: [Evidence], evidenceCount: Int, via: [String]) {
        self.a = a
        self.b = b
        self.type = type
        self.date = date
        self.direction = direction
        self.polarity = polarity
        self.weight = weight
        self.evidence = evidence
        self.evidenceCount = evidenceCount
        self.via = via
    }

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
        self.evidenceCount = evidence.count
        self.via = []
    }
}

extension Evidence {
    /// Merges sorted pieces of evidence into a sorted list, de-duplicated, keeping the first `cap`.
    static func absorb(_ other: [Evidence], into evidence: inout [Evidence], cap: Int) {
        if other.count == 1 {
            // One piece: inserted in place, as `mergeSorted` would place it (after the pieces that
            // do not sort after it, skipped when equal to the one before).
            let x = other[0]
            var at = evidence.count
            while at > 0 && x < evidence[at - 1] { at -= 1 }
            guard at < cap, at == 0 || evidence[at - 1] != x else { return }
            // Full: the last piece makes room (inserting first could double the capacity past `cap`);
            // otherwise grown to at most `cap`.
            if evidence.count >= cap {
                evidence.removeLast(evidence.count - cap + 1)
            } else if evidence.count == evidence.capacity {
                evidence.reserveCapacity(Swift.min(cap, Swift.max(2 * evidence.count, 1)))
            }
            evidence.insert(x, at: at)
            if evidence.count > cap { evidence.removeLast(evidence.count - cap) }
        } else {
            evidence = mergeSorted(evidence, other, cap: cap)
        }
    }
}

extension Evidence {
    /// Two sorted lists merged, de-duplicated, the first `cap` kept.
    static func mergeSorted(_ a: [Evidence], _ b: [Evidence], cap: Int) -> [Evidence] {
        var out: [Evidence] = []
        out.reserveCapacity(min(cap, a.count + b.count))
        var i = 0, j = 0
        while out.count < cap && (i < a.count || j < b.count) {
            if j >= b.count || (i < a.count && a[i] <= b[j]) {
                if out.last != a[i] { out.append(a[i]) }
                i += 1
            } else {
                if out.last != b[j] { out.append(b[j]) }
                j += 1
            }
        }
        return out
    }
}

extension Array where Element: Comparable {
    /// True when no element is less than the one before it.
    func isSorted() -> Bool {
        var i = 1
        while i < count { if self[i] < self[i - 1] { return false }; i += 1 }
        return true
    }
}
