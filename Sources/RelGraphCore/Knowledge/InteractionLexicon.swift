/// A kind of interaction and what one event of it weighs (knowledge-base `interaction_types`).
public struct InteractionType: KnowledgeEntry, Hashable {
    public var id: String
    public var en: String
    public var weight: Double
    public var polarity: Polarity
    /// What the pipeline uses this type for besides trigger words (nil: triggers only).
    public var role: Role?
    /// True for an interaction at a distance (a call, a cable, a message): a country its sentence
    /// names after «في» is not where the parties met, so no one is visiting it.
    public var remote: Bool
    public var location: SourceLocation?

    /// Largest weight a type (and so an event) may have: larger ones are refused where they are
    /// read (the knowledge base, a snapshot) as mistakes rather than carried into sums.
    public static let maximumWeight = 1e12

    /// The part a type plays beyond its triggers (KB field `role`); at most one type has each.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Relations that «بين X و Y» states between two countries.
        case between
        /// The type of co-mention edges (two actors named together without an event); its weight
        /// is what one such sentence adds.
        case coMention = "co_mention"
        /// The type an article's cooperative event between a visitor and a person of the country
        /// visited also has (visitor → host): talks held during a visit are a visit.
        case visit
        /// The type that persons present at an event («بحضور X», «وحضر اللقاء X») take with
        /// its acting parties of another country.
        case attendance
    }

    public init(id: String, en: String, weight: Double, polarity: Polarity, role: Role? = nil, remote: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.en = en
        self.weight = weight
        self.polarity = polarity
        self.role = role
        self.remote = remote
        self.location = location
    }
}

/// How a trigger verb orders the participants.
public enum TriggerCue: String, Sendable, Hashable {
    /// «تلقى X اتصالا من Y»: the participant after «من» initiates.
    case receive
    /// «أجرى X اتصالا ب Y»: the first participant initiates.
    case initiate
    /// «استقبل X Y»: the guest (second) goes to the host (first); in the passive, «استُقبل X من
    /// قبل Y», the one after «من قبل» is the host.
    case host
    /// «كان في استقبال X …، Y وZ»: the first person named after the word is the guest, and goes to
    /// the next one named (the ranking greeter; the escorts listed after him join no pair).
    case greet
    /// «بحضور، يرافقه، وحضر اللقاء»: the persons named after it are present only (a delegation,
    /// attendees); they take part in no pair of the sentence.
    case present
    /// «وكان في استقباله Y، وZ»: a greeting whose guest is the pronoun — the acting person named
    /// before it in the sentence, else the previous sentence's lone acting person. The guest visits
    /// the first person of another country named after it (the ranking greeter); the escorts named
    /// after him are present only, as after `present`. A call or a cable with the object pronoun
    /// («كما اتصل به Y», «وهنأه Y») goes the other way: Y → the one the pronoun names (the
    /// previous sentence's one person, event or not).
    case welcome
    /// «قمة جمعت X وY وZ»: the persons named after it meet each other (persons named before it
    /// take no part in those meetings).
    case gather
    /// «خلال لقائه مع Y»: a noun with a possessive pronoun; the person named nearest before it (the
    /// one the pronoun refers to) meets the first person named after it.
    case possessive
}

/// Whether a trigger word reports something that happened (`nil`) or not.
public enum Modality: String, Sendable, Hashable, CaseIterable {
    /// «سيلتقي، من المقرر أن، يعتزم»: announced or planned.
    case future
    /// «لم يلتق، لن يزور»: denied.
    case negated
    /// «إذا، في حال، اقترح»: conditional or proposed.
    case hypothetical
    /// «ألغى، أرجأ، اعتذر عن»: called off or put off by its party, whose title and name may stand
    /// between («ألغى وزير الخارجية الأردني أيمن الصفدي زيارته»).
    case cancelled

    /// How many words a marker may stand before the interaction word it qualifies: a negation
    /// right before its verb; a conditional or proposal may have a party's title and name between
    /// («دعوة لولي العهد السعودي الأمير محمد بن سلمان لزيارة …»).
    public var reach: Int {
        switch self {
        case .negated: return 2
        case .future: return 9
        case .hypothetical: return 9
        case .cancelled: return 8
        }
    }
}

