import CSQLite

/// A prepared SQLite statement: bind parameters (1-based), step through rows, read columns
/// (0-based), reset to run it again. Finalized when released.
public final class Statement {
    private let handle: OpaquePointer
    /// Keeps the connection open while the statement lives.
    private let database: Database
    private let sql: String

    init(_ handle: OpaquePointer, database: Database, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds an integer to parameter `index`.
    public func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Binds text to parameter `index`; SQLite copies it.
    public func bind(_ text: String, at index: Int32) {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                let empty: StaticString = ""
                let pointer = characters.baseAddress
                    ?? UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self)
                _ = csqlite_bind_text_transient(handle, index, pointer, Int32(characters.count))
            }
        }
    }

    /// Binds UTF-8 bytes without copying them: they must stay valid until the statement is
    /// stepped (and reset). An empty buffer binds "".
    public func bindStatic(_ text: UnsafeBufferPointer<UInt8>, at index: Int32) {
        let empty: StaticString = ""
        let pointer = text.baseAddress ?? empty.utf8Start
        pointer.withMemoryRebound(to: CChar.self, capacity: max(text.count, 1)) {
            _ = csqlite_bind_text_static(handle, index, $0, Int32(text.count))
        }
    }

    /// Runs the statement to its next row: true when there is one, false when done.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError("\(sql): \(database.lastError)")
        }
    }

    /// Makes the statement ready to run again; bindings stay.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Column `index` of the current row as text ("" for NULL).
    public func text(at index: Int32) -> String {
        sqlite3_column_text(handle, index).map { String(cString: $0) } ?? ""
    }

    /// Column `index` of the current row as an integer.
    public func integer(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }
}
