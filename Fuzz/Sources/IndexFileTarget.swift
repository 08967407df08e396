import TraCuu

/// One index file's reader fed arbitrary bytes: a tiny index whose file of one kind is
/// replaced, then opened, searched, verified and merged, as `tracuu search`, `check` and
/// `merge` would. An input that starts with the file's magic replaces the whole file (and
/// tests the frame: magic, version, length, checksum); any other input is taken as the body
/// and framed with a valid checksum, so that the body's decoder sees it.
struct IndexFileTarget: FuzzTarget {
    let kind: IndexFileKind
    /// The tiny index's files by name.
    private let files: [String: [UInt8]]
    /// The name of the file replaced.
    private let replaced: String
    private static let queries = ["Nghị quyết số 5", "hoa binh", "\"đô thị văn minh\"",
                                  "title:thuỷ*", "hoà bình date:2021-06", "Nguyễn Thái Hà -giáo"]

    init(kind: IndexFileKind) throws {
        self.kind = kind
        let directory = MemoryDirectory()
        _ = try TinyIndex.build(in: directory)
        var files: [String: [UInt8]] = [:]
        for name in try directory.fileNames() {
            let file = try directory.read(name)
            files[name] = withExtendedLifetime(file) { Array(file.bytes) }
        }
        guard let replaced = files.keys.sorted().first(where: kind.matches) else {
            throw FuzzSetupError("the tiny index has no \(kind.rawValue) file")
        }
        self.files = files
        self.replaced = replaced
    }

    func run(_ bytes: [UInt8]) throws {
        let original = files[replaced] ?? []
        let magic = original.prefix(4)
        let contents = bytes.starts(with: magic) ? bytes
            : FileEnvelope.framed(bytes, like: original)
        let directory = MemoryDirectory()
        for (name, file) in files {
            try directory.write(name == replaced ? contents : file, to: name)
        }
        let index = try SearchIndex.open(in: directory, creatingIfMissing: false)
        let searcher = try index.searcher()
        for text in Self.queries {
            for hit in try searcher.search(Query(parsing: text), limit: 3).hits {
                _ = hit.snippet.marked(open: "[", close: "]")
            }
        }
        _ = try searcher.document(id: "doc-3")
        _ = try searcher.statistics()
        try searcher.verify()
        let writer = try index.writer()
        try writer.mergeAll()
        try writer.close()
        try index.searcher().verify()
    }

    /// The file's body, and the whole file, as seeds.
    func seeds() -> [(name: String, bytes: [UInt8])] {
        let file = files[replaced] ?? []
        let body = Array(file.dropFirst(8).dropLast(16))
        return [("body", body), ("file", file)]
    }
}

extension FileEnvelope {
    /// `body` framed as a file of the same kind as `file`: its magic, this build's version,
    /// a footer with the right length and checksum.
    static func framed(_ body: [UInt8], like file: [UInt8]) -> [UInt8] {
        let magic = String(decoding: file.prefix(4), as: UTF8.self)
        let output = CollectingOutput()
        try? write(body, magic: magic, to: output)
        return output.bytes
    }
}

/// A `FileOutput` that keeps what is written, for framing a file in memory.
private final class CollectingOutput: FileOutput {
    var bytes: [UInt8] = []
    func write(_ bytes: UnsafeRawBufferPointer) throws { self.bytes.append(contentsOf: bytes) }
    func finish() throws {}
    var count: Int { bytes.count }
}

extension MemoryDirectory {
    /// Stores `bytes` as file `name`.
    func write(_ bytes: [UInt8], to name: String) throws {
        let output = try createOutput(name)
        try output.write(bytes)
        try output.finish()
    }
}

/// Why a fuzz target could not be set up.
struct FuzzSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
