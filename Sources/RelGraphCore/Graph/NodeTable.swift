/// The graph node of each knowledge-base actor, by actor index (`ActorTable`) and kind, made once
/// per builder: nodes are then read by index instead of looking up and copying a KB entry for
/// every article that names the actor.
///
/// A class: immutable tables shared by every worker thread as one reference.
final class NodeTable: Sendable {
    private let persons: [GraphNode?]
    private let organisations: [GraphNode?]
    private let countries: [GraphNode?]

    init(kb: KnowledgeBase, actors: ActorTable) {
        persons = actors.ids.map { id in
            kb.person(id).map { GraphNode(id: $0.id, name: $0.en, label: $0.ar, kind: .person, country: $0.country, sides: kb.sideTerms(of: $0)) }
        }
        organisations = actors.ids.map { id in
            kb.organisation(id).map { GraphNode(id: $0.id, name: $0.en, label: $0.ar, kind: .organisation, country: $0.country) }
        }
        countries = actors.ids.map { id in
            kb.country(id).map { GraphNode(id: $0.id, name: $0.en, label: $0.ar, kind: .country, country: nil) }
        }
    }

    /// The node of actor `i` as an entry of `kind`; nil when the KB has no such entry.
    func node(_ i: Int, kind: NodeKind) -> GraphNode? {
        switch kind {
        case .person: return persons[i]
        case .organisation: return organisations[i]
        case .country: return countries[i]
        }
    }

    /// The node of actor `i` of the kind the KB gives it (country, else person, else organisation).
    func node(_ i: Int) -> GraphNode? { countries[i] ?? persons[i] ?? organisations[i] }
}
