/// A JSON value for deterministic output: object keys are always written sorted, numbers with a
/// fixed format (integers as integers, other values with up to 6 decimals, trailing zeros removed),
/// strings escaped per RFC 8259 with non-ASCII kept as UTF-8.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// Compact JSON on one line.
    public func compact() -> String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Pretty JSON: nested containers on their own lines, but objects inside arrays on one line
    /// each (diff-friendly: one node or edge per line).
    public func pretty() -> String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        out += "\n"
        return out
    }

    func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .string(let s): JSONValue.escape(s, into: &out)
        case .number(let d): out += JSONValue.format(d)
        case .int(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard let indent, !items.isEmpty else {
                out += "["
                for (i, v) in items.enumerated() { if i > 0 { out += indent == nil ? "," : ", " }; v.write(into: &out, indent: nil, level: 0) }
                out += "]"
                return
            }
            out += "[\n"
            for (i, v) in items.enumerated() {
                out += String(repeating: indent, count: level + 1)
                if case .object = v { v.write(into: &out, indent: nil, level: 0) } else { v.write(into: &out, indent: indent, level: level + 1) }
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: indent, count: level) + "]"
        case .object(let dict):
            let keys = dict.keys.sorted()
            guard let indent, !keys.isEmpty else {
                out += "{"
                for (i, k) in keys.enumerated() {
                    if i > 0 { out += indent == nil ? "," : ", " }
                    JSONValue.escape(k, into: &out)
                    out += ":"
                    dict[k]!.write(into: &out, indent: nil, level: 0)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, k) in keys.enumerated() {
                out += String(repeating: indent, count: level + 1)
                JSONValue.escape(k, into: &out)
                out += ": "
                dict[k]!.write(into: &out, indent: indent, level: level + 1)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            out += String(repeating: indent, count: level) + "}"
        }
    }

    /// Fixed number format: integral values without a fraction, others rounded to 6 decimals with
    /// trailing zeros removed (`NumberText`; huge values in shortest form, never an overflowing
    /// integer conversion). Non-finite values are written as `null`.
    public static func format(_ d: Double) -> String {
        NumberText.trimmed(d, decimals: 6) ?? "null"
    }

    static func escape(_ s: String, into out: inout String) {
        // Fast path: nothing to escape (no quote, backslash, control or line/paragraph separator).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += "\""
            out += s
            out += "\""
            return
        }
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
