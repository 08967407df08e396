import Foundation
import Synchronization
import Testing
@testable import TraCuu
import TraCuuTestSupport

/// `IndexWriter.cancellation`: a long add stops between documents, and a rollback then keeps
/// the last commit exactly.
@Suite struct WriterCancellationTests {
    @Test("a cancelled writer stops within the batch, and rollback keeps the last commit")
    func cancelStopsAndRollbackKeepsCommit() throws {
        let index = SearchIndex.inMemory(options: IndexOptions(threads: 2))
        let writer = try index.writer()
        try writer.add(Document(id: "kept", body: "hòa bình"))
        try writer.commit()
        let analysed = Atomic<Int>(0)
        writer.cancellation = {
            analysed.add(1, ordering: .relaxed).newValue > 10
        }
        var code: IndexError.Code?
        do {
            for number in 0..<10_000 {
                try writer.add(Document(id: "d\(number)", body: "Nghị quyết số \(number)"))
            }
            try writer.commit()
        } catch let error as IndexError {
            code = error.code
        }
        #expect(code == .cancelled)
        #expect(analysed.load(ordering: .relaxed) < 20)
        writer.cancellation = nil
        try writer.rollback()
        try writer.commit()
        let searcher = try index.searcher()
        #expect(searcher.documentCount == 1)
        #expect(try searcher.document(id: "kept") != nil)
    }
}
