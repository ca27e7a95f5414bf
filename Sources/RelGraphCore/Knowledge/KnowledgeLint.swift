import Foundation

/// A problem found in knowledge-base files by `relgraph kb lint`.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation?
    public var file: String
    /// `syntax`, `invalid`, `unknown-field`, `no-files`, `duplicate-id`, `unknown-country`, `unknown-office`, `overlap`,
    /// `bad-dates`, `no-names`, `shared-name`, `common-word`, `unknown-type`, `strike-not-hostile`,
    /// `duplicate-role`, `missing-role`, `lone-pronoun`.
    public var code: String
    public var message: String

    public var description: String {
        "\(location?.description ?? file): \(severity.rawValue): \(message) [\(code)]"
    }
}

/// Checks knowledge-base files for errors an analyst would otherwise discover as wrong links.
///
/// Errors: malformed YAML or entries (with the loader's file:line:column), duplicate ids (across
/// all kinds and files), references to unknown countries or offices, roles that end before they
/// start, overlapping terms of one office in one country. Warnings: persons with no names, and a
/// full name shared by two persons (the linker then needs the date to choose).
public enum KnowledgeLint {
    /// Lints `files` layered over the default knowledge base (or alone, if `withDefault` is false).
    public static func lint(files: [URL], withDefault: Bool) -> [LintFinding] {
        var findings: [LintFinding] = []
        var layers: [(String, KnowledgeBase)] = []
        var sources: [(URL, String)] = []
        if withDefault, let dir = KnowledgeLoader.defaultDirectory(), let all = try? KnowledgeLoader.yamlFiles(in: dir) {
            sources += all.map { ($0, KnowledgeLoader.relativeName($0, dir)) }
        }
        for f in files {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: f.path, isDirectory: &isDir), isDir.boolValue,
               let all = try? KnowledgeLoader.yamlFiles(in: f) {
                if all.isEmpty {
                    findings.append(LintFinding(severity: .error, location: nil, file: f.path, code: "no-files",
                                                message: "\(f.path): no .yaml or .yml files in this folder; nothing was checked"))
                }
                sources += all.map { ($0, $0.path) }
            } else {
                sources.append((f, f.path))
            }
        }
        for (url, name) in sources {
            // Every wrong entry of a file is listed, not only the first; the rest of the file is read.
            do {
                let kb = try KnowledgeLoader.load(file: url, displayName: name, onError: { findings.append(finding($0, file: name)) })
                layers.append((name, kb))
            } catch let e as KnowledgeError {
                findings.append(finding(e, file: name))
            } catch {
                findings.append(LintFinding(severity: .error, location: nil, file: name, code: "invalid", message: "\(error)"))
            }
        }
        findings += check(layers)
        return findings.sorted { ($0.file, $0.location?.line ?? 0, $0.code) < ($1.file, $1.location?.line ?? 0, $1.code) }
    }

    static func finding(_ e: KnowledgeError, file: String) -> LintFinding {
        switch e {
        case .syntax(let f, let line, let col, _):
            return LintFinding(severity: .error, location: SourceLocation(file: f, line: line, column: col), file: f, code: "syntax", message: e.message)
        case .invalid(let loc, let msg):
            let code = msg.contains("before it starts") ? "bad-dates" : msg.contains("YYYY-MM-DD") ? "bad-dates"
                : msg.hasPrefix("unknown field") ? "unknown-field" : "invalid"
            return LintFinding(severity: .error, location: loc, file: loc.file, code: code, message: msg)
        default:
            return LintFinding(severity: .error, location: nil, file: file, code: "unreadable", message: e.message)
        }
    }

    /// Cross-entry checks over the layers, in order.
    static func check(_ layers: [(String, KnowledgeBase)]) -> [LintFinding] {
        var out: [LintFinding] = []
        var firstSeen: [String: SourceLocation] = [:]
        var merged = KnowledgeBase()
        for (file, kb) in layers {
            var ids: [(String, SourceLocation?)] = []
            ids += kb.countries.map { ($0.id, $0.location) }
            ids += kb.offices.map { ("office:" + $0.id, $0.location) }
            ids += kb.persons.map { ($0.id, $0.location) }
            ids += kb.organisations.map { ($0.id, $0.location) }
            for (id, loc) in ids {
                let here = loc ?? SourceLocation(file: file, line: 1)
                if let prev = firstSeen[id] {
                    out.append(LintFinding(severity: .error, location: here, file: here.file, code: "duplicate-id",
                                           message: "id '\(id.replacingOccurrences(of: "office:", with: ""))' is already defined at \(prev); rename one (an overlay that means to replace an entry must be loaded as an overlay, not put in the default folder)"))
                } else {
                    firstSeen[id] = here
                }
            }
            for r in kb.redefinitions {
                out.append(LintFinding(severity: .error, location: r.again, file: r.again?.file ?? file, code: "duplicate-id",
                                       message: "id '\(r.id)' is defined twice in this file (first at \(r.first?.description ?? "?")); rename or remove one"))
            }
            out += honorificPronounEntries(kb, file: file)
            merged.merge(kb)
        }
        let countries = Set(merged.countries.map(\.id))
        // A person, a role or an office title may name an international body as its seat.
        let seats = countries.union(merged.organisations.map(\.id))
        let offices = Set(merged.offices.map(\.id))
        for p in merged.persons {
            let loc = p.location
            if !seats.contains(p.country) {
                out.append(LintFinding(severity: .error, location: loc, file: loc?.file ?? "", code: "unknown-country",
                                       message: "person '\(p.id)' has unknown country '\(p.country)'; add it to countries (or organisations, for an international body) or fix the code"))
            }
            if p.names.isEmpty && p.short.isEmpty {
                out.append(LintFinding(severity: .warning, location: loc, file: loc?.file ?? "", code: "no-names",
                                       message: "person '\(p.id)' has no names: only titles can link to them"))
            }
            for r in p.roles {
                let rl = r.location ?? loc
                if !offices.contains(r.office) {
                    out.append(LintFinding(severity: .error, location: rl, file: rl?.file ?? "", code: "unknown-office",
                                           message: "role of '\(p.id)' names unknown office '\(r.office)'"))
                }
                if !seats.contains(r.country) {
                    out.append(LintFinding(severity: .error, location: rl, file: rl?.file ?? "", code: "unknown-country",
                                           message: "role of '\(p.id)' names unknown country '\(r.country)'"))
                }
            }
        }
        for id in merged.lexicon.enemyDefault where !countries.contains(id) {
            out.append(LintFinding(severity: .error, location: nil, file: "lexicon", code: "unknown-country",
                                   message: "lexicon enemy_default names unknown country '\(id)'; give a country id of the knowledge base"))
        }
        for o in merged.organisations {
            if let c = o.country, !countries.contains(c) {
                out.append(LintFinding(severity: .error, location: o.location, file: o.location?.file ?? "", code: "unknown-country",
                                       message: "organisation '\(o.id)' has unknown country '\(c)'"))
            }
        }
        for o in merged.offices {
            for ct in o.countryTitles where !seats.contains(ct.country) {
                out.append(LintFinding(severity: .error, location: o.location, file: o.location?.file ?? "", code: "unknown-country",
                                       message: "office '\(o.id)' has a title for unknown country '\(ct.country)'"))
            }
        }
        let types = Set(merged.interactionTypes.map(\.id))
        for o in merged.offices {
            if let body = o.body, merged.organisation(body) == nil {
                out.append(LintFinding(severity: .error, location: o.location, file: o.location?.file ?? "", code: "unknown-organisation",
                                       message: "office '\(o.id)' is held for unknown organisation '\(body)'; add it to organisations"))
            }
            if let type = o.receivedAs, !types.contains(type) {
                out.append(LintFinding(severity: .error, location: o.location, file: o.location?.file ?? "", code: "unknown-type",
                                       message: "office '\(o.id)' is received as unknown interaction type '\(type)'; add it to interaction_types"))
            }
        }
        for t in merged.triggers {
            if let type = t.type, !types.contains(type) {
                out.append(LintFinding(severity: .error, location: t.location, file: t.location?.file ?? "", code: "unknown-type",
                                       message: "trigger «\(t.pattern)» names unknown interaction type '\(type)'; add it to interaction_types"))
            }
            if t.target == .strike, let type = t.type, merged.interactionType(type)?.polarity != .hostile {
                out.append(LintFinding(severity: .warning, location: t.location, file: t.location?.file ?? "", code: "strike-not-hostile",
                                       message: "trigger «\(t.pattern)» has target strike but its type '\(type)' is not hostile; use after or genitive"))
            }
        }
        out += roles(merged)
        out += commonWordShorts(merged)
        out += overlaps(merged)
        out += sharedNames(merged)
        return out
    }

    /// Each type role is played by one type (a second is an error: the first would be used
    /// silently); a role no type plays is a warning (what it does is then not done).
    static func roles(_ kb: KnowledgeBase) -> [LintFinding] {
        var out: [LintFinding] = []
        for role in InteractionType.Role.allCases {
            let players = kb.interactionTypes.filter { $0.role == role }
            for extra in players.dropFirst() {
                out.append(LintFinding(severity: .error, location: extra.location, file: extra.location?.file ?? "", code: "duplicate-role",
                                       message: "interaction types '\(players[0].id)' and '\(extra.id)' both have role \(role.rawValue); keep it on one"))
            }
            if players.isEmpty {
                let what = switch role {
                case .between: "«بين X و Y» states no relations"
                case .coMention: "co-mentions make no edges"
                case .visit: "talks held during a visit are not marked as a visit"
                case .attendance: "persons present at an event join no pair"
                }
                out.append(LintFinding(severity: .warning, location: nil, file: "", code: "missing-role",
                                       message: "no interaction type has role \(role.rawValue): \(what)"))
            }
        }
        return out
    }

    /// Terms of the same office in the same country must not overlap (touching ends are fine).
    static func overlaps(_ kb: KnowledgeBase) -> [LintFinding] {
        var byKey: [String: [(Person, Role)]] = [:]
        for p in kb.persons { for r in p.roles { byKey["\(r.office)|\(r.country)", default: []].append((p, r)) } }
        var out: [LintFinding] = []
        for key in byKey.keys.sorted() {
            let terms = byKey[key]!.sorted { ($0.1.from ?? Day(year: 1, month: 1, day: 1)!) < ($1.1.from ?? Day(year: 1, month: 1, day: 1)!) }
            for i in terms.indices {
                for j in terms.indices where j > i {
                    let (a, ra) = terms[i], (b, rb) = terms[j]
                    // [fa, ta) and [fb, tb) overlap when fa < tb and fb < ta.
                    let aStartsBeforeBEnds = rb.to.map { (ra.from ?? Day(year: 1, month: 1, day: 1)!) < $0 } ?? true
                    let bStartsBeforeAEnds = ra.to.map { (rb.from ?? Day(year: 1, month: 1, day: 1)!) < $0 } ?? true
                    if aStartsBeforeBEnds && bStartsBeforeAEnds {
                        let loc = rb.location ?? b.location
                        let parts = key.split(separator: "|")
                        out.append(LintFinding(severity: .error, location: loc, file: loc?.file ?? "", code: "overlap",
                                               message: "\(parts[0]) of \(parts[1]): the term of '\(b.id)' (from \(rb.from.map { "\($0)" } ?? "?")) overlaps the term of '\(a.id)' (\(ra.from.map { "\($0)" } ?? "?") to \(ra.to.map { "\($0)" } ?? "open")); set the earlier term's 'to'"))
                    }
                }
            }
        }
        return out
    }

    /// An `honorific_pronouns` entry is the pronoun and the words that introduce the person it
    /// stands for; an entry of one word introduces no one, and the linker ignores it.
    static func honorificPronounEntries(_ kb: KnowledgeBase, file: String) -> [LintFinding] {
        kb.lexicon.honorificPronouns.filter { $0.split(whereSeparator: \.isWhitespace).count < 2 }.map { entry in
            LintFinding(severity: .warning, location: nil, file: file, code: "lone-pronoun",
                        message: "lexicon honorific_pronouns entry «\(entry)» has no introducing words; write the pronoun, then the words that introduce its person («سموه سمو الأمير»)")
        }
    }

    /// A partial name that is also a function word or common verb (lexicon stopwords) would link
    /// that word everywhere.
    static func commonWordShorts(_ kb: KnowledgeBase) -> [LintFinding] {
        let stop = Set(kb.lexicon.stopwords.map { ArabicNormalizer.normalize($0) })
        var out: [LintFinding] = []
        for p in kb.persons {
            for s in p.short where stop.contains(ArabicNormalizer.normalize(s)) {
                out.append(LintFinding(severity: .warning, location: p.location, file: p.location?.file ?? "", code: "common-word",
                                       message: "partial name «\(s)» of '\(p.id)' is also a common word (lexicon stopwords); remove it from short"))
            }
        }
        return out
    }

    static func sharedNames(_ kb: KnowledgeBase) -> [LintFinding] {
        var owners: [String: [Person]] = [:]
        for p in kb.persons { for n in Set(p.names.map { ArabicNormalizer.normalize($0) }) { owners[n, default: []].append(p) } }
        var out: [LintFinding] = []
        for name in owners.keys.sorted() where owners[name]!.count > 1 {
            let ps = owners[name]!.sorted { $0.id < $1.id }
            out.append(LintFinding(severity: .warning, location: ps[1].location, file: ps[1].location?.file ?? "", code: "shared-name",
                                   message: "full name «\(name)» belongs to \(ps.map(\.id).joined(separator: ", ")); the linker picks the one in office on the date"))
        }
        return out
    }
}
