/// Where an entry of the knowledge base was written: file and 1-based line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// An entry of the knowledge base with an id and the place it was written.
public protocol KnowledgeEntry: Sendable {
    var id: String { get }
    var location: SourceLocation? { get }
}

/// A country: names, demonym (nisba) stems, capitals, places and context-only names.
public struct Country: KnowledgeEntry, Hashable {
    public var id: String
    public var en: String
    public var ar: String
    public var names: [String]
    public var nisba: [String]
    public var capitals: [String]
    /// Cities and regions that stand for the country as its capital does (a strike on «غزة», a
    /// visit to «جدة»), read as a capital is.
    public var places: [String] = []
    /// Names that denote this country only when the article names it elsewhere (e.g. «المملكة»).
    public var contextual: [String]
    /// The country's own news agencies as datelines name them («واس», «أ ش أ»): an article whose
    /// dateline names one is the home press of the country (`ArticlePass.datelineCountry`).
    public var agencies: [String] = []
    public var location: SourceLocation?
}

/// A title that means an office only in some countries and periods (e.g. US «وزير الحرب» from 2025-09-05).
public struct CountryTitle: Sendable, Hashable {
    public var title: String
    public var country: String
    public var from: Day?
    public var to: Day?
}

/// An office as a function (`defense_minister`), independent of the country.
public struct Office: KnowledgeEntry, Hashable {
    public var id: String
    public var en: String
    /// Generic title patterns; `<country>` and `<nisba>` are slots (see docs/knowledge-base.md).
    public var titles: [String]
    /// Dual forms («وزيرا الدفاع», «وزيري خارجيتيهما»): two holders (see `Payload.TitleForm`).
    public var duals: [String]
    /// Plural forms («وزراء خارجية <country>», «رؤساء»): the holders in the countries named after them.
    public var plurals: [String] = []
    public var countryTitles: [CountryTitle]
    /// A country holds the office in several postings at once (its ambassadors, one per capital):
    /// a title with only the country names the holder the article named, not the KB's.
    public var postings = false
    /// The interaction type of this office holder's call on an official (`received_as: meeting` for
    /// an ambassador): an envoy resident in the country meets its officials; a visit would count
    /// his country's visit to theirs. Nil: a visit, as for anyone.
    public var receivedAs: String? = nil
    /// The international body the office is held for, wherever its seat is (`body: un` for the
    /// UN's envoy to a country, seated at that country): its holder acts for the body then.
    public var body: String? = nil
    public var location: SourceLocation?
}

/// A term of office: `office` in `country` from `from` (inclusive) to `to` (exclusive; nil = open).
public struct Role: Sendable, Hashable {
    public var office: String
    public var country: String
    public var from: Day?
    public var to: Day?
    public var location: SourceLocation?

    /// True when the role is held on `day`: `from <= day < to`, open ends unbounded. On a handover
    /// day the incoming holder holds the office.
    public func isHeld(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, day >= to { return false }
        return true
    }
}

public struct Person: KnowledgeEntry, Hashable {
    public var id: String
    public var en: String
    public var ar: String
    public var country: String
    /// Full forms, matched anywhere.
    public var names: [String]
    /// Partial forms, linked only to a person already named in the article or unique in the KB.
    public var short: [String]
    public var roles: [Role]
    /// The day the person died, when it is in the covered period (nil: alive or not recorded).
    /// Mentioned more than `Person.mourningDays` after it, the person is not an acting party.
    public var died: Day? = nil
    public var location: SourceLocation?

    /// Days after a death during which the news of it still makes the person a party (the attack
    /// that killed them, the funeral, the condolences).
    public static let mourningDays = 7

    /// True when the person died long enough before `day` to be history, not an actor.
    public func isHistory(on day: Day) -> Bool {
        guard let died else { return false }
        return died.adding(days: Person.mourningDays) < day
    }
}

public struct Organisation: KnowledgeEntry, Hashable {
    public var id: String
    public var en: String
    public var ar: String
    public var country: String?
    public var names: [String]
    public var location: SourceLocation?
    /// Short forms («المقاومة الإسلامية» for «المقاومة الإسلامية في لبنان»): alone, they name the
    /// organisation only in an article that names it otherwise, since several share them.
    public var short: [String] = []
}

