// Builds one engine's index of a JSON-lines corpus the way its user would, on one thread and
// with nothing else in the process, so that timing the whole process (Tools/compare-peers.sh)
// times reading, decoding and indexing together:
//
//   PeerIndex --engine tracuu|fts5 --corpus PATH --index PATH
//
// Each line is decoded through JSONSerialization and handed on at once (no corpus held in
// memory). TraCuu adds `Document(id:title:body:source:)` to a writer with default
// `IndexOptions` (one thread) and commits; FTS5 inserts the rows of `docs(id UNINDEXED, title,
// body)` (`unicode61 remove_diacritics 2`) through one prepared statement in one
// transaction. The index path must not exist yet. The last line, `RESULT …`, gives the
// documents and the bytes of title and body text.

import ArgumentParser
import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu

struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "PeerIndex", abstract: "Builds a TraCuu or SQLite FTS5 index of a corpus.")

    enum Engine: String, ExpressibleByArgument { case tracuu, fts5 }

    @Option(help: "The engine to index with.")
    var engine: Engine

    @Option(help: "A .jsonl (or .jsonl.zst, read through zstd -dc) file of id, title, body.")
    var corpus: String

    @Option(help: "The index to write: a folder for TraCuu, a file for FTS5.")
    var index: String

    func validate() throws {
        guard !FileManager.default.fileExists(atPath: index) else {
            throw ValidationError("\(index) exists: give a new path")
        }
    }
}

/// Calls `add` with each document of the corpus; returns the documents and their text bytes.
func forEachDocument(of path: String, _ add: (CorpusDocument) throws -> Void) throws
    -> (documents: Int, bytes: Int)
{
    var documents = 0, bytes = 0, lineNumber = 0
    try forEachLine(of: path) { line in
        lineNumber += 1
        guard !line.isEmpty else { return true }
        guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
              let id = object["id"] as? String, let body = object["body"] as? String else {
            throw CorpusError("\(path):\(lineNumber): not a document with id and body")
        }
        let document = CorpusDocument(id: id, title: object["title"] as? String ?? "",
                                      body: body, source: object["source"] as? String)
        try add(document)
        documents += 1
        bytes += document.title.utf8.count + document.body.utf8.count
        return true
    }
    return (documents, bytes)
}

func main() throws {
    let options = Options.parseOrExit()
    let counts: (documents: Int, bytes: Int)
    switch options.engine {
    case .tracuu:
        let index = try SearchIndex.open(at: options.index, creatingIfMissing: true)
        let writer = try index.writer()
        counts = try forEachDocument(of: options.corpus) { document in
            try writer.add(Document(id: document.id, title: document.title,
                                    body: document.body, source: document.source))
        }
        try writer.commit()
        try writer.close()
    case .fts5:
        let index = try FTS5Index(path: options.index)
        try index.database.execute("BEGIN")
        let inserter = try index.inserter()
        var row: Int64 = 0
        counts = try forEachDocument(of: options.corpus) { document in
            row += 1
            try inserter.insert(rowid: row, id: document.id, title: document.title,
                                body: document.body)
        }
        try index.database.execute("COMMIT")
    }
    print("RESULT engine=\(options.engine.rawValue) docs=\(counts.documents) "
          + "text_bytes=\(counts.bytes)")
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("PeerIndex: \(error)\n".utf8))
    exit(1)
}
