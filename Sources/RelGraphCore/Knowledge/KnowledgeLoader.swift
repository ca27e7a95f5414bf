import Foundation
import Yams

/// Reads knowledge-base YAML (format: docs/knowledge-base.md) into a `KnowledgeBase`, keeping the
/// file and line of every entry so that errors and lint findings point at the place to fix.
public enum KnowledgeLoader {
    /// The default knowledge base shipped in the package, plus `overlays` merged on top in order.
    public static func load(overlays: [URL] = []) throws -> KnowledgeBase {
        var kb = try loadDefault()
        for url in overlays { kb.merge(try load(file: url)) }
        return kb
    }

    /// The default knowledge base: every `*.yaml` under the packaged `kb/` folder, in path order.
    public static func loadDefault() throws -> KnowledgeBase {
        guard let dir = defaultDirectory() else { throw KnowledgeError.defaultMissing }
        return try load(directory: dir)
    }

    /// The folder of the packaged default knowledge base.
    public static func defaultDirectory() -> URL? {
        Bundle.module.url(forResource: "kb", withExtension: nil)
    }

    /// Every `*.yaml`/`*.yml` file under `directory`, merged in sorted relative-path order.
    /// Every YAML file under `directory`: parsed on all cores, merged in path order (so the error
    /// thrown is that of the first wrong file in path order, as when reading them one by one).
    public static func load(directory: URL) throws -> KnowledgeBase {
        let files = try yamlFiles(in: directory)
        let parsed = Parallel.map(files.count) { i -> Result<KnowledgeBase, KnowledgeError> in
            let name = relativeName(files[i], directory)
            do { return .success(try load(file: files[i], displayName: name)) } catch let e as KnowledgeError {
                return .failure(e)
            } catch {
                return .failure(.unreadable(file: name, reason: "\(error)"))
            }
        }
        var kb = KnowledgeBase()
        for r in parsed { kb.merge(try r.get()) }
        return kb
    }

    static func yamlFiles(in directory: URL) throws -> [URL] {
        guard let e = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            throw KnowledgeError.unreadable(file: directory.path, reason: "not a folder")
        }
        var files: [URL] = []
        for case let url as URL in e where ["yaml", "yml"].contains(url.pathExtension) { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }

