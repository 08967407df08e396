import Foundation
import Glibc
import Testing
import TraCuu

/// The on-disk writer lock: `flock` on `write.lock`, across instances and processes.
@Suite struct WriterLockTests {
    /// A Python that can hold an `flock` for the cross-process test.
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("two directories over one folder exclude each other")
    func twoInstances() throws {
        try StorageFixture.withFolder { root in
            let first = try FileDirectory(path: root, creatingIfMissing: false)
            let second = try FileDirectory(path: root, creatingIfMissing: false)
            let held = try first.lock()
            let error = #expect(throws: IndexError.self) { try second.lock() }
            #expect(error?.code == .locked)
            #expect(error?.message
                == "index \(root) is locked by another writer (pid \(getpid()))")
            held.release()
            let taken = try second.lock()
            #expect(throws: IndexError.self) { try first.lock() }
            taken.release()
        }
    }

    @Test("the lock file holds the holder's pid and stays after release")
    func lockFileContents() throws {
        try StorageFixture.withFolder { root in
            let directory = try FileDirectory(path: root, creatingIfMissing: false)
            let lockPath = root + "/" + WriterLock.fileName
            try "99999999 stale\n".write(toFile: lockPath, atomically: false, encoding: .utf8)
            let lock = try directory.lock()
            #expect(try String(contentsOfFile: lockPath, encoding: .utf8) == "\(getpid())")
            lock.release()
            #expect(FileManager.default.fileExists(atPath: lockPath))
        }
    }

    @Test("a lock held by another process is reported with that process's pid",
          .enabled(if: python != nil), .timeLimit(.minutes(1)))
    func otherProcess() throws {
        try StorageFixture.withFolder { root in
            let lockPath = root + "/" + WriterLock.fileName
            let child = Process()
            child.executableURL = URL(fileURLWithPath: Self.python ?? "/usr/bin/python3")
            child.arguments = ["-c", """
                import fcntl, os, sys, time
                f = open(sys.argv[1], "a+")
                fcntl.flock(f, fcntl.LOCK_EX)
                f.truncate(0)
                f.write(str(os.getpid()))
                f.flush()
                time.sleep(60)
                """, lockPath]
            try child.run()
            // SIGKILL, not terminate(): the child may inherit a mask blocking SIGTERM.
            defer { Self.kill(child) }
            let pid = child.processIdentifier
            try Self.waitUntil(file: lockPath, contains: "\(pid)")

            let directory = try FileDirectory(path: root, creatingIfMissing: false)
            let error = #expect(throws: IndexError.self) { try directory.lock() }
            #expect(error?.code == .locked)
            #expect(error?.message == "index \(root) is locked by another writer (pid \(pid))")

            Self.kill(child)
            let lock = try directory.lock()
            lock.release()
        }
    }

    /// Kills `child` with SIGKILL and waits for it to exit; does nothing once it has exited.
    static func kill(_ child: Process) {
        guard child.isRunning else { return }
        _ = Glibc.kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
    }

    /// Polls `file` (every 20 ms, up to 30 s) until it holds exactly `text`.
    static func waitUntil(file: String, contains text: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while (try? String(contentsOfFile: file, encoding: .utf8)) != text {
            guard Date() < deadline else {
                throw IndexError(.io, "\(file) never held \(text)")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}
