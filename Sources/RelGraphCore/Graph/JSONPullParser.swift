import Foundation

/// A JSON pull parser over bytes read in chunks: the caller walks objects and arrays member by
/// member (`nextKey`, `nextElement`) and reads small values whole (`value()`), so a large document
/// is never held at once — only the current chunk and the token being read. Syntax errors throw
/// `SnapshotError.malformed` with `file:line:column` (column in bytes) and what was expected.
struct JSONPullParser {
    /// How deeply `value()` may nest arrays and objects.
    static let maxDepth = 512

    let file: String
    private let read: (UnsafeMutableRawBufferPointer) throws -> Int
    private var buf: [UInt8]
    /// Next byte to parse; `buf[pos..<end]` is read but not parsed yet.
    private var pos = 0
    private var end = 0
    /// Offset in the document of `buf[0]`.
    private var base = 0
    private var atEOF = false
    /// Line of `pos` and document offset of that line's first byte.
    private(set) var line = 1
    private var lineStart = 0

    /// `read` fills the buffer it is given and returns the byte count, 0 at the end of the input.
    init(file: String, chunkSize: Int = 1 << 20, read: @escaping (UnsafeMutableRawBufferPointer) throws -> Int) {
        self.file = file
        self.read = read
        self.buf = [UInt8](repeating: 0, count: max(16, chunkSize))
    }

