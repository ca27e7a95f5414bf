/// Rewrites of the command line before ArgumentParser reads it.
enum CommandLineArguments {
    /// `--opt -1` as `--opt=-1`: ArgumentParser reads a word starting with `-` as an option, so a
    /// negative number after a long option was "Missing value". A word that is a number (`-1`,
    /// `-0.5`, `-.5`, `-1e3`) after a long option without `=` is joined to it; the option's own
    /// check then accepts it or says what range it takes. Words after `--` are left alone.
    static func joiningNegativeValues(_ args: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { out += args[i...]; break }
            if a.hasPrefix("--"), !a.contains("="), i + 1 < args.count, isNegativeNumber(args[i + 1]) {
                out.append(a + "=" + args[i + 1])
                i += 2
                continue
            }
            out.append(a)
            i += 1
        }
        return out
    }

    static func isNegativeNumber(_ s: String) -> Bool {
        guard s.hasPrefix("-"), s.count > 1, let second = s.dropFirst().first, second.isNumber || second == "." else { return false }
        return Double(s) != nil
    }
}
