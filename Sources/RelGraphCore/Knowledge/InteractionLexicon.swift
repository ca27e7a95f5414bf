/// Cooperative or hostile.
public enum Polarity: String, Sendable, Hashable, Comparable, Codable, CaseIterable {
    case cooperative
    case hostile
    /// An edge with both cooperative and hostile events.
    case mixed

    public static func < (a: Polarity, b: Polarity) -> Bool { a.rawValue < b.rawValue }
}

/// A kind of interaction and what one event of it weighs (knowledge-base `interaction_types`).
public struct InteractionType: KnowledgeEntry, Hashable {
    public var id: String
    public var en: String
    public var weight: Double
    public var polarity: Polarity
    public var location: SourceLocation?
}

/// How a trigger verb orders the participants.
public enum TriggerCue: String, Sendable, Hashable {
    /// «تلقى X اتصالا من Y»: the participant after «من» initiates.
    case receive
    /// «أجرى X اتصالا ب Y»: the first participant initiates.
    case initiate
    /// «استقبل X Y»: the guest (second) goes to the host (first).
    case host
}

/// Where the target of a hostile word stands.
public enum HostilityTarget: String, Sendable, Hashable {
    /// The country or organisation named after the word; the agents are the sentence's persons'
    /// countries and the countries named before the word.
    case after
    /// «اعتداءات X على Y»: X (right after the word) attacks Y (after «على»/«ضد»).
    case genitive
}

/// A word or phrase that signals an interaction type, a direction, or both.
public struct Trigger: Sendable, Hashable {
    public var pattern: String
    public var type: String?
    public var cue: TriggerCue?
    public var target: HostilityTarget?
    public var location: SourceLocation?
}