    /// The bytes of the YAML file at `path`, with a reason that says what to do when it cannot be
    /// read: a folder, a pipe or device (which could block for ever), a missing file, no permission.
    static func contents(of path: String, name: String) throws -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            let reason = code == ENOENT ? "no such file; check the path" : code == EACCES ? "permission denied; check the file's permissions"
                : String(cString: strerror(code))
            throw KnowledgeError.unreadable(file: name, reason: reason)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw KnowledgeError.unreadable(file: name, reason: "it is a folder; give the YAML files in it one by one")
        default: throw KnowledgeError.unreadable(file: name, reason: "it is not a regular file (a pipe or device); give a YAML file")
        }
        do {
            return try InputFile.withOpened(path) { file in
                var data = Data(), chunk = [UInt8](repeating: 0, count: 1 << 16)
                while case let n = try file.read(into: &chunk), n > 0 { data.append(contentsOf: chunk[..<n]) }
                return data
            }
        } catch let e as InputFile.Failure {
            throw KnowledgeError.unreadable(file: name, reason: e.reason)
        }
    }

    static func relativeName(_ url: URL, _ dir: URL) -> String {
        let base = dir.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base) ? "kb" + path.dropFirst(base.count) : path
    }

    /// One YAML file.
    public static func load(file url: URL, displayName: String? = nil) throws -> KnowledgeBase {
        try load(file: url, displayName: displayName, onError: { throw $0 })
    }

    /// One YAML file; each wrong entry goes to `onError`, which throws to stop at it or returns to
    /// go on with the next entry (`kb lint` lists every error of a file).
    static func load(file url: URL, displayName: String? = nil, onError: (KnowledgeError) throws -> Void) throws -> KnowledgeBase {
        let name = displayName ?? url.path
        let data = try contents(of: url.path, name: name)
        guard let text = String(data: data, encoding: .utf8) else {
            throw KnowledgeError.unreadable(file: name, reason: "it is not UTF-8 text; save it as UTF-8")
        }
        return try load(yaml: text, file: name, onError: onError)
    }

    /// YAML text; `file` names it in errors.
    public static func load(yaml text: String, file: String) throws -> KnowledgeBase {
        try load(yaml: text, file: file, onError: { throw $0 })
    }

    /// YAML text; each wrong entry goes to `onError` (see `load(file:displayName:onError:)`).
    /// Malformed YAML and a document that is not a mapping always throw.
    static func load(yaml text: String, file: String, onError: (KnowledgeError) throws -> Void) throws -> KnowledgeBase {
        let root: Node?
        do { root = try Yams.compose(yaml: text, .basic) } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw KnowledgeError.syntax(file: file, line: 1, column: 1, message: "\(error)")
        }
        var kb = KnowledgeBase()
        guard let root else { return kb }
        let r = Reader(file: file)
        try refuseAliasFanOut(root, sourceBytes: text.utf8.count, reader: r)
        guard let top = root.mapping else { throw r.invalid(root, "the top level must be a mapping with keys countries, offices, persons, organisations or lexicon") }
        /// Runs one entry's reading; its error goes to `onError`.
        func entry(_ body: () throws -> Void) throws {
            do { try body() } catch let e as KnowledgeError { try onError(e) }
        }
        for (keyNode, value) in top {
            guard let key = keyNode.string else { try onError(r.invalid(keyNode, "expected a key")); continue }
            var entries: [Node] = []
            if key != "lexicon" {
                do { entries = try r.list(value, key) } catch let e as KnowledgeError { try onError(e); continue }
            }
            switch key {
            case "countries": for n in entries { try entry { kb.add(country: try r.country(n)) } }
            case "offices": for n in entries { try entry { kb.add(office: try r.office(n)) } }
            case "persons": for n in entries { try entry { kb.add(person: try r.person(n)) } }
            case "organisations", "organizations": for n in entries { try entry { kb.add(organisation: try r.organisation(n)) } }
            case "lexicon": try entry { kb.add(lexicon: try r.lexicon(value)) }
            case "interaction_types": for n in entries { try entry { kb.add(interactionType: try r.interactionType(n)) } }
            case "triggers": for n in entries { try entry { kb.add(trigger: try r.trigger(n)) } }
            default: try onError(r.invalid(keyNode, "unknown top-level key '\(key)'; expected countries, offices, persons, organisations, lexicon, interaction_types or triggers"))
            }
        }
        return kb
    }

    /// Refuses a document that YAML aliases (`*name`) make much larger than its text: each alias
    /// repeats its anchor's whole value, so a few hundred aliases of one long string (or aliases of
    /// aliases, "billion laughs") would make every later step handle gigabytes. Without aliases a
    /// document's nodes and scalar bytes never exceed its text; a little repetition is allowed.
    static func refuseAliasFanOut(_ root: Node, sourceBytes: Int, reader r: Reader) throws {
        let limit = 2 * sourceBytes + (64 << 10)
        var total = 0
        var stack = [root]
        while let n = stack.popLast() {
            total += 1
            switch n {
            case .scalar(let s): total += s.string.utf8.count
            case .mapping(let m): for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let q): stack.append(contentsOf: q)
            case .alias: break
            }
            if total > limit {
                throw r.invalid(root, "YAML aliases (*name) expand this file to more than \(limit) bytes, twice its size; "
                                    + "write the repeated values out instead of aliasing them")
            }
        }
    }

    static func syntaxError(_ error: YamlError, file: String) -> KnowledgeError {
        switch error {
        case .scanner(let context, let problem, let mark, _):
            return .syntax(file: file, line: mark.line, column: mark.column, message: [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        case .parser(let context, let problem, let mark, _):
            return .syntax(file: file, line: mark.line, column: mark.column, message: [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        case .composer(let context, let problem, let mark, _):
            return .syntax(file: file, line: mark.line, column: mark.column, message: [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        default:
            return .syntax(file: file, line: 1, column: 1, message: "\(error)")
        }
    }
}

/// A YAML mapping's values by key, as the KB reads them: the key's text decides (Yams rejects a
/// mapping with a key given twice while composing). Yams' `Node.Mapping[String]` compares keys as tagged
/// nodes and so runs its tag resolver (regular expressions) on every comparison; comparing the
/// text is all a KB needs, since every KB key is a plain string.
struct Fields {
    /// The mapping's values by key (a key given twice: the later value, as YAML readers do).
    let values: [String: Node]

    init(_ mapping: Node.Mapping) {
        var values: [String: Node] = [:]
        values.reserveCapacity(mapping.count)
        for (k, v) in mapping { if let key = k.scalar?.string { values[key] = v } }
        self.values = values
    }

    subscript(key: String) -> Node? { values[key] }
}

/// Walks YAML nodes, turning them into model values with locations.
///
/// Documents are composed with Yams' `basic` resolver (every plain scalar a string): the reader
/// takes each value's text and parses dates, numbers and nulls itself (`isNull`), so resolving
/// tags by regular expression at load time would only cost time.
struct Reader {
    let file: String

    func location(_ n: Node) -> SourceLocation {
        SourceLocation(file: file, line: n.mark?.line ?? 1, column: n.mark?.column ?? 1)
    }

    func invalid(_ n: Node, _ message: String) -> KnowledgeError { .invalid(location(n), message) }

    func list(_ n: Node, _ what: String) throws -> [Node] {
        if n.scalar != nil, isNull(n) { return [] }
        guard let seq = n.sequence else { throw invalid(n, "'\(what)' must be a list") }
        return Array(seq)
    }

    /// An entry's fields; a key not in `fields` is an error (a misspelt `nmaes:` would otherwise
    /// drop the names it holds without a word).
    func map(_ n: Node, _ what: String, fields: [String]) throws -> Fields {
        guard let m = n.mapping else { throw invalid(n, "each entry of '\(what)' must be a mapping") }
        for (k, _) in m {
            guard let key = k.scalar?.string else { throw invalid(k, "a key of '\(what)' must be a plain word") }
            if !fields.contains(key) {
                throw invalid(k, "unknown field '\(key)' in an entry of '\(what)'; the fields are \(fields.joined(separator: ", "))")
            }
        }
        return Fields(m)
    }

    func isNull(_ n: Node) -> Bool {
        guard let s = n.scalar else { return false }
        return s.tag.description.hasSuffix(":null") || ["", "~", "null", "Null", "NULL"].contains(s.string) && s.style == .plain
    }

    func string(_ m: Fields, _ key: String, in owner: Node, required: Bool = true) throws -> String? {
        guard let v = m[key], !isNull(v) else {
            if required { throw invalid(owner, "missing required field '\(key)'") }
            return nil
        }
        guard let s = v.scalar?.string else { throw invalid(v, "'\(key)' must be a single value") }
        let t = OutputText.displayName(Self.trimmed(s))
        if required && t.isEmpty { throw invalid(v, "'\(key)' must not be empty") }
        return t
    }

    /// A list of names or patterns. Each must hold a letter or a digit: an empty one (`nisba: [""]`)
    /// or one of punctuation only would match nothing, or anything, and is an error.
    func strings(_ m: Fields, _ key: String) throws -> [String] {
        guard let v = m[key], !isNull(v) else { return [] }
        let items: [Node]
        if v.scalar != nil { items = [v] } else if let seq = v.sequence { items = Array(seq) } else {
            throw invalid(v, "'\(key)' must be a list of strings")
        }
        return try items.map { item in
            guard let s = item.scalar?.string else { throw invalid(item, "'\(key)' must contain only strings") }
            let t = OutputText.displayName(Self.trimmed(s))
            guard t.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                throw invalid(item, t.isEmpty ? "'\(key)' holds an empty string; remove it"
                                              : "'\(key)' holds «\(t)», which has no letter or digit; remove it")
            }
            return t
        }
    }

    /// Title patterns: a `<…>` slot must be one the linker knows.
    func titles(_ m: Fields, _ key: String) throws -> [String] {
        let all = try strings(m, key)
        for t in all {
            var rest = Substring(t)
            while let open = rest.firstIndex(of: "<") {
                let close = rest[open...].firstIndex(of: ">") ?? rest.endIndex
                let slot = rest[open..<(close == rest.endIndex ? close : rest.index(after: close))]
                if !Self.slots.contains(String(slot)) {
                    throw invalid(m[key]!, "title «\(t)» has the unknown slot '\(slot)'; the slots are \(Self.slots.joined(separator: " and "))")
                }
                rest = close == rest.endIndex ? "" : rest[rest.index(after: close)...]
            }
        }
        return all
    }

    /// The slots a title pattern may hold (see `PatternIndex`).
    static let slots = ["<country>", "<nisba>"]

    /// `s.trimmingCharacters(in: .whitespaces)`, which is only called when an end is in the set
    /// (rarely: the call costs thousands of instructions and the default KB has thousands of values).
    static func trimmed(_ s: String) -> String {
        let set = CharacterSet.whitespaces
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last, set.contains(first) || set.contains(last) else { return s }
        return s.trimmingCharacters(in: .whitespaces)
    }

    func day(_ m: Fields, _ key: String) throws -> Day? {
        guard let v = m[key], !isNull(v) else { return nil }
        guard let s = v.scalar?.string, let d = Day(iso: s) else {
            throw invalid(v, "'\(key)' must be a date YYYY-MM-DD (got '\(v.scalar?.string ?? "a non-scalar")')")
        }
        return d
    }

    func id(_ m: Fields, in owner: Node) throws -> String {
        let id = try string(m, "id", in: owner)!
        guard id.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }) else {
            throw invalid(owner, "id '\(id)' must be ASCII letters, digits, '_' or '-'")
        }
        return id
    }

    func country(_ n: Node) throws -> Country {
        let m = try map(n, "countries", fields: ["id", "en", "ar", "names", "nisba", "capitals", "places", "contextual", "agencies"])
        return Country(id: try id(m, in: n), en: try string(m, "en", in: n)!, ar: try string(m, "ar", in: n)!,
                       names: try strings(m, "names"), nisba: try strings(m, "nisba"),
                       capitals: try strings(m, "capitals"), places: try strings(m, "places"), contextual: try strings(m, "contextual"),
                       agencies: try strings(m, "agencies"), location: location(n))
    }

    func office(_ n: Node) throws -> Office {
        let m = try map(n, "offices", fields: ["id", "en", "titles", "duals", "plurals", "country_titles", "postings", "received_as", "body"])
        var cts: [CountryTitle] = []
        if let v = m["country_titles"] {
            for item in try list(v, "country_titles") {
                let cm = try map(item, "country_titles", fields: ["title", "country", "from", "to"])
                cts.append(CountryTitle(title: try string(cm, "title", in: item)!, country: try string(cm, "country", in: item)!,
                                        from: try day(cm, "from"), to: try day(cm, "to")))
            }
        }
        var postings = false
        if let b = try string(m, "postings", in: n, required: false) {
            guard b == "true" else { throw invalid(m["postings"]!, "postings must be true (or left out) (got '\(b)')") }
            postings = true
        }
        return Office(id: try id(m, in: n), en: try string(m, "en", in: n)!, titles: try titles(m, "titles"),
                      duals: try titles(m, "duals"), plurals: try titles(m, "plurals"), countryTitles: cts, postings: postings,
                      receivedAs: try string(m, "received_as", in: n, required: false), body: try string(m, "body", in: n, required: false),
                      location: location(n))
    }

    func person(_ n: Node) throws -> Person {
        let m = try map(n, "persons", fields: ["id", "en", "ar", "country", "names", "short", "roles", "died", "sources"])
        let pid = try id(m, in: n)
        let country = try string(m, "country", in: n)!
        var roles: [Role] = []
        if let v = m["roles"] {
            for item in try list(v, "roles") {
                let rm = try map(item, "roles", fields: ["office", "country", "from", "to"])
                let role = Role(office: try string(rm, "office", in: item)!,
                                country: try string(rm, "country", in: item, required: false) ?? country,
                                from: try day(rm, "from"), to: try day(rm, "to"), location: location(item))
                if let f = role.from, let t = role.to, t < f {
                    throw invalid(item, "role \(role.office) of \(pid) ends (\(t)) before it starts (\(f))")
                }
                roles.append(role)
            }
        }
        let died = try day(m, "died")
        if let died, let late = roles.first(where: { r in r.from.map { $0 > died } ?? false }) {
            throw invalid(n, "person \(pid) died on \(died) but a role \(late.office) starts after that")
        }
        return Person(id: pid, en: try string(m, "en", in: n)!, ar: try string(m, "ar", in: n)!, country: country,
                      names: try strings(m, "names"), short: try strings(m, "short"), roles: roles, died: died, location: location(n))
    }

    func organisation(_ n: Node) throws -> Organisation {
        let m = try map(n, "organisations", fields: ["id", "en", "ar", "country", "names", "short"])
        return Organisation(id: try id(m, in: n), en: try string(m, "en", in: n)!, ar: try string(m, "ar", in: n)!,
                            country: try string(m, "country", in: n, required: false),
                            names: try strings(m, "names"), location: location(n), short: try strings(m, "short"))
    }

    func interactionType(_ n: Node) throws -> InteractionType {
        let m = try map(n, "interaction_types", fields: ["id", "en", "weight", "polarity", "role", "remote"])
        let id = try id(m, in: n)
        let w = try string(m, "weight", in: n)!
        guard let weight = Double(w), weight.isFinite, weight >= 0, weight <= InteractionType.maximumWeight else {
            throw invalid(m["weight"] ?? n, "weight of '\(id)' must be a number from 0 to \(JSONValue.format(InteractionType.maximumWeight)) (got '\(w)')")
        }
        let p = try string(m, "polarity", in: n, required: false) ?? "cooperative"
        guard let polarity = Polarity(rawValue: p), polarity != .mixed else {
            throw invalid(m["polarity"] ?? n, "polarity of '\(id)' must be cooperative or hostile (got '\(p)')")
        }
        var role: InteractionType.Role?
        if let r = try string(m, "role", in: n, required: false) {
            guard let known = InteractionType.Role(rawValue: r) else {
                let roles = InteractionType.Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid(m["role"] ?? n, "role of '\(id)' must be one of \(roles) (got '\(r)')")
            }
            role = known
        }
        var remote = false
        if let r = try string(m, "remote", in: n, required: false) {
            guard r == "true" || r == "false" else { throw invalid(m["remote"]!, "remote of '\(id)' must be true or false (got '\(r)')") }
            remote = r == "true"
        }
        return InteractionType(id: id, en: try string(m, "en", in: n, required: false) ?? id, weight: weight, polarity: polarity,
                               role: role, remote: remote, location: location(n))
    }

    func trigger(_ n: Node) throws -> Trigger {
        let m = try map(n, "triggers", fields: ["pattern", "type", "cue", "target", "modality", "blocks"])
        let pattern = try string(m, "pattern", in: n)!
        let type = try string(m, "type", in: n, required: false)
        var cue: TriggerCue?
        if let c = try string(m, "cue", in: n, required: false) {
            guard let v = TriggerCue(rawValue: c) else { throw invalid(m["cue"]!, "cue must be receive, initiate, host, greet, present, welcome, gather or possessive (got '\(c)')") }
            cue = v
        }
        var target: TargetRule?
        if let t = try string(m, "target", in: n, required: false) {
            guard let v = TargetRule(rawValue: t) else { throw invalid(m["target"]!, "target must be one of \(TargetRule.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(t)')") }
            target = v
        }
        var modality: Modality?
        if let x = try string(m, "modality", in: n, required: false) {
            guard let v = Modality(rawValue: x) else {
                throw invalid(m["modality"]!, "modality must be one of \(Modality.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(x)')")
            }
            modality = v
        }
        var blocks = false
        if let b = try string(m, "blocks", in: n, required: false) {
            guard b == "true" else { throw invalid(m["blocks"]!, "blocks must be true (or left out) (got '\(b)')") }
            blocks = true
        }
        if blocks && (type != nil || cue != nil || modality != nil) {
            throw invalid(n, "trigger '\(pattern)' blocks: it takes no type, cue or modality")
        }
        if !blocks && type == nil && cue == nil && modality == nil {
            throw invalid(n, "trigger '\(pattern)' needs a type, a cue, a modality or some of them (or blocks: true)")
        }
        return Trigger(pattern: pattern, type: type, cue: cue, target: target, modality: modality, blocks: blocks, location: location(n))
    }

    func lexicon(_ n: Node) throws -> Lexicon {
        let m = try map(n, "lexicon", fields: ["honorifics", "counterpart", "stopwords", "pair", "former", "subordinate", "deceased", "named_after", "title_words",
                                                  "country_pair", "capital_city", "killed", "against", "locatives", "common_words", "sites", "group_nouns", "delegates", "members", "institutions", "visit_reference",
                                                  "meeting_reference", "title_reference", "official_groups", "speech_verbs", "complementizers", "separately", "similar", "martyrdom", "honorific_pronouns", "retaliation", "exposed", "enemy_nouns", "enemy_adjectives", "enemy_default", "definite_looking_verbs", "conflict_nouns", "participles", "royal_honorifics"])
        return Lexicon(honorifics: try strings(m, "honorifics"), counterpart: try strings(m, "counterpart"),
                       stopwords: try strings(m, "stopwords"), pair: try strings(m, "pair"),
                       former: try strings(m, "former"), subordinate: try strings(m, "subordinate"),
                       deceased: try strings(m, "deceased"), namedAfter: try strings(m, "named_after"),
                       titleWords: try strings(m, "title_words"), countryPair: try strings(m, "country_pair"),
                       capitalCity: try strings(m, "capital_city"), killed: try strings(m, "killed"),
                       against: try strings(m, "against"), locatives: try strings(m, "locatives"), commonWords: try strings(m, "common_words"), sites: try strings(m, "sites"), groupNouns: try strings(m, "group_nouns"),
                       delegates: try strings(m, "delegates"), members: try strings(m, "members"), institutions: try strings(m, "institutions"),
                       visitReference: try strings(m, "visit_reference"),
                       meetingReference: try strings(m, "meeting_reference"), titleReference: try strings(m, "title_reference"),
                       officialGroups: try strings(m, "official_groups"),
                       speechVerbs: try strings(m, "speech_verbs"), complementizers: try strings(m, "complementizers"),
                       separately: try strings(m, "separately"), similar: try strings(m, "similar"),
                       martyrdom: try strings(m, "martyrdom"), honorificPronouns: try strings(m, "honorific_pronouns"),
                       retaliation: try strings(m, "retaliation"), exposed: try strings(m, "exposed"),
                       enemyNouns: try strings(m, "enemy_nouns"), enemyAdjectives: try strings(m, "enemy_adjectives"),
                       enemyDefault: try strings(m, "enemy_default"), definiteLookingVerbs: try strings(m, "definite_looking_verbs"),
                       conflictNouns: try strings(m, "conflict_nouns"), participles: try strings(m, "participles"),
                       royalHonorifics: try strings(m, "royal_honorifics"))
    }
}
