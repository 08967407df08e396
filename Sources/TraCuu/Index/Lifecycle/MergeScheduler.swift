import Dispatch
import Synchronization

/// Runs the merges `MergePolicy` asks for after each commit, so that a commit returns as
/// soon as it is durable (as Lucene's `ConcurrentMergeScheduler`).
///
/// With `.background` scheduling, a commit queues a pass on a serial queue of the writer's
/// own: the pass merges until the policy asks for nothing more, each merge committed on its
/// own (`SegmentUpdater.finishMerge`). With `.manual`, nothing runs until the caller calls
/// `runMerges()`. A failed merge leaves its sources as they were and deletes its files; the
/// failure goes to `onFailure` when one is set, else it is kept for `takeFailures()`.
final class MergeScheduler: Sendable {
    private struct State {
        var isQueued = false
        var failures: [IndexError] = []
        var onFailure: (@Sendable (IndexError) -> Void)?
    }

    private let updater: SegmentUpdater
    private let policy: MergePolicy
    private let scheduling: MergeScheduling
    private let queue = DispatchQueue(label: "TraCuu.MergeScheduler")
    /// Entered for each queued pass, left when it ends: `waitUntilIdle()` waits on it.
    private let passes = DispatchGroup()
    private let state = Mutex(State())

    init(updater: SegmentUpdater, policy: MergePolicy, scheduling: MergeScheduling) {
        self.updater = updater
        self.policy = policy
        self.scheduling = scheduling
    }

    /// Where failures of background merges go; nil keeps them for `takeFailures()`.
    var onFailure: (@Sendable (IndexError) -> Void)? {
        get { state.withLock { $0.onFailure } }
        set { state.withLock { $0.onFailure = newValue } }
    }

    /// Tells the scheduler a commit happened: with `.background` scheduling, queues a pass
    /// unless one is queued and not started yet.
    func commitDidHappen() {
        guard scheduling == .background else { return }
        let isNew = state.withLock { state in
            defer { state.isQueued = true }
            return !state.isQueued
        }
        guard isNew else { return }
        passes.enter()
        queue.async { [self] in
            state.withLock { $0.isQueued = false }
            do {
                try runMerges()
            } catch {
                report(error)
            }
            passes.leave()
        }
    }

    /// Runs merges on the calling thread until the policy asks for none; throws the first
    /// failure, after giving up that merge. Not at the same time as a background pass.
    func runMerges() throws {
        while try merge(choosing: policy.nextMerge) {}
    }

    /// Merges every committed segment into one, leaving out deleted documents, unless there
    /// is one segment without deletions (or none). Waits for background merges first.
    func mergeAll() throws {
        waitUntilIdle()
        _ = try merge { candidates in
            candidates.count > 1 || candidates.contains { $0.deletedCount > 0 }
                ? Set(candidates.map(\.name)) : nil
        }
    }

    /// Merges the committed segments `choose` picks into one and commits that; returns
    /// false when it picked none.
    private func merge(choosing choose: ([Manifest.Segment]) -> Set<String>?) throws -> Bool {
        guard let merge = try updater.startMerge(choosing: choose) else { return false }
        do {
            let sources = try zip(merge.sources, merge.tombstones).map { segment, tombstones in
                SegmentMerger.Source(reader: try segment.reader(), tombstones: tombstones)
            }
            if sources.contains(where: { $0.tombstones.count < $0.reader.documentCount }) {
                let (count, maps) = try SegmentMerger.write(sources, as: merge.name,
                                                            to: updater.directory)
                try updater.finishMerge(merge, documentCount: count, documentMaps: maps)
            } else {
                try updater.finishMerge(merge, documentCount: nil, documentMaps: [])
            }
            return true
        } catch {
            try? updater.abandonMerge(merge)
            throw error
        }
    }

    /// Blocks until no background pass is queued or running.
    func waitUntilIdle() {
        passes.wait()
    }

    /// Calls `body` on the scheduler's queue once no background pass is queued or running.
    func whenIdle(_ body: @escaping @Sendable () -> Void) {
        passes.notify(queue: queue, execute: body)
    }

    /// The failures kept since the last call, oldest first.
    func takeFailures() -> [IndexError] {
        state.withLock { state in
            defer { state.failures = [] }
            return state.failures
        }
    }

    private func report(_ error: any Error) {
        let failure = error as? IndexError
            ?? IndexError(.io, "merge failed: \(error)")
        let handler = state.withLock { state -> (@Sendable (IndexError) -> Void)? in
            if state.onFailure == nil { state.failures.append(failure) }
            return state.onFailure
        }
        handler?(failure)
    }
}
