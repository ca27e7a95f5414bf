import Foundation

/// The one Arabic normaliser used everywhere: article text, knowledge-base patterns, CLI arguments.
///
/// It maps each Unicode scalar independently (so offsets into the original text stay computable
/// token by token) and applies, in order:
/// - drops Arabic diacritics (harakat U+064B–U+065F, superscript alef U+0670, Quranic marks
///   U+0610–U+061A and U+06D6–U+06ED), tatweel U+0640, and invisible format characters
///   (ZWJ/ZWNJ, bidi marks and isolates, BOM);
/// - alef forms أ إ آ ٱ → ا; alef maqsura ى → ي; hamza carriers ؤ → و, ئ → ي;
/// - **ta marbuta policy**: ة → ه (so «وزارة» and «وزاره» are one key);
/// - Persian/Urdu letters the press uses in names: پ → ب, چ → ج, ژ → ز, ڤ → ف, ک → ك, ی → ي, گ → ك;
/// - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) by compatibility decomposition
///   (so the lam-alef ligature becomes ل + ا);
/// - Arabic-Indic and Persian digits → ASCII digits;
/// - punctuation: ، → `,`, ؛ → `;`, ؟ → `?`, ٪ → `%`, ٫ → `.`, ٬ → `,`, «»“”„″ → `"`, ‘’′ → `'`,
///   en/em dashes → `-`;
/// - Latin letters → lower case.
public enum ArabicNormalizer {
    /// Normalises a whole string.
    public static func normalize(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { appendFolded(s, to: &out) }
        return String(out)
    }

    /// Appends the normalised form of one scalar (zero, one or more scalars).
    @inline(__always)
    public static func appendFolded(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 0x20)!) } else { out.append(s) }
            return
        }
        if let mapped = fold(v) {
            if mapped != 0 { out.append(Unicode.Scalar(mapped)!) }
            return
        }
        if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) {
            for d in String(s).decomposedStringWithCompatibilityMapping.unicodeScalars where d != s {
                if let m = fold(d.value) { if m != 0 { out.append(Unicode.Scalar(m)!) } } else { out.append(d) }
            }
            return
        }
        if v < 0x250, let lower = String(s).lowercased().unicodeScalars.first, String(s).lowercased().unicodeScalars.count == 1 {
            out.append(lower)
            return
        }
        out.append(s)
    }

    /// `appendFolded(_:to:)` writing UTF-8 bytes (the tokeniser's key buffer); the common cases
    /// (ASCII, Arabic letters and marks) avoid building strings.
    @inline(__always)
    static func appendFolded(_ s: Unicode.Scalar, toUTF8 out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 {
            out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            return
        }
        if v >= 0x0600 && v <= 0x06FF {
            // The Arabic block from a table: drop, or two UTF-8 bytes, or (digits) one.
            let m = arabicBlock[Int(v - 0x0600)]
            if m == 0 { return }
            if m < 0x80 { out.append(UInt8(m)); return }
            out.append(UInt8(0xC0 | (m >> 6)))
            out.append(UInt8(0x80 | (m & 0x3F)))
            return
        }
        if let mapped = fold(v) {
            if mapped != 0 { ScalarClass.appendUTF8(mapped, to: &out) }
            return
        }
        if v < 0x250 || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) {
            var view = String.UnicodeScalarView()
            appendFolded(s, to: &view)
            out.append(contentsOf: String(view).utf8)
            return
        }
        ScalarClass.appendUTF8(v, to: &out)
    }

    /// `fold` over U+0600–U+06FF: the scalar value to write (the scalar itself when kept), 0 to drop.
    static let arabicBlock: [UInt32] = (UInt32(0x0600)...0x06FF).map { fold($0) ?? $0 }

    /// Returns the folded scalar value, 0 to drop the scalar, or nil to keep it unchanged.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640: return 0
        case 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD: return 0
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649, 0x06CC, 0x0626: return 0x064A
        case 0x0629: return 0x0647
        case 0x0624: return 0x0648
        case 0x067E: return 0x0628
        case 0x0686: return 0x062C
        case 0x0698: return 0x0632
        case 0x06A4: return 0x0641
        case 0x06A9, 0x06AF: return 0x0643
        case 0x0660...0x0669: return v - 0x0660 + 0x30
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30
        case 0x060C, 0x066C: return 0x2C
        case 0x061B: return 0x3B
        case 0x061F: return 0x3F
        case 0x066A: return 0x25
        case 0x066B: return 0x2E
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x2033: return 0x22
        case 0x2018, 0x2019, 0x2032: return 0x27
        case 0x2013, 0x2014: return 0x2D
        default: return nil
        }
    }

    /// True for scalars that are dropped by normalisation inside a word (diacritics, tatweel, format
    /// characters): the tokeniser keeps them inside tokens.
    @inline(__always)
    public static func isIgnorable(_ v: UInt32) -> Bool { fold(v) == 0 }
}
