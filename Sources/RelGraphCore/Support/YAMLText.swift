/// Text made safe for a YAML file written by hand (the `kb suggest` stubs): scalars are
/// double-quoted with every control, line break and non-character escaped, and comments have every
/// line break Unicode knows (LF, CR, NEL, LS, PS, VT, FF) and every other control replaced by a
/// space, so that no text taken from the input can end a comment or a scalar and add YAML of its own.
enum YAMLText {
    /// A double-quoted YAML scalar holding exactly `s`: a JSON string (which YAML's double-quoted
    /// style reads the same), with DEL, the C1 controls (NEL among them, a YAML line break), the BOM
    /// and the non-characters that JSON leaves raw escaped too.
    static func quoted(_ s: String) -> String {
        var json = ""
        JSONValue.escape(s, into: &json)
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = ""
        for u in json.unicodeScalars {
            if needsEscape(u) { out += "\\u" + hex(u.value, 4) } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    /// `s` on one comment line: line breaks and controls become spaces.
    static func comment(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { needsEscape($0) || $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    /// C0 and C1 controls, DEL, the Unicode line and paragraph separators, BOM and non-characters.
    static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF
    }

    private static func hex(_ v: UInt32, _ width: Int) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
