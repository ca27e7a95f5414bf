import Testing
@testable import RelGraphCore

/// Each test is one linking phenomenon, on sentences written for the test.
@Suite struct LinkerTests {
    @Test func titleWithDemonymResolvesByDate() {
        let text = "وصل وزير الدفاع الأمريكي إلى الرياض"
        #expect(Support.persons(text, date: "2024-04-14") == ["lloyd_austin"])
        #expect(Support.persons(text, date: "2025-07-10") == ["pete_hegseth"])
        #expect(Support.persons("استقبل وزير الخارجية الأميركي الوفد", date: "2020-10-21") == ["mike_pompeo"])
    }

    @Test func titleWithCliticsAndFeminineDemonym() {
        #expect(Support.persons("اتصل ولي العهد السعودي بالرئيس الإيراني", date: "2025-07-10") == ["mohammed_bin_salman", "masoud_pezeshkian"])
        #expect(Support.persons("تلقى اتصالا من رئيس هيئة الأركان الإيرانية", date: "2025-07-10") == ["abdolrahim_mousavi"])
        #expect(Support.persons("تلقى اتصالا من رئيس هيئة الأركان الإيرانية", date: "2024-01-10") == ["mohammad_bagheri"])
    }

    @Test func renamedOfficeTitleOnlyFromItsDate() {
        #expect(Support.persons("قال وزير الحرب الأمريكي إن", date: "2025-10-01") == ["pete_hegseth"])
        let before = Support.mentions("قال وزير الحرب الأمريكي إن", date: "2025-03-01")
        #expect(!before.contains { $0.entityKind == .person })
    }

    @Test func titleFollowedByNameIsApposition() {
        let ms = Support.mentions("وأجرى وزير الدفاع القطري، الشيخ سعود بن عبدالرحمن آل ثاني، اتصالا", date: "2025-07-10")
        let title = ms.first { $0.kind == .title }
        #expect(title?.entity == "saud_bin_abdulrahman_al_thani")
        #expect(title?.resolution == .apposition)
    }

    @Test func nameConfirmsTitleOutsideItsTerm() {
        // On 2019-01-01 the US defense secretary was Mattis, but the text names Austin: the name decides.
        let ms = Support.mentions("وزير الدفاع الأمريكي لويد أوستن", date: "2019-01-01")
        #expect(ms.filter { $0.entityKind == .person }.compactMap(\.entity) == ["lloyd_austin", "lloyd_austin"])
    }

    @Test func counterpartTakesTheOfficeOfThePersonBefore() {
        #expect(Support.persons("بحث وزير الدفاع السعودي مع نظيره الأمريكي التعاون", date: "2025-07-10") == ["khalid_bin_salman", "pete_hegseth"])
        #expect(Support.persons("التقى فيصل بن فرحان نظيره الأمريكي", date: "2020-10-21") == ["faisal_bin_farhan", "mike_pompeo"])
    }

    @Test func partialNameLinksToThePersonNamedBefore() {
        let text = "استقبل الأمير محمد بن سلمان الوفد. وأكد بن سلمان أهمية التعاون"
        let ms = Support.mentions(text).filter { $0.entityKind == .person }
        #expect(ms.map(\.entity) == ["mohammed_bin_salman", "mohammed_bin_salman"])
        #expect(ms.last?.resolution == .coref)
        #expect(Support.persons("قال هيغسيث إن واشنطن ملتزمة") == ["pete_hegseth"])
    }

    @Test func ambiguousPartialsStayUnlinked() {
        // «بن سلمان» alone could be MBS or KBS; a bare first name is never a pattern.
        #expect(Support.persons("أكد بن سلمان أهمية التعاون").isEmpty)
        #expect(Support.persons("قال خالد إن الاجتماع كان مثمرا").isEmpty)
    }

    @Test func similarButDifferentNamesAreNotLinked() {
        #expect(Support.persons("التقى خالد سلمان بالوفد").isEmpty)
        #expect(Support.persons("استقبل الأمير محمد بن سلمان الوفد ثم التقى فيصل بن سلمان بالسفير") == ["mohammed_bin_salman"])
    }

