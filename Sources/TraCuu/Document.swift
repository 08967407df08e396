import TraCuuText

/// A document to index: an id, a title and a body, and optional metadata that is stored and
/// returned with hits.
public struct Document: Hashable, Sendable {
    /// Unique within an index; adding a second document with the same id replaces the first.
    public var id: String
    public var title: String
    public var body: String
    /// When it was written or published: a day, or a month or year when that is all that is
    /// known. `CalendarDate("2021-06-16")` or `CalendarDate("16/6/2021")` reads one from text.
    public var date: CalendarDate?
    /// Where the document comes from (a newspaper, a collection).
    public var source: String?
    /// The file it was read from.
    public var path: String?
    /// Further fields to store and return with hits, not indexed.
    public var fields: [String: String]

    public init(id: String, title: String = "", body: String, date: CalendarDate? = nil,
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
