import Foundation

/// Files and folders for tests that run the `tracuu` binary.
enum CLITestFiles {
    /// A fresh folder under the temporary directory; remove it when done.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracuu-ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One JSONL line with these fields, keys sorted.
    static func jsonLine(_ fields: [String: String]) -> String {
        let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    /// Writes `lines`, each followed by a newline, to `name` in `folder`.
    @discardableResult
    static func write(_ lines: [String], to name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
        return url
    }

    /// The number of live documents in the index at `index`, from `tracuu stats --json`.
    static func documentCount(_ index: URL) throws -> Int? {
        let result = try TracuuExecutable.run(["stats", "--index", index.path, "--json"],
                                              input: "")
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout))
        return (object as? [String: Any])?["documents"] as? Int
    }
}
