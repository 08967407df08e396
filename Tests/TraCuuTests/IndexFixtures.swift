import Foundation
import TraCuu
import TraCuuText

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
