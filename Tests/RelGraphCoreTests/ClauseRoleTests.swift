import Foundation
import Testing
@testable import RelGraphCore

/// Issue 22: who acts, on whom, who is only present, which parties of every kind, and events that
/// did not happen. Every sentence here is written for the test.
@Suite struct ClauseRoleTests {
    static let date = "2025-07-10"

    func run(_ texts: [String]) -> Pipeline.Output {
        let articles = texts.enumerated().map { Support.article($1, date: Self.date, id: "r\($0)") }
        return Pipeline(kb: Support.kb, asOf: Support.day(Self.date)).run(articles: articles)
    }

    func graph(_ texts: [String], date: String = Self.date) -> RelationGraph {
        let articles = texts.enumerated().map { Support.article($1, date: date, id: "r\($0)") }
        return Pipeline(kb: Support.kb, asOf: Support.day(date)).run(articles: articles).graph
    }

    /// The types of the events (not projections) between two actors.
    func types(_ g: RelationGraph, _ a: String, _ b: String) -> [String] {
        g.events(between: a, b).filter { $0.via.isEmpty }.map(\.type).sorted()
    }

    /// The direction of the event of `type` between `a` and `b`, seen from `a`.
    func direction(_ g: RelationGraph, _ a: String, _ b: String, _ type: String) -> EdgeDirection? {
        guard let e = g.events(between: a, b).first(where: { $0.type == type && $0.via.isEmpty }) else { return nil }
        return e.a == a ? e.direction : e.direction.reversed
    }

    // MARK: roles inside a clause

    /// Those present at the sentence's event attend it with its acting parties of another country;
    /// they never pair with each other, and no one pairs with their own side.
    @Test func delegationAndAttendeesAttendWithTheOtherSide() {
        let g = graph(["استقبل الأمير محمد بن سلمان الرئيس مسعود بزشكيان ويرافقه عباس عراقجي، بحضور الأمير فيصل بن فرحان."])
        #expect(direction(g, "masoud_pezeshkian", "mohammed_bin_salman", "visit") == .forward)
        #expect(types(g, "abbas_araghchi", "mohammed_bin_salman") == ["attendance"])
        #expect(types(g, "faisal_bin_farhan", "masoud_pezeshkian") == ["attendance"])
        #expect(types(g, "abbas_araghchi", "faisal_bin_farhan").isEmpty)
        #expect(types(g, "abbas_araghchi", "masoud_pezeshkian").isEmpty)
        let reception = graph(["استقبل أمير قطر وزير الخارجية الأمريكي، كما كان في استقباله رئيس مجلس الوزراء القطري."], date: "2024-02-06")
        #expect(types(reception, "antony_blinken", "mohammed_bin_abdulrahman_al_thani") == ["attendance"])
        #expect(types(reception, "mohammed_bin_abdulrahman_al_thani", "tamim_bin_hamad_al_thani").isEmpty)
    }

    @Test func attendeesNamedInTheirOwnSentenceJoinNoPair() {
        let g = graph(["استقبل الأمير محمد بن سلمان عباس عراقجي. وحضر اللقاء الأمير فيصل بن فرحان والأمير خالد بن سلمان."])
        #expect(direction(g, "abbas_araghchi", "mohammed_bin_salman", "visit") == .forward)
        #expect(types(g, "abbas_araghchi", "faisal_bin_farhan").isEmpty)
        #expect(types(g, "abbas_araghchi", "khalid_bin_salman").isEmpty)
    }

    @Test func officialsOfOneCountryAreOneSide() {
        let g = graph(["التقى ماركو روبيو وبيت هيغسيث الأمير خالد بن سلمان في واشنطن."])
        #expect(types(g, "khalid_bin_salman", "marco_rubio").contains("meeting"))
        #expect(types(g, "marco_rubio", "pete_hegseth").isEmpty)
        // Met in the country of one side: the other is visiting it.
        #expect(direction(g, "khalid_bin_salman", "marco_rubio", "visit") == .forward)
    }

    @Test func nominalCallAndReceptionFormsGiveTheDirection() {
        let g = graph(["أكد الأمير خالد بن سلمان، خلال اتصال هاتفي تلقاه من بيت هيغسيث، عمق العلاقات.",
                       "وأكد الأمير محمد بن سلمان لدى استقباله عباس عراقجي أهمية الحوار."])
        #expect(direction(g, "pete_hegseth", "khalid_bin_salman", "call") == .forward)
        #expect(direction(g, "abbas_araghchi", "mohammed_bin_salman", "visit") == .forward)
    }

    /// «قمة جمعت X وY وZ»: everyone gathered meets everyone else; a person named before the word
    /// is not one of them.
    @Test func aGatheringWordMakesEveryoneAfterItMeet() {
        let g = graph(["وبعد زيارة الأمير محمد بن سلمان إلى عمّان، عقدت قمة جمعت ملك الأردن والرئيس المصري وأمير قطر في العقبة."])
        #expect(types(g, "abdel_fattah_el_sisi", "abdullah_ii").contains("meeting"))
        #expect(types(g, "abdullah_ii", "tamim_bin_hamad_al_thani").contains("meeting"))
        #expect(types(g, "abdel_fattah_el_sisi", "tamim_bin_hamad_al_thani").contains("meeting"))
        #expect(types(g, "abdel_fattah_el_sisi", "mohammed_bin_salman").isEmpty)
    }

    /// «خلال لقائه مع Y»: the person the pronoun refers to (named nearest before) meets Y, not the
    /// first person of a long sentence.
    @Test func aPossessiveMeetingWordPairsItsOwnerWithThePartner() {
        let g = graph(["انتقد رئيس الوزراء القطري محمد بن عبدالرحمن التصريحات، فيما أكد وزير الخارجية السعودي فيصل بن فرحان خلال لقائه مع نظيره العراقي فؤاد حسين أن الموقف لم يتغير."])
        #expect(types(g, "faisal_bin_farhan", "fuad_hussein").contains("meeting"))
        #expect(types(g, "fuad_hussein", "mohammed_bin_abdulrahman_al_thani").isEmpty)
    }

    /// The holders named by one plural title meet each other, not only the first named.
    @Test func theHoldersOfOneGroupTitleMeetEachOther() {
        let g = graph(["وأكد رؤساء إيران وروسيا وتركيا في البيان الختامي للقمة التزامهم بالحل السياسي."], date: "2018-09-07")
        #expect(types(g, "recep_tayyip_erdogan", "vladimir_putin").contains("joint_statement"))
        #expect(types(g, "hassan_rouhani", "vladimir_putin").contains("joint_statement"))
        #expect(types(g, "hassan_rouhani", "recep_tayyip_erdogan").contains("joint_statement"))
    }

    /// A cue verb after a visit clause orders the persons of its own clause: «عقب زيارة X لبكين،
    /// أجرى Y محادثات مع Z» is Y–Z talks (the visit does not need a host among them).
    @Test func aCueVerbAfterAVisitClauseOrdersItsOwnClause() {
        let g = graph(["وعقب زيارة الرئيس الإيراني إبراهيم رئيسي لبكين، أجرى علي شمخاني محادثات مع نظيره السعودي مساعد العيبان في الصين."], date: "2023-03-11")
        #expect(types(g, "ali_shamkhani", "musaed_al_aiban").contains("talks"))
        #expect(direction(g, "ebrahim_raisi", "CN", "visit") == .forward)
    }

    /// «مقتل X في غارة …»: the organisation named between the kill word and the strike word was
    /// hit by the strike's agent.
    @Test func theVictimsOfAStrikeStandBetweenTheKillWordAndTheStrike() {
        let g = graph(["أعلنت الجماعة مقتل قيادي في حزب الله في غارة إسرائيلية على جنوب لبنان."], date: "2024-10-01")
        #expect(direction(g, "IL", "hezbollah", "hostility") == .forward)
        // With no kill word, an organisation named before the strike is not its target.
        let h = graph(["قال مسؤول في حزب الله إن غارة إسرائيلية استهدفت جنوب لبنان."], date: "2024-10-01")
        #expect(types(h, "IL", "hezbollah").isEmpty)
    }

    /// Launches «باتجاه» a country: the launcher is the agent, the country after the word of the
    /// lexicon's `against` list the target.
    @Test func missilesLaunchedTowardsACountry() {
        let g = graph(["وردت إيران بإطلاق صواريخ باتجاه إسرائيل فجر اليوم."], date: "2024-04-14")
        #expect(direction(g, "IR", "IL", "hostility") == .forward)
        let h = graph(["وأعلنت جماعة الحوثي إطلاق صواريخ على السعودية."], date: "2019-09-15")
        #expect(direction(h, "houthis", "SA", "hostility") == .forward)
        // The launcher between the word and the missile: «إطلاق X صاروخا باتجاه Y».
        let k = graph(["ووصف المتحدث إطلاق الحوثيين صاروخا باليستيا باتجاه الرياض بأنه تصعيد."], date: "2017-11-05")
        #expect(direction(k, "houthis", "SA", "hostility") == .forward)
        // Not a launch: «وقف إطلاق النار», «إطلاق سراح».
        let truce = graph(["ورحبت قطر بوقف إطلاق النار بين إسرائيل وإيران.", "ورحبت قطر بوقف إطلاق النار على غزة."], date: "2025-06-25")
        #expect(types(truce, "IL", "IR").filter { $0 == "hostility" }.isEmpty)
        #expect(types(truce, "QA", "PS").filter { $0 == "hostility" }.isEmpty)
        // The launcher before the word, a number between: «ردت إيران بإطلاق نحو مئة مسيرة باتجاه إسرائيل».
        let drones = graph(["وردت إيران بإطلاق نحو مئة طائرة مسيرة باتجاه إسرائيل."], date: "2025-06-13")
        #expect(direction(drones, "IR", "IL", "hostility") == .forward)
    }

    /// «كما التقى مع X»: a trigger right after an opening «كما» takes the previous sentence's
    /// acting person as its subject.
    @Test func alsoContinuesThePreviousSubject() {
        let g = graph(["التقى هانس غروندبرغ في مسقط وزير الخارجية العماني.\nكما التقى مع وزير الخارجية الإيراني."], date: "2025-11-20")
        #expect(types(g, "hans_grundberg", "abbas_araghchi").contains("meeting"))
        // The one person right after the verb, with nothing after it the verb could take as its
        // object, is that object: «كما التقى ولي العهد …» after a sentence whose subject is X.
        let bare = graph(["وعقد عباس عراقجي جلسة مباحثات مع الأمير فيصل بن فرحان.\nكما التقى ولي العهد الأمير محمد بن سلمان."])
        #expect(types(bare, "abbas_araghchi", "mohammed_bin_salman") == ["meeting"])
    }

    /// Hezbollah's and Hamas's people act for their movement: a strike that kills them counts
    /// against the movement.
    @Test func armedMovementsAreTheirPeoplesSide() {
        let g = graph(["وقتل الأمين العام لحزب الله حسن نصر الله في غارة إسرائيلية على الضاحية الجنوبية."], date: "2024-09-28")
        #expect(direction(g, "IL", "hassan_nasrallah", "hostility") == .forward)
        #expect(g.events(between: "IL", "hezbollah").contains { $0.type == "hostility" })
        #expect(Support.kb.person("ismail_haniyeh")?.country == "hamas")
    }

    /// A lone acting person meets the organisations and countries named after a «مع» that follows
    /// the event word; between two persons, what follows «مع» later is the topic.
    @Test func aLonePersonMeetsTheOrganisationsAfterWith() {
        let g = graph(["وعقد المبعوث الأممي إلى اليمن لقاءات مع قيادات في جماعة الحوثي في صنعاء."], date: "2023-06-01")
        #expect(types(g, "hans_grundberg", "houthis").contains("meeting"))
        let h = graph(["وبحث وزير الخارجية السعودي مع نظيره الإيراني العلاقات مع جماعة الحوثي."], date: "2023-06-01")
        #expect(types(h, "faisal_bin_farhan", "houthis").isEmpty)
        // Attending an organisation's meeting: the person → the organisation.
        let summit = graph(["ووصل أمير قطر إلى السعودية لحضور القمة الحادية والأربعين لمجلس التعاون لدول الخليج العربية."], date: "2021-01-05")
        #expect(direction(summit, "tamim_bin_hamad_al_thani", "gcc", "attendance") == .forward)
    }

    /// A movement's people act for the movement: a strike that kills its prime minister is
    /// hostility towards the Houthis, not Yemen's government; the title after «مقتل» names the
    /// holder who was killed, not the successor appointed since.
    @Test func aStrikeOnAMovementsLeaders() {
        let g = graph(["أعلنت جماعة الحوثي مقتل رئيس حكومة الحوثيين في غارة إسرائيلية على صنعاء."], date: "2025-08-30")
        #expect(direction(g, "IL", "ahmed_ghaleb_al_rahawi", "hostility") == .forward)
        #expect(!g.events(between: "IL", "houthis").isEmpty)
        #expect(g.events(between: "IL", "YE").filter { $0.type == "hostility" && !$0.via.isEmpty }.isEmpty)
    }

    /// An outlet or place dateline before a dash is a sentence of its own: an outlet named like a
    /// verb («وصل …») makes no visit of the text after it.
    @Test func aDatelineJoinsNoEvent() {
        let g = graph(["وصل نيوز – قال وزير الخارجية السعودي إن المملكة ترفض التصعيد الإيراني."])
        #expect(types(g, "IR", "SA").filter { $0 == "visit" }.isEmpty)
        let split = SentenceSplitter.split(Tokenizer.tokenize("الرياض - واس: استقبل الأمير الوفد.\nقال الوزير - في تصريح - إن اللقاء مهم."))
        #expect(split.count == 3, "the dateline, its sentence, and the next paragraph's (a dash later in a line is no dateline)")
    }

    /// Dual calls, plural condolences and agreements with the article: their types are found.
    @Test func dualAndDefiniteTriggerForms() {
        let calls = graph(["أجرى أمير الكويت اتصالين مع أمير قطر والرئيس الإماراتي."], date: "2021-01-04")
        #expect(types(calls, "nawaf_al_ahmad_al_sabah", "tamim_bin_hamad_al_thani").contains("call"))
        let condolence = graph(["وقدم وزير الخارجية العماني التعازي إلى نظيره الإيراني."], date: "2024-05-27")
        #expect(types(condolence, "ali_bagheri_kani", "badr_albusaidi").contains("condolence"))
        let agreement = graph(["وناقش وزير الخارجية العماني مع نظيره الإيراني تنفيذ الاتفاقيات الموقعة بين البلدين."], date: "2024-04-07")
        #expect(types(agreement, "badr_albusaidi", "hossein_amir_abdollahian").contains("agreement"))
    }

    @Test func aVerbWithoutItsOwnSubjectTakesThePreviousOne() {
        let g = graph(["استقبل الأمير محمد بن سلمان عباس عراقجي.\nكما استقبل الرئيس مسعود بزشكيان."])
        #expect(direction(g, "masoud_pezeshkian", "mohammed_bin_salman", "visit") == .forward)
    }

    // MARK: parties of every kind

    @Test func aPersonVisitsACountry() {
        let g = graph(["زار عباس عراقجي الكويت أمس في جولة خليجية."])
        #expect(direction(g, "abbas_araghchi", "KW", "visit") == .forward)
        // The person's event counts between the countries too.
        #expect(g.events(between: "IR", "KW").contains { $0.type == "visit" && $0.via.contains("abbas_araghchi") })
        // A country in a title is not where the person went.
        let t = graph(["وصل وزير الخارجية الأمريكي ماركو روبيو إلى قطر."])
        #expect(direction(t, "marco_rubio", "QA", "visit") == .forward)
        #expect(types(t, "marco_rubio", "US").isEmpty)
    }

    @Test func talksDuringAVisitAreAVisit() {
        let g = graph(["وصل ماركو روبيو إلى قطر في زيارة رسمية. وبحث ماركو روبيو مع محمد بن عبد الرحمن آل ثاني العلاقات الثنائية."])
        #expect(types(g, "marco_rubio", "mohammed_bin_abdulrahman_al_thani") == ["talks", "visit"])
        #expect(direction(g, "marco_rubio", "mohammed_bin_abdulrahman_al_thani", "visit") == .forward)
    }

    @Test func fellowVisitorsDoNotMeetEachOther() {
        let g = graph(["وصل ماركو روبيو وعباس عراقجي إلى قطر."])
        #expect(types(g, "abbas_araghchi", "marco_rubio").isEmpty)
        #expect(direction(g, "marco_rubio", "QA", "visit") == .forward)
    }

    // MARK: hostile acts

    @Test func aStrikeHasItsAgentAndItsTargets() {
        let g = graph(["قتل عباس عراقجي في الغارات الإسرائيلية على طهران."])
        #expect(direction(g, "IL", "abbas_araghchi", "hostility") == .forward)
        #expect(direction(g, "IL", "IR", "hostility") == .forward)
        let s = graph(["شنت إسرائيل غارات على الحوثيين في اليمن."])
        #expect(direction(s, "IL", "houthis", "hostility") == .forward)
    }

    /// With no «على/ضد», a strike verb's target is the object right after its agent or a party in
    /// the dative a few words on.
    @Test func aStrikeVerbsObjectIsItsTarget() {
        #expect(direction(graph(["قصفت إسرائيل مواقع لحزب الله قرب الحدود."]), "IL", "hezbollah", "hostility") == .forward)
        #expect(direction(graph(["استهدفت إسرائيل الحوثيين فجر اليوم."]), "IL", "houthis", "hostility") == .forward)
        // The object's nationality: «منشآت إيرانية» are Iran's.
        #expect(direction(graph(["قصفت الولايات المتحدة قواعد جوية إيرانية قرب الخليج."]), "US", "IR", "hostility") == .forward)
    }

    /// Armed movements and coalitions of the region are parties of their own.
    @Test func movementsAndCoalitionsAreParties() {
        #expect(direction(graph(["شن التحالف العربي غارات على الحوثيين في صعدة."]), "saudi_led_coalition", "houthis", "hostility") == .forward)
        #expect(direction(graph(["قصفت الولايات المتحدة مواقع لكتائب حزب الله في العراق."]), "US", "kataib_hezbollah", "hostility") == .forward)
    }

    /// One acting person and the people of a party after the verb or after the person: «التقى
    /// X قادة ORG», «التقى X مع ممثلين عن ORG»; a reception's delegation visits the host.
    @Test func aPersonMeetsThePeopleOfAParty() {
        #expect(types(graph(["والتقى إسماعيل قاآني قادة الحشد الشعبي في بغداد."]), "esmail_qaani", "pmf").contains("meeting"))
        #expect(types(graph(["واجتمع وزير الخارجية الإيراني عباس عراقجي مع ممثلين عن جماعة الحوثي."]), "abbas_araghchi", "houthis") == ["meeting"])
        #expect(direction(graph(["واستقبل وزير الخارجية الإيراني عباس عراقجي وفدا من حركة حماس."]), "hamas", "abbas_araghchi", "visit") == .forward)
        // People of no party named: no event.
        let chiefs = graph(["والتقى عباس عراقجي قادة الجيش في طهران."])
        #expect(chiefs.nodes.contains { $0.id == "abbas_araghchi" })
        #expect(chiefs.events.filter { $0.type != "co_mention" }.isEmpty)
    }

    /// A group title holding someone of the first person's country is a pair of its own: the
    /// presidents named in a clause about earlier agreements do not meet the minister.
    @Test func aGroupTitleWithTheFirstPersonsCountryIsAPairOfItsOwn() {
        let g = graph(["وبحث وزير الخارجية الإيراني عباس عراقجي مع نظيره التركي هاكان فيدان تنفيذ الاتفاقيات التي وقعها رؤساء البلدين."])
        #expect(types(g, "abbas_araghchi", "hakan_fidan").contains("talks"))
        #expect(types(g, "abbas_araghchi", "recep_tayyip_erdogan").isEmpty)
        #expect(!types(g, "masoud_pezeshkian", "recep_tayyip_erdogan").isEmpty)
    }

    /// Greetings passed on go from the one whose greetings they are to the one they reach; the
    /// messenger is neither end.
    @Test func greetingsGoFromTheirSenderToTheirAddressee() {
        let g = graph(["ونقل وزير الخارجية الأمريكي ماركو روبيو إلى أمير الكويت تحيات الرئيس دونالد ترامب."])
        #expect(direction(g, "donald_trump", "mishal_al_ahmad_al_sabah", "message") == .forward)
        #expect(!types(g, "marco_rubio", "mishal_al_ahmad_al_sabah").contains("message"))
        let back = graph(["وحمّل أمير الكويت الوزير روبيو تحياته وتقديره إلى الرئيس ترامب."])
        #expect(direction(back, "mishal_al_ahmad_al_sabah", "donald_trump", "message") == .forward)
        #expect(!types(back, "marco_rubio", "mishal_al_ahmad_al_sabah").contains("message"))
        // No addressee named: no event.
        let alone = graph(["وعبر الرئيس ترامب عن تحياته."])
        #expect(alone.nodes.contains { $0.id == "donald_trump" })
        #expect(alone.events.filter { $0.type != "co_mention" }.isEmpty)
    }

