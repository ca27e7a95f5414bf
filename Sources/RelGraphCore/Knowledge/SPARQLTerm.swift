/// One value of a SPARQL 1.1 Query Results JSON binding (W3C): an IRI, a literal (with its
/// language tag or datatype) or a blank node.
public struct SPARQLTerm: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case uri, literal, bnode }
    public var kind: Kind
    public var value: String
    /// `xml:lang` of a literal («ar», «en»), nil when untagged.
    public var language: String?
    /// `datatype` IRI of a typed literal (`…XMLSchema#dateTime`), nil otherwise.
    public var datatype: String?

    public init(kind: Kind, value: String, language: String? = nil, datatype: String? = nil) {
        self.kind = kind
        self.value = value
        self.language = language
        self.datatype = datatype
    }
}
