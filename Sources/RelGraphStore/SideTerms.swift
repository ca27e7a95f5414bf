import RelGraphCore

/// A person's side terms (`GraphNode.sides`) as the text of `entities.sides`: one term a line,
/// `SIDE FROM TO` with days as `YYYY-MM-DD` and `-` for an open end (ids hold no spaces); NULL
/// for none. A line that does not read so is left out.
enum SideTerms {
    static func encode(_ terms: [SideTerm]) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.map { "\($0.side) \($0.from?.description ?? "-") \($0.to?.description ?? "-")" }.joined(separator: "\n")
    }

    static func decode(_ text: String?) -> [SideTerm] {
        guard let text else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ").map(String.init)
            guard f.count == 3 else { return nil }
            let from = f[1] == "-" ? Day?.none : Day(iso: f[1]), to = f[2] == "-" ? Day?.none : Day(iso: f[2])
            guard f[1] == "-" || from != nil, f[2] == "-" || to != nil else { return nil }
            return SideTerm(side: f[0], from: from, to: to)
        }
    }
}
