/// A failed SQLite call: the statement or call and SQLite's message.
public struct SQLiteError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