/// Words the linker needs that are not entities.
public struct Lexicon: Sendable, Hashable {
    public var honorifics: [String] = []
    public var counterpart: [String] = []
    /// Function words that never start or continue a name (used to find unknown names after titles).
    public var stopwords: [String] = []
    /// Words for "the two sides/ministers" («الطرفان», «الوزيرين»): the last pair of persons named.
    public var pair: [String] = []
    /// «السابق»: after a title, a past holder (linked only through a name next to it).
    public var former: [String] = []
    /// «نائب», «مساعد», «وكيل», «مستشار»: before a title, an office below it, not its holder.
    public var subordinate: [String] = []
    /// «الراحل», «الشهيد», «الفقيد»: before a name or title, a person who has died (not a party).
    public var deceased: [String] = []
    /// «مطار», «جامعة», «شارع», «جائزة», «قمة» …: before a name or title, a place or thing named
    /// after a person (not the person).
    public var namedAfter: [String] = []
    /// Head words of titles the KB does not list («رئيس», «مسؤول», «مبعوث» …): never part of a
    /// name, but part of a chain of titles before one.
    public var titleWords: [String] = []
    /// «البلدين», «الدولتين», «بلديهما»: after a dual or plural title, the article's two main countries.
    public var countryPair: [String] = []
    /// «العاصمة»: before a name that is both a country and a capital (عمان), the capital.
    public var capitalCity: [String] = []
    /// «مقتل», «قتل», «اغتيال», «استشهاد»: before a strike word, those named between are its victims
    /// («مقتل رئيس حكومة الحوثيين في غارة إسرائيلية»: the strike hit the Houthis).
    public var killed: [String] = []
    /// «على», «ضد», «باتجاه»: after a hostile word, the country or organisation after one of these
    /// is the target («غارات على …», «أطلقت صواريخ باتجاه …»).
    public var against: [String] = []
    /// «قبالة», «قرب», «السواحل»: place words; the noun phrase naming a strike's object ends before
    /// one («سفينة قبالة السواحل اليمنية»: where the ship was, not whose it was).
    public var locatives: [String] = []
    /// «ظريف», «الشرع», «الأسد»: a person's short name that is also a common word ("nice", "the
    /// law", "the lion"); alone, it names the person only after the article named them in full or
    /// right after a title or an honorific («الرئيس الأسد»), never by itself («قاعدة عين الأسد»).
    public var commonWords: [String] = []
    /// «أهداف», «مواقع», «منشآت», «قواعد»: what a strike hits at a place; the country or
    /// organisation after «في» a few words on is the one hit («هاجمت إسرائيل أهدافا عسكرية في إيران»).
    public var sites: [String] = []
    /// «الجماعة», «الحزب», «الحركة»: in a title's country slot («رئيس أركان الجماعة»), the
    /// organisation named last before it.
    public var groupNouns: [String] = []
    /// «وفد», «قادة», «ممثلين», «مسؤولين»: after an event word or its one acting person, the
    /// people of the party named next («التقى X قادة الحشد الشعبي»: X meets the organisation).
    public var delegates: [String] = []
    /// «قائد», «عناصر»: like `delegates` before the party a strike's victims belong to («اغتيال
    /// قائد في الحرس الثوري»), but not people met.
    public var members: [String] = []
    /// «وزارة», «الخارجية», «الحكومة», «الجيش» …: words of a state body; a demonym right after them
    /// names the country acting («أدانت وزارة الخارجية القطرية …»: Qatar condemns).
    public var institutions: [String] = []
    /// «الزيارة», «زيارته»: the article's visit referred back to; a sentence with one, whose persons
    /// are all of the country visited, tells of what its visitor did there («وخلال الزيارة التقى
    /// الرئيس الإيراني»).
    public var visitReference: [String] = []
    /// «الاجتماع», «القمة»: the article's meeting referred back to; a sentence with one that names
    /// persons has the one who took part in the meeting before («شارك X في اجتماع …») attend
    /// with them.
    public var meetingReference: [String] = []
    /// «الأمير», «الوزير»: a definite title word alone (no name after it), maybe with a demonym
    /// («الوزير الأمريكي»), is the person named before under that title.
    public var titleReference: [String] = []
    /// «مسؤولين»: unnamed officials met; with demonyms right after («مسؤولين سوريين
    /// وإسرائيليين»), the persons of those countries named before in the article.
    public var officialGroups: [String] = []
    /// «قال», «أعلن», «أكد» …: verbs of reported speech, and the complementizers («أن», «إن») that
    /// open what they report; persons before the clause report its event, they are not in it.
    public var speechVerbs: [String] = []
    public var complementizers: [String] = []
    /// «على حدة» («التقى X وزراء خارجية A وB وC، كل على حدة»): phrases saying each was met
    /// separately, so those named together did not meet each other.
    public var separately: [String] = []
    /// «مماثلة» («كما بعث X برقية مماثلة»): a cable like the one the sentence before told of, to
    /// the same addressee.
    public var similar: [String] = []
    /// «استشهاد», «استشهد»: kill words (also in `killed`) of the victim's own side, so the body
    /// that announces such a killing is not its agent («أعلن حرس الثورة استشهاد X في غارة»).
    public var martyrdom: [String] = []
    /// «جلالته جلالة الملك السلطان …»: an honorific pronoun (the entry's first word: «جلالته»,
    /// «سموه», «فخامته») and the words that introduce the person it stands for; alone, the
    /// pronoun is the last person named before it who was introduced by one of them.
    public var honorificPronouns: [String] = []
    /// «ردا على», «انتقاما لـ»: words before an act retaliated for — the other side's act, so the
    /// party named before them is not its agent.
    public var retaliation: [String] = []
    /// «تعرضت X لهجوم Y»: verbs whose subject suffers the act after them — its target; the act's
    /// own agent (a demonym or «من» Y after it) acts.
    public var exposed: [String] = []
    /// «العدو»: a noun that, alone, names the country or organisation the article has called by it
    /// before («العدو الإسرائيلي», «العدو الأمريكي»).
    public var enemyNouns: [String] = []
    /// «المعادي»: an adjective that, after a noun («الطيران المعادي»), names that enemy as a demonym
    /// does.
    public var enemyAdjectives: [String] = []
    /// The KB id of the country an enemy word names in an article that introduces none («شن
    /// الطيران الحربي المعادي غارة على بلدة …» in Lebanese agency copy): one entry, or none.
    public var enemyDefault: [String] = []
    /// «التقى»: verbs that open like a definite noun («ال…»), so that a word after them that is a
    /// demonym or a name («والتقى السوداني») is read as the name, as after other verbs.
    public var definiteLookingVerbs: [String] = []
    /// «الحرب», «التصعيد»: nouns of a conflict; «الحرب بين إسرائيل وإيران» is no relation of the
    /// two countries (the `between` role's type).
    public var conflictNouns: [String] = []
    /// «متوعدا», «متوعدة»: circumstantial participles among the trigger words. Opening a clause after a comma, they go on
    /// with the clause before it (its subject acts): the party after them is their object.
    public var participles: [String] = []
    /// «الشيخ», «الأمير»: honorifics of ruling families, before which a given name alone («الشيخ
    /// تميم») may name the office holder of that name (`ArticlePass.officeHolder(givenName:)`).
    public var royalHonorifics: [String] = []

    /// Every list, for merging layers.
    static var lists: [WritableKeyPath<Lexicon, [String]> & Sendable] {
        [
        \.honorifics, \.counterpart, \.stopwords, \.pair, \.former, \.subordinate, \.deceased, \.namedAfter, \.titleWords,
        \.countryPair, \.capitalCity, \.killed, \.against, \.locatives, \.commonWords, \.sites, \.groupNouns, \.delegates, \.members, \.institutions, \.visitReference, \.meetingReference, \.titleReference, \.officialGroups, \.speechVerbs, \.complementizers, \.separately, \.similar, \.martyrdom, \.honorificPronouns, \.retaliation, \.exposed, \.enemyNouns, \.enemyAdjectives, \.enemyDefault, \.definiteLookingVerbs, \.conflictNouns, \.participles, \.royalHonorifics,
        ]
    }
}
