import Foundation

/// Scores person linking against a gold set.
///
/// Gold files are JSON Lines, one record per text: `id`, `phenomenon`, `date` (the article date),
/// either `text` or `file` (a path relative to the gold file's folder's parent, e.g.
/// `seeds/000_….txt`, whose own date, if any, wins over `date`), `persons` (the set of person ids
/// the text mentions) and `title_by_date` (true when the record tests title resolution by date).
///
/// Scoring is over (record, person) pairs: a predicted person in the gold set is a true positive,
/// one outside it a false positive, a gold person not predicted a false negative.
/// Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2PR / (P + R) (0 when undefined).
/// A `title_by_date` record counts as right only when the predicted set equals the gold set.
public enum LinkEvaluation {
    public struct Record: Sendable, Hashable {
        public var id: String
        public var phenomenon: String
        public var date: Day
        public var text: String?
        public var file: String?
        public var persons: Set<String>
        public var titleByDate: Bool
    }

    public struct Counts: Sendable, Hashable {
        public var tp = 0, fp = 0, fn = 0
        public var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        mutating func add(_ o: Counts) { tp += o.tp; fp += o.fp; fn += o.fn }
    }

    public struct Miss: Sendable, Hashable {
        public var id: String
        public var expected: [String]
        public var predicted: [String]
    }

    public struct Report: Sendable {
        public var byPhenomenon: [String: Counts] = [:]
        public var total = Counts()
        public var records = 0
        public var titleByDate = 0
        public var titleByDateWrong: [String] = []
        public var misses: [Miss] = []

        /// A fixed-width table: one row per phenomenon, then the total.
        public func table() -> String {
            func row(_ name: String, _ c: Counts) -> String {
                name.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + [c.tp, c.fp, c.fn].map { String($0).leftPad(5) }.joined()
                    + [c.precision, c.recall, c.f1].map { JSONValue.format(($0 * 1000).rounded() / 1000).leftPad(8) }.joined()
            }
            var out = "phenomenon         tp   fp   fn  precision recall   f1\n"
            for k in byPhenomenon.keys.sorted() { out += row(k, byPhenomenon[k]!) + "\n" }
            out += row("ALL (\(records))", total) + "\n"
            out += "title-by-date: \(titleByDate - titleByDateWrong.count)/\(titleByDate) right"
            out += titleByDateWrong.isEmpty ? "\n" : " (wrong: \(titleByDateWrong.joined(separator: ", ")))\n"
            for m in misses {
                out += "miss \(m.id): expected [\(m.expected.joined(separator: ", "))] got [\(m.predicted.joined(separator: ", "))]\n"
            }
            return out
        }
    }

    /// Reads a gold file.
    public static func load(_ url: URL) throws -> [Record] {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw EvaluationError(message: "\(url.path): cannot read the gold file")
        }
        var out: [Record] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let o = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                  let id = o["id"] as? String, let ds = o["date"] as? String, let date = Day(iso: ds),
                  let persons = o["persons"] as? [String], o["text"] is String || o["file"] is String else {
                throw EvaluationError(message: "\(url.path):\(n + 1): a gold record needs id, date (YYYY-MM-DD), persons and text or file")
            }
            out.append(Record(id: id, phenomenon: o["phenomenon"] as? String ?? "other", date: date, text: o["text"] as? String,
                              file: o["file"] as? String, persons: Set(persons), titleByDate: o["title_by_date"] as? Bool ?? false))
        }
        return out
    }

    /// Links every record and scores it. `root` resolves `file` records.
    public static func evaluate(_ records: [Record], linker: Linker, root: URL) -> Report {
        var report = Report()
        for r in records {
            let article: Article
            if let text = r.text {
                article = Article(id: r.id, text: text, date: r.date, dateSource: .record, origin: r.id)
            } else {
                let path = root.appendingPathComponent(r.file!).path
                let read = ArticleReader(asOf: r.date).read(paths: [path])
                guard let a = read.articles.first else {
                    report.misses.append(Miss(id: r.id, expected: r.persons.sorted(), predicted: ["<unreadable \(path)>"]))
                    continue
                }
                article = a
            }
            let predicted = Set(linker.link(article).mentions.filter { $0.entityKind == .person }.compactMap(\.entity))
            var c = Counts()
            c.tp = predicted.intersection(r.persons).count
            c.fp = predicted.subtracting(r.persons).count
            c.fn = r.persons.subtracting(predicted).count
            report.byPhenomenon[r.phenomenon, default: Counts()].add(c)
            report.total.add(c)
            report.records += 1
            if r.titleByDate {
                report.titleByDate += 1
                if predicted != r.persons { report.titleByDateWrong.append(r.id) }
            }
            if predicted != r.persons {
                report.misses.append(Miss(id: r.id, expected: r.persons.sorted(), predicted: predicted.sorted()))
            }
        }
        return report
    }
}

/// A gold file that cannot be used.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
