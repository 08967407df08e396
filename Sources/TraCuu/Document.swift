/// A document to index: an id, a title and a body, and optional metadata that is stored and
/// returned with hits.
public struct Document: Hashable, Sendable {
    /// Unique within an index; adding a second document with the same id replaces the first.
    public var id: String
    public var title: String
    public var body: String
    /// A date as given (ISO 8601 `YYYY-MM-DD` is what `--since`/`--until` understand).
    public var date: String?
    /// Where the document comes from (a newspaper, a collection).
    public var source: String?
    /// The file it was read from.
    public var path: String?
    /// Further fields to store and return with hits, not indexed.
    public var fields: [String: String]

    public init(id: String, title: String = "", body: String, date: String? = nil,
                source: String? = nil, path: String? = nil, fields: [String: String] = [:]) {
        self.id = id
        self.title = title
        self.body = body
        self.date = date
        self.source = source
        self.path = path
        self.fields = fields
    }
}
