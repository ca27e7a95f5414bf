import Testing
@testable import RelGraphCore

@Suite struct NormalizerTests {
    @Test func removesDiacriticsAndTatweel() {
        #expect(ArabicNormalizer.normalize("وَزِيرُ الدِّفَاعِ") == "وزير الدفاع")
        #expect(ArabicNormalizer.normalize("الأمـــيركي") == "الاميركي")
    }

    @Test func foldsAlefHamzaAndMaqsura() {
        #expect(ArabicNormalizer.normalize("أإآٱ") == "اااا")
        #expect(ArabicNormalizer.normalize("مصطفى") == "مصطفي")
        #expect(ArabicNormalizer.normalize("مؤتمر هيئة") == "موتمر هييه")
    }

    @Test func taMarbutaPolicyFoldsToHa() {
        #expect(ArabicNormalizer.normalize("السعودية") == ArabicNormalizer.normalize("السعوديه"))
        #expect(ArabicNormalizer.normalize("وزارة") == "وزاره")
    }

    @Test func persianLettersAndDigits() {
        #expect(ArabicNormalizer.normalize("پزشکیان") == "بزشكيان")
        #expect(ArabicNormalizer.normalize("٢٠٢٠ ۱۴") == "2020 14")
    }

    @Test func punctuationAndLatin() {
        #expect(ArabicNormalizer.normalize("«نعم»، لا؟ ٪؛") == "\"نعم\", لا? %;")
        #expect(ArabicNormalizer.normalize("Pete HEGSETH") == "pete hegseth")
    }

    @Test func presentationFormsAndInvisibles() {
        // U+FEFB is the lam-alef ligature; U+200F is a right-to-left mark.
        #expect(ArabicNormalizer.normalize("\u{FEFB}\u{200F}") == "لا")
    }
}
