import Foundation
import Testing

/// The `tracuu` binary that `swift build` / `swift test` put next to the test runner, run
/// as a child process with bytes on stdin.
enum TracuuExecutable {
    /// What a run left behind.
    struct Result {
        let status: Int32
        let stdout: [UInt8]
        let stderr: String

        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The binary: `$TRACUU_EXECUTABLE` if set, else `tracuu` in the folder of the test
    /// runner (the build products folder, found from the running executable, the test
    /// bundle, or argv[0]), else `.build/debug/tracuu` under the package root.
    static let url: URL? = {
        let fileManager = FileManager.default
        var folders: [URL] = []
        if let path = ProcessInfo.processInfo.environment["TRACUU_EXECUTABLE"] {
            return URL(fileURLWithPath: path)
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        // macOS runs tests from a .xctest bundle inside the products folder.
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders.append(Bundle.main.bundleURL)
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).resolvingSymlinksInPath()
                .deletingLastPathComponent())
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        folders.append(packageRoot.appendingPathComponent(".build/release"))
        return folders.map { $0.appendingPathComponent("tracuu") }
            .first { fileManager.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `tracuu arguments…` with `input` on stdin, in `currentDirectory` when given;
    /// stdin, stdout and stderr go through temporary files, so large outputs cannot
    /// dead-lock on a pipe.
    static func run(_ arguments: [String], input: [UInt8], currentDirectory: URL? = nil)
        throws -> Result
    {
        let url = try #require(url, "tracuu binary not found; build it with `swift build`")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdinURL = folder.appendingPathComponent("stdin")
        let stdoutURL = folder.appendingPathComponent("stdout")
        let stderrURL = folder.appendingPathComponent("stderr")
        try Data(input).write(to: stdinURL)
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let stdin = try FileHandle(forReadingFrom: stdinURL)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdin.close()
        try stdout.close()
        try stderr.close()
        return Result(status: process.terminationStatus,
                      stdout: [UInt8](try Data(contentsOf: stdoutURL)),
                      stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
    }

    static func run(_ arguments: [String], input: String, currentDirectory: URL? = nil)
        throws -> Result
    {
        try run(arguments, input: Array(input.utf8), currentDirectory: currentDirectory)
    }
}