    /// «سلّمه رسالة من Z», «تسلم X رسالة خطية من Z»: Z sends, to the one it is addressed to or
    /// else to the one person of another country; the carrier of Z's side is neither end.
    @Test func aMessageFromANamedSender() {
        let g = graph(["والتقى وزير الدفاع السعودي الأمير خالد بن سلمان بالرئيس الإيراني مسعود بزشكيان، وسلمه رسالة من ولي العهد الأمير محمد بن سلمان."])
        #expect(direction(g, "mohammed_bin_salman", "masoud_pezeshkian", "message") == .forward)
        #expect(!types(g, "khalid_bin_salman", "masoud_pezeshkian").contains("message"))
        #expect(types(g, "khalid_bin_salman", "masoud_pezeshkian").contains("meeting"))
        let received = graph(["وتسلم أمير قطر الشيخ تميم بن حمد رسالة خطية من الرئيس الإيراني مسعود بزشكيان."])
        #expect(direction(received, "masoud_pezeshkian", "tamim_bin_hamad_al_thani", "message") == .forward)
        let carried = graph(["ونقل وزير الخارجية العماني بدر البوسعيدي رسالة من الرئيس الإيراني مسعود بزشكيان إلى الرئيس دونالد ترامب."])
        #expect(direction(carried, "masoud_pezeshkian", "donald_trump", "message") == .forward)
        #expect(!types(carried, "badr_albusaidi", "masoud_pezeshkian").contains("message"))
    }

    /// A state body's demonym is the country acting («أدانت وزارة الخارجية القطرية …»), and a
    /// person named right after the verb with a long title leaves the target within reach.
    @Test func aMinistryOrALongSubjectActs() {
        #expect(direction(graph(["أدانت وزارة الخارجية القطرية القصف الإسرائيلي لمدينة رفح."]), "QA", "IL", "hostility") == .forward)
        #expect(direction(graph(["شنت القوات المسلحة البريطانية غارات على مواقع الحوثيين."]), "GB", "houthis", "hostility") == .forward)
        let g = graph(["وهدد زعيم جماعة الحوثي عبد الملك الحوثي باستهداف السفن الأمريكية في البحر الأحمر."])
        #expect(direction(g, "abdul_malik_al_houthi", "US", "hostility") == .forward)
    }

    /// A later paragraph that refers back to the article's one visit («وخلال الزيارة …») and names
    /// only people of the country visited tells of what the visitor did there; one that merely
    /// speaks of the visit pairs no one with the visitor.
    @Test func aReferenceToTheVisitHasTheVisitorAsSubject() {
        let arrival = "وصل وزير الخارجية العماني بدر البوسعيدي إلى طهران في زيارة رسمية.\n"
        let g = graph([arrival + "وخلال الزيارة بحث الرئيس الإيراني مسعود بزشكيان العلاقات الثنائية والتطورات في المنطقة."])
        #expect(types(g, "badr_albusaidi", "masoud_pezeshkian").contains("talks"))
        let remark = graph([arrival + "وقال الرئيس الإيراني مسعود بزشكيان إن هذه الزيارة تأتي في إطار سياسة حسن الجوار."])
        #expect(types(remark, "badr_albusaidi", "masoud_pezeshkian").isEmpty)
        #expect(direction(remark, "badr_albusaidi", "IR", "visit") == .forward)
    }

    /// «أعلن X أن Y أجرى اتصالاً مع Z»: the one who reports the event is no party to it when
    /// the reported clause names both of its parties; one party after «أن» keeps the speaker.
    @Test func whoReportsAnEventIsNotItsParty() {
        let g = graph(["وأعلن وزير الخارجية الكويتي عبد الله اليحيا أن أمير قطر الشيخ تميم بن حمد أجرى اتصالا هاتفيا مع الرئيس الإيراني مسعود بزشكيان."])
        #expect(!types(g, "masoud_pezeshkian", "tamim_bin_hamad_al_thani").isEmpty)
        #expect(types(g, "abdullah_al_yahya", "masoud_pezeshkian").isEmpty)
        #expect(types(g, "abdullah_al_yahya", "tamim_bin_hamad_al_thani").isEmpty)
        let own = graph(["وقال وزير الخارجية الكويتي عبد الله اليحيا إن لقاءه مع الرئيس الإيراني مسعود بزشكيان كان مثمرا."])
        #expect(!types(own, "abdullah_al_yahya", "masoud_pezeshkian").isEmpty)
        // «أنه»: the reported clause's subject is the speaker himself.
        let himself = graph(["وأعلن وزير الخارجية الكويتي عبد الله اليحيا أنه التقى الرئيس الإيراني مسعود بزشكيان ووزير الخارجية عباس عراقجي."])
        #expect(types(himself, "abdullah_al_yahya", "masoud_pezeshkian").contains("meeting"))
        #expect(types(himself, "abbas_araghchi", "abdullah_al_yahya").contains("meeting"))
    }

    /// «التقى X مسؤولين عمانيين وإيرانيين»: unnamed officials met are the persons of their countries
    /// the article named before; with none named, the country; officials called others, or the
    /// nominative of sources («قال مسؤولون …»), are no one named.
    @Test func unnamedOfficialsMetAreTheOnesNamedBefore() {
        let named = "عقد في مسقط اجتماع بين وزير الخارجية العماني بدر البوسعيدي ووزير الخارجية الإيراني عباس عراقجي. "
        let g = graph([named + "وقال المبعوث الأمريكي ستيف ويتكوف إنه التقى مسؤولين عمانيين وإيرانيين في مسقط."])
        #expect(types(g, "badr_albusaidi", "steve_witkoff").contains("meeting"))
        #expect(types(g, "abbas_araghchi", "steve_witkoff").contains("meeting"))
        let unnamed = graph(["وقال المبعوث الأمريكي ستيف ويتكوف إنه التقى مسؤولين إيرانيين في مسقط."])
        #expect(types(unnamed, "IR", "steve_witkoff").contains("meeting"))
        let others = graph([named + "والتقى المبعوث الأمريكي ستيف ويتكوف مسؤولين إيرانيين آخرين."])
        #expect(types(others, "abbas_araghchi", "steve_witkoff").isEmpty)
        #expect(types(others, "IR", "steve_witkoff").contains("meeting"))
        let sources = graph([named + "وقال مسؤولون إيرانيون إن المبعوث الأمريكي ستيف ويتكوف وصل إلى مسقط."])
        #expect(types(sources, "abbas_araghchi", "steve_witkoff").isEmpty)
    }

    /// «… اجتماعات مع A وB، إضافة إلى ممثلين عن جماعة الحوثي»: beside the persons met, the party
    /// whose people a `delegates` word names is met too; a place after the persons is a topic.
    @Test func aPartysPeopleMetBesidePersons() {
        let g = graph(["وعقد المبعوث الأممي هانس غروندبرغ اجتماعات مع وزير الخارجية العماني بدر البوسعيدي ووزير الخارجية الإيراني عباس عراقجي، إضافة إلى ممثلين عن جماعة الحوثي."])
        #expect(types(g, "hans_grundberg", "houthis").contains("meeting"))
        #expect(types(g, "badr_albusaidi", "hans_grundberg").contains("meeting"))
        let topic = graph(["ناقش وزير الخارجية العماني بدر البوسعيدي مع المبعوث الأممي هانس غروندبرغ الأوضاع في اليمن."])
        #expect(types(topic, "YE", "badr_albusaidi").isEmpty)
        #expect(!types(topic, "badr_albusaidi", "hans_grundberg").isEmpty)
    }

    /// «اغتالت إسرائيل أحد قادة الحرس الثوري»: the party whose people a `delegates` word names
    /// at the object's place is the target of the strike or killing; a meeting with them is none.
    @Test func aKillingTargetsTheVictimsParty() {
        #expect(direction(graph(["اغتالت إسرائيل أحد قادة الحرس الثوري الإيراني في بيروت."]), "IL", "irgc", "hostility") == .forward)
        let g = graph(["ونفذ الطيران الإسرائيلي أمس عملية اغتيال لأحد القادة العسكريين في حزب الله جنوب لبنان."])
        #expect(direction(g, "IL", "hezbollah", "hostility") == .forward)
        let met = graph(["والتقى وزير الخارجية الإيراني عباس عراقجي أحد قادة حزب الله في بيروت."])
        #expect(!types(met, "abbas_araghchi", "hezbollah").contains("hostility"))
        #expect(!types(met, "IR", "hezbollah").contains("hostility"))
    }

    /// «شارك X في اجتماع …» and a later paragraph «الاجتماع عقد برئاسة A وB»: X attends with the
    /// meeting's parties; a later paragraph that does not refer back to the meeting does not.
    @Test func aReferenceToTheMeetingHasItsParticipantAttend() {
        let took = "شارك وزير الخارجية العماني بدر البوسعيدي في اجتماع وزاري في الرياض.\n"
        let g = graph([took + "وأوضحت الوزارة أن الاجتماع عقد برئاسة ولي العهد الأمير محمد بن سلمان ووزير الخارجية الأمريكي ماركو روبيو."])
        #expect(types(g, "marco_rubio", "mohammed_bin_salman") == ["meeting"])
        #expect(types(g, "badr_albusaidi", "marco_rubio") == ["attendance"])
        #expect(types(g, "badr_albusaidi", "mohammed_bin_salman") == ["attendance"])
        let other = graph([took + "والتقى الرئيس الإيراني مسعود بزشكيان ولي العهد الأمير محمد بن سلمان."])
        #expect(types(other, "badr_albusaidi", "masoud_pezeshkian").isEmpty)
        #expect(!types(other, "masoud_pezeshkian", "mohammed_bin_salman").isEmpty)
    }

    /// «(قال X إن) طهران تقف وراء الهجمات ضد Y»: the party before the word is accused by the
    /// speaker and acts against the party after «ضد/على».
    @Test func whoStandsBehindTheAttacks() {
        let g = graph(["وكتب وزير الخارجية الأمريكي ماركو روبيو أن طهران تقف وراء عشرات الهجمات ضد الكويت."])
        #expect(direction(g, "marco_rubio", "IR", "hostility") == .forward)
        #expect(direction(g, "IR", "KW", "hostility") == .forward)
        // No party right before the word: no one is accused.
        let unknown = graph(["وقال ماركو روبيو إن جهات مجهولة تقف وراء الهجمات."])
        #expect(unknown.nodes.contains { $0.id == "marco_rubio" })
        #expect(unknown.events.filter { $0.type == "hostility" }.isEmpty)
    }

    /// «شارك X في القمة في الدوحة»: with no organisation named, X attends in the host country
    /// (however long X's title); a summit in X's own country makes no pair.
    @Test func attendanceInTheHostCountry() {
        let g = graph(["شارك الرئيس التركي رجب طيب أردوغان في القمة العربية الإسلامية الطارئة في الدوحة."])
        #expect(direction(g, "recep_tayyip_erdogan", "QA", "attendance") == .forward)
        let long = graph(["شارك أمير قطر الشيخ تميم بن حمد آل ثاني في أعمال القمة الخليجية في الرياض."])
        #expect(direction(long, "tamim_bin_hamad_al_thani", "SA", "attendance") == .forward)
        // An organisation named: its meeting, not the host's.
        let body = graph(["شارك أمير قطر الشيخ تميم بن حمد آل ثاني في اجتماع المجلس الأعلى لمجلس التعاون في الرياض."])
        #expect(direction(body, "tamim_bin_hamad_al_thani", "gcc", "attendance") == .forward)
        #expect(types(body, "SA", "tamim_bin_hamad_al_thani").isEmpty)
        let home = graph(["شارك الرئيس التركي رجب طيب أردوغان في القمة في أنقرة."])
        #expect(home.nodes.contains { $0.id == "recep_tayyip_erdogan" } && home.nodes.contains { $0.id == "TR" })
        #expect(home.events.filter { $0.type == "attendance" }.isEmpty)
    }

    /// «رحبت X بالاتفاق بين Y وZ»: the agreement is Y's and Z's, not the one who welcomes it.
    @Test func theCountriesAfterBetweenAreTheParties() {
        let g = graph(["ورحبت السعودية بالاتفاق بين إيران والولايات المتحدة."])
        #expect(types(g, "IR", "US").contains("agreement"))
        #expect(types(g, "IR", "SA").isEmpty)
        let agency = graph(["ورحبت السعودية بالاتفاق بين إيران والوكالة الدولية للطاقة الذرية."])
        #expect(types(agency, "IR", "iaea") == ["agreement"])
        #expect(types(agency, "SA", "iaea").isEmpty)
        #expect(types(agency, "IR", "SA").isEmpty)
    }

    /// «أدانت X الاعتداء على Y»: X condemns the act, not its victim; the act's agent named right
    /// after it is what X condemns («العدوان الإسرائيلي»); the one who condemns is not the act's
    /// agent; a strike's target may be a place in a country («غارات على أهداف في إيران»).
    @Test func theActCondemnedAndItsVictim() {
        let victim = graph(["وأدانت قطر الاعتداء على سيادة الإمارات."])
        #expect(types(victim, "AE", "QA").isEmpty)
        let unnamed = graph(["وأدانت السعودية استهداف سيادة الجمهورية الإسلامية الإيرانية."])
        #expect(types(unnamed, "IR", "SA").isEmpty)
        let agent = graph(["وأدانت قطر العدوان الإسرائيلي على لبنان."])
        #expect(direction(agent, "QA", "IL", "hostility") == .forward)
        #expect(direction(agent, "IL", "LB", "hostility") == .forward)
        #expect(types(agent, "LB", "QA").isEmpty)
        #expect(direction(graph(["شنت إسرائيل سلسلة غارات على أهداف عسكرية في إيران."]), "IL", "IR", "hostility") == .forward)
    }

    /// A strike's agent: right after the word, else the party just before it, else the side of
    /// the person announcing it, else one word after it; a party in the dative or the nationality
    /// of what was hit is the target.
    @Test func aStrikesAgentBeforeAfterOrAnnounced() {
        #expect(direction(graph(["وواصلت إسرائيل قصف مواقع إيرانية."]), "IL", "IR", "hostility") == .forward)
        #expect(direction(graph(["إسرائيل قصفت مواقع لحزب الله."]), "IL", "hezbollah", "hostility") == .forward)
        let announced = graph(["وأعلن المتحدث العسكري باسم قوات الحوثيين يحيى سريع استهداف سفينة أمريكية في خليج عدن."])
        #expect(direction(announced, "houthis", "US", "hostility") == .forward)
        let aircraft = graph(["وقصفت طائرات التحالف بقيادة السعودية مواقع الحوثيين في صعدة."])
        #expect(direction(aircraft, "saudi_led_coalition", "houthis", "hostility") == .forward)
    }

    /// The previous sentence's lone person is the other party of a sentence whose persons are all
    /// of one country; a sentence with persons of two countries has its own parties, and a verb's
    /// subject named right after «كما التقى» is its own.
    @Test func thePreviousLonePersonOnlyWhereTheSentenceLacksAParty() {
        let arrival = "وصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض في زيارة رسمية. "
        let hosts = graph([arrival + "والتقى خلالها ولي العهد الأمير محمد بن سلمان ووزير الخارجية الأمير فيصل بن فرحان."])
        #expect(types(hosts, "abbas_araghchi", "mohammed_bin_salman").contains("meeting"))
        #expect(types(hosts, "abbas_araghchi", "faisal_bin_farhan").contains("meeting"))
        let others = graph([arrival + "والتقى الرئيس التركي رجب طيب أردوغان أمير قطر الشيخ تميم بن حمد في الدوحة."])
        #expect(types(others, "recep_tayyip_erdogan", "tamim_bin_hamad_al_thani").contains("meeting"))
        #expect(types(others, "abbas_araghchi", "recep_tayyip_erdogan").isEmpty)
        #expect(types(others, "abbas_araghchi", "tamim_bin_hamad_al_thani").isEmpty)
        let own = graph(["أجرى عباس عراقجي اتصالا هاتفيا مع بدر البوسعيدي.\nكما التقى عباس عراقجي السفير القطري في طهران."])
        #expect(types(own, "abbas_araghchi", "badr_albusaidi") == ["call"])
        // «أعرب X عن تعازيه لإيران»: the party in the dative right after the word.
        #expect(direction(graph(["وأعرب بدر البوسعيدي عن تعازيه لإيران."]), "badr_albusaidi", "IR", "condolence") == .forward)
    }

    /// Solidarity and standing by a party are support («أعلنت قطر تضامنها مع إيران», «أكدت
    /// الإمارات وقوفها إلى جانب السعودية», «أعرب X عن تضامن الكويت مع قطر»).
    @Test func solidarityIsSupport() {
        #expect(types(graph(["وأعلنت قطر تضامنها الكامل مع إيران."]), "IR", "QA") == ["support"])
        #expect(types(graph(["وأكدت الإمارات وقوفها إلى جانب السعودية."]), "AE", "SA") == ["support"])
        let g = graph(["وأعرب أمير الكويت الشيخ مشعل الأحمد عن تضامن الكويت مع قطر."])
        #expect(types(g, "QA", "mishal_al_ahmad_al_sabah") == ["support"])
    }

    /// «بحث X هاتفيا مع Y»: talks by phone, a call as well.
    @Test func talksByPhoneAreACall() {
        #expect(types(graph(["وبحث وزير الدفاع السعودي هاتفيا مع نظيره الأمريكي التعاون العسكري."]), "khalid_bin_salman", "pete_hegseth") == ["call", "talks"])
    }

    /// Joint exercises and arms deals are interactions of their own types (data in the KB).
    @Test func exercisesAndArmsDeals() {
        #expect(types(graph(["وأجرى الجيشان السعودي والباكستاني مناورات عسكرية مشتركة في بحر العرب."]), "PK", "SA") == ["military_exercise"])
        #expect(types(graph(["ووافقت الولايات المتحدة على صفقة أسلحة للكويت."]), "KW", "US") == ["arms_deal"])
        // A joint drill named as one.
        #expect(types(graph(["نفذت القوات البحرية المصرية ونظيرتها الفرنسية تدريبا بحريا مشتركا في البحر المتوسط."]), "EG", "FR") == ["military_exercise"])
        #expect(types(graph(["بحث الوزيران برامج التدريب العسكري."]), "EG", "FR").isEmpty)
    }

    /// «اتفقت X وY على …»: an agreement between the two.
    @Test func twoPartiesAgreeing() {
        #expect(types(graph(["واتفقت مصر وقطر على تشكيل لجنة مشتركة."]), "EG", "QA") == ["agreement"])
    }

    /// A launch with its subject between the verb and the weapon, or a weapon after another verb,
    /// is an attack on what stands after «على/باتجاه»; a weapon with no such word (an arms deal: no
    /// attack, an `arms_deal`) and «وقع» meaning "happened" make no hostile event.
    @Test func aLaunchNeedsATargetAfterAgainst() {
        #expect(direction(graph(["وأطلق الحوثيون صواريخ مجنحة باتجاه إسرائيل مساء أمس."]), "houthis", "IL", "hostility") == .forward)
        #expect(direction(graph(["وردت إيران بعشرات الصواريخ على إسرائيل."]), "IR", "IL", "hostility") == .forward)
        #expect(graph(["أبرمت قطر صفقة صواريخ أمريكية للدفاع الجوي."]).events.filter { $0.type != "co_mention" }.map(\.type) == ["arms_deal"])
        for text in ["أطلقت الإمارات برنامجا لدعم مصر.",
                     "وقع الانفجار قرب السفارة الإيرانية في بغداد."] {
            #expect(graph([text]).events.filter { $0.type != "co_mention" }.isEmpty, "\(text)")
        }
    }

    /// «شارك X في اجتماع مجلس التعاون»: the verb with its subject between still makes X attend.
    @Test func aParticipantAttendsTheOrganisationsMeeting() {
        #expect(direction(graph(["شارك عباس عراقجي في اجتماع مجلس التعاون الخليجي."]), "abbas_araghchi", "gcc", "attendance") == .forward)
    }

    @Test func aCondemnationGoesFromTheSpeakerToItsObject() {
        let g = graph(["أدان الأمير فيصل بن فرحان الحوثيين بشدة."])
        #expect(direction(g, "faisal_bin_farhan", "houthis", "hostility") == .forward)
        #expect(direction(g, "SA", "houthis", "hostility") == .forward)
    }

