import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu

/// The indexes the search benchmarks compare, opened where an earlier run left them or built
/// from the corpus first. Building is not what these benchmarks time. Each is built under a
/// temporary name and renamed when complete, so a run stopped while building leaves nothing
/// that a later run would take for a finished index.
public enum BenchmarkIndexes {
    /// A TraCuu searcher over the index in `folder`, built from `documents` first unless the
    /// folder holds an index of this build's format version.
    public static func tracuu(folder: String, documents: () throws -> [CorpusDocument]) throws
        -> Searcher
    {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) {
            do {
                return try SearchIndex.open(at: folder).searcher()
            } catch let error as IndexError where error.code == .incompatibleFormat {
                FileHandle.standardError.write(Data("\(error.message) Rebuilding it.\n".utf8))
                try manager.removeItem(atPath: folder)
            }
        }
        let building = folder + ".building"
        if manager.fileExists(atPath: building) { try manager.removeItem(atPath: building) }
        let index = try SearchIndex.open(at: building, creatingIfMissing: true)
        let writer = try index.writer()
        for document in try documents() {
            try writer.add(Document(id: document.id, title: document.title,
                                    body: document.body, source: document.source))
        }
        try writer.commit()
        try writer.close()
        try manager.moveItem(atPath: building, toPath: folder)
        return try SearchIndex.open(at: folder).searcher()
    }

    /// The FTS5 table in `file`, built from `documents` first (one transaction, rowids from 1)
    /// unless the file exists.
    public static func fts5(file: String, documents: () throws -> [CorpusDocument]) throws
        -> FTS5Index
    {
        let manager = FileManager.default
        if manager.fileExists(atPath: file) {
            return try FTS5Index(path: file, creating: false)
        }
        let building = file + ".building"
        if manager.fileExists(atPath: building) { try manager.removeItem(atPath: building) }
        do {
            let index = try FTS5Index(path: building)
            try index.database.execute("BEGIN")
            let inserter = try index.inserter()
            for (row, document) in try documents().enumerated() {
                try inserter.insert(rowid: Int64(row + 1), id: document.id,
                                    title: document.title, body: document.body)
            }
            try index.database.execute("COMMIT")
        }
        try manager.moveItem(atPath: building, toPath: file)
        return try FTS5Index(path: file, creating: false)
    }
}
