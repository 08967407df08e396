// The system SQLite (Debian/Ubuntu: `apt-get install libsqlite3-dev`), for the FTS5 side of
// the benchmarks (Support/SQLiteFTS5). SQLITE_STATIC and SQLITE_TRANSIENT are casts that Swift
// cannot import, so the bind calls that need them are wrapped here.
#include <sqlite3.h>

/// Binds UTF-8 text that stays valid until the statement is stepped (SQLITE_STATIC: no copy).
static inline int csqlite_bind_text_static(sqlite3_stmt *statement, int index,
                                           const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_STATIC);
}

/// Binds UTF-8 text that SQLite copies first (SQLITE_TRANSIENT).
static inline int csqlite_bind_text_transient(sqlite3_stmt *statement, int index,
                                              const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}
