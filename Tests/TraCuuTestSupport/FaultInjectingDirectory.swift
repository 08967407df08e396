import Synchronization
import TraCuu

/// A `Directory` that passes every call to another one, except the calls it was armed to
/// fail: it simulates a failing disk so that tests can check that an interrupted commit
/// leaves the previous one intact.
///
/// ```swift
/// let disk = FaultInjectingDirectory(wrapping: MemoryDirectory())
/// disk.failCall(3, of: .write)          // the third write from now throws
/// disk.simulateFullDisk(after: 4096)    // writes past 4 KiB from now throw
/// ```
/// Injected faults throw `IndexError(.io, "injected fault")` (or a "disk full" message) and do
/// not reach the wrapped directory. Thread-safe.
package final class FaultInjectingDirectory: Directory {
    /// The calls that can be failed.
    package enum Operation: Hashable, Sendable, CaseIterable {
        case createOutput, write, finish, rename, syncDirectory, delete
    }

    private struct State {
        var calls: [Operation: Int] = [:]
        var failingCalls: [Operation: Set<Int>] = [:]
        var diskSpace: Int?
        var faults = 0
    }

    /// The directory that receives the calls that do not fail.
    package let base: any Directory
    private let state = Mutex(State())

    /// Wraps `base`, with nothing armed.
    package init(wrapping base: any Directory) {
        self.base = base
    }

    /// Arms a fault: the `n`-th call of `operation` from now on (1 is the next one) throws
    /// instead of reaching the wrapped directory. Only that call fails; arming several calls
    /// is allowed.
    package func failCall(_ n: Int, of operation: Operation) {
        precondition(n >= 1, "calls are counted from 1")
        state.withLock { state in
            let call = state.calls[operation, default: 0] + n
            state.failingCalls[operation, default: []].insert(call)
        }
    }

    /// Simulates a full disk: once `bytes` more bytes have been written (through any output),
    /// every `write` throws. A write that crosses the limit passes on the part that fits first,
    /// as a real short write would.
    package func simulateFullDisk(after bytes: Int) {
        state.withLock { $0.diskSpace = bytes }
    }

    /// Removes every armed fault and the disk limit; counts are kept.
    package func disarm() {
        state.withLock { state in
            state.failingCalls = [:]
            state.diskSpace = nil
        }
    }

    /// How many times `operation` was called since creation, failed calls included.
    package func callCount(_ operation: Operation) -> Int {
        state.withLock { $0.calls[operation, default: 0] }
    }

    /// How many faults were injected since creation.
    package var faultCount: Int {
        state.withLock { $0.faults }
    }

    /// The wrapped directory's files; never fails by injection.
    package func fileNames() throws -> [String] { try base.fileNames() }

    /// The wrapped directory's entries; never fails by injection.
    package func entryNames() throws -> [String] { try base.entryNames() }

    /// Whether the wrapped directory has the file.
    package func fileExists(_ name: String) -> Bool { base.fileExists(name) }

    /// Reads from the wrapped directory; never fails by injection.
    package func read(_ name: String) throws -> FileBytes { try base.read(name) }

    /// An output whose `write` and `finish` calls can fail; counted as `.createOutput`.
    package func createOutput(_ name: String) throws -> any FileOutput {
        try count(.createOutput, file: name)
        return FaultInjectingOutput(base: try base.createOutput(name), name: name, faults: self)
    }

    /// Renames in the wrapped directory unless this call is armed to fail.
    package func rename(_ source: String, to destination: String) throws {
        try count(.rename, file: source)
        try base.rename(source, to: destination)
    }

    /// Syncs the wrapped directory unless this call is armed to fail.
    package func syncDirectory() throws {
        try count(.syncDirectory, file: nil)
        try base.syncDirectory()
    }

    /// Deletes in the wrapped directory unless this call is armed to fail.
    package func delete(_ name: String) throws {
        try count(.delete, file: name)
        try base.delete(name)
    }

    /// The wrapped directory's writer lock; never fails by injection.
    package func lock() throws -> any DirectoryLock { try base.lock() }

    /// Counts a call and throws when it is armed to fail.
    fileprivate func count(_ operation: Operation, file: String?) throws {
        let fails = state.withLock { state -> Bool in
            let call = state.calls[operation, default: 0] + 1
            state.calls[operation] = call
            guard state.failingCalls[operation]?.remove(call) != nil else { return false }
            state.faults += 1
            return true
        }
        if fails { throw IndexError(.io, "injected fault", file: file) }
    }

    /// Takes up to `wanted` bytes of disk space; returns how many fit (all without a limit).
    fileprivate func allocate(_ wanted: Int) -> Int {
        state.withLock { state in
            guard let space = state.diskSpace else { return wanted }
            let granted = min(space, wanted)
            state.diskSpace = space - granted
            if granted < wanted { state.faults += 1 }
            return granted
        }
    }
}

/// An output of a `FaultInjectingDirectory`: counts `write` and `finish` calls and applies the
/// disk limit before passing them on.
private final class FaultInjectingOutput: FileOutput {
    private let base: any FileOutput
    private let name: String
    private let faults: FaultInjectingDirectory

    init(base: any FileOutput, name: String, faults: FaultInjectingDirectory) {
        self.base = base
        self.name = name
        self.faults = faults
    }

    var count: Int { base.count }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try faults.count(.write, file: name)
        let granted = faults.allocate(bytes.count)
        try base.write(UnsafeRawBufferPointer(rebasing: bytes[0..<granted]))
        if granted < bytes.count {
            throw IndexError(.io, "injected fault: disk full writing \(name)", file: name)
        }
    }

    func finish() throws {
        try faults.count(.finish, file: name)
        try base.finish()
    }
}
