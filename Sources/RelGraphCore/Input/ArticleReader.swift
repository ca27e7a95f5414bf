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
/// ---
/// ```
/// `.jsonl`: one JSON object per line with `text` (required) and `id`, `date`, `title`, `url`
/// (optional; a missing id becomes `<file>#<line>`; a date may be `YYYY-MM-DD` or start with it).
///
/// Date precedence: front matter / record date, then the first date written in the text, then
/// `asOf`. A placeholder such as «[أدخل التاريخ هنا]» is reported.
public struct ArticleReader: Sendable {
    public var asOf: Day

    public init(asOf: Day) { self.asOf = asOf }

    public struct Result: Sendable {
        public var articles: [Article] = []
        public var diagnostics: [Diagnostic] = []
        /// Number of files and records looked at.
        public var filesRead = 0
    }

    /// Reads every path (files or directories; directories recursively, `.txt`/`.jsonl` only,
    /// sorted). Articles keep the order of the paths, then of the files.
    public func read(paths: [String]) -> Result {
        var result = Result()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                result.diagnostics.append(Diagnostic(.error, path, "not-found", "no such file or folder"))
                continue
            }
            if isDir.boolValue {
                let files = articleFiles(in: path, diagnostics: &result.diagnostics)
                if files.isEmpty {
                    result.diagnostics.append(Diagnostic(.warning, path, "empty-folder", "no .txt or .jsonl files in this folder"))
                }
                for f in files { read(file: f, into: &result) }
            } else {
                read(file: path, into: &result)
            }
        }
        return result
    }

    func articleFiles(in dir: String, diagnostics: inout [Diagnostic]) -> [String] {
        let url = URL(fileURLWithPath: dir)
        guard let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey],
                                                     options: [.skipsHiddenFiles], errorHandler: { _, _ in
            // An unreadable sub-folder is skipped and the walk goes on.
            true
        }) else {
            diagnostics.append(Diagnostic(.error, dir, "unreadable", "cannot list this folder"))
            return []
        }
        var files: [String] = []
        for case let u as URL in e where ["txt", "jsonl"].contains(u.pathExtension.lowercased()) {
            files.append(u.path)
        }
        return files.sorted()
    }

    func read(file path: String, into result: inout Result) {
        result.filesRead += 1
        guard let data = FileManager.default.contents(atPath: path) else {
            result.diagnostics.append(Diagnostic(.error, path, "unreadable", "cannot read this file (permissions?)"))
            return
        }
        if path.lowercased().hasSuffix(".jsonl") {
            readJSONL(data, path: path, into: &result)
        } else {
            guard let text = decode(data, location: path, diagnostics: &result.diagnostics) else { return }
            if let a = article(fromTxt: text, path: path, diagnostics: &result.diagnostics) { result.articles.append(a) }
        }
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
            diagnostics.append(Diagnostic(.error, location, "invalid-utf8", "invalid UTF-8 at byte \(offset); skipped (convert the file to UTF-8)"))
            return nil
        }
        return s.hasPrefix("\u{FEFF}") ? String(s.dropFirst()) : s
    }

    func article(fromTxt raw: String, path: String, diagnostics: inout [Diagnostic]) -> Article? {
        var text = raw
        var meta: [String: String] = [:]
        let normalisedNewlines = raw.replacingOccurrences(of: "\r\n", with: "\n")
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
                           title: meta["title"], url: meta["url"], origin: path, declaredSource: .frontMatter, diagnostics: &diagnostics)
    }

    func readJSONL(_ data: Data, path: String, into result: inout Result) {
        guard let text = decode(data, location: path, diagnostics: &result.diagnostics) else { return }
        var lineNo = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            let loc = "\(path):\(lineNo)"
            guard let obj = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) as? [String: Any] else {
                result.diagnostics.append(Diagnostic(.error, loc, "bad-json", "not a JSON object; record skipped"))
                continue
            }
            guard let body = obj["text"] as? String, !body.isEmpty else {
                result.diagnostics.append(Diagnostic(.error, loc, "no-text", "record has no \"text\" string; skipped"))
                continue
            }
            var id = "\(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)#\(lineNo)"
            if let s = obj["id"] as? String, !s.isEmpty { id = s } else if let n = obj["id"] as? NSNumber { id = n.stringValue }
            if let a = makeArticle(id: id, text: body.replacingOccurrences(of: "\r\n", with: "\n"), declaredDate: obj["date"] as? String,
                                   dateField: "record date", title: obj["title"] as? String, url: obj["url"] as? String,
                                   origin: loc, declaredSource: .record, diagnostics: &result.diagnostics) {
                result.articles.append(a)
            }
        }
    }

    func makeArticle(id: String, text: String, declaredDate: String?, dateField: String, title: String?, url: String?,
                     origin: String, declaredSource: DateSource, diagnostics: inout [Diagnostic]) -> Article? {
        if text.allSatisfy({ $0.isWhitespace }) {
            diagnostics.append(Diagnostic(.warning, origin, "empty", "article has no text; skipped"))
            return nil
        }
        let tokens = Tokenizer.tokenize(text)
        for p in DateFinder.placeholders(in: tokens) {
            let s = String(String.UnicodeScalarView(Array(text.unicodeScalars)[p.start..<p.end]))
            diagnostics.append(Diagnostic(.warning, origin, "placeholder", "placeholder text \(s) at offset \(p.start); the article was published unfinished"))
        }
        if let declaredDate, !declaredDate.isEmpty {
            if let d = Day(iso: String(declaredDate.prefix(10))) {
                return Article(id: id, text: text, date: d, dateSource: declaredSource, title: title, url: url, origin: origin)
            }
            diagnostics.append(Diagnostic(.warning, origin, "bad-date", "\(dateField) '\(declaredDate)' is not YYYY-MM-DD; looking for a date in the text"))
        }
        if let found = DateFinder.dates(in: tokens).first {
            return Article(id: id, text: text, date: found.day, dateSource: .text, title: title, url: url, origin: origin)
        }
        diagnostics.append(Diagnostic(.note, origin, "no-date", "no date in the article; titles resolved as of \(asOf) (--as-of)"))
        return Article(id: id, text: text, date: asOf, dateSource: .asOf, title: title, url: url, origin: origin)
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
