import Foundation
import TraCuu
import TraCuuText
import TraCuuTestSupport

/// Small real documents for index tests: the seed article (ours), and distractors written
/// for these tests.
enum IndexFixtures {
    static let seed: Document = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("seeds/000_e3ece47872f8ab9d.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let title = String(text.prefix { $0 != "\n" })
        return Document(id: "seed", title: title, body: String(text.dropFirst(title.count)))
    }()

    static let distractors: [Document] = [
        Document(id: "d1", title: "Hội nghị tổng kết",
                 body: "Nghị quyết của Đảng bộ xã được triển khai; năm 05 người được khen."),
        Document(id: "d2", title: "Kinh tế",
                 body: "Nghị quyết số 12 ngày 3/4/2020 về phát triển kinh tế. Hòa bình, hoà hợp."),
        Document(id: "d3", title: "Thể thao", body: "Ông Nguyễn Thái Sơn ghi bàn; tỷ số 2-1."),
    ]

    static var all: [Document] { [seed] + distractors }

    /// The fixture documents committed in one segment in `directory`, then `d1` deleted (so
    /// a tombstone file exists); the writer closed.
    @discardableResult
    static func committedIndex(in directory: any Directory) throws -> SearchIndex {
        let index = try SearchIndex.open(in: directory)
        let writer = try index.writer()
        for document in all { try writer.add(document) }
        try writer.commit()
        try writer.delete(id: "d1")
        try writer.commit()
        try writer.close()
        return index
    }

    /// A searcher over `count` documents of the seed article's and the distractors' sentences
    /// drawn at random (`seed`), one to `sentences` a body, a title cut from one; committed
    /// every `segment` documents, then `deleted` deleted: many matches per word, with
    /// varied scores.
    static func sentenceSearcher(count: Int, sentences: Int, segment: Int, deleted: [String],
                                 seed: UInt64) throws -> Searcher {
        let pool = Self.seed.body
            .split(whereSeparator: { ".\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            + distractors.map(\.body)
        var random = SeededGenerator(seed: seed)
        func sentence() -> String { pool[Int(random.next() % UInt64(pool.count))] }
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for number in 0..<count {
            let body = (0...Int(random.next() % UInt64(sentences))).map { _ in sentence() }
                .joined(separator: ". ")
            let title = String(sentence().prefix(30 + Int(random.next() % 40)))
            try writer.add(Document(id: "doc\(number)", title: title, body: body))
            if number % segment == segment - 1 { try writer.commit() }
        }
        for id in deleted { _ = try writer.delete(id: id) }
        try writer.commit()
        return try index.searcher()
    }

    /// An in-memory index of `bodies`, one document each (`body0`, `body1`…) under `title`.
    static func index(ofBodies bodies: [String], title: String) throws -> SearchIndex {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for (number, body) in bodies.enumerated() {
            try writer.add(Document(id: "body\(number)", title: title, body: body))
        }
        try writer.commit()
        return index
    }

    /// A searcher over `index(ofBodies:title:)`, for a suite's fixture.
    static func searcher(ofBodies bodies: [String], title: String) -> Searcher {
        do {
            return try index(ofBodies: bodies, title: title).searcher()
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }

    /// A searcher over an in-memory index of `documents`, committed at once, for a suite's
    /// fixture.
    static func searcher(of documents: [Document]) -> Searcher {
        let index = SearchIndex.inMemory()
        do {
            let writer = try index.writer()
            for document in documents { try writer.add(document) }
            try writer.commit()
            return try index.searcher()
        } catch {
            preconditionFailure("fixture index: \(error)")
        }
    }

    /// The exact and folded keys of a word or entity text, as the index stores them.
    static func keys(of text: String) -> (exact: String, folded: String) {
        let analysis = Analyzer(mode: .document).analyze(text)
        if let entity = analysis.entities.first(where: { $0.kind != .number }) {
            return (entity.keys.exact, entity.keys.folded)
        }
        return (analysis.tokens[0].exact, analysis.tokens[0].folded)
    }

    /// Ids of live documents holding a term.
    static func ids(_ searcher: Searcher, _ text: String) throws -> [String] {
        let key = keys(of: text)
        return try searcher.postings(exact: key.exact, folded: key.folded).map(\.id).sorted()
    }
}
