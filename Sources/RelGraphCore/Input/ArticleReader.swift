import Foundation

/// Reads articles from `.txt` files (optional front matter), `.jsonl` corpora and directories of
/// them. Problems with one file or record become diagnostics; the rest is still read.
///
/// `.txt`: the file name without extension is the id. Optional front matter:
/// ```
/// ---
/// date: 2024-04-14
/// title: …
/// id: …
/// url: …
/// outlet: …
/// ---
/// ```
/// `.jsonl`: one JSON object per line with `text` (required) and `id`, `date`, `title`, `url`,
/// `outlet` (optional; a missing id becomes `<file>#<line>`; a date may be `YYYY-MM-DD` or start with it).
///
/// Date precedence: front matter / record date, then the first date written in the text, then
/// `asOf`. A placeholder such as «[أدخل التاريخ هنا]» is reported.
public struct ArticleReader: Sendable {
    public var asOf: Day
    /// What to do with text that is not valid UTF-8.
    public var onInvalid: InvalidTextPolicy = .skip
    /// Longest article read (bytes).
    public var maxRecordBytes = 16 << 20
    /// Diagnostics kept one by one by `read(paths:)`; the rest are counted in one note.
    public var maxDiagnostics = 1000
    /// Follow symbolic links in input folders that lead out of the folder (else reported, skipped).
    public var followLinks = false

    public init(asOf: Day) { self.asOf = asOf }

    /// Invalid UTF-8: skip the file or record, or read it with U+FFFD for the bad bytes.
    public enum InvalidTextPolicy: String, Sendable, CaseIterable {
        case skip, replace
    }

    public struct Result: Sendable {
        public var articles: [Article] = []
        public var diagnostics: [Diagnostic] = []
        /// Number of files and records looked at.
        public var filesRead = 0
        /// Input problems (warnings and errors), listed or not.
        public var problemCount = 0
    }

    /// Reads every path (files or directories; directories recursively, `.txt`/`.jsonl` only,
    /// sorted). Articles keep the order of the paths, then of the files.
    public func read(paths: [String]) -> Result {
        var result = Result()
        var stream = RecordStream(paths: paths, maxRecordBytes: maxRecordBytes, maxDiagnostics: maxDiagnostics, followLinks: followLinks)
        var files = Set<String>()
        var log = DiagnosticLog(limit: maxDiagnostics)
        while let r = stream.next() {
            let d = decode(r)
            result.articles += d.articles
            log.append(contentsOf: d.diagnostics)
            files.insert(r.path)
        }
        result.diagnostics = stream.log.kept + log.kept
        let omitted = stream.log.omitted + log.omitted
        if omitted > 0 { result.diagnostics.append(DiagnosticLog.moreNote(omitted: omitted, limit: maxDiagnostics)) }
        result.problemCount = stream.log.problems + log.problems
        result.filesRead = files.count
        return result
    }