    @Test func coordinatedDemonymsGiveOneHolderEach() {
        #expect(Support.persons("وزيري الدفاع السعودي والقطري يناقشان التعاون", date: "2025-07-10")
                == ["khalid_bin_salman", "saud_bin_abdulrahman_al_thani"])
    }

    @Test func bareDualNamesTheTwoHoldersLastMentioned() {
        let text = "اتصل وزير الدفاع السعودي بوزير الدفاع الأمريكي. وناقش وزيرا الدفاع الأمن"
        #expect(Set(Support.persons(text, date: "2025-07-10").suffix(2)) == ["khalid_bin_salman", "pete_hegseth"])
    }

    @Test func bareTitleUsesTheHolderNamedLast() {
        let text = "زار الأمير خالد بن سلمان واشنطن. وأعرب وزير الدفاع عن تقديره"
        #expect(Support.persons(text, date: "2025-07-10") == ["khalid_bin_salman", "khalid_bin_salman"])
    }

    @Test func demonymsCapitalsAndCountryNames() {
        let ms = Support.mentions("أكد المسؤولون السعوديون في الرياض والإمارات وواشنطن")
        let countries = ms.filter { $0.entityKind == .country }
        #expect(countries.compactMap(\.entity) == ["SA", "SA", "AE", "US"])
        #expect(countries.map(\.resolution) == [.demonym, .capital, .country, .capital])
    }

    @Test func contextualNameNeedsTheCountryInTheArticle() {
        #expect(Support.mentions("أكدت المملكة موقفها").isEmpty)
        let ms = Support.mentions("أكدت السعودية أن المملكة ملتزمة")
        #expect(ms.compactMap(\.entity) == ["SA", "SA"])
    }

    @Test func unknownTitledPersonIsReportedNotInvented() {
        let ms = Support.mentions("استقبل الوزير السفير الياباني لدى الرياض", date: "2025-07-10")
        let ambassador = ms.first { $0.office == "ambassador" }
        #expect(ambassador?.resolution == .unresolved)
        #expect(ambassador?.country == "JP")
    }

    @Test func offsetsCoverTheSurface() {
        let text = "تلقى وزير الدفاع السعودي، الأمير خالد بن سلمان، اتصالا"
        let scalars = Array(text.unicodeScalars)
        for m in Support.mentions(text) {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.surface)
        }
    }
}

@Suite struct LinkerRuleTests {
    @Test func formerHolderIsNotTheCurrentOne() {
        #expect(Support.persons("انتقد وزير الخارجية الأمريكي السابق القرار", date: "2026-01-01").isEmpty)
        #expect(Support.persons("انتقد وزير الدفاع الأمريكي السابق لويد أوستن القرار", date: "2026-01-01") == ["lloyd_austin", "lloyd_austin"])
    }

    @Test func deputyCrownPrinceIsNotTheCrownPrince() {
        #expect(Support.persons("استقبل ولي ولي العهد السعودي الوفد", date: "2016-05-01") == ["mohammed_bin_salman"])
        #expect(Support.persons("استقبل ولي العهد السعودي الوفد", date: "2016-05-01") == ["mohammed_bin_nayef"])
    }

    @Test func counterpartUsesTheHighestRankedOffice() {
        // In 2019 MBS was crown prince and defense minister: his counterpart is the UAE crown prince.
        #expect(Support.persons("هاتف الأمير محمد بن سلمان نظيره الإماراتي", date: "2019-10-01")
                == ["mohammed_bin_salman", "mohamed_bin_zayed_al_nahyan"])
    }

    @Test func demonymStemsThatStartLikeTheArticle() {
        // «ألماني» begins with the letters of «ال»: every inflection must still match.
        for form in ["الألماني", "الألمانية", "ألمانيون", "الألمانيين"] {
            #expect(Support.mentions("قال المسؤول \(form)").contains { $0.entity == "DE" }, "\(form)")
        }
    }

    @Test func pairWordsNameTheLastPair() {
        let ms = Support.mentions("اتصل وزير الدفاع السعودي بنظيره الأمريكي. واستعرض الطرفان التعاون.", date: "2025-07-10")
        let pair = ms.filter { $0.surface == "الطرفان" }
        #expect(Set(pair.compactMap(\.entity)) == ["khalid_bin_salman", "pete_hegseth"])
        // After a list of three persons, «الجانبين» does not say which two.
        let list = Support.mentions("التقى خالد بن سلمان بماركو روبيو وبيت هيغسيث. وأكد الجانبين أهمية التعاون.")
        #expect(list.first { $0.surface == "الجانبين" }?.resolution == .unresolved)
    }

    @Test func uniqueSurnameLinksOutOfOffice() {
        #expect(Support.persons("قال بومبيو في مقابلة إن الاتفاق كان خطأ", date: "2025-07-10") == ["mike_pompeo"])
    }

    /// Every word class is a bit of its own (two classes sharing one would read each other's words).
    @Test func wordClassesAreDistinctBits() {
        let all: [WordClass] = [.stop, .nameWord, .givenName, .subordinate, .deceased, .namedAfter, .titleWord, .countryPair, .capitalCity,
                                .killed, .bareMinister, .familyArticle, .titleReference, .institution, .officialGroup, .speechVerb,
                                .complementizer, .function, .commonWord, .honorificPronoun, .enemyNoun, .enemyAdjective, .groupNoun, .organisationShort, .definiteLookingVerb]
        #expect(Set(all.map(\.rawValue)).count == all.count)
        #expect(all.allSatisfy { $0.rawValue.nonzeroBitCount == 1 })
    }
}
