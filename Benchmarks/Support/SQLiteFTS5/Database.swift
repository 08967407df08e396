import CSQLite

/// An open SQLite database file, for one thread at a time.
public final class Database {
    /// The `sqlite3 *`, nil once closed.
    public private(set) var handle: OpaquePointer?

    /// Opens `path` read-write, creating the file if it is missing.
    public init(path: String) throws {
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                     nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "\(status)"
            sqlite3_close(handle)
            throw SQLiteError("sqlite3_open_v2 \(path): \(message)")
        }
    }

    deinit { close() }

    /// Closes the file; statements still open keep it open until they are released.
    public func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// The library's version, such as `3.40.1`.
    public static var version: String { String(cString: sqlite3_libversion()) }

    /// The message of the last failed call on this connection.
    public var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one or more statements that return no rows.
    public func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw SQLiteError("\(sql): \(lastError)")
        }
    }

    /// A prepared statement for `sql`, to bind, step and reset many times.
    public func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK,
              let statement else {
            throw SQLiteError("\(sql): \(lastError)")
        }
        return Statement(statement, database: self, sql: sql)
    }

    /// Each row's first column as text and second as integer.
    public func pairs(_ sql: String) throws -> [(String, Int)] {
        let statement = try prepare(sql)
        var rows: [(String, Int)] = []
        while try statement.step() {
            rows.append((statement.text(at: 0), Int(statement.integer(at: 1))))
        }
        return rows
    }
}
