import Foundation
import Synchronization
import Testing
import TraCuu

/// Searchers are shared across threads while a writer commits, deletes and merges on the same
/// folder: every search must answer from one committed generation, whole.
@Suite struct ConcurrentSearchTests {
    /// What one search saw: the searcher's generation and the ids it found.
    private struct Observation: Sendable {
        let generation: UInt64
        let ids: Set<String>
        let documentCount: Int
    }

    /// Live ids after each generation, and what the readers saw.
    private struct Record: Sendable {
        var expected: [UInt64: Set<String>] = [:]
        var observations: [Observation] = []
        var failures: [String] = []
    }

    /// What the writer and the readers share. The record sits behind an NSLock rather than a
    /// Mutex: ThreadSanitizer sees a pthread lock, not the Mutex's futex, so a run under it
    /// reports only races in the code under test.
    private final class Shared: @unchecked Sendable {
        let writerDone = Atomic<Bool>(false)
        private let lock = NSLock()
        private var record = Record()

        /// Runs `body` on the record, holding the lock.
        func withRecord<Result>(_ body: (inout Record) -> Result) -> Result {
            lock.lock()
            defer { lock.unlock() }
            return body(&record)
        }
    }

    private static let readerCount = 3
    private static let steps = 24

    @Test("several threads searching while a writer commits and merges see whole commits")
    func searchersSeeWholeCommits() throws {
        try StorageFixture.withFolder { path in
            let index = try SearchIndex.open(at: path, creatingIfMissing: true,
                                             options: IndexOptions(mergeFactor: 3))
            let shared = Shared()
            let finished = DispatchSemaphore(value: 0)
            for _ in 0..<Self.readerCount {
                Thread {
                    Self.search(index, shared)
                    finished.signal()
                }.start()
            }
            do {
                try Self.write(index, shared)
            } catch {
                shared.withRecord { $0.failures.append("writer: \(error)") }
            }
            shared.writerDone.store(true, ordering: .releasing)
            for _ in 0..<Self.readerCount { finished.wait() }

            let result = shared.withRecord { $0 }
            #expect(result.failures.isEmpty, "\(result.failures.prefix(3))")
            #expect(result.observations.count >= Self.readerCount)
            for observation in result.observations {
                let expected = result.expected[observation.generation]
                #expect(observation.ids == expected,
                        "generation \(observation.generation) answered \(observation.ids.count)")
                #expect(observation.documentCount == expected?.count)
            }
            let last = try index.searcher()
            #expect(result.expected[last.generation] != nil)
        }
    }

    /// Adds a document per step, deletes one every fourth step and merges everything every
    /// sixth, recording the live ids of every generation each call committed.
    private static func write(_ index: SearchIndex, _ shared: Shared) throws {
        let writer = try index.writer()
        defer { try? writer.close() }
        var live: Set<String> = []
        var generation = try index.searcher().generation
        shared.withRecord { $0.expected[generation] = live }
        for step in 1...steps {
            try writer.add(Document(id: "doc-\(step)", title: "Đợt \(step)",
                                    body: "Hòa bình và phát triển, đợt thứ \(step)."))
            live.insert("doc-\(step)")
            if step.isMultiple(of: 4) {
                try writer.delete(id: "doc-\(step - 2)")
                live.remove("doc-\(step - 2)")
            }
            if step.isMultiple(of: 6) {
                try writer.mergeAll()
            } else {
                try writer.commit()
            }
            // The merges it called for run in the background; once they are done, every
            // generation since the last step (the commit and the merges) holds `live`.
            try writer.waitForMerges()
            let next = try index.searcher().generation
            shared.withRecord { record in
                for committed in (generation + 1)...max(generation + 1, next) {
                    record.expected[committed] = live
                }
            }
            generation = next
        }
    }

    /// Opens searchers and searches them until the writer is done, twice per searcher (an
    /// older searcher must keep answering from its own commit).
    private static func search(_ index: SearchIndex, _ shared: Shared) {
        var isLastRound = false
        while !isLastRound {
            isLastRound = shared.writerDone.load(ordering: .acquiring)
            do {
                let searcher = try index.searcher()
                let query = try Query(parsing: "hòa bình")
                for _ in 0..<2 {
                    let ids = Set(try searcher.search(query, limit: 1000).hits.map(\.id))
                    let observation = Observation(generation: searcher.generation, ids: ids,
                                                  documentCount: searcher.documentCount)
                    shared.withRecord { $0.observations.append(observation) }
                }
            } catch {
                shared.withRecord { $0.failures.append("reader: \(error)") }
            }
        }
    }
}
