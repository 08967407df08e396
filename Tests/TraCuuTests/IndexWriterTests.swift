import Foundation
import Testing
@testable import TraCuu
import TraCuuTestSupport

@Suite struct IndexWriterTests {
    @Test("committed documents are found by syllable, entity and position")
    func commitAndLookUp() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for document in IndexFixtures.all { try writer.add(document) }
        try writer.commit()
        let searcher = try index.searcher()
        #expect(searcher.documentCount == 4)
        #expect(try IndexFixtures.ids(searcher, "hoà") == ["d2"])
        #expect(try IndexFixtures.ids(searcher, "Nghị quyết số 05") == ["seed"])
        #expect(try IndexFixtures.ids(searcher, "Nguyễn Thái Hà") == ["seed"])
        #expect(try IndexFixtures.ids(searcher, "Quy định số 69") == ["seed"])
        let title = try searcher.postings(exact: "nhiệm", folded: "nhiem")
            .first { $0.id == "seed" }
        #expect(title?.positions.first == 11)
        #expect(try searcher.document(id: "d3")?.title == "Thể thao")
    }

    @Test("nothing is visible before commit, and rollback drops it")
    func uncommittedIsInvisible() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(IndexFixtures.seed)
        #expect(try index.searcher().documentCount == 0)
        try writer.rollback()
        try writer.commit()
        #expect(try index.searcher().documentCount == 0)
    }

    @Test("a second add with the same id replaces the first, before and after commit")
    func updateReplaces() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(Document(id: "a", body: "hòa bình"))
        try writer.add(Document(id: "a", body: "chiến tranh"))
        try writer.commit()
        try writer.update(Document(id: "a", body: "độc lập"))
        try writer.commit()
        let searcher = try index.searcher()
        #expect(searcher.documentCount == 1)
        #expect(try IndexFixtures.ids(searcher, "hòa").isEmpty)
        #expect(try IndexFixtures.ids(searcher, "chiến").isEmpty)
        #expect(try IndexFixtures.ids(searcher, "độc") == ["a"])
    }

    @Test("delete by id removes a committed document; an unknown id is reported")
    func deleteByID() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for document in IndexFixtures.all { try writer.add(document) }
        try writer.commit()
        #expect(try writer.delete(id: "d2"))
        #expect(try !writer.delete(id: "nope"))
        try writer.commit()
        let searcher = try index.searcher()
        #expect(searcher.documentCount == 3)
        #expect(try IndexFixtures.ids(searcher, "hoà").isEmpty)
        #expect(try searcher.document(id: "d2") == nil)
    }

    @Test("a searcher keeps answering from its commit while the writer commits newer ones")
    func snapshotIsolation() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(IndexFixtures.seed)
        try writer.commit()
        let old = try index.searcher()
        try writer.delete(id: "seed")
        try writer.add(IndexFixtures.distractors[0])
        try writer.commit()
        #expect(old.documentCount == 1)
        #expect(try IndexFixtures.ids(old, "Nguyễn Thái Hà") == ["seed"])
        #expect(try IndexFixtures.ids(index.searcher(), "Nguyễn Thái Hà").isEmpty)
    }

    @Test("a small buffer flushes several segments and merges keep their count low")
    func flushAndMerge() throws {
        let index = SearchIndex.inMemory(options: IndexOptions(bufferBytes: 1, mergeFactor: 3))
        let writer = try index.writer()
        for number in 0..<20 {
            try writer.add(Document(id: "doc\(number)", body: "văn bản số \(number) hoà bình"))
        }
        try writer.commit()
        try writer.waitForMerges()
        let searcher = try index.searcher()
        #expect(searcher.documentCount == 20)
        #expect(try searcher.statistics().segments <= 6)
        #expect(try IndexFixtures.ids(searcher, "hòa").count == 20)
        try searcher.verify()
    }

    @Test("merging A and B answers exactly as one index of A and B")
    func mergeEqualsSingleIndex() throws {
        let documents = (0..<30).map { number in
            Document(id: "n\(number)", title: "Tin \(number)",
                     body: "Nghị quyết số \(number % 7) ngày \(number % 28 + 1)/6/2021 của "
                        + "Đảng ủy phường Mỏ Chè, ông Nguyễn Thái Hà phát biểu.")
        }
        // Merges run right after each commit, before the deletes: bigram counts keep the
        // pairs of documents deleted after their segment merged, as one segment keeps them.
        let merged = SearchIndex.inMemory(options: IndexOptions(bufferBytes: 1, mergeFactor: 2,
                                                                mergeScheduling: .manual))
        let single = SearchIndex.inMemory()
        for (index, batch) in [(merged, documents), (single, documents)] {
            let writer = try index.writer()
            for document in batch { try writer.add(document) }
            try writer.add(Document(id: "gone", body: "Chữ độcnhất"))
            try writer.commit()
            try writer.runMerges()
            try writer.delete(id: "n3")
            try writer.delete(id: "gone")
            try writer.commit()
            try writer.runMerges()
        }
        let left = try merged.searcher(), right = try single.searcher()
        #expect(try left.statistics().segments < 6)
        #expect(left.documentCount == right.documentCount)
        for text in ["Nghị quyết số 5", "Mỏ Chè", "Nguyễn Thái Hà", "phát", "16/6/2021", "Tin",
                     "độcnhất"] {
            let key = IndexFixtures.keys(of: text)
            let a = try left.postings(exact: key.exact, folded: key.folded)
                .map { "\($0.id)\($0.positions)" }.sorted()
            let b = try right.postings(exact: key.exact, folded: key.folded)
                .map { "\($0.id)\($0.positions)" }.sorted()
            #expect(a == b, "\(text)")
        }
        for (first, second) in [("nghị", "quyết"), ("mỏ", "chè"), ("phát", "biểu")] {
            #expect(try Self.bigramCount(first, second, left) > 0)
            #expect(try Self.bigramCount(first, second, left)
                        == Self.bigramCount(first, second, right))
        }
        try left.verify()
    }

    /// How often two syllables were adjacent, summed over the searcher's segments.
    private static func bigramCount(_ first: String, _ second: String, _ searcher: Searcher)
        throws -> Int
    {
        let left = IndexFixtures.keys(of: first), right = IndexFixtures.keys(of: second)
        return try searcher.loadedSegments().reduce(0) { total, segment in
            let dictionary = segment.reader.dictionary
            guard let a = dictionary.term(exact: left.exact, folded: left.folded),
                  let b = dictionary.term(exact: right.exact, folded: right.folded)
            else { return total }
            return total + segment.reader.bigramCount(a, b)
        }
    }

    @Test("mergeAll leaves one segment of the live documents, answering as before")
    func mergeAll() throws {
        let index = SearchIndex.inMemory(options: IndexOptions(bufferBytes: 1, threads: 2))
        let writer = try index.writer()
        for document in IndexFixtures.all { try writer.add(document) }
        try writer.commit()
        try writer.delete(id: "d1")
        try writer.commit()
        let before = try index.searcher()
        let hits = try IndexFixtures.ids(before, "hòa")
        #expect(try before.statistics().segments > 1)
        try writer.mergeAll()
        let after = try index.searcher()
        #expect(try after.statistics().segments == 1)
        #expect(after.documentCount == before.documentCount)
        #expect(try IndexFixtures.ids(after, "hòa").sorted() == hits.sorted())
        #expect(try !IndexFixtures.ids(after, "hòa").contains("d1"))
        try after.verify()
    }

    @Test("building on two threads indexes exactly what one thread does, replacements and deletes included")
    func parallelEqualsSerial() throws {
        let documents = IndexFixtures.all + (0..<300).map { number in
            Document(id: "p\(number % 250)", body: "Ông Nguyễn Thái Hà ký Quyết định số "
                        + "\(number) ngày 2/\(number % 12 + 1)/2020 về thủy lợi.")
        }
        var answers: [[String]] = []
        for threads in [1, 2] {
            let index = SearchIndex.inMemory(options: IndexOptions(threads: threads))
            let writer = try index.writer()
            for document in documents { try writer.add(document) }
            try writer.delete(id: "p7")
            try writer.add(Document(id: "p8", body: "Thủy lợi Mỏ Chè."))
            try writer.commit()
            let searcher = try index.searcher()
            let queries = ["Nguyễn Thái Hà", "thuỷ", "Quyết định số 5", "Quyết định số 255",
                           "Quyết định số 257", "hoà"]
            answers.append(try queries.map { query in
                let key = IndexFixtures.keys(of: query)
                let hits = try searcher.postings(exact: key.exact, folded: key.folded)
                return "\(query): " + hits.map { "\($0.id)\($0.positions)" }.sorted()
                    .joined(separator: " ")
            } + ["\(searcher.documentCount) documents"])
        }
        #expect(answers[0] == answers[1])
        #expect(answers[0].contains("Quyết định số 5: "))
        #expect(answers[0].contains("Quyết định số 255: p5[6]"))
        #expect(answers[0].contains("Quyết định số 257: "))
        #expect(answers[0].last == "\(IndexFixtures.all.count + 249) documents")
    }

    @Test("a second writer gets .locked")
    func secondWriterIsLocked() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        #expect(throws: IndexError.self) { try index.writer() }
        try writer.close()
        _ = try index.writer()
    }

    @Test("large documents are analysed before a batch of them is complete")
    func pendingTextIsBounded() throws {
        let index = SearchIndex.inMemory(options: IndexOptions(bufferBytes: 1 << 20))
        let writer = try index.writer()
        let body = String(repeating: "Nghị quyết số 05 về hòa bình. ", count: 10_000)
        for number in 0..<8 { try writer.add(Document(id: "big\(number)", body: body)) }
        // 2.7 MB of text against a 1 MiB buffer: segments were flushed before any commit,
        // so the text did not wait whole in the batch.
        #expect(try index.directory.fileNames().contains { $0.hasSuffix(".pst") })
        try writer.commit()
        #expect(try index.searcher().documentCount == 8)
    }

    @Test("documents with an empty body, a 50 MB body or replacement characters index")
    func unusualDocuments() throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(Document(id: "empty", body: ""))
        let big = String(repeating: "Nghị quyết số 05 về hòa bình. ", count: 50_000_000 / 34)
        try writer.add(Document(id: "big", body: big))
        try writer.add(Document(id: "bad", body: String(decoding: [0x68, 0xFF, 0x6F, 0xE0], as: UTF8.self)))
        try writer.commit()
        let searcher = try index.searcher()
        #expect(searcher.documentCount == 3)
        #expect(try IndexFixtures.ids(searcher, "Nghị quyết số 05") == ["big"])
        #expect(throws: IndexError.self) { try writer.add(Document(id: "", body: "x")) }
    }
}

@Suite struct PostingsCursorTests {
    @Test("seek jumps through skip entries to the same documents a linear walk finds",
          arguments: [1, 127, 128, 129, 259, 700])
    func seekMatchesLinearWalk(documents: Int) throws {
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        for number in 0..<documents {
            let body = number % 3 == 0 ? "hòa bình số \(number)" : "chiến tranh số \(number)"
            try writer.add(Document(id: "d\(number)", body: body))
        }
        try writer.commit()
        let reader = try #require(index.searcher().loadedSegments().first?.reader)
        let term = try #require(reader.dictionary.term(exact: "số", folded: "so"))
        var linear = try reader.postings(ofTerm: term)
        var all: [UInt32] = []
        while case let document = try linear.advance(), document != PostingsCursor.end {
            all.append(document)
        }
        #expect(all.count == documents)
        for target in stride(from: UInt32(0), through: UInt32(documents + 5), by: 37) {
            var cursor = try reader.postings(ofTerm: term)
            let found = try cursor.seek(to: target)
            #expect(found == (all.first { $0 >= target } ?? PostingsCursor.end), "\(target)")
            if found != PostingsCursor.end {
                #expect(try cursor.positionsOfDocument() == [3], "body starts at position 1")
            }
        }
    }
}
