import Foundation

/// The text the text benchmarks read: the `body` fields of the first documents of the
/// Vietnamese Wikipedia corpus (`wiki_vi.jsonl.zst`), up to a byte budget, one string per
/// document. Every pipeline runs over the same documents, one call per document.
///
/// The corpus is `$TRACUU_WIKI_CORPUS` if set, else `/work/shared/corpus/wiki_vi.jsonl.zst`;
/// a `.zst` file is read through `zstd -dc`, anything else as plain JSON lines. When it is
/// missing, the repository's `seeds/*.txt` are repeated up to the budget instead, and
/// `source` says so.
public struct BenchmarkText: Sendable {
    /// The default budget: 4 MiB of UTF-8.
    public static let defaultByteCount = 4 << 20

    /// The text loaded once per process, at the default budget.
    public static let shared = BenchmarkText(byteCount: defaultByteCount)

    /// One string per document (the last one cut at a space so the total fits the budget).
    public let documents: [String]
    /// UTF-8 bytes in all documents.
    public let byteCount: Int
    /// Where the text came from, for the report.
    public let source: String
    /// Whether the corpus was missing and the seed article stands in for it.
    public let isFallback: Bool

    public init(byteCount budget: Int) {
        let path = ProcessInfo.processInfo.environment["TRACUU_WIKI_CORPUS"]
            ?? "/work/shared/corpus/wiki_vi.jsonl.zst"
        var problem = "not readable"
        if FileManager.default.isReadableFile(atPath: path) {
            do {
                let bodies = try Self.readBodies(jsonl: path, budget: budget)
                if !bodies.isEmpty {
                    documents = bodies
                    source = "\(bodies.count) Wikipedia articles from \(path)"
                    isFallback = false
                    byteCount = documents.reduce(0) { $0 + $1.utf8.count }
                    return
                }
                problem = "no documents with a body"
            } catch {
                problem = "\(error)"
            }
        }
        documents = Self.repeatedSeeds(budget: budget)
        source = "FALLBACK (\(path): \(problem)): seeds/*.txt repeated, \(documents.count) copies"
        isFallback = true
        byteCount = documents.reduce(0) { $0 + $1.utf8.count }
    }

    /// The same text cut into paragraphs (at each line break, which stays with the line
    /// before it), so that the byte count does not change. ICU's transliterator rewrites its
    /// buffer in place and gets slower as a call's text gets longer; this shows by how much.
    public var paragraphs: BenchmarkText {
        var pieces: [String] = []
        for document in documents {
            var rest = Substring(document)
            while let newline = rest.firstIndex(of: "\n") {
                pieces.append(String(rest[...newline]))
                rest = rest[rest.index(after: newline)...]
            }
            if !rest.isEmpty { pieces.append(String(rest)) }
        }
        return BenchmarkText(documents: pieces, source: source + ", cut into paragraphs",
                             isFallback: isFallback)
    }

    private init(documents: [String], source: String, isFallback: Bool) {
        self.documents = documents
        self.source = source
        self.isFallback = isFallback
        byteCount = documents.reduce(0) { $0 + $1.utf8.count }
    }

    private struct Document: Decodable {
        let body: String
    }

    /// The `body` of each JSON line until `budget` bytes, the last one cut to fit.
    private static func readBodies(jsonl path: String, budget: Int) throws -> [String] {
        var bodies: [String] = []
        var total = 0
        let decoder = JSONDecoder()
        try forEachLine(of: path) { line in
            guard let body = try? decoder.decode(Document.self, from: line).body,
                  !body.isEmpty else { return true }
            let remaining = budget - total
            let piece = body.utf8.count <= remaining ? body : prefix(of: body, bytes: remaining)
            if !piece.isEmpty {
                bodies.append(piece)
                total += piece.utf8.count
            }
            return total < budget && piece.utf8.count == body.utf8.count
        }
        return bodies
    }


    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends before a space
    /// or line break.
    private static func prefix(of text: String, bytes: Int) -> String {
        let utf8 = Array(text.utf8)
        guard bytes < utf8.count else { return text }
        var cut = max(bytes, 0)
        while cut > 0, utf8[cut] != 0x20, utf8[cut] != 0x0A { cut -= 1 }
        return String(decoding: utf8[..<cut], as: UTF8.self)
    }

    /// The seed articles, repeated until `budget` bytes.
    private static func repeatedSeeds(budget: Int) -> [String] {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // TextCorpus
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // Benchmarks
            .deletingLastPathComponent()  // repository root
        let seeds = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        let texts = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8)
        }.filter { !$0.isEmpty }
        precondition(!texts.isEmpty, "no corpus and no seeds/*.txt under \(root.path)")
        var documents: [String] = []
        var total = 0
        while total < budget {
            let text = texts[documents.count % texts.count]
            let piece = total + text.utf8.count <= budget
                ? text : prefix(of: text, bytes: budget - total)
            if piece.isEmpty { break }
            documents.append(piece)
            total += piece.utf8.count
        }
        return documents
    }
}