    /// One record: the article it holds (none when it is empty, binary, not UTF-8, or a bad JSON
    /// line) and the diagnostics about it.
    public func decode(_ r: RawRecord) -> (articles: [Article], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let data: Data, path: String
        switch r {
        case .file(let file):
            path = file
            // An empty file is reported without reading it: Foundation's contents(atPath:) leaks
            // its 4 KiB buffer on an empty file (found by the FuzzReader fuzz target).
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
                return ([], [Diagnostic(.warning, path, "empty", "empty file; skipped")])
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                return ([], [Diagnostic(.error, path, "unreadable", "cannot read this file (permissions?)")])
            }
            data = contents
        case .line(let line, let corpus, let lineNo):
            let a = article(fromJSONLine: line, path: corpus, lineNo: lineNo, diagnostics: &diagnostics)
            return (a.map { [$0] } ?? [], diagnostics)
        case .text(let text, let origin):
            (data, path) = (text, origin)
        }
        guard let text = decode(data, location: path, diagnostics: &diagnostics) else { return ([], diagnostics) }
        let a = article(fromTxt: text, path: path, diagnostics: &diagnostics)
        return (a.map { [$0] } ?? [], diagnostics)
    }

    /// UTF-8 text, or nil with a diagnostic naming the first bad byte.
    func decode(_ data: Data, location: String, diagnostics: inout [Diagnostic]) -> String? {
        if data.isEmpty {
            diagnostics.append(Diagnostic(.warning, location, "empty", "empty file; skipped"))
            return nil
        }
        if data.contains(0) {
            diagnostics.append(Diagnostic(.error, location, "binary", "binary data (NUL bytes); skipped"))
            return nil
        }
        guard let s = String(data: data, encoding: .utf8) else {
            let offset = UTF8Check.firstInvalidOffset(data) ?? 0
            if onInvalid == .replace {
                diagnostics.append(Diagnostic(.warning, location, "invalid-utf8", "invalid UTF-8 at byte \(offset); bad bytes read as U+FFFD"))
                let fixed = String(decoding: data, as: UTF8.self)
                return fixed.hasPrefix("\u{FEFF}") ? String(fixed.dropFirst()) : fixed
            }
            diagnostics.append(Diagnostic(.error, location, "invalid-utf8", "invalid UTF-8 at byte \(offset); skipped"))
            return nil
        }
        return s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s
    }

    func article(fromTxt raw: String, path: String, diagnostics: inout [Diagnostic]) -> Article? {
        var text = raw
        var meta: [String: String] = [:]
        let normalisedNewlines = Self.unixNewlines(raw)
        if normalisedNewlines.hasPrefix("---\n") {
            let lines = normalisedNewlines.split(separator: "\n", omittingEmptySubsequences: false)
            if let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
                for line in lines[1..<close] {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
                        value = String(value.dropFirst().dropLast())
                    }
                    meta[key] = value
                }
                text = lines[(close + 1)...].joined(separator: "\n")
            } else {
                diagnostics.append(Diagnostic(.warning, path, "front-matter", "front matter opened with --- but never closed; read as text"))
            }
        } else {
            text = normalisedNewlines
        }
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return makeArticle(id: meta["id"] ?? base, text: text, declaredDate: meta["date"], dateField: "front matter date",
                           title: meta["title"], url: meta["url"], outlet: meta["outlet"], origin: path, declaredSource: .frontMatter, diagnostics: &diagnostics)
    }

    func article(fromJSONLine data: Data, path: String, lineNo: Int, diagnostics: inout [Diagnostic]) -> Article? {
        guard data.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A) }) else { return nil }
        let loc = "\(path):\(lineNo)"
        var data = data
        if onInvalid == .replace, String(data: data, encoding: .utf8) == nil {
            let offset = UTF8Check.firstInvalidOffset(data) ?? 0
            diagnostics.append(Diagnostic(.warning, loc, "invalid-utf8", "invalid UTF-8 at byte \(offset) of the line; bad bytes read as U+FFFD"))
            data = Data(String(decoding: data, as: UTF8.self).utf8)
        }
        // Flat records of strings are read directly; anything else by JSONSerialization.
        let flat = data.withUnsafeBytes { FlatJSON.object($0) }
        let general: [String: Any]? = flat == nil ? (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] : nil
        guard flat != nil || general != nil else {
            if String(data: data, encoding: .utf8) == nil {
                let offset = UTF8Check.firstInvalidOffset(data) ?? 0
                diagnostics.append(Diagnostic(.error, loc, "invalid-utf8", "invalid UTF-8 at byte \(offset) of the line; record skipped"))
            } else {
                diagnostics.append(Diagnostic(.error, loc, "bad-json", "not a JSON object; record skipped"))
            }
            return nil
        }
        func string(_ key: String) -> String? { flat.map { $0[key] } ?? general?[key] as? String }
        guard let body = string("text"), !body.isEmpty else {
            diagnostics.append(Diagnostic(.error, loc, "no-text", "record has no \"text\" string; skipped"))
            return nil
        }
        let id: String
        if let s = string("id"), !s.isEmpty { id = s } else if let n = general?["id"] as? NSNumber { id = n.stringValue } else {
            id = "\(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)#\(lineNo)"
        }
        return makeArticle(id: id, text: Self.unixNewlines(body), declaredDate: string("date"),
                           dateField: "record date", title: string("title"), url: string("url"),
                           outlet: string("outlet"), origin: loc, declaredSource: .record, diagnostics: &diagnostics)
    }

    /// Placeholders reported per article.
    static let maxPlaceholderNotes = 5

    /// CRLF and CR line breaks as LF (only touches the text when it has a CR).
    static func unixNewlines(_ s: String) -> String {
        UTF8Scan.contains(s, 13) ? s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : s
    }

    func makeArticle(id: String, text: String, declaredDate: String?, dateField: String, title: String?, url: String?,
                     outlet: String? = nil, origin: String, declaredSource: DateSource, diagnostics: inout [Diagnostic]) -> Article? {
        if text.allSatisfy({ $0.isWhitespace }) {
            diagnostics.append(Diagnostic(.warning, origin, "empty", "article has no text; skipped"))
            return nil
        }
        // Tokens only when needed: a placeholder needs a «[», a date search a missing record date.
        var cachedTokens: [Token]?
        func tokens() -> [Token] {
            if let t = cachedTokens { return t }
            let t = Tokenizer.tokenize(text)
            cachedTokens = t
            return t
        }
        // (At most a few per article: a crafted one could hold millions.)
        for p in (UTF8Scan.contains(text, 0x5B) ? DateFinder.placeholders(in: tokens()) : []).prefix(Self.maxPlaceholderNotes) {
            let s = String(String.UnicodeScalarView(Array(text.unicodeScalars)[p.start..<p.end]))
            diagnostics.append(Diagnostic(.warning, origin, "placeholder", "placeholder text \(s) at offset \(p.start); the article was published unfinished"))
        }
        if let declaredDate, !declaredDate.isEmpty {
            if let d = Day(iso: String(declaredDate.prefix(10))) {
                return Article(id: id, text: text, date: d, dateSource: declaredSource, title: title, url: url, outlet: outlet, origin: origin)
            }
            diagnostics.append(Diagnostic(.warning, origin, "bad-date", "\(dateField) '\(declaredDate)' is not YYYY-MM-DD; looking for a date in the text"))
        }
        if let found = DateFinder.dates(in: tokens()).first {
            return Article(id: id, text: text, date: found.day, dateSource: .text, title: title, url: url, outlet: outlet, origin: origin)
        }
        diagnostics.append(Diagnostic(.note, origin, "no-date", "no date in the article; titles resolved as of \(asOf)"))
        return Article(id: id, text: text, date: asOf, dateSource: .asOf, title: title, url: url, outlet: outlet, origin: origin)
    }
}

/// Finds where UTF-8 decoding fails.
enum UTF8Check {
    static func firstInvalidOffset(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            switch b {
            case 0x00...0x7F: len = 1
            case 0xC2...0xDF: len = 2
            case 0xE0...0xEF: len = 3
            case 0xF0...0xF4: len = 4
            default: return i
            }
            guard i + len <= bytes.count else { return i }
            for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return i }
            if len == 3 {
                if b == 0xE0 && bytes[i + 1] < 0xA0 { return i }
                if b == 0xED && bytes[i + 1] > 0x9F { return i }
            }
            if len == 4 {
                if b == 0xF0 && bytes[i + 1] < 0x90 { return i }
                if b == 0xF4 && bytes[i + 1] > 0x8F { return i }
            }
            i += len
        }
        return nil
    }
}
