import Foundation
import TraCuu
import TraCuuTestSupport

/// The first news articles of `../shared/corpus`, indexed in memory once for the tests that
/// need real statistics (bigram counts, frequent names).
final class NewsSample: Sendable {
    /// Articles indexed.
    static let size = 4_000
    private static let corpus = SharedCorpus.file("corpus/news_baomoi.jsonl.zst")
    private static let zstd = "/usr/bin/zstd"

    /// Whether the corpus and the `zstd` command are there.
    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: corpus.path)
            && FileManager.default.isExecutableFile(atPath: zstd)
    }

    let searcher: Searcher
    let ids: Set<String>

    private init() throws {
        // popen, not Process: this runs inside a static initialiser that parallel tests
        // wait on, where Process's run-loop threads may never get to run.
        guard let stream = popen("\(Self.zstd) -dc '\(Self.corpus.path)'", "r") else {
            throw LoadError(description: "cannot start zstd")
        }
        defer { pclose(stream) }
        var documents: [Document] = []
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        while documents.count < Self.size, getline(&line, &capacity, stream) > 0,
              let line {
            let data = Data(bytes: line, count: strlen(line))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let id = object["id"] as? String else { continue }
            documents.append(Document(id: id, title: object["title"] as? String ?? "",
                                      body: object["body"] as? String ?? ""))
        }
        free(line)
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for document in documents { try writer.add(document) }
        try writer.commit()
        searcher = try index.searcher()
        ids = Set(documents.map(\.id))
    }

    private struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    private static let loaded: Result<NewsSample, LoadError> = {
        do { return .success(try NewsSample()) } catch {
            return .failure(LoadError(description: "news sample: \(error)"))
        }
    }()

    /// The sample, indexed on first use.
    static func shared() throws -> NewsSample {
        try loaded.get()
    }
}