    /// «اتهم X Y بـ…»: the accused stands right before the charge, however long the subject's
    /// titles; a demonym in the subject's title is never the accused.
    @Test func theAccusedStandsBeforeTheCharge() {
        let g = graph(["اتهم اللواء تركي المالكي المتحدث باسم التحالف الذي تقوده السعودية في اليمن اليوم السلطات الإيرانية بتهريب الأسلحة."])
        #expect(direction(g, "turki_al_maliki", "IR", "hostility") == .forward)
        // (His side is the coalition's, at which the KB seats him, not Saudi Arabia's.)
        #expect(g.events(between: "saudi_led_coalition", "IR").contains { $0.type == "hostility" })
        #expect(types(g, "turki_al_maliki", "YE").isEmpty)
        let t = graph(["اتهم وزير الخارجية السعودي إيران بزعزعة استقرار المنطقة."])
        #expect(direction(t, "faisal_bin_farhan", "IR", "hostility") == .forward)
        #expect(types(t, "SA", "faisal_bin_farhan").isEmpty)
    }

    /// «دعم X لـY و Z»: X supports each; «دعم» with no party right after it is no event.
    @Test func supportOfOnePartyForOthers() {
        let g = graph(["تحدث التقرير عن دعم إيران للحوثيين وحزب الله بالمال."])
        #expect(direction(g, "IR", "houthis", "support") == .forward)
        #expect(direction(g, "IR", "hezbollah", "support") == .forward)
        #expect(types(g, "hezbollah", "houthis").isEmpty)
        let none = graph(["بحث الأمير فيصل بن فرحان مع عباس عراقجي دعم الاستقرار في لبنان."])
        #expect(types(none, "abbas_araghchi", "faisal_bin_farhan") == ["talks"])
        #expect(types(none, "IR", "LB").isEmpty && types(none, "LB", "SA").isEmpty)
    }

    /// The passive «استُقبل X من قبل Y»: X visits Y (not Y X).
    @Test func aPassiveReceptionNamesItsHostAfterBy() {
        let g = graph(["وقال البيان إن عباس عراقجي استُقبل لدى وصوله إلى الرياض من قبل الأمير فيصل بن فرحان."])
        #expect(direction(g, "abbas_araghchi", "faisal_bin_farhan", "visit") == .forward)
    }

    /// «إلى الدوحة وصل X بعد الزيارة التي قام بها Y»: a destination put before the verb; every
    /// person of another country named after the verb visits it, and the two visitors do not meet.
    @Test func aDestinationBeforeTheVerb() {
        let g = graph(["إلى الدوحة وصل عباس عراقجي بعد ساعات من الزيارة التي قام بها الأمير فيصل بن فرحان."])
        #expect(direction(g, "abbas_araghchi", "QA", "visit") == .forward)
        #expect(direction(g, "faisal_bin_farhan", "QA", "visit") == .forward)
        #expect(types(g, "abbas_araghchi", "faisal_bin_farhan").isEmpty)
    }

    /// Messages take the direction of their verb: «تلقى X رسالة من Y» → Y → X, «بعث X برقية إلى Y» → X → Y.
    @Test func messagesGoFromTheirSender() {
        let g = graph(["تلقى الأمير محمد بن سلمان رسالة خطية من الرئيس مسعود بزشكيان.", "بعث الأمير فيصل بن فرحان برقية إلى عباس عراقجي."])
        #expect(direction(g, "masoud_pezeshkian", "mohammed_bin_salman", "message") == .forward)
        #expect(direction(g, "faisal_bin_farhan", "abbas_araghchi", "message") == .forward)
    }

    /// A reception: the guest visits the host's country as well as the host.
    @Test func theGuestOfAReceptionVisitsTheHostsCountry() {
        let g = graph(["استقبل الأمير محمد بن سلمان عباس عراقجي."])
        #expect(direction(g, "abbas_araghchi", "mohammed_bin_salman", "visit") == .forward)
        #expect(direction(g, "abbas_araghchi", "SA", "visit") == .forward)
        #expect(types(g, "IR", "mohammed_bin_salman").isEmpty)
    }

    /// «كان في استقبال X والوفد المرافق له …، Y، وZ»: the guest X visits Y, the first greeter named
    /// (the delegation word does not make Y a delegate); the escorts after Y join no pair.
    @Test func theGuestVisitsTheFirstGreeter() {
        let g = graph(["وكان في استقبال عباس عراقجي والوفد المرافق له لدى وصوله مطار الرياض، الأمير فيصل بن فرحان، والأمير خالد بن سلمان."])
        #expect(direction(g, "abbas_araghchi", "faisal_bin_farhan", "visit") == .forward)
        #expect(types(g, "abbas_araghchi", "khalid_bin_salman").isEmpty)
    }

    /// «وكان في استقباله Y وZ»: the pronoun is the guest — the person named before the word, or the
    /// previous sentence's lone acting person — who visits Y, the first greeter of another country;
    /// Z escorts and joins no pair.
    @Test func theGuestOfAPronounGreetingIsTheOneNamedBefore() {
        let own = graph(["وصل وزير الخارجية عباس عراقجي إلى الرياض، وكان في استقباله الأمير فيصل بن فرحان."])
        #expect(direction(own, "abbas_araghchi", "faisal_bin_farhan", "visit") == .forward)
        let next = graph(["وصل وزير الخارجية عباس عراقجي إلى الرياض. وكان في استقباله الأمير فيصل بن فرحان والأمير خالد بن سلمان."])
        #expect(direction(next, "abbas_araghchi", "faisal_bin_farhan", "visit") == .forward)
        #expect(types(next, "abbas_araghchi", "khalid_bin_salman").isEmpty)
        // Two persons before: no one the pronoun surely means, so no greeting pair.
        let two = graph(["استقبل الأمير محمد بن سلمان عباس عراقجي. وكان في استقباله الأمير فيصل بن فرحان."])
        #expect(types(two, "abbas_araghchi", "faisal_bin_farhan").isEmpty)
    }

    /// A country right after a condemning or sanctioning word, with another after it, is its subject:
    /// «أدانت قطر الهجوم الإسرائيلي» is QA → IL, «عقوبات أمريكية على إيران» US → IR.
    @Test func aCountryRightAfterTheVerbIsItsSubject() {
        let g = graph(["أدانت قطر الهجوم الإسرائيلي على لبنان."])
        #expect(direction(g, "QA", "IL", "hostility") == .forward)
        #expect(direction(g, "IL", "LB", "hostility") == .forward)
        #expect(types(g, "LB", "QA").isEmpty)
        let s = graph(["أعلنت الوزارة فرض عقوبات أمريكية على إيران."])
        #expect(direction(s, "US", "IR", "hostility") == .forward)
    }

    /// «هنأت الكويت الرئيس X»: a country right after a verb that orders its parties is the subject
    /// and the one person after it the object (a host's guest visits it: «استقبلت قطر X»).
    @Test func aCountrySubjectAndAPersonObject() {
        let date = "2024-09-10"
        #expect(direction(graph(["وهنأت الكويت الرئيس الإيراني المنتخب مسعود بزشكيان بفوزه."], date: date), "KW", "masoud_pezeshkian", "congratulation") == .forward)
        #expect(direction(graph(["واستقبلت قطر وزير الخارجية الإيراني عباس عراقجي."], date: date), "abbas_araghchi", "QA", "visit") == .forward)
    }

    /// «عزّى X Y»: X's condolences go to Y.
    @Test func aCondolenceVerbGoesFromItsSubject() {
        let g = graph(["عزّى الأمير محمد بن سلمان الرئيس مسعود بزشكيان في ضحايا الزلزال."])
        #expect(direction(g, "mohammed_bin_salman", "masoud_pezeshkian", "condolence") == .forward)
        // The noun too: who offers them is named first.
        let offered = graph(["وقدم أمير قطر الشيخ تميم بن حمد التعازي للرئيس الإيراني مسعود بزشكيان."])
        #expect(direction(offered, "tamim_bin_hamad_al_thani", "masoud_pezeshkian", "condolence") == .forward)
        // «تلقى X تعازي Y»: the one named in the genitive after the noun offers them.
        let received = graph(["وتلقى الرئيس الإيراني مسعود بزشكيان تعازي أمير قطر الشيخ تميم بن حمد."])
        #expect(direction(received, "tamim_bin_hamad_al_thani", "masoud_pezeshkian", "condolence") == .forward)
    }

    // MARK: modality

    @Test func futureNegatedAndHypotheticalEventsAreNotEvents() {
        let out = run(["من المقرر أن يلتقي ماركو روبيو الأمير خالد بن سلمان الأسبوع المقبل.",
                       "سيزور ماركو روبيو الأمير محمد بن سلمان في الرياض.",
                       "لن يزور ماركو روبيو إيران.",
                       "ربما يكون لقاء بين ماركو روبيو وعباس عراقجي."])
        let g = out.graph
        #expect(types(g, "khalid_bin_salman", "marco_rubio").isEmpty)
        #expect(types(g, "marco_rubio", "mohammed_bin_salman").isEmpty)
        #expect(types(g, "IR", "marco_rubio").isEmpty)
        #expect(types(g, "abbas_araghchi", "marco_rubio").isEmpty)
        #expect(out.diagnostics.filter { $0.code == "unrealised-event" }.count == 4)
        // The same sentences without the markers are events.
        let said = graph(["التقى ماركو روبيو الأمير خالد بن سلمان.", "زار ماركو روبيو إيران."])
        #expect(types(said, "khalid_bin_salman", "marco_rubio") == ["meeting"])
        #expect(direction(said, "marco_rubio", "IR", "visit") == .forward)
    }

    /// An invitation extended proposes the visit it asks for (the invitee's title and name may
    /// stand between); one answered («تلبية لدعوة», «بدعوة من») is a visit to the one who invited.
    @Test func anInvitationProposesAVisitAndAnAnsweredOneIsAVisit() {
        let asked = graph(["ووجه الرئيس الأمريكي دونالد ترامب دعوة لولي العهد السعودي الأمير محمد بن سلمان لزيارة واشنطن."])
        #expect(types(asked, "donald_trump", "mohammed_bin_salman").isEmpty)
        #expect(types(asked, "US", "mohammed_bin_salman").isEmpty)
        let answered = graph(["ووصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران تلبية لدعوة من نظيره الإيراني عباس عراقجي."])
        #expect(direction(answered, "faisal_bin_farhan", "abbas_araghchi", "visit") == .forward)
        let invited = graph(["ويزور الرئيس التركي رجب طيب أردوغان الكويت بدعوة من أمير الكويت الشيخ مشعل الأحمد."])
        #expect(direction(invited, "recep_tayyip_erdogan", "mishal_al_ahmad_al_sabah", "visit") == .forward)
    }

    /// «تعهدت طهران بتعزيز العلاقات مع أبوظبي بعد زيارة X»: a visit with its visitor right after
    /// the word and no destination named goes to the one other country of the sentence; with two
    /// such countries it goes nowhere.
    @Test func aVisitWithoutDestinationGoesToTheOtherCountry() {
        let g = graph(["وتعهدت طهران بتعزيز العلاقات مع أبوظبي بعد زيارة نائب وزير الخارجية الإيراني علي باقري."], date: "2021-12-06")
        #expect(direction(g, "ali_bagheri_kani", "AE", "visit") == .forward)
        let two = graph(["وتعهدت طهران بتعزيز العلاقات مع أبوظبي والدوحة بعد زيارة نائب وزير الخارجية الإيراني علي باقري."], date: "2021-12-06")
        #expect(types(two, "AE", "ali_bagheri_kani").isEmpty)
        #expect(types(two, "QA", "ali_bagheri_kani").isEmpty)
    }

    /// «بوساطة عمانية», «برعاية X»: the party right after the word (and those joined to it by «و»)
    /// mediates between the parties after «بين», else the sentence's persons of other countries;
    /// a mediator is no party to the event it mediates, and a word with no party after it is none.
    @Test func aMediatorMediatesBetweenTheParties() {
        let g = graph(["وعقد في مسقط اجتماع بين وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف بوساطة عمانية."])
        #expect(direction(g, "OM", "abbas_araghchi", "mediation") == .forward)
        #expect(direction(g, "OM", "steve_witkoff", "mediation") == .forward)
        #expect(types(g, "abbas_araghchi", "steve_witkoff") == ["meeting"])
        let person = graph(["وانطلقت المحادثات بين إيران والولايات المتحدة برعاية وزير الخارجية العماني بدر البوسعيدي."])
        #expect(direction(person, "badr_albusaidi", "IR", "mediation") == .forward)
        #expect(direction(person, "badr_albusaidi", "US", "mediation") == .forward)
        #expect(types(person, "IR", "OM").isEmpty)
        let two = graph(["وتوصلت حماس وإسرائيل إلى اتفاق بوساطة قطر ومصر."])
        #expect(direction(two, "QA", "hamas", "mediation") == .forward)
        #expect(direction(two, "EG", "IL", "mediation") == .forward)
        #expect(types(two, "EG", "QA").isEmpty)
        #expect(!types(two, "IL", "QA").contains("agreement"))
        #expect(graph(["وقدمت قطر رعاية صحية لإيران وسوريا."]).events.isEmpty)
    }

    /// Diplomatic protest is hostile: an envoy summoned, expelled or recalled, ties cut; the party
    /// acting is the subject (a state body's demonym), the envoy's country the target, or the
    /// country one's own envoy is recalled from.
    @Test func aSummonedOrExpelledEnvoyIsAProtest() {
        let summoned = graph(["استدعت وزارة الخارجية الكويتية السفير الإيراني لديها وسلمته مذكرة احتجاج."])
        #expect(direction(summoned, "KW", "IR", "hostility") == .forward)
        #expect(direction(graph(["أعلنت البحرين طرد السفير الإيراني."]), "BH", "IR", "hostility") == .forward)
        #expect(direction(graph(["استدعت السعودية سفيرها لدى لبنان للتشاور."]), "SA", "LB", "hostility") == .forward)
        #expect(direction(graph(["استدعت الكويت سفيرها لدى إيران للتشاور."], date: "2024-03-10"), "KW", "IR", "hostility") == .forward)
    }

    /// «اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون»: the party after the launch word
    /// attacks the defender; without a launcher named (a place after «فوق» is none), an
    /// interception is no event.
    @Test func anInterceptedLaunchIsAnAttackOnTheDefender() {
        let g = graph(["اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان."], date: "2019-03-10")
        #expect(direction(g, "houthis", "SA", "hostility") == .forward)
        let from = graph(["وتمكنت الدفاعات الجوية الإسرائيلية من اعتراض طائرة مسيرة أطلقها حزب الله من لبنان."], date: "2024-03-10")
        #expect(direction(from, "hezbollah", "IL", "hostility") == .forward)
        #expect(graph(["أسقطت الدفاعات الجوية السعودية طائرة مسيرة فوق اليمن."], date: "2019-03-10").events.isEmpty)
        // A place after «في» with a side of it between: «على بلدات في جنوب لبنان».
        #expect(direction(graph(["وشن الجيش الإسرائيلي غارات على بلدات في جنوب لبنان."], date: "2024-09-10"), "IL", "LB", "hostility") == .forward)
        // The press's names of the parties: «الميليشيا الحوثية», «مقاتلات التحالف».
        let militia = graph(["اعترضت الدفاعات الجوية السعودية صاروخا أطلقته الميليشيا الحوثية باتجاه جازان."], date: "2019-03-10")
        #expect(direction(militia, "houthis", "SA", "hostility") == .forward)
        let raids = graph(["وشنت مقاتلات التحالف غارات على مواقع لميليشيات الحوثي في صعدة."], date: "2019-03-10")
        #expect(direction(raids, "saudi_led_coalition", "houthis", "hostility") == .forward)
    }

    /// A farewell ends a visit («ودّع X Y»: Y → X; «كان في وداعه Y»: X → Y too); leaving a place
    /// («غادر X الدوحة») tells that X visited it, one's own capital excepted.
    @Test func aFarewellAndADepartureTellOfAVisit() {
        let farewell = graph(["ودع أمير قطر الشيخ تميم بن حمد الرئيس التركي رجب طيب أردوغان لدى مغادرته الدوحة."], date: "2023-05-10")
        #expect(direction(farewell, "recep_tayyip_erdogan", "tamim_bin_hamad_al_thani", "visit") == .forward)
        let left = graph(["غادر الرئيس التركي رجب طيب أردوغان الدوحة، وكان في وداعه أمير قطر الشيخ تميم بن حمد."], date: "2023-05-10")
        #expect(direction(left, "recep_tayyip_erdogan", "QA", "visit") == .forward)
        #expect(direction(left, "recep_tayyip_erdogan", "tamim_bin_hamad_al_thani", "visit") == .forward)
        let home = graph(["غادر وزير الخارجية السعودي الأمير فيصل بن فرحان الرياض متوجها إلى طهران."], date: "2023-05-10")
        #expect(direction(home, "faisal_bin_farhan", "IR", "visit") == .forward)
        #expect(types(home, "SA", "faisal_bin_farhan").isEmpty)
    }