    /// A parser over bytes in memory (in chunks of a snapshot writer's size, as a file would be read).
    init(file: String, data: Data) {
        var offset = data.startIndex
        self.init(file: file, chunkSize: min(data.count + 16, SnapshotWriter.defaultChunkSize)) { buffer in
            let n = min(buffer.count, data.endIndex - offset)
            data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: offset..<offset + n)
            offset += n
            return n
        }
    }

    // MARK: Structure

    /// True when the next value is an object (after white space).
    mutating func atObject() throws -> Bool { try peek() == UInt8(ascii: "{") }

    /// True when the next value is an array (after white space).
    mutating func atArray() throws -> Bool { try peek() == UInt8(ascii: "[") }

    /// Consumes the `{` or `[` that `atObject()` or `atArray()` found.
    mutating func enter() { pos += 1 }

    /// In an object after `{`: the next member's key, positioned on its value; nil after the
    /// closing `}`. `first` is true until the first key has been read.
    mutating func nextKey(_ first: inout Bool) throws -> String? {
        guard let c = try peek() else { throw syntax("an unterminated object") }
        if c == UInt8(ascii: "}") { pos += 1; return nil }
        if !first {
            guard c == UInt8(ascii: ",") else { throw syntax("expected ',' or '}' after an object member, found \(describe(c))") }
            pos += 1
        }
        guard let q = try peek(), q == UInt8(ascii: "\"") else { throw syntax("expected a quoted key, found \(try describeNext())") }
        let key = try string()
        guard let colon = try peek(), colon == UInt8(ascii: ":") else { throw syntax("expected ':' after key \"\(key)\", found \(try describeNext())") }
        pos += 1
        first = false
        return key
    }

    /// In an array after `[`: true when another element follows (positioned on it), false after
    /// the closing `]`.
    mutating func nextElement(_ first: inout Bool) throws -> Bool {
        guard let c = try peek() else { throw syntax("an unterminated array") }
        if c == UInt8(ascii: "]") { pos += 1; return false }
        if !first {
            guard c == UInt8(ascii: ",") else { throw syntax("expected ',' or ']' after an array element, found \(describe(c))") }
            pos += 1
        }
        first = false
        _ = try peek()
        return true
    }

    /// Checks that only white space is left.
    mutating func finish() throws {
        if let c = try peek() { throw syntax("unexpected \(describe(c)) after the end of the document") }
    }

    // MARK: Values

    /// The next value, whole (for the small values inside one node, edge, event or article).
    /// Integers that fit an `Int` are `.int`, other numbers `.number`.
    mutating func value(depth: Int = 0) throws -> JSONValue {
        guard depth < Self.maxDepth else { throw syntax("arrays and objects nested more than \(Self.maxDepth) deep") }
        guard let c = try peek() else { throw syntax("expected a value, found the end of the file") }
        switch c {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"):
            pos += 1
            var o: [String: JSONValue] = [:]
            var first = true
            while let k = try nextKey(&first) { o[k] = try value(depth: depth + 1) }
            return .object(o)
        case UInt8(ascii: "["):
            pos += 1
            var a: [JSONValue] = []
            var first = true
            while try nextElement(&first) { a.append(try value(depth: depth + 1)) }
            return .array(a)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw syntax("expected a value, found \(describe(c))")
        }
    }

    /// A string starting on its opening quote.
    private mutating func string() throws -> String {
        let startLine = line, startColumn = column
        // Find the closing quote (skipping escaped characters), reading on when the chunk ends.
        var i = pos + 1
        while true {
            let found: Bool = buf.withUnsafeBufferPointer { b in
                while i < end {
                    let c = b[i]
                    if c == UInt8(ascii: "\"") { return true }
                    i += c == UInt8(ascii: "\\") ? 2 : 1
                }
                return false
            }
            if found { break }
            let offset = i - pos
            guard try more() else { throw syntax("an unterminated string", line: startLine, column: startColumn) }
            i = pos + offset
        }
        var j = pos
        let s = buf.withUnsafeBufferPointer { FlatJSON.string(UnsafeBufferPointer(rebasing: $0[0...i]), &j) }
        guard let s else { throw syntax(invalidString(from: pos, to: i), line: startLine, column: startColumn) }
        pos = j
        return s
    }

    /// Why the string in `buf[from...to]` (quotes included) does not decode.
    private func invalidString(from: Int, to: Int) -> String {
        var i = from + 1
        while i < to {
            let c = buf[i]
            if c < 0x20 { return "a raw control character (byte 0x\(String(c, radix: 16))) in a string; write it escaped, as \\n or \\u00XX" }
            if c == UInt8(ascii: "\\") {
                let e = buf[i + 1]
                if !"\"\\/bfnrtu".utf8.contains(e) { return "an invalid escape \\\(Character(Unicode.Scalar(e))) in a string" }
                if e == UInt8(ascii: "u") { return "an invalid \\u escape in a string (four hex digits; surrogates in pairs)" }
                i += 2
            } else {
                i += 1
            }
        }
        return "invalid UTF-8 in a string"
    }

    private mutating func number() throws -> JSONValue {
        let startLine = line, startColumn = column
        func isNumberByte(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
        }
        var i = pos
        while true {
            while i < end, isNumberByte(buf[i]) { i += 1 }
            if i < end { break }
            let offset = i - pos
            guard try more() else { break }
            i = pos + offset
        }
        let token = buf[pos..<i]
        pos = i
        guard let integral = Self.numberShape(token) else {
            throw syntax("an invalid number \(String(decoding: token, as: UTF8.self))", line: startLine, column: startColumn)
        }
        if integral, token.count <= 18 {
            var v = 0
            for c in token where c != UInt8(ascii: "-") { v = v * 10 + Int(c - 0x30) }
            return .int(token.first == UInt8(ascii: "-") ? -v : v)
        }
        let d = Double(String(decoding: token, as: UTF8.self)) ?? .nan
        if integral, let v = Int(exactly: d) { return .int(v) }
        return .number(d)
    }

    /// Whether `t` is a JSON number (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`): nil if
    /// not, else true when it has neither fraction nor exponent.
    static func numberShape(_ t: ArraySlice<UInt8>) -> Bool? {
        var i = t.startIndex
        func digits() -> Int {
            let s = i
            while i < t.endIndex, t[i] >= 0x30, t[i] <= 0x39 { i += 1 }
            return i - s
        }
        if i < t.endIndex, t[i] == UInt8(ascii: "-") { i += 1 }
        let first = i
        let n = digits()
        guard n > 0, n == 1 || t[first] != UInt8(ascii: "0") else { return nil }
        var integral = true
        if i < t.endIndex, t[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return nil }
            integral = false
        }
        if i < t.endIndex, t[i] == UInt8(ascii: "e") || t[i] == UInt8(ascii: "E") {
            i += 1
            if i < t.endIndex, t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return nil }
            integral = false
        }
        return i == t.endIndex ? integral : nil
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        while end - pos < n, try more() {}
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: n)
        guard end - pos >= n, buf[pos..<pos + n].elementsEqual(bytes) else {
            throw syntax("expected a value, found \(describe(buf[pos]))")
        }
        pos += n
    }

    // MARK: Bytes

    /// The next byte after white space, nil at the end of the input.
    private mutating func peek() throws -> UInt8? {
        while true {
            while pos < end {
                let c = buf[pos]
                if c == 0x0A {
                    line += 1
                    lineStart = base + pos + 1
                } else if !(c == 0x20 || c == 0x09 || c == 0x0D) {
                    return c
                }
                pos += 1
            }
            guard try more() else { return nil }
        }
    }

    /// Reads the next chunk after `buf[pos..<end]`, which moves to the front of the buffer (the
    /// buffer grows when a token is longer than half of it). False at the end of the input.
    private mutating func more() throws -> Bool {
        if atEOF { return false }
        if pos > 0 {
            buf.withUnsafeMutableBytes { b in
                if end > pos { b.baseAddress!.copyMemory(from: b.baseAddress! + pos, byteCount: end - pos) }
            }
            base += pos
            end -= pos
            pos = 0
        }
        if end * 2 > buf.count { buf.append(contentsOf: repeatElement(0, count: buf.count)) }
        let n = try buf.withUnsafeMutableBytes { b in try read(UnsafeMutableRawBufferPointer(rebasing: b[end...])) }
        if n == 0 { atEOF = true; return false }
        end += n
        return true
    }

    /// 1-based column (in bytes) of `pos`.
    var column: Int { base + pos - lineStart + 1 }

    private mutating func describeNext() throws -> String { try peek().map(describe) ?? "the end of the file" }

    private func describe(_ c: UInt8) -> String {
        c >= 0x20 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)))'" : "byte 0x\(String(c, radix: 16))"
    }

    func syntax(_ what: String, line: Int? = nil, column: Int? = nil) -> SnapshotError {
        .malformed(file: "\(file):\(line ?? self.line):\(column ?? self.column)", message: "not valid JSON (\(what))")
    }
}
