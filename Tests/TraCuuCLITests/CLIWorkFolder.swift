import Foundation
import Testing

/// A temporary folder for one CLI test, with helpers to write inputs and build an index.
struct CLIWorkFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` in the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    /// One JSONL line for a document.
    static func jsonLine(_ fields: [String: String]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    /// Indexes `documents` (as one JSONL file) into `index` in the folder; returns the
    /// index's path.
    func index(_ documents: [[String: String]], into index: String = "index") throws
        -> String
    {
        let lines = documents.map(Self.jsonLine).joined(separator: "\n") + "\n"
        let input = try write("documents.jsonl", Array(lines.utf8))
        let result = try TracuuExecutable.run(["index", "--index", path(index), input],
                                              input: "")
        #expect(result.status == 0, "\(result.stderr)")
        return path(index)
    }
}