    /// Events put ahead by a word after them («الزيارة المرتقبة»), expected («من المتوقع أن»),
    /// still to be scheduled («لم يتم تحديد موعد لقاء») or called for («دعا X إلى عقد قمة») are
    /// not events; a meeting that happened in the same sentence still is.
    @Test func expectedScheduledAndCalledForEventsAreNotEvents() {
        let date = "2023-05-10"
        #expect(types(graph(["ومن المتوقع أن يلتقي ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ."], date: date),
                      "mohammed_bin_salman", "xi_jinping").isEmpty)
        #expect(types(graph(["وتأتي الزيارة المرتقبة لولي العهد السعودي الأمير محمد بن سلمان إلى بكين."], date: date), "CN", "mohammed_bin_salman").isEmpty)
        #expect(types(graph(["ولم يتم تحديد موعد لقاء بين الرئيس الإيراني وولي العهد السعودي."], date: date),
                      "ebrahim_raisi", "mohammed_bin_salman").isEmpty)
        #expect(!types(graph(["ودعا وزير الخارجية الإيراني إلى عقد قمة بين إيران والسعودية."], date: date), "IR", "SA").contains("meeting"))
        let both = graph(["التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ، وبحثا الزيارة المرتقبة للرئيس الصيني إلى الرياض."], date: date)
        #expect(types(both, "mohammed_bin_salman", "xi_jinping").contains("meeting"))
        #expect(types(both, "SA", "xi_jinping").isEmpty)
    }

    /// Criticism and warnings are hostile, from the speaker's side to the party named after the
    /// verb; a warning of dangers in a place names no party (a place after an `against` word
    /// does: «عقوبات على شركات في إيران»).
    @Test func criticismAndWarningsAreHostile() {
        let date = "2024-05-10"
        #expect(direction(graph(["وهاجم المرشد الإيراني علي خامنئي الولايات المتحدة في خطاب ألقاه اليوم."], date: date), "ali_khamenei", "US", "hostility") == .forward)
        #expect(direction(graph(["وانتقد وزير الخارجية القطري السياسات الإسرائيلية في غزة."], date: date), "QA", "IL", "hostility") == .forward)
        #expect(direction(graph(["وحذر وزير الخارجية الإيراني حسين أمير عبداللهيان إسرائيل من أي مغامرة."], date: date), "IR", "IL", "hostility") == .forward)
        #expect(graph(["وحذر وزير الخارجية القطري من مخاطر التصعيد في لبنان."], date: date).events.isEmpty)
        #expect(direction(graph(["وفرضت الولايات المتحدة عقوبات على شركات في إيران."], date: date), "US", "IR", "hostility") == .forward)
    }

    /// A sentence that names no person has its organisations as parties beside its countries
    /// («وقعت الأمم المتحدة والسعودية اتفاقية»; a state body: «وزارة الدفاع الأمريكية»).
    @Test func organisationsArePartiesWhereNoPersonIsNamed() {
        let date = "2024-05-10"
        #expect(types(graph(["ووقعت الأمم المتحدة والسعودية اتفاقية لدعم اللاجئين."], date: date), "SA", "un") == ["agreement"])
        #expect(types(graph(["وأعلنت وزارة الدفاع الأمريكية الموافقة على صفقة أسلحة للسعودية."], date: date), "SA", "pentagon") == ["arms_deal"])
        // (Not an organisation named as a topic after «ضد»: «التعاون … ضد تنظيم القاعدة».)
        let topic = graph(["وناقشت الولايات المتحدة والسعودية التعاون الأمني ضد تنظيم القاعدة وداعش."], date: date)
        #expect(types(topic, "SA", "US") == ["talks"])
        #expect(types(topic, "SA", "al_qaeda").isEmpty)
    }

    /// A word inside a person's name is no marker or trigger: «لو» in «جان إيف لو دريان» does not
    /// make the meeting hypothetical.
    @Test func aWordInsideANameIsNoMarker() {
        let g = graph(["وأكد المبعوث الفرنسي جان إيف لو دريان خلال لقائه الأمير فيصل بن فرحان في الرياض أهمية الحوار."])
        #expect(types(g, "faisal_bin_farhan", "jean_yves_le_drian").contains("meeting"))
    }

    /// Every way the press writes a condemnation («دانت», «شجبت», «تستنكر») goes from its subject
    /// to the act's agent, never to the act's victim.
    @Test func condemnationVerbsOfEveryForm() {
        let shortForm = graph(["دانت الإمارات الهجوم الإسرائيلي على قطر."])
        #expect(direction(shortForm, "AE", "IL", "hostility") == .forward)
        #expect(types(shortForm, "AE", "QA").isEmpty)
        let sultanate = graph(["شجبت سلطنة عمان القصف الإسرائيلي على لبنان."])
        #expect(direction(sultanate, "OM", "IL", "hostility") == .forward)
        #expect(types(sultanate, "LB", "OM").isEmpty)
        let present = graph(["تستنكر الكويت بشدة العدوان الإسرائيلي على سوريا."])
        #expect(direction(present, "KW", "IL", "hostility") == .forward)
        #expect(types(present, "KW", "SY").isEmpty)
    }

    /// The act condemned may name its agent after a relative clause's verb («الهجوم الذي شنته X»).
    @Test func theAgentOfACondemnedActAfterARelativeClause() {
        let g = graph(["أدانت الكويت الهجوم الذي شنته جماعة الحوثي على سفينة تجارية."])
        #expect(direction(g, "KW", "houthis", "hostility") == .forward)
    }

    /// A condemning verb opening its clause takes the party right after it as its subject even
    /// when no other party follows: it is not the object of the clause before.
    @Test func aVerbOpeningItsClauseHasItsSubjectAfterIt() {
        let g = graph(["قصفت الولايات المتحدة منشآت إيرانية، وأدانت قطر الهجوم."])
        #expect(direction(g, "US", "IR", "hostility") == .forward)
        #expect(types(g, "QA", "US").isEmpty)
        #expect(types(g, "IR", "QA").isEmpty)
    }

    /// Who chairs a summit attends it with those taking part; a GCC meeting under its longer names
    /// is the GCC's.
    @Test func aSummitsChairAndTheGCCsMeetings() {
        let g = graph(["ترأس الأمير محمد بن سلمان القمة بمشاركة الرئيس مسعود بزشكيان."])
        #expect(types(g, "masoud_pezeshkian", "mohammed_bin_salman") == ["attendance"])
        let gcc = graph(["شارك عباس عراقجي في اجتماع مجلس التعاون لدول الخليج العربية."])
        #expect(direction(gcc, "abbas_araghchi", "gcc", "attendance") == .forward)
        let ministers = graph(["شارك عباس عراقجي في اجتماع وزراء خارجية دول مجلس التعاون."])
        #expect(direction(ministers, "abbas_araghchi", "gcc", "attendance") == .forward)
    }

    /// «عقدت في X القمة بمشاركة Y»: with no acting person, those present attend in the host
    /// country, or the organisation whose summit it is; a host's own official attends nothing.
    @Test func thosePresentAtASummitHeldSomewhere() {
        let g = graph(["عقدت في الرياض القمة العربية الإسلامية بمشاركة الرئيس الإيراني مسعود بزشكيان."])
        #expect(direction(g, "masoud_pezeshkian", "SA", "attendance") == .forward)
        let body = graph(["عقدت قمة مجلس التعاون في الكويت بمشاركة الرئيس الفرنسي إيمانويل ماكرون."])
        #expect(direction(body, "emmanuel_macron", "gcc", "attendance") == .forward)
        #expect(types(body, "KW", "emmanuel_macron").isEmpty)
        #expect(graph(["عقد في الرياض اجتماع بحضور الأمير خالد بن سلمان."]).events.isEmpty)
    }

    /// The sender of a message a visitor hands over is a party of the message, not of the visit.
    @Test func theSenderOfAMessageHandedOverIsNotAVisitor() {
        let g = graph(["استقبل الأمير محمد بن سلمان عباس عراقجي وسلمه رسالة من الرئيس مسعود بزشكيان."])
        #expect(direction(g, "abbas_araghchi", "mohammed_bin_salman", "visit") == .forward)
        #expect(types(g, "masoud_pezeshkian", "mohammed_bin_salman") == ["message"])
        #expect(direction(g, "masoud_pezeshkian", "mohammed_bin_salman", "message") == .forward)
    }

    /// A demonym ending the noun phrase of what was hit is the target («منشآت نووية وعسكرية
    /// إيرانية», with strike nouns inside it); after a place word it only says where («قبالة
    /// السواحل اليمنية»).
    @Test func theNationalityOfWhatWasHit() {
        #expect(direction(graph(["قصفت إسرائيل منشآت نووية وعسكرية إيرانية."]), "IL", "IR", "hostility") == .forward)
        #expect(direction(graph(["استهدفت الولايات المتحدة مواقع تخزين ومنصات صواريخ إيرانية."]), "US", "IR", "hostility") == .forward)
        // Launchers are a thing hit, not a launch by their owner.
        let launchers = graph(["استهدفت الولايات المتحدة مواقع تخزين ومنصات إطلاق إيرانية في العراق."])
        #expect(direction(launchers, "US", "IR", "hostility") == .forward)
        #expect(types(launchers, "IQ", "IR").isEmpty)
        #expect(direction(graph(["شنت إسرائيل ضربات على منشآت نووية وعسكرية إيرانية."]), "IL", "IR", "hostility") == .forward)
        #expect(types(graph(["هاجم الحوثيون سفينة تجارية قبالة السواحل اليمنية."]), "YE", "houthis").isEmpty)
        #expect(types(graph(["شنت إسرائيل غارات على مواقع قرب الحدود السورية."]), "IL", "SY").isEmpty)
    }

    /// Sites hit at a place (the lexicon's `sites`): «أهدافا عسكرية في إيران» — the party after
    /// «في» is the one hit, with a verb that also means "criticise" too; a topic after «في» with no
    /// site word is not.
    @Test func sitesHitAtAPlace() {
        #expect(direction(graph(["هاجمت إسرائيل أهدافا عسكرية في إيران فجر اليوم."]), "IL", "IR", "hostility") == .forward)
        #expect(direction(graph(["قصفت الولايات المتحدة مواقع في العراق."]), "US", "IQ", "hostility") == .forward)
        #expect(types(graph(["هاجمت إسرائيل سياسة الحكومة في إيران."]), "IL", "IR").isEmpty)
    }

    /// «أعلن الجيش الإسرائيلي مقتل قيادي في حزب الله بغارة …»: the body announcing a killing by a
    /// strike that names no agent is its agent — when the victims named are of another side.
    @Test func theBodyAnnouncingAKillingIsTheStrikesAgent() {
        let g = graph(["أعلن الجيش الإسرائيلي مقتل قيادي في حزب الله بغارة على بلدة في جنوب لبنان."])
        #expect(direction(g, "IL", "hezbollah", "hostility") == .forward)
        let attack = graph(["أعلن حزب الله مقتل جنود إسرائيليين في هجوم على موقع للجيش الإسرائيلي."])
        #expect(direction(attack, "hezbollah", "IL", "hostility") == .forward)
        // Its own losses: the announcer is no agent.
        #expect(graph(["أعلنت إيران مقتل قائد في الحرس الثوري بغارة على دمشق."]).events.isEmpty)
        #expect(graph(["أعلنت وزارة الصحة اللبنانية مقتل ثلاثة أشخاص بغارة على بلدة في الجنوب."]).events.isEmpty)
    }

    /// «حمّلت X Y مسؤولية …»: Y is blamed by X, whether X is a person or a state (a demonym after a
    /// ministry); a speaker named before is the accuser.
    @Test func whoIsBlamedForAnAttack() {
        #expect(direction(graph(["حمّلت الخارجية الإيرانية الولايات المتحدة مسؤولية الهجوم."]), "IR", "US", "hostility") == .forward)
        let speaker = graph(["وقال الأمير فيصل بن فرحان إن الحوثيين يتحملون المسؤولية الكاملة عن التصعيد."])
        #expect(direction(speaker, "faisal_bin_farhan", "houthis", "hostility") == .forward)
        let state = graph(["وأكدت السعودية أن إيران تقف وراء الهجمات على ناقلات النفط."])
        #expect(direction(state, "SA", "IR", "hostility") == .forward)
    }

    /// «صنفت X Y منظمة إرهابية»: a designation is hostile, from who designates to the designated.
    @Test func aTerroristDesignation() {
        let g = graph(["صنفت السعودية حزب الله منظمة إرهابية."])
        #expect(direction(g, "SA", "hezbollah", "hostility") == .forward)
        let announced = graph(["أعلنت الولايات المتحدة تصنيف جماعة الحوثي منظمة إرهابية."])
        #expect(direction(announced, "US", "houthis", "hostility") == .forward)
    }

    /// Those killed are a strike's victims, named before it or after a kill word that follows it;
    /// never its agent when the attacker is not named.
    @Test func theKilledAreVictimsNotAgents() {
        #expect(direction(graph(["أدى هجوم إيراني إلى مقتل جنود أمريكيين."]), "IR", "US", "hostility") == .forward)
        let unnamed = graph(["قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة في الأردن."])
        #expect(types(unnamed, "JO", "US").isEmpty)
        let after = graph(["شنت إسرائيل غارات على بلدات في جنوب لبنان أسفرت عن مقتل عناصر من حزب الله."])
        #expect(direction(after, "IL", "hezbollah", "hostility") == .forward)
    }

    /// An official left unnamed, a title word with a country after it that no one is linked to,
    /// makes that country the other party; a delegation in the indefinite accusative («وفدا
    /// إيرانيا») is its country's.
    @Test func anUnnamedOfficialIsTheirCountry() {
        let commander = graph(["التقى الأمير خالد بن سلمان قائد الأسطول الخامس الأمريكي في الرياض."])
        #expect(types(commander, "US", "khalid_bin_salman") == ["meeting"])
        // After the subject's name, however long the title before it.
        let longTitle = graph(["التقى قائد القوات البحرية الملكية السعودية الفريق الركن محمد الغريبي قائد الأسطول الخامس الأمريكي."])
        #expect(types(longTitle, "US", "محمد_الغريبي") == ["meeting"])
        // The host's own title («رئيس إقليم كردستان العراق») is passed over for the guest's; a
        // consul, like an ambassador, serves where he is received: he meets the host.
        let consul = graph(["استقبل رئيس إقليم كردستان العراق نيجيرفان بارزاني القنصل الأمريكي العام في أربيل."], date: "2024-03-10")
        #expect(types(consul, "US", "nechirvan_barzani") == ["meeting"])
        // A subordinate title («مساعد وزير الخارجية الإيراني») names an official too.
        let assistant = graph(["التقى سفير دولة الكويت لدى إيران بدر عبد الله المنيخ مساعد وزير الخارجية الإيراني."], date: "2024-03-10")
        #expect(types(assistant, "IR", "بدر_عبد_الله_المنيخ") == ["meeting"])
        // An ambassador the text does not name («سفير الولايات المتحدة»: several postings) is
        // still his country's; serving where he is received, he meets the host (`received_as`).
        let envoy = graph(["استقبل الأمير خالد بن سلمان سفير الولايات المتحدة لدى المملكة."], date: "2024-03-10")
        #expect(types(envoy, "US", "khalid_bin_salman") == ["meeting"])
        let summoned = graph(["استدعت وزارة الخارجية الكويتية سفير إيران وسلمته مذكرة احتجاج."], date: "2024-03-10")
        #expect(direction(summoned, "KW", "IR", "hostility") == .forward)
        let delegation = graph(["استقبلت وزيرة الدولة الإماراتية ريم الهاشمي وفدا إيرانيا."])
        #expect(direction(delegation, "IR", "reem_al_hashimy", "visit") == .forward)
        // A place after the title is no official's country.
        #expect(types(graph(["التقى الأمير خالد بن سلمان رئيس الأركان في واشنطن."]), "US", "khalid_bin_salman").isEmpty)
    }

    /// An act someone demands stopped («طالبت X Y بوقف دعمها لـZ») does not happen; a ceasefire
    /// agreed is still an agreement.
    @Test func anActToBeStoppedIsNoEvent() {
        #expect(graph(["طالبت إيران الولايات المتحدة بوقف دعمها لإسرائيل."]).events.isEmpty)
        #expect(types(graph(["توصلت إسرائيل وحزب الله إلى اتفاق لوقف إطلاق النار."]), "IL", "hezbollah") == ["agreement"])
        // «طالب» is also a name: it does not cut one.
        let named = Support.mentions("التقى الأمير فيصل بن فرحان سفيرة العراق لدى المملكة صفية طالب السهيل.", date: "2023-03-10")
        #expect(named.contains { $0.entityKind == .person && $0.surface == "صفية طالب السهيل" })
    }

    /// Relations restored, an arms sale, a seizure and a mediating verb, each with its parties.
    @Test func restoredRelationsArmsSalesSeizuresAndMediators() {
        #expect(types(graph(["أعلنت وزارة الخارجية البحرينية استئناف العلاقات الدبلوماسية مع قطر."]), "BH", "QA") == ["agreement"])
        #expect(types(graph(["وافقت الخارجية الأمريكية على بيع صواريخ باتريوت إلى السعودية."]), "SA", "US") == ["arms_deal"])
        let seized = graph(["احتجزت القوات الإيرانية ناقلة نفط بريطانية في مضيق هرمز."])
        #expect(direction(seized, "IR", "GB", "hostility") == .forward)
        let mediated = graph(["توسطت قطر في صفقة لتبادل السجناء بين إيران والولايات المتحدة."])
        #expect(direction(mediated, "QA", "IR", "mediation") == .forward)
        #expect(direction(mediated, "QA", "US", "mediation") == .forward)
    }

    /// The reception named by its noun («خلال استقبال X لـY»), a vow of retaliation («توعد») and
    /// an air raid verb («أغارت») each make their event.
    @Test func aReceptionNounAVowAndARaid() {
        let reception = graph(["وجاء ذلك خلال استقبال الأمير محمد بن سلمان لعباس عراقجي في جدة."])
        #expect(direction(reception, "abbas_araghchi", "mohammed_bin_salman", "visit") == .forward)
        #expect(direction(graph(["توعد الحرس الثوري إسرائيل برد قاس."]), "irgc", "IL", "hostility") == .forward)
        #expect(direction(graph(["أغارت طائرات إسرائيلية على مواقع لحزب الله."]), "IL", "hezbollah", "hostility") == .forward)
    }

    /// «اغتيال قائد في X»: a commander of a party killed is a strike on that party, even when the
    /// raid that killed him names a place after «على».
    @Test func aCommanderKilledIsAStrikeOnHisParty() {
        #expect(direction(graph(["أعلن الجيش الإسرائيلي اغتيال قائد في حزب الله."]), "IL", "hezbollah", "hostility") == .forward)
        let raid = graph(["أعلن الجيش الإسرائيلي اغتيال قائد في الحرس الثوري الإيراني بغارة على دمشق."])
        #expect(direction(raid, "IL", "irgc", "hostility") == .forward)
        #expect(types(raid, "IL", "SY").isEmpty)
        #expect(direction(graph(["اغتالت إسرائيل قائدا في حزب الله بغارة على الضاحية الجنوبية."]), "IL", "hezbollah", "hostility") == .forward)
    }

    /// «الاتفاق النووي» is a topic, not an agreement the parties made.
    @Test func theNuclearDealIsATopic() {
        let g = graph(["بحث الأمير فيصل بن فرحان وعباس عراقجي الاتفاق النووي."])
        #expect(types(g, "abbas_araghchi", "faisal_bin_farhan") == ["talks"])
    }

    /// A person can be the target of sanctions, a summons or criticism when no country or
    /// organisation stands there: «عقوبات على وزير الخارجية الإيراني X» is the sanctioner → X (and
    /// its country → Iran), never Iran → X; a counterpart named after the subject is the object.
    @Test func aPersonTargeted() {
        let sanctions = graph(["فرضت الولايات المتحدة عقوبات على وزير الخارجية الإيراني محمد جواد ظريف."], date: "2020-07-31")
        #expect(direction(sanctions, "US", "mohammad_javad_zarif", "hostility") == .forward)
        #expect(sanctions.events(between: "US", "IR").contains { $0.type == "hostility" && $0.a == "IR" && $0.direction == .backward })
        #expect(types(sanctions, "IR", "mohammad_javad_zarif").isEmpty)
        let summons = graph(["استدعت وزارة الخارجية العراقية السفير الإيراني في بغداد محمد كاظم آل صادق."], date: "2020-07-31")
        #expect(direction(summons, "IQ", "mohammad_kazem_al_e_sadegh", "hostility") == .forward)
        let criticism = graph(["انتقد الرئيس التركي رجب طيب أردوغان نظيره الفرنسي إيمانويل ماكرون."], date: "2024-01-10")
        #expect(direction(criticism, "recep_tayyip_erdogan", "emmanuel_macron", "hostility") == .forward)
    }

    /// Forms of address: «حضرة صاحب الجلالة» is no one present («حضره»), «أمير البلاد» the
    /// article's emir, «عاهل البحرين» the king.
    @Test func gulfFormsOfAddress() {
        let oman = graph(["استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق وزير الخارجية الإيراني عباس عراقجي."])
        #expect(direction(oman, "abbas_araghchi", "haitham_bin_tariq", "visit") == .forward)
        let kuwait = graph(["استقبل سمو أمير البلاد الشيخ مشعل الأحمد في قصر بيان رئيس وزراء باكستان شهباز شريف."], date: "2024-05-07")
        #expect(direction(kuwait, "shehbaz_sharif", "mishal_al_ahmad_al_sabah", "visit") == .forward)
        #expect(!kuwait.nodes.contains { $0.kind == .person && !$0.known })
        let bahrain = graph(["استقبل عاهل البحرين في قصر الصخير وزير الخارجية الأمريكي ماركو روبيو."])
        #expect(direction(bahrain, "marco_rubio", "hamad_bin_isa_al_khalifa", "visit") == .forward)
    }

    /// «لدى استقباله X، أكد Y»: the reception noun's pronoun opening the sentence is the host Y
    /// named after the clause; X is the guest — as in «أكد Y لدى استقباله X».
    @Test func aReceptionOpeningTheSentenceHasItsHostAfterTheClause() {
        let opening = graph(["لدى استقباله وزير الخارجية الأردني أيمن الصفدي في دمشق، أكد الرئيس السوري بشار الأسد أهمية العلاقات."], date: "2023-02-14")
        #expect(direction(opening, "ayman_safadi", "bashar_al_assad", "visit") == .forward)
        let after = graph(["أكد الرئيس السوري بشار الأسد لدى استقباله وزير الخارجية الأردني أيمن الصفدي أهمية العلاقات."], date: "2023-02-14")
        #expect(direction(after, "ayman_safadi", "bashar_al_assad", "visit") == .forward)
        // The verb with a comma after its subject is still the verb: the first named hosts.
        let verb = graph(["استقبل الرئيس السوري بشار الأسد، وزير الخارجية الأردني أيمن الصفدي."], date: "2023-02-14")
        #expect(direction(verb, "ayman_safadi", "bashar_al_assad", "visit") == .forward)
    }

    /// Postponed, denied and supposed events did not happen: «أرجئ الاجتماع», «نفى X أن يكون Y
    /// قد التقى Z», «من المنتظر أن يصل»; «من أجل لقاء» after an arrival is a meeting.
    @Test func postponedDeniedAndAwaitedEventsAreNotEvents() {
        let date = "2025-04-20"
        #expect(graph(["أرجئ الاجتماع بين عباس عراقجي والأمير فيصل بن فرحان."], date: date).events.isEmpty)
        #expect(types(graph(["عقد الاجتماع بين عباس عراقجي والأمير فيصل بن فرحان."], date: date), "abbas_araghchi", "faisal_bin_farhan") == ["meeting"])
        #expect(types(graph(["نفت الرئاسة المصرية أن يكون الرئيس عبد الفتاح السيسي قد تلقى اتصالا من بنيامين نتنياهو."], date: date),
                      "abdel_fattah_el_sisi", "benjamin_netanyahu").isEmpty)
        #expect(types(graph(["من المنتظر أن يصل عباس عراقجي إلى الرياض."], date: date), "SA", "abbas_araghchi").isEmpty)
        let purpose = graph(["وصل عباس عراقجي إلى الرياض من أجل لقاء الأمير فيصل بن فرحان."], date: date)
        #expect(types(purpose, "abbas_araghchi", "faisal_bin_farhan").contains("meeting"))
    }

    /// The compound subject of an event word — countries joined by «و» after the verb opening the
    /// clause («وقعت السعودية وفرنسا اتفاقية») — are its parties in a sentence naming a visitor too.
    @Test func countriesThatSignDuringAVisit() {
        let g = graph(["خلال زيارة الرئيس رجب طيب أردوغان إلى الدوحة، وقعت قطر وتركيا 12 اتفاقية للتعاون."], date: "2023-06-23")
        #expect(types(g, "QA", "TR").contains("agreement"))
        #expect(direction(g, "recep_tayyip_erdogan", "QA", "visit") == .forward)
    }

    /// «خلال اتصاله بنظيره Y»: the caller named before the possessive call noun calls Y; a cable
    /// or a call that names a country after «في» makes no one its visitor.
    @Test func aPossessiveCallAndNoVisitAtADistance() {
        let call = graph(["قال الرئيس الفرنسي إيمانويل ماكرون خلال اتصاله بنظيره الإيراني مسعود بزشكيان إن الحل دبلوماسي."], date: "2024-10-08")
        #expect(types(call, "emmanuel_macron", "masoud_pezeshkian") == ["call"])
        let cable = graph(["بعث الأمير محمد بن سلمان برقية تهنئة للشيخ مشعل الأحمد بمناسبة توليه مقاليد الحكم في دولة الكويت."], date: "2023-12-18")
        #expect(types(cable, "mishal_al_ahmad_al_sabah", "mohammed_bin_salman") == ["congratulation"])
        let met = graph(["التقى الأمير محمد بن سلمان الشيخ مشعل الأحمد في دولة الكويت."], date: "2023-12-18")
        #expect(direction(met, "mohammed_bin_salman", "mishal_al_ahmad_al_sabah", "visit") == .forward)
    }

    /// A letter's carrier named after it («… من ماكرون، نقلها السفير X») does not hide its
    /// addressee: the one named before the word; a title several countries use («وزير الدولة
    /// للشؤون الخارجية») is the named person's country's.
    @Test func aLetterWithItsCarrier() {
        let g = graph(["تسلم الرئيس العراقي برهم صالح رسالة خطية من أمير دولة قطر الشيخ تميم بن حمد، نقلها وزير الدولة للشؤون الخارجية سلطان بن سعد المريخي."],
                      date: "2019-02-12")
        #expect(direction(g, "tamim_bin_hamad_al_thani", "barham_salih", "message") == .forward)
        #expect(g.node("sultan_al_muraikhi") != nil)
        #expect(g.node("mike_pompeo") == nil)
        let open = graph(["تسلم الرئيس اللبناني ميشال عون رسالة خطية من الرئيس الفرنسي إيمانويل ماكرون، نقلها السفير برونو فوشيه."], date: "2019-02-12")
        #expect(direction(open, "emmanuel_macron", "michel_aoun", "message") == .forward)
    }

    /// The names Iranian, Houthi and Hezbollah media give Israel, and Hezbollah's «المقاومة
    /// الإسلامية في لبنان», are those parties.
    @Test func thePartisanNamesOfTheParties() {
        #expect(direction(graph(["شن العدو الصهيوني غارات على جنوب لبنان."], date: "2024-07-20"), "IL", "LB", "hostility") == .forward)
        #expect(direction(graph(["قصف الطيران الصهيوني مواقع في سوريا."], date: "2024-07-20"), "IL", "SY", "hostility") == .forward)
        let resistance = graph(["أعلنت المقاومة الإسلامية في لبنان استهداف قاعدة عسكرية للعدو الصهيوني."], date: "2024-10-02")
        #expect(direction(resistance, "hezbollah", "IL", "hostility") == .forward)
    }

    /// «ودعت جميع الأطراف إلى …» calls on parties (not the farewell «ودّعت»); lifted sanctions
    /// are no hostility.
    @Test func aCallOnThePartiesAndSanctionsLifted() {
        let call = graph(["أدانت الكويت الهجوم الإسرائيلي على لبنان، ودعت جميع الأطراف إلى ضبط النفس."], date: "2024-05-08")
        #expect(!Array(call.events).contains { $0.type == "visit" })
        #expect(direction(call, "KW", "IL", "hostility") == .forward)
        #expect(direction(graph(["ودع أمير قطر الرئيس التركي رجب طيب أردوغان لدى مغادرته الدوحة."], date: "2023-05-10"),
                          "recep_tayyip_erdogan", "tamim_bin_hamad_al_thani", "visit") == .forward)
        #expect(graph(["أعلن الرئيس الأمريكي دونالد ترامب رفع جميع العقوبات المفروضة على سوريا."], date: "2025-05-20").events.isEmpty)
    }

    /// «الرياض (واس) - استقبل ولي العهد … الرئيس الفرنسي»: with two countries named equally
    /// often, a bare title is read in the one that has the office; «كما استقبله الرئيس X» after
    /// an arrival has the arriving person as its guest.
    @Test func aBareTitleInTheCountryWithTheOfficeAndAReceptionOfHim() {
        let g = graph(["الرياض (واس) - استقبل صاحب السمو الملكي ولي العهد في قصر اليمامة الرئيس الفرنسي إيمانويل ماكرون."], date: "2024-11-11")
        #expect(direction(g, "emmanuel_macron", "mohammed_bin_salman", "visit") == .forward)
        let him = graph(["وصل وزير الخارجية الإيراني عباس عراقجي إلى القاهرة. واستقبله الرئيس عبد الفتاح السيسي."], date: "2024-12-20")
        #expect(direction(him, "abbas_araghchi", "abdel_fattah_el_sisi", "visit") == .forward)
    }

    /// A body's secretary-general whose one office is the body's acts for it: he meets his own
    /// country's ministers, and the edge is the body's.
    @Test func aSecretaryGeneralActsForTheBody() {
        let g = graph(["التقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط وزير الخارجية المصري بدر عبد العاطي."], date: "2024-10-05")
        #expect(types(g, "ahmed_aboul_gheit", "badr_abdelatty").contains("meeting"))
        #expect(!g.events(between: "EG", "arab_league").isEmpty)
    }

    /// A minister receiving an unnamed ambassador: the ambassador's country meets the host (a
    /// resident envoy: `received_as`), with a time word between («استقبل X اليوم سفير الولايات
    /// المتحدة»), and no visit either way; the place after «في» is no party of officials met there.
    @Test func anAmbassadorReceivedAndOfficialsMetSomewhere() {
        let g = graph(["استقبل وزير الخارجية عبدالله اليحيا اليوم سفير الولايات المتحدة لدى البلاد."], date: "2025-07-24")
        #expect(types(g, "US", "abdullah_al_yahya") == ["meeting"])
        #expect(g.events(between: "US", "KW").filter { $0.type == "visit" }.isEmpty)
        let paris = graph(["التقى وزير الخارجية السوري أسعد الشيباني مسؤولين إسرائيليين في باريس."], date: "2025-07-24")
        #expect(types(paris, "IL", "asaad_al_shaibani") == ["meeting"])
        #expect(types(paris, "FR", "asaad_al_shaibani").isEmpty)
        let group = graph(["عقد وزير الخارجية عباس عراقجي لقاءات مع مسؤولين في جماعة الحوثي."], date: "2025-07-24")
        #expect(types(group, "abbas_araghchi", "houthis") == ["meeting"])
    }

    /// Solidarity is the subject's with the parties after the word, not theirs with each other;
    /// parties joined by «و» to a target are targets too; an adjective may stand between a
    /// supporter and the one supported.
    @Test func solidarityJoinedTargetsAndSupportWithAnAdjective() {
        let g = graph(["أعربت دولة الكويت عن تضامنها مع الجمهورية التركية والجمهورية العربية السورية."], date: "2023-02-08")
        #expect(direction(g, "KW", "TR", "support") == .forward)
        #expect(direction(g, "KW", "SY", "support") == .forward)
        #expect(types(g, "SY", "TR").isEmpty)
        let sanctions = graph(["فرضت الولايات المتحدة عقوبات على إيران وروسيا."], date: "2023-02-08")
        #expect(direction(sanctions, "US", "IR", "hostility") == .forward)
        #expect(direction(sanctions, "US", "RU", "hostility") == .forward)
        #expect(types(sanctions, "IR", "RU").isEmpty)
        #expect(direction(graph(["أكد الرئيس دعم إيران الثابت لحزب الله."], date: "2023-02-08"), "IR", "hezbollah", "support") == .forward)
    }

    /// Blame on several («حمّلت X الحوثيين والنظام الإيراني المسؤولية»): each is accused by X, not
    /// by the one named before it; an attack's agent in a relative clause after an adjective
    /// («الهجوم الصاروخي الذي شنته ميليشيا الحوثي على …») is its agent and the condemned.
    @Test func blameOnSeveralAndAnAgentInARelativeClause() {
        let blame = graph(["حملت الحكومة اليمنية ميليشيا الحوثي والنظام الإيراني المسؤولية عن الهجوم."], date: "2024-03-06")
        #expect(direction(blame, "YE", "houthis", "hostility") == .forward)
        #expect(direction(blame, "YE", "IR", "hostility") == .forward)
        #expect(types(blame, "IR", "houthis").isEmpty)
        let attack = graph(["أدانت المملكة العربية السعودية الهجوم الصاروخي الذي شنته ميليشيا الحوثي على وسط إسرائيل."], date: "2024-09-15")
        #expect(direction(attack, "houthis", "IL", "hostility") == .forward)
        #expect(direction(attack, "SA", "houthis", "hostility") == .forward)
    }

    /// A call or a cable to a pronoun («كما اتصل به Y مهنئا», «وهنأه Y») goes from Y to the one
    /// the previous sentence names, whether or not it told of an event.
    @Test func aCallToThePronounOfThePreviousSentence() {
        let call = graph(["أدى الشيخ مشعل الأحمد اليمين الدستورية أميرا للكويت. كما اتصل به الرئيس الإيراني إبراهيم رئيسي مهنئا."], date: "2023-12-20")
        #expect(direction(call, "ebrahim_raisi", "mishal_al_ahmad_al_sabah", "call") == .forward)
        let cable = graph(["أدى الشيخ مشعل الأحمد اليمين الدستورية أميرا للكويت. وهنأه الرئيس الإيراني إبراهيم رئيسي."], date: "2023-12-20")
        #expect(direction(cable, "ebrahim_raisi", "mishal_al_ahmad_al_sabah", "congratulation") == .forward)
    }

    /// A compound subject of three or more right after the event word all met each other; a list
    /// after the subject is the subject's partners only.
    @Test func aCompoundSubjectMetEachOther() {
        let three = graph(["اجتمع الأمير فيصل بن فرحان وأيمن الصفدي وسامح شكري في الرياض."], date: "2024-04-29")
        #expect(types(three, "ayman_safadi", "sameh_shoukry").contains("meeting"))
        #expect(types(three, "faisal_bin_farhan", "sameh_shoukry").contains("meeting"))
        let objects = graph(["التقى الأمير فيصل بن فرحان أيمن الصفدي وسامح شكري."], date: "2024-04-29")
        #expect(types(objects, "ayman_safadi", "sameh_shoukry").isEmpty)
    }

    /// «أدرج X Y على قوائم الإرهاب»: the party listed (right before the list, or before one word
    /// such as «كمطلوبين») is the target of the one who lists it.
    @Test func aTerrorListingIsHostileToTheListed() {
        let g = graph(["وضعت الإمارات جماعة الحوثي على قائمة المنظمات الإرهابية."])
        #expect(direction(g, "AE", "houthis", "hostility") == .forward)
        let wanted = graph(["وأعلن المتحدث باسم التحالف تركي المالكي أسماء عشرة من قادة حزب الله كمطلوبين ضمن قوائم الإرهاب."], date: "2018-03-01")
        #expect(direction(wanted, "turki_al_maliki", "hezbollah", "hostility") == .forward)
        // A list that is no terror list names no target.
        #expect(graph(["نشرت الإمارات قائمة بأسماء الفائزين بالجائزة."]).events.isEmpty)
    }

    /// Tomorrow's visit, readiness to meet and a possible agreement did not happen; condolences
    /// offered in person and greetings exchanged did.
    @Test func readinessAndTomorrowAreNoEvents() {
        #expect(graph(["يبدأ الرئيس التركي رجب طيب أردوغان غدا زيارة إلى القاهرة يلتقي خلالها الرئيس عبد الفتاح السيسي."], date: "2025-03-01").events.isEmpty)
        // (Today's, the same words without «غدا», happened.)
        let today = graph(["يبدأ الرئيس التركي رجب طيب أردوغان اليوم زيارة إلى القاهرة يلتقي خلالها الرئيس عبد الفتاح السيسي."], date: "2025-03-01")
        #expect(types(today, "recep_tayyip_erdogan", "abdel_fattah_el_sisi").contains("meeting"))
        #expect(graph(["أعرب الرئيس الإيراني مسعود بزشكيان عن استعداده للقاء الرئيس الأمريكي دونالد ترامب."], date: "2025-03-01").events.isEmpty)
        let met = graph(["أعرب الرئيس الإيراني مسعود بزشكيان عن ارتياحه للقاء الرئيس الأمريكي دونالد ترامب."], date: "2025-03-01")
        #expect(types(met, "masoud_pezeshkian", "donald_trump") == ["meeting"])
        let talks = graph(["بحث وزير الخارجية السعودي مع نظيره الأمريكي إمكانية توقيع اتفاقية دفاعية."], date: "2025-03-01")
        #expect(types(talks, "faisal_bin_farhan", "marco_rubio") == ["talks"])
        let duty = graph(["قدم ولي العهد الأمير محمد بن سلمان واجب العزاء إلى الرئيس الإماراتي محمد بن زايد."], date: "2025-03-01")
        #expect(direction(duty, "mohammed_bin_salman", "mohamed_bin_zayed_al_nahyan", "condolence") == .forward)
        let greetings = graph(["تبادل الرئيس الإيراني مسعود بزشكيان والرئيس التركي رجب طيب أردوغان التهاني بحلول عيد الفطر."], date: "2025-03-01")
        #expect(types(greetings, "masoud_pezeshkian", "recep_tayyip_erdogan") == ["congratulation"])
    }

    /// «كما بعث X برقية مماثلة»: X's cable goes to the addressee of the sentence before's cable.
    @Test func aSimilarCableGoesToTheSameAddressee() {
        let g = graph(["بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية عزاء للمرشد الإيراني علي خامنئي. كما بعث ولي العهد الأمير محمد بن سلمان برقية عزاء ومواساة مماثلة."], date: "2024-05-20")
        #expect(direction(g, "mohammed_bin_salman", "ali_khamenei", "condolence") == .forward)
        // Without «مماثلة», the second cable names no addressee.
        let h = graph(["بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية عزاء للمرشد الإيراني علي خامنئي. كما بعث ولي العهد الأمير محمد بن سلمان برقية عزاء."], date: "2024-05-20")
        #expect(types(h, "mohammed_bin_salman", "ali_khamenei").isEmpty)
    }

    /// «كل على حدة»: the ministers of one group title each met the subject, not each other.
    @Test func eachMetSeparately() {
        let g = graph(["التقى عباس عراقجي في نيويورك كلا من وزراء خارجية قطر والأردن ومصر، كل على حدة."], date: "2024-09-24")
        #expect(types(g, "abbas_araghchi", "ayman_safadi") == ["meeting"])
        #expect(types(g, "abbas_araghchi", "badr_abdelatty") == ["meeting"])
        #expect(types(g, "ayman_safadi", "badr_abdelatty").isEmpty)
        // Together, the same group met each other too.
        let together = graph(["اجتمع وزراء خارجية قطر والأردن ومصر في نيويورك."], date: "2024-09-24")
        #expect(types(together, "ayman_safadi", "badr_abdelatty") == ["meeting"])
    }

    /// Names the press of each side uses: «جيش الاحتلال», «الكيان المؤقت» (Israel), «كتائب القسام»
    /// (Hamas), the adjective «الحوثية» (the Houthis: a condemnation of their attacks targets them,
    /// not the country they attacked).
    @Test func namesEachSidesPressUses() {
        #expect(direction(graph(["شن جيش الاحتلال غارات على جنوب لبنان."]), "IL", "LB", "hostility") == .forward)
        #expect(direction(graph(["أعلنت كتائب القسام استهداف دبابة لجيش الاحتلال في رفح."]), "hamas", "IL", "hostility") == .forward)
        let condemned = graph(["أعربت الإمارات عن إدانتها للهجمات الحوثية على السعودية."])
        #expect(direction(condemned, "AE", "houthis", "hostility") == .forward)
        #expect(types(condemned, "AE", "SA").isEmpty)
    }

    /// Iraqi factions and the PKK are parties of their own: a Turkish strike on the PKK, the
    /// Islamic Resistance in Iraq's drone attack on a US base, sanctions on al-Nujaba — none of
    /// them Iraq's.
    @Test func iraqiFactionsAndThePKK() {
        #expect(direction(graph(["قصفت المقاتلات التركية مواقع لحزب العمال الكردستاني في شمال العراق."]), "TR", "pkk", "hostility") == .forward)
        let drone = graph(["أعلنت المقاومة الإسلامية في العراق استهداف قاعدة أمريكية في سوريا بطائرة مسيرة."], date: "2024-01-28")
        #expect(direction(drone, "islamic_resistance_in_iraq", "US", "hostility") == .forward)
        #expect(drone.events(between: "IQ", "US").isEmpty)
        #expect(direction(graph(["فرضت الولايات المتحدة عقوبات على حركة النجباء."], date: "2024-01-28"), "US", "nujaba", "hostility") == .forward)
    }

    /// A killing told in the words of martyrdom («أعلن حرس الثورة استشهاد X في غارة») is mourned
    /// by its announcer, who is not its agent; nor is the victim's side. A killing told plainly by
    /// another side's body is that body's strike.
    @Test func theAnnouncerOfAMartyrdomIsNotTheKiller() {
        let mourned = graph(["أعلن حرس الثورة الإسلامية استشهاد رئيس المكتب السياسي لحركة حماس إسماعيل هنية في غارة على مقر إقامته في طهران."], date: "2024-07-31")
        #expect(mourned.events.filter { $0.type == "hostility" }.isEmpty)
        let claimed = graph(["أعلن الجيش الإسرائيلي مقتل قيادي في حزب الله بغارة على جنوب لبنان."], date: "2024-10-01")
        #expect(direction(claimed, "IL", "hezbollah", "hostility") == .forward)
    }

    /// The person named right after a kill word is a party of the killing only: a condolence call
    /// about it is not with them, and a condemnation of a killing that names no killer has no
    /// target (a demonym of the condemner's title is not the killer).
    @Test func theVictimOfAKillingIsNoPartyOfTheCallAboutIt() {
        let call = graph(["أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا بالرئيس الإيراني مسعود بزشكيان قدم خلاله التعازي في اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية."], date: "2024-08-01")
        #expect(direction(call, "recep_tayyip_erdogan", "masoud_pezeshkian", "call") == .forward)
        #expect(call.events(between: "recep_tayyip_erdogan", "ismail_haniyeh").isEmpty)
        #expect(call.events(between: "TR", "hamas").isEmpty)
        let killed = graph(["اغتالت إسرائيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران."], date: "2024-07-31")
        #expect(direction(killed, "IL", "ismail_haniyeh", "hostility") == .forward)
        #expect(graph(["أدان وزير الخارجية القطري اغتيال إسماعيل هنية."], date: "2024-07-31").events.isEmpty)
    }

    /// An unnamed envoy received after where the reception was («في مكتبه ببغداد») meets the host
    /// (an ambassador, resident: no visit); a minister received there visits.
    @Test func anUnnamedGuestAfterThePlace() {
        let g = graph(["استقبل وزير الخارجية فؤاد حسين في مكتبه ببغداد السفير البريطاني لدى العراق."], date: "2024-05-10")
        #expect(types(g, "GB", "fuad_hussein") == ["meeting"])
        #expect(g.events(between: "GB", "IQ").filter { $0.type == "visit" }.isEmpty)
        let minister = graph(["استقبل وزير الخارجية فؤاد حسين في مكتبه ببغداد وزير الخارجية البريطاني ديفيد كاميرون."], date: "2024-05-10")
        #expect(direction(minister, "david_cameron", "fuad_hussein", "visit") == .forward)
        // A guest of no country named is no one's.
        #expect(graph(["التقى وزير الخارجية فؤاد حسين في بغداد وفدا من رجال الأعمال."], date: "2024-05-10").events.isEmpty)
    }

    /// Demonyms qualifying one noun together («الطائرات الأمريكية والبريطانية», «العدوان الأمريكي
    /// البريطاني») are one side of the act: both strike, neither is the other's target, and a
    /// condemnation of their act targets both.
    @Test func stackedDemonymsAreOneSide() {
        let g = graph(["قصفت الطائرات الأمريكية والبريطانية مواقع في الحديدة."], date: "2024-01-12")
        #expect(direction(g, "US", "YE", "hostility") == .forward)
        #expect(direction(g, "GB", "YE", "hostility") == .forward)
        #expect(types(g, "US", "GB").isEmpty)
        let condemned = graph(["أدان عبد الملك الحوثي العدوان الأمريكي البريطاني على بلادنا."], date: "2024-01-12")
        #expect(direction(condemned, "abdul_malik_al_houthi", "US", "hostility") == .forward)
        #expect(direction(condemned, "abdul_malik_al_houthi", "GB", "hostility") == .forward)
        #expect(types(condemned, "US", "GB").isEmpty)
    }

    /// Strikes on a city or region of a country are strikes on the country.
    @Test func aStrikeOnACityHitsItsCountry() {
        #expect(direction(graph(["شنت إسرائيل غارات على مخيم جباليا ودير البلح."], date: "2024-01-10"), "IL", "PS", "hostility") == .forward)
        #expect(direction(graph(["قصفت الولايات المتحدة منشآت نطنز وفوردو."], date: "2025-06-22"), "US", "IR", "hostility") == .forward)
    }

    /// «أشاد X بجهود Y», «مشيدا بالدور الذي تقوم به Y»: X praises Y (a cooperative, remote type).
    @Test func praiseOfAnothersRole() {
        let g = graph(["وأشاد الملك عبدالله الثاني بالدور الذي تقوم به سلطنة عمان في المنطقة."], date: "2023-06-12")
        #expect(direction(g, "abdullah_ii", "OM", "praise") == .forward)
        #expect(types(g, "abdullah_ii", "OM") == ["praise"])
        // Efforts of no one named are no praise of anyone.
        #expect(graph(["أشاد الوزير بالجهود المبذولة لتعزيز العلاقات."], date: "2023-06-12").events.isEmpty)
    }

    /// Cancelled, prevented and denied events did not happen.
    @Test func cancelledAndDeniedEventsDoNotCount() {
        let held = graph(["التقى وزير الخارجية الإيراني عباس عراقجي المبعوث الأمريكي ستيف ويتكوف في مسقط."], date: "2025-05-06")
        #expect(types(held, "abbas_araghchi", "steve_witkoff") == ["meeting"])
        let denied = graph(["ونفى المتحدث باسم الخارجية الإيرانية إسماعيل بقائي ما تردد عن عقد لقاء مباشر بين عراقجي وويتكوف."], date: "2025-05-06")
        #expect(denied.events.isEmpty)
        #expect(graph(["نفت إيران أي علاقة لها بالهجوم على القاعدة الأمريكية في الأردن."], date: "2024-01-28").events.isEmpty)
        #expect(graph(["تعذر عقد اللقاء الذي كان مرتقبا بين وزير الخارجية المصري سامح شكري ونظيره التركي."], date: "2023-06-12").events.isEmpty)
    }

    /// A side of its own — a country, or a body the KB seats people at — stands for itself in a
    /// projection: a person's act against the Houthis counts between the person's side and the
    /// Houthis (not their country), and a movement's own act is not also its country's.
    @Test func aBodyWithItsOwnPeopleIsASideOfItsOwn() {
        let g = graph(["اتهم المتحدث باسم التحالف العقيد تركي المالكي الحوثيين بتهريب الأسلحة."], date: "2018-03-01")
        #expect(direction(g, "turki_al_maliki", "houthis", "hostility") == .forward)
        let projected = g.events(between: "saudi_led_coalition", "houthis").filter { !$0.via.isEmpty }
        #expect(projected.map(\.type) == ["hostility"])
        #expect(g.events(between: "saudi_led_coalition", "YE").isEmpty)
        let met = graph(["التقى وزير الخارجية الإيراني عباس عراقجي الأمين العام لحزب الله الشيخ نعيم قاسم في بيروت."], date: "2024-11-20")
        #expect(types(met, "abbas_araghchi", "naim_qassem").contains("meeting"))
        #expect(met.events(between: "IR", "hezbollah").contains { $0.type == "meeting" && !$0.via.isEmpty })
        #expect(met.events(between: "IR", "LB").filter { $0.type == "meeting" }.isEmpty)
        let strike = graph(["أطلق الحوثيون صواريخ على السعودية."], date: "2019-09-14")
        #expect(direction(strike, "houthis", "SA", "hostility") == .forward)
        #expect(strike.events(between: "SA", "YE").isEmpty)
    }

    /// «كما تلقى جلالته اتصالا من …» in a paragraph of its own: the king introduced before calls,
    /// not the guest named last.
    @Test func anHonorificPronounActsForThePersonItStandsFor() {
        let g = graph(["استقبل جلالة الملك عبدالله الثاني اليوم وزير الخارجية الأمريكي ماركو روبيو.\n\nوبحث جلالته والوزير روبيو سبل تعزيز العلاقات.\n\nكما تلقى جلالته اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."])
        #expect(direction(g, "emmanuel_macron", "abdullah_ii", "call") == .forward)
        #expect(types(g, "emmanuel_macron", "marco_rubio").isEmpty)
    }

    /// An official and their own country are one side: condemning sanctions on one's country is
    /// against the one imposing them, not against the country.
    @Test func anOfficialIsNeverAgainstTheirOwnCountry() {
        let g = graph(["أدان وزير الخارجية السوري فيصل المقداد العقوبات الأمريكية المفروضة على سوريا."], date: "2020-12-14")
        #expect(direction(g, "faisal_mekdad", "US", "hostility") == .forward)
        #expect(types(g, "SY", "faisal_mekdad").isEmpty)
    }

    /// The subject's title may hold a ministry and its demonym before the name: that country is
    /// the subject's, and the act condemned is sought after the name.
    @Test func aSpokesmansMinistryIsNotTheTarget() {
        let g = graph(["أدان المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري الاعتداء الإسرائيلي على سوريا."], date: "2024-10-10")
        #expect(direction(g, "majed_al_ansari", "IL", "hostility") == .forward)
        #expect(types(g, "QA", "majed_al_ansari").isEmpty)
    }

    /// Parties joined by «و» to a condemning or striking subject act with it, never against
    /// each other.
    @Test func coSubjectsActTogether() {
        let g = graph(["أدانت الكويت والبحرين الهجوم الإسرائيلي على سوريا.", "نفذت الولايات المتحدة وبريطانيا ضربات على مواقع عسكرية للحوثيين في اليمن."], date: "2024-10-10")
        #expect(direction(g, "KW", "IL", "hostility") == .forward)
        #expect(direction(g, "BH", "IL", "hostility") == .forward)
        #expect(types(g, "BH", "KW").isEmpty)
        #expect(direction(g, "US", "houthis", "hostility") == .forward)
        #expect(direction(g, "GB", "houthis", "hostility") == .forward)
        #expect(types(g, "GB", "US").isEmpty)
    }

    /// What follows an act word is its agent when it is a demonym, or a name with the act's own
    /// object after it; a name alone is the act's object («استهداف الدوحة»), and so is the party
    /// after a relative clause's verb with no pronoun of the act («الهجوم الذي استهدف الدوحة»).
    @Test func theActsObjectIsNotItsAgent() {
        let g = graph(["أدانت البحرين استهداف الدوحة.", "أدانت الكويت الهجوم الذي استهدف الدوحة.",
                       "أدانت الأردن الهجوم الإسرائيلي الذي استهدف الدوحة.", "أدانت ليبيا هجوم إيران على إسرائيل.",
                       "أدانت تونس استهداف الحرس الثوري الإيراني قاعدة العديد في قطر."], date: "2025-09-10")
        #expect(types(g, "BH", "QA").isEmpty)
        #expect(types(g, "KW", "QA").isEmpty)
        #expect(direction(g, "JO", "IL", "hostility") == .forward)
        #expect(direction(g, "IL", "QA", "hostility") == .forward)
        #expect(types(g, "JO", "QA").isEmpty)
        #expect(direction(g, "LY", "IR", "hostility") == .forward)
        #expect(direction(g, "IR", "IL", "hostility") == .forward)
        #expect(direction(g, "TN", "irgc", "hostility") == .forward)
        #expect(types(g, "QA", "TN").isEmpty)
    }

    /// «الاحتلال» alone, «قوات الاحتلال», «طائرات الاحتلال» name Israel; with another demonym the
    /// occupation is that country's. Towns the press names for strikes have their country.
    @Test func occupationNamesAndStruckTowns() {
        let g = graph(["شن الاحتلال غارات على بلدة الخيام.", "قصفت قوات الاحتلال الأمريكي مواقع في الأنبار.",
                       "أطلق حزب الله صواريخ على كريات شمونة.", "استهدفت المقاومة الإسلامية في العراق قاعدة الاحتلال الأمريكي في سوريا."], date: "2024-10-10")
        #expect(direction(g, "IL", "LB", "hostility") == .forward)
        #expect(direction(g, "US", "IQ", "hostility") == .forward)
        #expect(types(g, "IL", "IQ").isEmpty)
        #expect(direction(g, "hezbollah", "IL", "hostility") == .forward)
        #expect(direction(g, "islamic_resistance_in_iraq", "US", "hostility") == .forward)
    }

    /// One subject meeting several titled guests meets each; «وزير» starts with the letter و but
    /// is no conjunction, so the guests are no compound subject meeting each other.
    @Test func titledGuestsOfOneSubjectDoNotMeetEachOther() {
        let g = graph(["التقى الأمير فيصل بن فرحان وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي."], date: "2024-04-28")
        #expect(types(g, "faisal_bin_farhan", "sameh_shoukry") == ["meeting"])
        #expect(types(g, "ayman_safadi", "faisal_bin_farhan") == ["meeting"])
        #expect(types(g, "ayman_safadi", "sameh_shoukry").isEmpty)
        let compound = graph(["اجتمع فيصل بن فرحان وسامح شكري وأيمن الصفدي."], date: "2024-04-28")
        #expect(types(compound, "ayman_safadi", "sameh_shoukry") == ["meeting"])
    }

    /// The agent of a condemned act may be named after «من قبل».
    @Test func aPassiveActsAgentAfterMinQibal() {
        let g = graph(["أدانت الكويت استهداف قاعدة العديد من قبل الحرس الثوري الإيراني."], date: "2025-06-24")
        #expect(direction(g, "KW", "irgc", "hostility") == .forward)
    }

    /// A common word that is a leader's surname stands for the leader where a party stands: right
    /// after another leader's name or an event word («استقبل أردوغان الشرع»), not elsewhere.
    @Test func aCommonWordSurnameInAPartySlot() {
        let g = graph(["استقبل أردوغان الشرع في أنقرة."], date: "2025-02-04")
        #expect(direction(g, "ahmed_al_sharaa", "recep_tayyip_erdogan", "visit") == .forward)
        #expect(!Support.persons("قال إن تطبيق الشرع واجب على الجميع.", date: "2025-02-04").contains("ahmed_al_sharaa"))
    }

    /// Sanctions taken off a party («العقوبات عن») are no hostile act.
    @Test func sanctionsLiftedAreNoHostility() {
        let g = graph(["رفعت الولايات المتحدة العقوبات عن سوريا.", "فرضت بريطانيا عقوبات على إيران."], date: "2025-07-01")
        #expect(types(g, "SY", "US").isEmpty)
        #expect(direction(g, "GB", "IR", "hostility") == .forward)
    }

    /// A warning of a conflict between parties is against neither; a launch's party after «من»
    /// launches; an act retaliated for is not the retaliator's.
    @Test func warningsLaunchesAndRetaliation() {
        let g = graph(["حذر وزير الخارجية الأمريكي من مخاطر اندلاع حرب بين إيران وإسرائيل.",
                       "أعلن الجيش الإسرائيلي رصد إطلاق 50 صاروخا من لبنان باتجاه الجليل الأعلى.",
                       "قصفت إيران قاعدة في الأنبار ردا على اغتيال قاسم سليماني.",
                       "أدانت سوريا اتفاق التطبيع بين الإمارات وإسرائيل."], date: "2020-01-08")
        #expect(!types(g, "IR", "mike_pompeo").contains("hostility"))
        #expect(!types(g, "IL", "mike_pompeo").contains("hostility"))
        #expect(g.nodes.contains { $0.id == "mike_pompeo" })
        #expect(direction(g, "LB", "IL", "hostility") == .forward)
        #expect(direction(g, "IR", "IQ", "hostility") == .forward)
        #expect(types(g, "IQ", "qasem_soleimani").isEmpty)
        // (A deal between parties condemned is no warning of a conflict: against both.)
        #expect(direction(g, "SY", "AE", "hostility") == .forward)
    }

    /// A strike's victims among persons stand in its own clause, and before it only after a kill
    /// word: the sender of condolences and the parties of another clause's call are no victims.
    @Test func bystandersOfAStrikeAreNoVictims() {
        let g = graph(["أدانت الجامعة العربية الاعتداء الإسرائيلي على لبنان، فيما أجرى الأمين العام أحمد أبو الغيط اتصالا برئيس الحكومة اللبنانية نجيب ميقاتي.",
                       "بعث الرئيس الإيراني مسعود بزشكيان برقية تعزية باستشهاد قائد في الغارة الإسرائيلية على الضاحية الجنوبية."], date: "2024-10-10")
        #expect(types(g, "IL", "najib_mikati").isEmpty)
        #expect(types(g, "IL", "ahmed_aboul_gheit").isEmpty)
        #expect(types(g, "IL", "masoud_pezeshkian").isEmpty)
        #expect(types(g, "ahmed_aboul_gheit", "najib_mikati") == ["call"])
    }

    /// Honorifics between the event word and the subject's title («حضرة صاحب السمو») leave the
    /// subject the subject: the act condemned is sought after the name.
    @Test func honorificsBeforeTheSubjectsTitle() {
        let g = graph(["أدان حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد الجابر الصباح الاعتداء الإسرائيلي على دولة قطر."], date: "2025-09-09")
        #expect(direction(g, "mishal_al_ahmad_al_sabah", "IL", "hostility") == .forward)
        #expect(direction(g, "IL", "QA", "hostility") == .forward)
    }

    /// «تعرضت X لهجوم Y»: the subject of an `exposed` verb is the act's target, the act's own
    /// demonym or «من» party its agent.
    @Test func theSubjectOfAnExposedVerbIsTheTarget() {
        let g = graph(["تعرضت الإمارات لهجوم حوثي بطائرات مسيرة.", "تعرضت ناقلة نفط سعودية لهجوم من الحوثيين في البحر الأحمر.",
                       "تعرضت إيران لهجوم إسرائيلي واسع."], date: "2022-01-17")
        #expect(direction(g, "houthis", "AE", "hostility") == .forward)
        #expect(direction(g, "houthis", "SA", "hostility") == .forward)
        #expect(direction(g, "IL", "IR", "hostility") == .forward)
    }

    /// The country after a state body's words is the subject even when it reads as a name
    /// («السعودية» is both the name and the demonym).
    @Test func aMinistrysCountryNamedByItsName() {
        let g = graph(["أدانت وزارة الخارجية السعودية بأشد العبارات الاعتداء الإسرائيلي على سوريا."], date: "2024-10-10")
        #expect(direction(g, "SA", "IL", "hostility") == .forward)
        #expect(types(g, "SA", "SY").isEmpty)
    }

    /// A cue verb in a clause of its own after «فيما» has that clause's persons as its parties.
    @Test func aClauseAfterFimaHasItsOwnParties() {
        let g = graph(["أدان الرئيس جوزاف عون الغارة، فيما أجرى رئيس الحكومة نواف سلام اتصالا بالمبعوثة الأمريكية مورغان أورتاغوس."], date: "2025-06-13")
        #expect(direction(g, "nawaf_salam", "morgan_ortagus", "call") == .forward)
        #expect(types(g, "joseph_aoun", "morgan_ortagus").isEmpty)
    }

    /// A cable «إلى» a country or an organisation goes from its one sender to it.
    @Test func aCableToACountryOrAnOrganisation() {
        let g = graph(["بعث الرئيس الإيراني مسعود بزشكيان برقية تعزية إلى حزب الله.", "بعث أمير قطر برقية تهنئة إلى الرئيس الأمريكي دونالد ترامب."], date: "2025-01-20")
        #expect(direction(g, "masoud_pezeshkian", "hezbollah", "condolence") == .forward)
        #expect(direction(g, "tamim_bin_hamad_al_thani", "donald_trump", "congratulation") == .forward)
        #expect(types(g, "US", "tamim_bin_hamad_al_thani").isEmpty)
    }

    /// The fighters' plural verbs («أعلن X أن مقاتليه استهدفوا …») and «أسقط» strike and intercept as
    /// their other forms do.
    @Test func pluralStrikeVerbsAndTheMasculineInterception() {
        let g = graph(["أعلن حزب الله أن مقاتليه استهدفوا ثكنة للجيش الإسرائيلي.",
                       "أسقط الجيش الأمريكي طائرة مسيرة أطلقها الحوثيون فوق البحر الأحمر."], date: "2024-05-10")
        #expect(direction(g, "hezbollah", "IL", "hostility") == .forward)
        #expect(direction(g, "houthis", "US", "hostility") == .forward)
    }

    /// «العدو» alone and «الطيران المعادي» name the enemy the article has named with the noun,
    /// whichever it is; an article that never says whose enemy means the lexicon's default
    /// (Israel, as Lebanese agency copy does).
    @Test func theEnemyIsTheOneTheArticleNamed() {
        let g = graph(["أعلن حزب الله أن مجاهديه قصفوا مواقع العدو الإسرائيلي في الجليل. وشن العدو غارات على بلدات جنوب لبنان.",
                       "أكد عبد الملك الحوثي أن العدو الأمريكي يستهدف اليمن. وشن العدو غارات على صنعاء.",
                       "وصف الحزب العدو الإسرائيلي بالمجرم. وشن الطيران الحربي المعادي غارة على دمشق."], date: "2024-05-10")
        #expect(direction(g, "IL", "LB", "hostility") == .forward)
        #expect(direction(g, "US", "YE", "hostility") == .forward)
        #expect(direction(g, "IL", "SY", "hostility") == .forward)
        #expect(types(g, "IL", "YE").isEmpty)
        let agency = graph(["شن الطيران الحربي المعادي غارة على بلدة عيترون في جنوب لبنان، ونفذت مسيرة معادية غارة على بلدة الخيام."], date: "2024-10-14")
        #expect(direction(agency, "IL", "LB", "hostility") == .forward)
    }

    /// A statement by the group named before («وقال الحزب في بيان إنه استهدف …») is that
    /// organisation's act.
    @Test func aGroupNounActsForTheOrganisation() {
        let g = graph(["نعى حزب الله أحد عناصره. وقال الحزب في بيان إنه استهدف ثكنة للجيش الإسرائيلي."], date: "2024-05-10")
        #expect(direction(g, "hezbollah", "IL", "hostility") == .forward)
    }

    /// An event word with its parties after «بين» names them, whoever tells of it or condemns it;
    /// every demonym of «بوساطة مصرية قطرية أمريكية» mediates, and a person of a mediating country
    /// is no party. An object's «بين» after a verb («الاتصال تناول العلاقات بين …») names none.
    @Test func thePartiesAfterBetweenAreTheEvents() {
        let g = graph(["أعلن رئيس الوزراء القطري التوصل إلى اتفاق لوقف إطلاق النار في غزة بين إسرائيل وحماس بوساطة مصرية قطرية أمريكية."], date: "2025-01-16")
        #expect(types(g, "IL", "hamas") == ["agreement"])
        for mediator in ["EG", "QA", "US"] { #expect(direction(g, mediator, "hamas", "mediation") == .forward) }
        #expect(types(g, "IL", "mohammed_bin_abdulrahman_al_thani").isEmpty)
        let condemned = graph(["أدانت إيران اتفاق التطبيع بين الإمارات وإسرائيل."], date: "2020-08-14")
        #expect(types(condemned, "AE", "IL").contains("agreement"))
        #expect(types(condemned, "AE", "IR") == ["hostility"])
        let topic = graph(["وأكد وزير الدفاع السعودي الأمير خالد بن سلمان أن الاتصال تناول استعراض العلاقات الدفاعية بين السعودية وإيران."], date: "2025-10-15")
        #expect(topic.nodes.contains { $0.id == "IR" })
        #expect(!types(topic, "IR", "SA").contains("call"))
    }

    /// The masculine «دان» condemns as «أدان» does (but not inside a name: «الجنرال دان كين»), and
    /// «كل من» before the condemners leaves them the subject; a conflict between two countries
    /// («الحرب بين إسرائيل وإيران») is no relation of theirs.
    @Test func condemnersAfterDanAndKullMin() {
        let g = graph(["دان كل من الأردن ولبنان والعراق الهجوم الإسرائيلي على الدوحة."], date: "2025-09-10")
        for c in ["JO", "LB", "IQ"] { #expect(direction(g, c, "IL", "hostility") == .forward) }
        #expect(direction(g, "IL", "QA", "hostility") == .forward)
        let mikati = graph(["دان رئيس الحكومة اللبنانية نجيب ميقاتي الاعتداء الإسرائيلي على بلدة الناقورة."], date: "2024-05-22")
        #expect(direction(mikati, "najib_mikati", "IL", "hostility") == .forward)
        let war = graph(["استمرت الحرب بين إسرائيل وإيران اثني عشر يوما، وبحث الجانبان العلاقات بين السعودية وإيران."], date: "2025-07-01")
        #expect(!types(war, "IL", "IR").contains("relations"))
        #expect(types(war, "IR", "SA").contains("relations"))
    }

    /// An event called off by its party («ألغى X زيارته», with X's title and name between) and a
    /// possibility («قد يلتقي») did not happen; one put off right before its word neither.
    @Test func cancelledAndPossibleEventsDidNotHappen() {
        let g = graph(["ألغى وزير الخارجية الأردني أيمن الصفدي زيارته المقررة إلى طهران.",
                       "قال الرئيس ترامب إنه قد يلتقي الرئيس الإيراني مسعود بزشكيان.",
                       "وأرجأ الرئيس محمود عباس زيارته إلى القاهرة."], date: "2024-02-05")
        #expect(g.nodes.contains { $0.id == "ayman_safadi" } && g.nodes.contains { $0.id == "masoud_pezeshkian" })
        #expect(types(g, "ayman_safadi", "IR").isEmpty)
        #expect(types(g, "donald_trump", "masoud_pezeshkian").isEmpty)
        #expect(types(g, "mahmoud_abbas", "EG").isEmpty)
        // (Said without «ألغى», the visit happened.)
        #expect(direction(graph(["زار وزير الخارجية الأردني أيمن الصفدي طهران."], date: "2024-02-05"), "ayman_safadi", "IR", "visit") == .forward)
    }

    /// A deal referred to — a phase of it, its breach, none reached — is no agreement made; one
    /// signed is («وقعت مصر وفرنسا عقدا»), and «وقعت» of an event that occurred is not.
    @Test func aDealReferredToIsNoAgreement() {
        let g = graph(["أكد الرئيس السيسي للرئيس ترامب في اتصال هاتفي ضرورة المضي في المرحلة الثانية من الاتفاق.",
                       "وقعت مصر وفرنسا عقدا لشراء 30 طائرة من طراز رافال.",
                       "حمّلت جامعة الدول العربية إسرائيل مسؤولية المجزرة التي وقعت في المستشفى."], date: "2025-02-08")
        #expect(types(g, "abdel_fattah_el_sisi", "donald_trump") == ["call"])
        #expect(types(g, "EG", "FR") == ["agreement"])
        #expect(!types(g, "IL", "arab_league").contains("agreement"))
    }

    /// Strikes and raids on a town, a house or a camp hit the country the place is in (lexicon
    /// `sites`, singular forms too), past the agent's own demonym («قوات الاحتلال الإسرائيلي مدينة
    /// جنين»); a trip «إلى طهران في زيارة رسمية» visits the country named before «في».
    @Test func strikesOnTownsAndTripsBeforeTheVisitNoun() {
        let g = graph(["استهدف العدو الإسرائيلي بلدة كفرشوبا في جنوب لبنان.", "اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين."], date: "2024-10-14")
        #expect(direction(g, "IL", "LB", "hostility") == .forward)
        #expect(direction(g, "IL", "PS", "hostility") == .forward)
        let trip = graph(["توجه وزير الخارجية العماني بدر البوسعيدي إلى طهران في زيارة رسمية."], date: "2025-04-05")
        #expect(direction(trip, "badr_albusaidi", "IR", "visit") == .forward)
        let raid = graph(["استنكرت وزارة الخارجية الأردنية اقتحام وزير الأمن القومي الإسرائيلي إيتمار بن غفير المسجد الأقصى."], date: "2024-01-25")
        #expect(direction(raid, "JO", "itamar_ben_gvir", "hostility") == .forward)
        #expect(raid.nodes.allSatisfy { $0.id != "esmaeil_khatib" })
    }

    /// Every sender listed after «من» with «و» or a comma sends to the one who received; none is
    /// paired with another.
    @Test func everySenderListedAfterMin() {
        let g = graph(["تلقى الرئيس جوزاف عون برقيات تهنئة من ملك الأردن عبدالله الثاني وأمير قطر الشيخ تميم بن حمد آل ثاني والرئيس المصري عبد الفتاح السيسي."], date: "2025-01-10")
        for sender in ["abdullah_ii", "tamim_bin_hamad_al_thani", "abdel_fattah_el_sisi"] {
            #expect(direction(g, sender, "joseph_aoun", "congratulation") == .forward)
        }
        #expect(types(g, "abdullah_ii", "tamim_bin_hamad_al_thani").isEmpty)
    }

    /// A strike verb right after another strike's target goes on telling of that strike: the
    /// target city's country is not its agent; after a demonym the verb has its own subject.
    @Test func aStrikeVerbAfterAnotherStrikesTarget() {
        let g = graph(["شنت إسرائيل غارة على العاصمة القطرية الدوحة استهدفت قادة من حركة حماس."], date: "2025-09-09")
        #expect(direction(g, "IL", "QA", "hostility") == .forward)
        #expect(types(g, "QA", "hamas").isEmpty)
        let planes = graph(["أطلقت الدفاعات الجوية السورية صواريخ على طائرات إسرائيلية أغارت على أهداف قرب تدمر."], date: "2024-05-10")
        // (Syria fires at the planes, the planes raid Syria: both ways.)
        #expect(direction(planes, "SY", "IL", "hostility") == .both)
    }

    /// «أبرق X إلى …» sends a cable to the one after «إلى»; «متوعدا» threatens the party after it;
    /// «تصنيف» a group is against it; «رعت» sponsors talks between the parties after «بين».
    @Test func cablesThreatsDesignationsAndSponsors() {
        let g = graph(["أبرق الرئيس الإيراني مسعود بزشكيان إلى حزب الله معزيا.",
                       "قال قائد الحرس الثوري اللواء حسين سلامي متوعدا الكيان الصهيوني برد قاس.",
                       "أعادت الولايات المتحدة تصنيف جماعة الحوثيين منظمة إرهابية أجنبية.",
                       "رعت السعودية والولايات المتحدة محادثات بين الجيش السوداني وقوات الدعم السريع."], date: "2024-10-02")
        #expect(direction(g, "masoud_pezeshkian", "hezbollah", "message") == .forward)
        #expect(direction(g, "hossein_salami", "IL", "hostility") == .forward)
        #expect(direction(g, "US", "houthis", "hostility") == .forward)
        #expect(direction(g, "SA", "rsf", "mediation") == .forward)
        #expect(direction(g, "US", "rsf", "mediation") == .forward)
    }

    /// A site right after a strike verb («استُهدفت السفارة الأمريكية في بغداد», the passive the
    /// script does not mark) is what was hit: its demonym is no agent.
    @Test func aSiteAfterTheStrikeVerbIsWhatWasHit() {
        let passive = graph(["استهدفت السفارة الأمريكية في بغداد بعدة قذائف هاون، دون أن تتبنى أي جهة الهجوم."], date: "2024-02-02")
        #expect(passive.nodes.contains { $0.id == "US" })
        #expect(passive.events.filter { $0.type == "hostility" }.isEmpty)
        let active = graph(["استهدفت إسرائيل السفارة الإيرانية في دمشق."], date: "2024-04-01")
        #expect(direction(active, "IL", "IR", "hostility") == .forward)
    }

    /// The dead joined by «و» to the one mourned («باستشهاد الرئيس X ووزير الخارجية Y») are
    /// mourned too, no party of the call.
    @Test func everyoneMournedIsNoParty() {
        let g = graph(["أجرى رئيس الوزراء العراقي محمد شياع السوداني اتصالا هاتفيا بالرئيس الإيراني بالإنابة محمد مخبر، قدم خلاله التعازي باستشهاد الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان."], date: "2024-05-19")
        #expect(direction(g, "mohammed_shia_al_sudani", "mohammad_mokhber", "call") == .forward)
        #expect(types(g, "hossein_amir_abdollahian", "mohammed_shia_al_sudani").isEmpty)
        #expect(types(g, "ebrahim_raisi", "mohammed_shia_al_sudani").isEmpty)
    }

    /// A participle after a comma («، متوعدة …») goes on with the clause before: the party after it
    /// is its object, and the future of a verb before the comma does not reach it. A finite verb
    /// after the comma stays in the future («سيزور …، ويلتقي …»).
    @Test func aParticipleAfterACommaIsTheSubjectsOwnAct() {
        let threat = graph(["أكدت إيران أنها سترد على أي اعتداء، متوعدة إسرائيل برد قاس."], date: "2024-01-15")
        #expect(direction(threat, "IR", "IL", "hostility") == .forward)
        let future = graph(["سيزور وزير الخارجية القطري طهران، ويلتقي نظيره الإيراني."], date: "2024-01-15")
        #expect(future.nodes.contains { $0.id == "mohammed_bin_abdulrahman_al_thani" })
        #expect(future.events.isEmpty)
    }

    /// The object of an earlier hostile word of the sentence does not act in a later one: in
    /// «هدد X حزب الله، متوعدا بإعادة لبنان …» Hezbollah is threatened, not threatening Lebanon.
    @Test func theObjectOfAnEarlierWordIsNoAgentOfALaterOne() {
        let g = graph(["هدد وزير الدفاع الإسرائيلي يوآف غالانت حزب الله، متوعدا بإعادة لبنان إلى العصر الحجري."], date: "2024-04-02")
        #expect(direction(g, "yoav_gallant", "hezbollah", "hostility") == .forward)
        #expect(direction(g, "yoav_gallant", "LB", "hostility") == .forward)
        #expect(types(g, "LB", "hezbollah").isEmpty)
    }

    /// A listing on a sanctions or terror list lists the party right before the phrase, else the
    /// one after it.
    @Test func aListingListsThePartyBeforeElseAfter() {
        let before = graph(["أدرجت وزارة الخزانة الأمريكية قياديين في حزب الله على قائمة العقوبات."], date: "2024-04-02")
        #expect(direction(before, "US", "hezbollah", "hostility") == .forward)
        let after = graph(["أدرجت وزارة الخزانة الأمريكية أربعة أشخاص على قائمة العقوبات بتهمة تمويل الحرس الثوري."], date: "2024-04-02")
        #expect(direction(after, "US", "irgc", "hostility") == .forward)
    }

    /// Arms supplied by a verb («زودت X Y بطائرات») or delivered («الدفعة الأولى من مقاتلات …
    /// الفرنسية») are arms deals.
    @Test func armsSuppliedAndDelivered() {
        let supplied = graph(["زودت تركيا حكومة الوفاق الليبية بطائرات مسيرة."], date: "2020-05-01")
        #expect(direction(supplied, "TR", "LY", "arms_deal") == .forward)
        let delivered = graph(["تسلمت القوات الجوية المصرية الدفعة الأولى من مقاتلات رافال الفرنسية."], date: "2023-05-01")
        #expect(types(delivered, "EG", "FR") == ["arms_deal"])
    }

    /// A ministry's long name («وزارة الخارجية والمغتربين السورية») still names its country; the
    /// RSF's acts are not Sudan's; «الأراضي المحتلة» is Israel.
    @Test func ministriesTheRSFAndTheOccupiedLands() {
        let ministry = graph(["أدانت وزارة الخارجية والمغتربين السورية القصف الإسرائيلي على ريف دمشق."], date: "2025-03-01")
        #expect(direction(ministry, "SY", "IL", "hostility") != nil)
        #expect(direction(ministry, "IL", "SY", "hostility") != nil)
        let rsf = graph(["أدانت مصر هجمات قوات الدعم السريع على مدينة الفاشر."], date: "2024-01-12")
        #expect(direction(rsf, "EG", "rsf", "hostility") == .forward)
        #expect(types(rsf, "EG", "SD").isEmpty)
        let army = graph(["هاجمت قوات الدعم السريع مواقع الجيش السوداني في الفاشر."], date: "2024-06-01")
        #expect(direction(army, "rsf", "SD", "hostility") == .forward)
        let lands = graph(["استهدف الحرس الثوري الأراضي المحتلة بالصواريخ."], date: "2024-10-01")
        #expect(direction(lands, "irgc", "IL", "hostility") == .forward)
    }

    /// Hopes, wishes, intentions, an act forsworn and a future visit's purpose («سيزور X دمشق
    /// الأسبوع المقبل للقاء Y», the subject between) are no events; nor are the interaction words
    /// inside a body's name («تحالف دعم الشرعية», «لجنة الاتصال»).
    @Test func hopesIntentionsAndNamesAreNoEvents() {
        let texts = [
            "يرغب الرئيس الأمريكي دونالد ترامب في لقاء المرشد الإيراني علي خامنئي.",
            "ينوي وزير الخارجية التركي هاكان فيدان زيارة دمشق.",
            "تعهد الحوثيون بعدم استهداف السفن الأمريكية.",
            "سيزور وزير الخارجية التركي هاكان فيدان دمشق الأسبوع المقبل للقاء الرئيس أحمد الشرع.",
            "أعلن تحالف دعم الشرعية في اليمن اعتراض طائرة مسيرة.",
        ]
        for text in texts {
            let g = graph([text], date: "2025-06-25")
            #expect(g.nodes.count >= 2, "\(text)")
            #expect(g.events.isEmpty, "\(text)")
        }
    }

    /// A clause of its own after «، فيما / بينما / في حين» that names a party has its own events:
    /// nobody of one clause meets anybody of the other.
    @Test func aWhileClauseHasItsOwnEvents() {
        let g = graph(["استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة، فيما كان الرئيس التركي رجب طيب أردوغان يزور الدوحة."], date: "2023-06-05")
        #expect(direction(g, "antony_blinken", "abdel_fattah_el_sisi", "visit") == .forward)
        #expect(direction(g, "recep_tayyip_erdogan", "QA", "visit") == .forward)
        #expect(types(g, "QA", "abdel_fattah_el_sisi").isEmpty)
        let whereas = graph(["ألقى الرئيس التركي رجب طيب أردوغان كلمة في أنقرة، في حين التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس الإسرائيلي إسحاق هرتسوغ."], date: "2023-10-31")
        #expect(types(whereas, "antony_blinken", "isaac_herzog").contains("meeting"))
        #expect(types(whereas, "antony_blinken", "recep_tayyip_erdogan").isEmpty)
        let intelligence = graph(["نفى الرئيس الروسي فلاديمير بوتين أي تدخل لروسيا في الانتخابات، فيما اتهمت الاستخبارات الأمريكية موسكو بالتدخل."], date: "2017-01-10")
        #expect(direction(intelligence, "US", "RU", "hostility") == .forward)
    }

    /// The sides of an agreement reached («توصل X وY إلى اتفاق») are its parties, not whoever
    /// welcomes or announces it.
    @Test func theSidesOfAnAgreementReached() {
        let welcomed = graph(["رحبت السعودية بتوصل إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار في غزة."], date: "2025-01-16")
        #expect(types(welcomed, "IL", "hamas") == ["agreement"])
        #expect(types(welcomed, "IL", "SA").isEmpty)
        #expect(types(welcomed, "SA", "hamas").isEmpty)
        let announced = graph(["أعلن رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني توصل إسرائيل وحركة حماس إلى اتفاق لوقف إطلاق النار."], date: "2025-01-15")
        #expect(types(announced, "IL", "hamas") == ["agreement"])
    }

    /// A round of talks is talks, not a tour; ships seized with the subject between the verb and
    /// «على», sunk or hijacked are attacked; dual launch verbs launch.
    @Test func roundsOfTalksSeizuresAndDualLaunches() {
        let round = graph(["عقد وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف جولة ثانية من المحادثات في روما."], date: "2025-04-19")
        #expect(types(round, "abbas_araghchi", "steve_witkoff") == ["talks"])
        let seized = graph(["استولت جماعة الحوثي على سفينة إسرائيلية في البحر الأحمر."], date: "2024-02-20")
        #expect(direction(seized, "houthis", "IL", "hostility") == .forward)
        let sunk = graph(["أغرق الحوثيون سفينة بريطانية في البحر الأحمر."], date: "2024-02-20")
        #expect(direction(sunk, "houthis", "GB", "hostility") == .forward)
        let dual = graph(["أطلقتا الولايات المتحدة وبريطانيا صواريخ على مواقع الحوثيين."], date: "2024-02-20")
        #expect(direction(dual, "US", "houthis", "hostility") == .forward)
    }

    /// The holders one group title names act together with the cue verb: each meets the partner
    /// after «مع», not each other.
    @Test func aGroupTitleActsTogether() {
        let g = graph(["أجرى وزيرا خارجية مصر والأردن محادثات مع نظيرهما الإيراني عباس عراقجي."], date: "2025-01-20")
        #expect(direction(g, "ayman_safadi", "abbas_araghchi", "talks") == .forward)
        #expect(direction(g, "badr_abdelatty", "abbas_araghchi", "talks") == .forward)
        #expect(types(g, "ayman_safadi", "badr_abdelatty").isEmpty)
    }

    /// The setting of a meeting that did not happen («لم يلتق X Y خلال القمة») makes no meeting
    /// either; when it happened, it does.
    @Test func theSettingOfAnEventThatDidNotHappen() {
        let not = graph(["لم يلتق الرئيس الروسي فلاديمير بوتين ولي العهد السعودي خلال القمة."], date: "2024-10-23")
        #expect(not.nodes.contains { $0.id == "vladimir_putin" })
        #expect(not.events.isEmpty)
        let met = graph(["التقى الرئيس الروسي فلاديمير بوتين ولي العهد السعودي خلال القمة."], date: "2024-10-23")
        #expect(types(met, "mohammed_bin_salman", "vladimir_putin") == ["meeting"])
    }

    /// Counts between a strike and its object's party do not push the party out of reach
    /// («قصفت الطائرات الأمريكية 36 هدفا في 13 موقعا للحوثيين»).
    @Test func countsInAStrikesObject() {
        let g = graph(["قصفت الطائرات الأمريكية 36 هدفا في 13 موقعا للحوثيين."], date: "2024-02-03")
        #expect(direction(g, "US", "houthis", "hostility") == .forward)
    }

    /// Those present after a welcome word are present to the end of its clause: after «، ثم
    /// التقى» the guest meets the person named next.
    @Test func aWelcomeEndsWithItsClause() {
        let g = graph(["وصل الرئيس الأمريكي جو بايدن إلى جدة، وكان في استقباله أمير منطقة مكة المكرمة الأمير خالد الفيصل، ثم التقى ولي العهد الأمير محمد بن سلمان."], date: "2022-07-16")
        #expect(direction(g, "joe_biden", "mohammed_bin_salman", "meeting") == .forward)
    }

    /// Talks attended by exactly two persons of two countries, with no one else acting, are
    /// theirs («بدأت المحادثات بمشاركة X ونظيره Y»); a summit of an organisation is attended.
    @Test func twoPersonsPresentAtTalksTalk() {
        let g = graph(["بدأت المحادثات في الرياض بمشاركة وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي ماركو روبيو."], date: "2025-02-18")
        #expect(types(g, "marco_rubio", "sergey_lavrov") == ["talks"])
        let summit = graph(["انطلقت قمة مجلس التعاون في الرياض بمشاركة أمير قطر الشيخ تميم بن حمد وملك البحرين حمد بن عيسى."], date: "2024-12-01")
        #expect(types(summit, "hamad_bin_isa_al_khalifa", "tamim_bin_hamad_al_thani").isEmpty)
    }

    /// A call made in a statement or a phone call («دعت X وY في بيان مشترك Z إلى …») is a joint
    /// statement or a call made; the countries before the event word are its parties, not those
    /// named after it («مناورات مشتركة في المحيط الهندي», «قرب الحدود الأرمينية»).
    @Test func aCallMadeInAStatementAndThePartiesBeforeTheWord() {
        let statement = graph(["دعت مصر وقطر في بيان مشترك إسرائيل إلى وقف الحرب على غزة."], date: "2024-03-01")
        #expect(types(statement, "EG", "QA") == ["joint_statement"])
        #expect(types(statement, "EG", "IL").isEmpty)
        let call = graph(["دعا الرئيس المصري عبد الفتاح السيسي في اتصال هاتفي مع أمير قطر الشيخ تميم بن حمد إلى وقف إطلاق النار."], date: "2024-03-01")
        #expect(types(call, "abdel_fattah_el_sisi", "tamim_bin_hamad_al_thani") == ["call"])
        let drill = graph(["أجرت تركيا وأذربيجان مناورات مشتركة قرب الحدود الأرمينية."], date: "2024-03-01")
        #expect(types(drill, "AZ", "TR") == ["military_exercise"])
        #expect(types(drill, "AM", "TR").isEmpty)
    }

    /// The Houthis as their own press and their adjective's accusative name them («قوات صنعاء»,
    /// «هدفا حوثيا»).
    @Test func houthiNamesOfTheirOwnPress() {
        let target = graph(["قصفت المقاتلات الأمريكية هدفا حوثيا في الحديدة."], date: "2024-02-03")
        #expect(direction(target, "US", "houthis", "hostility") == .forward)
        let forces = graph(["أعلنت قوات صنعاء استهداف سفينة أمريكية في خليج عدن."], date: "2024-02-03")
        #expect(direction(forces, "houthis", "US", "hostility") == .forward)
    }

    /// The side of a person ordering a strike is its agent («أمر X بشن ضربات على …»).
    @Test func aStrikeOrderedIsTheOrderersSides() {
        let g = graph(["أمر الرئيس الأمريكي جو بايدن بشن ضربات على مواقع للحرس الثوري في سوريا."], date: "2024-02-02")
        #expect(direction(g, "US", "irgc", "hostility") == .forward)
    }

    /// Taking part in an act («شاركت مقاتلات أردنية في اعتراض صواريخ إيرانية») is no attendance;
    /// taking part in a summit is.
    @Test func takingPartInAnActIsNoAttendance() {
        let act = graph(["شاركت مقاتلات أردنية في اعتراض صواريخ إيرانية."], date: "2024-04-14")
        #expect(act.nodes.contains { $0.id == "JO" })
        #expect(types(act, "IR", "JO").isEmpty)
        let summit = graph(["شارك الملك عبدالله الثاني في القمة العربية في الرياض."], date: "2024-04-14")
        #expect(direction(summit, "abdullah_ii", "SA", "attendance") == .forward)
    }

    /// A warplane shot down was the attacker's («أسقطت الدفاعات الجوية السورية مقاتلة إسرائيلية»).
    @Test func aWarplaneShotDown() {
        let g = graph(["أسقطت الدفاعات الجوية السورية مقاتلة إسرائيلية من طراز إف 16."], date: "2018-02-10")
        #expect(direction(g, "IL", "SY", "hostility") == .forward)
    }

    /// Who a joint statement calls on («دعا قادة A وB وC إيران إلى …») is not among its signers.
    @Test func whoAStatementCallsOnIsNoSigner() {
        let g = graph(["وفي بيان مشترك، دعا قادة فرنسا وألمانيا وبريطانيا إيران إلى الامتناع عن أي هجوم."], date: "2024-08-12")
        #expect(types(g, "DE", "FR") == ["joint_statement"])
        #expect(types(g, "FR", "IR").isEmpty)
    }
    /// The portfolio between an envoy's title and name («المبعوث الأممي لسوريا X») is his post, not
    /// where he goes: «زار» takes him to the country named after his name.
    @Test func anEnvoysPortfolioIsNoDestination() {
        let g = graph(["زار المبعوث الأمريكي الخاص لليمن تيم ليندركينغ مسقط وبحث مع وزير الخارجية العماني مسار السلام."], date: "2023-04-10")
        #expect(direction(g, "tim_lenderking", "OM", "visit") == .forward)
        #expect(types(g, "US", "YE").isEmpty)
    }
    /// «، كما» with a verb and its own subject opens a clause of its own: two senders of one
    /// sentence are no pair («بعث X برقية إلى Z، كما أجرى Y اتصالا بـZ»); a «كما» that goes on with
    /// the event before («، كما كان في استقباله …») does not cut it.
    @Test func aSecondSenderAfterKamaIsAClauseOfItsOwn() {
        let g = graph(["بعث الرئيس المصري عبد الفتاح السيسي برقية تهنئة إلى الرئيس الجزائري عبد المجيد تبون، كما أجرى العاهل الأردني الملك عبدالله الثاني اتصالا هاتفيا بالرئيس تبون مهنئا."], date: "2024-09-10")
        #expect(direction(g, "abdel_fattah_el_sisi", "abdelmadjid_tebboune", "congratulation") == .forward)
        #expect(direction(g, "abdullah_ii", "abdelmadjid_tebboune", "call") == .forward)
        #expect(types(g, "abdel_fattah_el_sisi", "abdullah_ii").isEmpty)
    }

    /// A cable to the pronoun after a cable of the sentence before goes to that cable's addressee
    /// («هنأ X Z …، كما هنأه Y»: Y → Z).
    @Test func aCableToThePronounGoesToTheAddresseeBefore() {
        let g = graph(["هنأ الرئيس الفرنسي إيمانويل ماكرون الرئيس الإيراني مسعود بزشكيان بفوزه في الانتخابات، كما هنأه الرئيس الروسي فلاديمير بوتين في اتصال هاتفي."], date: "2024-07-07")
        #expect(direction(g, "vladimir_putin", "masoud_pezeshkian", "congratulation") == .forward)
        #expect(types(g, "emmanuel_macron", "vladimir_putin").isEmpty)
    }

    /// Support stated with «وقوف … مع» or «تأييد», an accusing participle after a comma, and a
    /// purchase of arms are typed.
    @Test func moreWordingsOfSupportAccusationAndArms() {
        let stand = graph(["جددت دولة الكويت وقوفها التام مع المملكة الأردنية الهاشمية."], date: "2024-04-14")
        #expect(direction(stand, "KW", "JO", "support") == .forward)
        let backing = graph(["أعربت سلطنة عمان عن تأييدها للخطوات التي اتخذتها جمهورية مصر العربية."], date: "2024-04-14")
        #expect(direction(backing, "OM", "EG", "support") == .forward)
        let accusing = graph(["قال وزير الخارجية الإسرائيلي يسرائيل كاتس إن الهجوم لن يمر، متهما إيران بتسليح الميليشيات."], date: "2024-04-14")
        #expect(direction(accusing, "israel_katz", "IR", "hostility") == .forward)
        let purchase = graph(["وقعت مصر وفرنسا عقدا لشراء مقاتلات رافال إضافية."], date: "2021-05-04")
        #expect(types(purchase, "EG", "FR").contains("arms_deal"))
    }

    /// Credentials received («تسلم X أوراق اعتماد سفير A وسفيرة B») and presented («قدم سفير A
    /// أوراق اعتماده إلى X»): each ambassador's country meets X, coming to X; the ambassadors'
    /// countries are no pair.
    @Test func credentialsReceivedAndPresented() {
        let received = graph(["تسلم الرئيس التونسي قيس سعيد أوراق اعتماد سفير البرازيل وسفيرة الهند المعتمدين لدى تونس."], date: "2024-02-12")
        #expect(direction(received, "BR", "kais_saied", "meeting") == .forward)
        #expect(direction(received, "IN", "kais_saied", "meeting") == .forward)
        #expect(types(received, "BR", "IN").isEmpty)
        let presented = graph(["قدم سفير المملكة المغربية أوراق اعتماده إلى الرئيس الإندونيسي جوكو ويدودو."], date: "2023-08-01")
        #expect(direction(presented, "MA", "joko_widodo", "meeting") == .forward)
    }

    /// An unnamed official after commas and a place («استقبل X، في مكتبه بالرياض، سفير اليابان»;
    /// «استقبل X وزير الخارجية، سفير …») is still the guest.
    @Test func anUnnamedGuestAfterCommas() {
        let place = graph(["التقى وزير الخارجية الأمير فيصل بن فرحان، في الرياض، نائب وزير الخارجية الصيني."], date: "2024-03-04")
        #expect(!types(place, "CN", "faisal_bin_farhan").isEmpty)
        let chain = graph(["استقبل الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، سفير جمهورية البرازيل لدى الدولة."], date: "2024-03-04")
        #expect(!types(chain, "BR", "abdullah_bin_zayed_al_nahyan").isEmpty)
    }
    /// A movement its people are seated at is a side of its own, apart from its country: the
    /// country's officials act on it («حمّل رئيس الوزراء اليمني الحوثيين …»), its own people do not.
    @Test func aMovementIsASideApartFromItsCountry() {
        let g = graph(["حمل رئيس الوزراء اليمني معين عبد الملك الحوثيين مسؤولية تعثر مفاوضات تبادل الأسرى."], date: "2021-06-10")
        #expect(direction(g, "maeen_abdulmalik", "houthis", "hostility") == .forward)
        let own = graph(["استقبل عبد الملك الحوثي وفدا من جماعة الحوثي."], date: "2021-06-10")
        #expect(types(own, "abdul_malik_al_houthi", "houthis").isEmpty)
    }
    /// The bare «الكوري» is South Korea («الرئيس الكوري»); «أرض الصومال» is no part of Somalia;
    /// «الرئيسان» with demonyms names both presidents.
    @Test func koreaSomalilandAndTwoPresidents() {
        let korea = graph(["وصل الرئيس الكوري إلى الرياض في زيارة رسمية."], date: "2023-10-22")
        #expect(direction(korea, "yoon_suk_yeol", "SA", "visit") == .forward)
        let somaliland = graph(["وقعت إثيوبيا وإقليم أرض الصومال اتفاقية للتعاون البحري."], date: "2024-01-01")
        #expect(types(somaliland, "ET", "somaliland") == ["agreement"])
        #expect(types(somaliland, "ET", "SO").isEmpty)
        let two = graph(["وقع الرئيسان الفرنسي والمصري اتفاقية شراكة استراتيجية."], date: "2024-10-05")
        #expect(types(two, "abdel_fattah_el_sisi", "emmanuel_macron").contains("agreement"))
    }

    /// Relations established, reported after «أن» («أعلن X أن A وB اتفقتا على إقامة علاقات»), and
    /// downgraded («خفض مستوى علاقاتها الدبلوماسية مع Y»).
    @Test func relationsEstablishedAndDowngraded() {
        let made = graph(["أعلن البيت الأبيض أن المغرب وإسرائيل اتفقتا على إقامة علاقات دبلوماسية."], date: "2020-12-10")
        #expect(types(made, "IL", "MA").contains("agreement"))
        #expect(types(made, "MA", "white_house").isEmpty)
        let cut = graph(["قررت دولة الكويت خفض مستوى علاقاتها الدبلوماسية مع إيران."], date: "2016-01-05")
        #expect(direction(cut, "KW", "IR", "hostility") == .forward)
    }
    /// A visit word in a relative clause after a person («… Y، الذي يزور الدولة حاليا», «… Y، الذي
    /// يقوم بزيارة إلى المملكة») makes Y the visitor of the other persons, whoever is named first
    /// and whatever place Y's title names.
    @Test func aVisitorMarkedByARelativeClause() {
        let named = graph(["استقبل رئيس مجلس الأمة الكويتي أحمد السعدون نظيره الأردني أحمد الصفدي الذي يقوم بزيارة رسمية إلى البلاد."], date: "2023-05-20")
        #expect(direction(named, "ahmad_al_sadoun", "ahmad_al_safadi", "visit") == .backward)
        let titled = graph(["التقى وزير الخارجية السعودي الأمير فيصل بن فرحان، معالي ماريا مالمر ستينرغارد وزيرة الخارجية في مملكة السويد، التي تزور المملكة حاليا."], date: "2024-05-10")
        #expect(direction(titled, "faisal_bin_farhan", "maria_malmer_stenergard", "visit") == .backward)
    }
    /// Praise with the subject between the verb and the praised («أشاد X بدور Y», «ثمن X جهود Y»)
    /// and thanks («أعرب X عن شكره لـY»): X → Y.
    @Test func praiseAcrossItsSubjectAndThanks() {
        let role = graph(["أشاد الرئيس التونسي قيس سعيد بدور الجزائر في دعم الاستقرار في ليبيا."], date: "2023-06-01")
        #expect(direction(role, "kais_saied", "DZ", "praise") == .forward)
        let thanks = graph(["أعرب رئيس الوزراء اللبناني نجيب ميقاتي عن امتنانه لدولة قطر على دعمها للجيش."], date: "2023-06-01")
        #expect(direction(thanks, "najib_mikati", "QA", "praise") == .forward)
    }
    /// A relative clause's subject past a state body's words acts («الاعتداء الذي تنفذه القوات
    /// الروسية على …»), and a military operation is a strike against the party after «ضد»; a
    /// joint one attacks nobody, and one called off is no event.
    @Test func armedForcesInARelativeClauseAndMilitaryOperations() {
        let relative = graph(["استنكرت الأردن الاعتداء الذي تنفذه القوات الروسية على أوكرانيا."], date: "2022-03-01")
        #expect(direction(relative, "RU", "UA", "hostility") == .forward)
        #expect(direction(relative, "JO", "RU", "hostility") == .forward)
        let operation = graph(["أعلنت الحكومة العراقية بدء عملية عسكرية ضد تنظيم داعش في صحراء الأنبار."], date: "2024-06-22")
        #expect(direction(operation, "IQ", "isis", "hostility") == .forward)
        let joint = graph(["أشادت البحرين بالعملية العسكرية المشتركة بين الأردن والعراق."], date: "2024-06-22")
        #expect(!joint.events.isEmpty)
        #expect(!joint.events.contains { $0.type == "hostility" })
        let halted = graph(["دعت عمان إلى وقف العمليات العسكرية ضد اليمن."], date: "2024-06-22")
        #expect(!halted.events.contains { $0.type == "hostility" })
    }
    /// A person acts for the side of an office held that day (`KnowledgeBase.sideTerms`): the EU's
    /// foreign-policy chief for the EU, a GCC secretary-general for the GCC and later, as his
    /// country's foreign minister, for his country; the UN's envoy to a country for the UN.
    @Test func aPersonActsForTheSideOfTheOfficeHeldThatDay() {
        func projected(_ g: RelationGraph, _ a: String, _ b: String) -> Bool { g.events(between: a, b).contains { !$0.via.isEmpty } }
        let eu = graph(["التقى الممثل الأعلى للاتحاد الأوروبي جوزيب بوريل وزير الخارجية الإيراني محمد جواد ظريف في طهران."], date: "2021-05-01")
        #expect(projected(eu, "IR", "eu"))
        #expect(eu.events(between: "ES", "IR").isEmpty)
        let gcc = graph(["استقبل الأمين العام لمجلس التعاون عبداللطيف الزياني سفير الصين لدى المملكة."], date: "2017-05-01")
        #expect(projected(gcc, "CN", "gcc"))
        #expect(gcc.events(between: "BH", "CN").isEmpty)
        let later = graph(["استقبل وزير الخارجية البحريني عبداللطيف الزياني سفير الصين."], date: "2022-05-01")
        #expect(projected(later, "BH", "CN"))
        #expect(later.events(between: "CN", "gcc").isEmpty)
        let envoy = graph(["استقبل الرئيس عبدربه منصور هادي المبعوث الأممي إسماعيل ولد شيخ أحمد."], date: "2017-05-01")
        #expect(projected(envoy, "YE", "un"))
        #expect(envoy.events(between: "MR", "YE").isEmpty)
    }
    /// A statement's stance in a participle clause («…، مستنكرا العدوان …») is its subject's: the
    /// sentence's first party, not an object named between; with no party before the comma, the
    /// condemnation has no agent. «تقدم X بالتعزية إلى Y» is X's condolence.
    @Test func participleClausesAndNominalCondolence() {
        let meeting = graph(["عقد رئيس الوزراء الأردني بشر الخصاونة اجتماعا طارئا لحكومته، مستنكرا العدوان الإسرائيلي على سوريا."], date: "2022-06-10")
        #expect(direction(meeting, "JO", "IL", "hostility") == .forward)
        #expect(direction(meeting, "bisher_al_khasawneh", "IL", "hostility") == .forward)
        let guest = graph(["استقبل أمير قطر وزير الخارجية الإيراني، مستنكرا العدوان الإسرائيلي على لبنان."], date: "2024-10-02")
        #expect(direction(guest, "QA", "IL", "hostility") == .forward)
        #expect(types(guest, "IR", "IL").isEmpty)
        #expect(types(guest, "abbas_araghchi", "IL").isEmpty)
        let unknown = graph(["أعلنت الحكومة الحداد ثلاثة أيام، منددة بالعدوان الإسرائيلي على لبنان."], date: "2024-10-03")
        #expect(direction(unknown, "IL", "LB", "hostility") == .forward)
        #expect(unknown.events.filter { $0.via.isEmpty }.count == 1)
        let cable = graph(["تقدم أمير الكويت بالتعزية إلى الرئيس التركي في ضحايا الزلزال."], date: "2023-02-10")
        #expect(direction(cable, "nawaf_al_ahmad_al_sabah", "recep_tayyip_erdogan", "condolence") == .forward)
    }

    /// The axis press's names: «القوات المسلحة اليمنية» claiming an attack is the Houthis, «فلسطين
    /// المحتلة» is Israel's territory, «آية الله رئيسي» is Raisi; an Iraqi faction's attack is not
    /// Iraq's; a relative clause's subject may start with a state body's word («قوات الدعم السريع»).
    @Test func namesOfTheAxisPressAndFactions() {
        let claim = graph(["أعلنت القوات المسلحة اليمنية استهداف سفينة أمريكية في البحر الأحمر."], date: "2024-02-01")
        #expect(direction(claim, "houthis", "US", "hostility") == .forward)
        #expect(types(claim, "YE", "US").isEmpty)
        let faction = graph(["استهدفت كتائب حزب الله قاعدة أمريكية في سوريا."], date: "2024-02-02")
        #expect(direction(faction, "kataib_hezbollah", "US", "hostility") == .forward)
        #expect(faction.events(between: "IQ", "US").isEmpty)
        let occupied = graph(["أطلق حزب الله صواريخ على شمال فلسطين المحتلة."], date: "2024-02-03")
        #expect(direction(occupied, "hezbollah", "IL", "hostility") == .forward)
        #expect(types(occupied, "hezbollah", "PS").isEmpty)
        let raisi = graph(["استقبل آية الله رئيسي وزير الخارجية العماني في طهران."], date: "2023-05-01")
        #expect(direction(raisi, "badr_albusaidi", "ebrahim_raisi", "visit") == .forward)
        let body = graph(["أدانت الأردن الهجوم الذي شنته قوات الدعم السريع على مدينة الفاشر."], date: "2025-04-14")
        #expect(direction(body, "JO", "rsf", "hostility") == .forward)
    }
    /// A meeting's venue may stand past a capital word («في العاصمة الإيرانية طهران», «بالعاصمة
    /// أنقرة»): the other side is visiting. A demonym after a visit names no destination («في ظل
    /// التصعيد الإسرائيلي» is the context of a visit to a city the KB lacks).
    @Test func venuesPastACapitalWordAndNoDemonymDestination() {
        let tehran = graph(["التقى وزير الخارجية الكويتي نظيره الإيراني في العاصمة الإيرانية طهران."], date: "2023-08-02")
        #expect(direction(tehran, "salem_abdullah_al_jaber_al_sabah", "hossein_amir_abdollahian", "visit") == .forward)
        let ankara = graph(["بحث وزير الخارجية القطري مع نظيره التركي، بالعاصمة أنقرة، العلاقات الثنائية."], date: "2023-08-03")
        #expect(direction(ankara, "mohammed_bin_abdulrahman_al_thani", "hakan_fidan", "visit") == .forward)
        let context = graph(["وصل رئيس مجلس الشورى الإيراني محمد باقر قاليباف إلى جنيف في زيارة تأتي في ظل التصعيد الإسرائيلي."], date: "2024-10-06")
        #expect(context.events(between: "mohammad_bagher_ghalibaf", "IL").isEmpty)
        #expect(context.events(between: "IL", "IR").isEmpty)
    }
}
