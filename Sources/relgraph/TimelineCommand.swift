import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphStore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "A pair's (or one actor's) events period by period, from a store.",
        discussion: Help.discussion("""
            Counts the events between A and B (or between A and anyone) in each month or week (weeks \
            start on Monday and are named by that day): events, cooperative, hostile and mixed ones, \
            their weight and the types seen. Country pairs count the events of their people too, as \
            the graph does.
            """, examples: [
                "relgraph timeline desk.sqlite SA IR --by month",
                "relgraph timeline desk.sqlite Q1045 --by week --format csv",
            ]))

    @Argument(help: "The store file.")
    var store: String

    @Argument(help: "Actor id (knowledge-base id).")
    var a: String

    @Argument(help: "Second actor id (default: anyone).")
    var b: String?

    @Option(help: "Periods: month or week.")
    var by: Period = .month

    @Option(help: "table, csv or json.")
    var format: Format = .table

    @Option(help: "First day (YYYY-MM-DD), inclusive.")
    var since: String?

    @Option(help: "Last day (YYYY-MM-DD), inclusive.")
    var until: String?

    enum Period: String, ExpressibleByArgument, CaseIterable { case month, week }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    func validate() throws {
        for (flag, v) in [("--since", since), ("--until", until)] {
            if let v, Day(iso: v) == nil { throw ValidationError("\(flag) must be a date YYYY-MM-DD, got '\(v)'") }
        }
    }

    struct Row {
        var period: String
        var events = 0, cooperative = 0, hostile = 0, mixed = 0
        /// Events dated by `--as-of` (their article gave no date): the period is assumed for them.
        var assumed = 0
        var weight = 0.0
        var types: [String: Int] = [:]
    }

    func run() throws {
        guard StoreInput.isStore(store) else { throw CLIError(message: "\(store): no store there; make one with `relgraph add`") }
        let db = try SQLiteStore(path: store)
        let window = DayWindow(since: since.flatMap(Day.init(iso:)), until: until.flatMap(Day.init(iso:)))
        let graph = try db.graph(in: window, evidenceCap: 1).graph
        var rows: [String: Row] = [:]
        for e in graph.events {
            let ends = (e.a == a && (b == nil || e.b == b)) || (e.b == a && (b == nil || e.a == b))
            guard ends, let day = Day(iso: e.date) else { continue }
            let p = Self.period(day, by)
            var r = rows[p] ?? Row(period: p)
            r.events += 1
            if let ev = e.evidence.first, graph.article(ev.article)?.dateAssumed == true { r.assumed += 1 }
            switch e.polarity {
            case .cooperative: r.cooperative += 1
            case .hostile: r.hostile += 1
            case .mixed: r.mixed += 1
            }
            r.weight += e.weight
            r.types[e.type, default: 0] += 1
            rows[p] = r
        }
        let sorted = rows.keys.sorted().map { rows[$0]! }
        print(render(sorted), terminator: "")
    }

    static func period(_ d: Day, _ by: Period) -> String {
        switch by {
        case .month: return String(d.description.prefix(7))
        case .week: return d.weekStart.description
        }
    }

    func types(_ r: Row) -> String { r.types.keys.sorted().map { "\($0):\(r.types[$0]!)" }.joined(separator: " ") }

    func render(_ rows: [Row]) -> String {
        let number = { (x: Double) in String(format: "%.3f", x) }
        switch format {
        case .csv:
            var out = "period,events,cooperative,hostile,mixed,weight,assumed_dates,types\n"
            for r in rows {
                out += [r.period, "\(r.events)", "\(r.cooperative)", "\(r.hostile)", "\(r.mixed)", number(r.weight), "\(r.assumed)", CellText.csv(types(r))]
                    .joined(separator: ",") + "\n"
            }
            return out
        case .json:
            let list = rows.map { r in
                JSONValue.object(["period": .string(r.period), "events": .int(r.events), "cooperative": .int(r.cooperative),
                                  "hostile": .int(r.hostile), "mixed": .int(r.mixed), "weight": .string(number(r.weight)), "assumed_dates": .int(r.assumed),
                                  "types": .object(r.types.mapValues { .int($0) })])
            }
            return JSONValue.object(["a": .string(a), "b": b.map { .string($0) } ?? .null, "by": .string(by.rawValue), "periods": .array(list)])
                .compact() + "\n"
        case .table:
            var out = "period      events  coop  hostile  mixed    weight  assumed  types\n"
            for r in rows {
                out += r.period.padding(toLength: 12, withPad: " ", startingAt: 0)
                    + String(format: "%6d  %4d  %7d  %5d  %8.3f  %7d  ", r.events, r.cooperative, r.hostile, r.mixed, r.weight, r.assumed)
                    + Console.printable(types(r)) + "\n"
            }
            return out
        }
    }
}
