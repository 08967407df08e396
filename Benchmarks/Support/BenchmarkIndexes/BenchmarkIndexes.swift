import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu

/// The indexes the search benchmarks compare, opened where an earlier run left them or built
/// from the corpus first. Building is not what these benchmarks time.
public enum BenchmarkIndexes {
    /// A TraCuu searcher over the index in `folder`, built from `documents` first unless the
    /// folder holds a committed index of this build's format version.
    public static func tracuu(folder: String, documents: () throws -> [CorpusDocument]) throws
        -> Searcher
    {
        if FileManager.default.fileExists(atPath: folder + "/manifest") {
            do {
                return try SearchIndex.open(at: folder).searcher()
            } catch let error as IndexError where error.code == .incompatibleFormat {
                FileHandle.standardError.write(Data("\(error.message) Rebuilding it.\n".utf8))
                try FileManager.default.removeItem(atPath: folder)
            }
        }
        let index = try SearchIndex.open(at: folder, creatingIfMissing: true)
        let writer = try index.writer()
        for document in try documents() {
            try writer.add(Document(id: document.id, title: document.title,
                                    body: document.body, source: document.source))
        }
        try writer.commit()
        writer.close()
        return try index.searcher()
    }

    /// The FTS5 table in `file`, built from `documents` first (one transaction, rowids from 1)
    /// unless the file exists.
    public static func fts5(file: String, documents: () throws -> [CorpusDocument]) throws
        -> FTS5Index
    {
        if FileManager.default.fileExists(atPath: file) {
            return try FTS5Index(path: file, creating: false)
        }
        let index = try FTS5Index(path: file)
        try index.database.execute("BEGIN")
        let inserter = try index.inserter()
        for (row, document) in try documents().enumerated() {
            try inserter.insert(rowid: Int64(row + 1), id: document.id, title: document.title,
                                body: document.body)
        }
        try index.database.execute("COMMIT")
        return index
    }
}