/// Where the parties of a directed event word stand. Every hostile word has one (`after` unless
/// given); a word of another type with a target makes events only between the parties it names
/// that way («دعم إيران للحوثيين»), never between the sentence's persons.
public enum TargetRule: String, Sendable, Hashable, CaseIterable {
    /// The country or organisation named after the word (the one right before a charge in «بـ…»,
    /// «اتهم X إيران بدعم …», when there is one); the agents are the sentence's persons'
    /// countries and the countries named before the word.
    case after
    /// «اعتداءات X على Y», «دعم X لـY»: X (right after the word) acts on Y — after «على»/«ضد», or
    /// right after X with the dative «لـ»; countries and organisations joined to Y by «و» too.
    case genitive
    /// A strike or killing: the agent is the country or organisation right after the word
    /// («الغارات الإسرائيلية») or else the last one before it («شنت إسرائيل غارات»); the targets
    /// are the countries and organisations after «على/ضد» and the sentence's persons of another
    /// country (the ones killed or aimed at).
    case strike
    /// A launch («أطلقت إيران صواريخ على …», «صواريخ … باتجاه …»): the agent as for `strike`, the
    /// target only after a word of the lexicon's `against` list (a launch word alone, as in an
    /// arms sale of «صواريخ», is no attack).
    case launch
    /// Greetings or a message passed on («نقل X إلى Y تحيات Z», «حمّله تحياته إلى Z», «سلّمه رسالة
    /// من Z»): the sender is the person named right after the word («تحيات (وتقدير) الرئيس …»),
    /// else the one named before it (whose own greetings they are); the addressee the person after
    /// «إلى» or in the dative «لـ», after the word or else before it, or with none such the one
    /// person of another country than the sender's. Persons only: who carries it is neither end.
    case conveyed
    /// «(قال X إن) طهران تقف خلف الهجمات ضد السعودية», «حمّلت إيران الولايات المتحدة مسؤولية
    /// الهجوم»: the country or organisation right before the word (or before one verb before it:
    /// «إن الحوثيين يتحملون المسؤولية») is accused — by the sentence's
    /// first person before it, of another country, else by the nearest country or organisation
    /// named before it — and acts against the party after an `against` word that follows.
    case behind
    /// A listing («أدرجت X Y على قائمة العقوبات», «… على قوائم الإرهاب»): the party right before
    /// the phrase is listed, as for `behind`; with none there, the party after it, as for `after`
    /// («أدرجت X على قائمة الإرهاب كلا من Y», «… أشخاص على قائمة العقوبات لتمويل Y»).
    case listed
    /// As `after`, but an act named after the word («هدد X باستهداف السفن الأمريكية») is the
    /// subject's own: its victims are the target. After other words an act's victims are not.
    case threat
    /// As `after`, but a conflict warned of between parties («حذر X من حرب بين إيران وإسرائيل»:
    /// «بين» between the word and its target) is against none of them.
    case warning
    /// «بوساطة عمانية», «برعاية أمريكية», «بوساطة أمير قطر»: the country, organisation or person
    /// right after the word mediates (→) between the parties after «بين» («بين إيران والولايات
    /// المتحدة», «بين حماس وإسرائيل»), else the sentence's persons of other countries.
    case mediation
    /// «اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون»: the defender (found as a
    /// `strike`'s agent) is attacked by the party right after the launch word that follows
    /// («أطلقه الحوثيون», «أطلق من اليمن»).
    case intercept
}

/// A word or phrase that signals an interaction type, a direction, or both.
public struct Trigger: Sendable, Hashable {
    public var pattern: String
    public var type: String?
    public var cue: TriggerCue?
    public var target: TargetRule?
    /// Set on words that mark an event as not (yet) happened, and on interaction words that carry
    /// the mark themselves («سيلتقي»).
    public var modality: Modality?
    /// A phrase that is no interaction, listed so that a shorter trigger inside it does not match
    /// (the longest match wins): «وقف إطلاق النار» is no launch.
    public var blocks: Bool = false
    public var location: SourceLocation?
}
