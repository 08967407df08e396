import Foundation
import Testing
import TraCuuTestSupport
import TraCuu

/// A `FileOutput` that collects what is written, in memory.
final class ByteOutput: FileOutput {
    private(set) var bytes: [UInt8] = []
    private(set) var isFinished = false

    func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    func finish() { isFinished = true }

    var count: Int { bytes.count }
}

/// Vietnamese test text: the sentences of the seed article (`seeds/`, ours to use).
enum SeedText {
    /// The seed article; this file is `<root>/Tests/TraCuuTests/StoredFieldsTestSupport.swift`.
    static let article: String = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("seeds/000_e3ece47872f8ab9d.txt").path
        guard let data = FileManager.default.contents(atPath: path) else {
            preconditionFailure("missing \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }()

    /// The article's sentences (split at ". " and line ends), without empty ones.
    static let sentences: [String] = article
        .split(whereSeparator: \.isNewline)
        .flatMap { $0.components(separatedBy: ". ") }
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }

    /// `count` documents with an id, a title and a body of one to eight sentences, picked
    /// by a seeded generator.
    static func documents(_ count: Int, seed: UInt64 = 1) -> [[StoredField]] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { number in
            let title = sentences.randomElement(using: &random) ?? ""
            let body = (0..<Int.random(in: 1...8, using: &random))
                .compactMap { _ in sentences.randomElement(using: &random) }
                .joined(separator: ". ")
            return [StoredField(name: "id", value: "vb-\(number)"),
                    StoredField(name: "title", value: title),
                    StoredField(name: "body", value: body)]
        }
    }
}

/// Writes `documents` into a stored-fields file and returns its bytes.
func storedFieldsFile(_ documents: [[StoredField]],
                      blockSize: Int = StoredFieldsFormat.blockSize) throws -> [UInt8]
{
    let writer = StoredFieldsWriter(blockSize: blockSize)
    for (number, document) in documents.enumerated() {
        #expect(try writer.add(document) == number)
    }
    let output = ByteOutput()
    try writer.write(to: output)
    return output.bytes
}

/// Opens `bytes` as a stored-fields file named `name` and reads every document in order.
func readAllDocuments(_ bytes: [UInt8], name: String = "_0.tcsf") throws -> [[StoredField]] {
    let reader = try StoredFieldsReader(FileBytes(copying: bytes), name: name)
    return try (0..<reader.count).map { try reader.document($0) }
}

/// Checks that `body` throws an `IndexError` with `code` naming `file`.
func expectIndexError(_ code: IndexError.Code, file: String, _ context: String = "",
                      sourceLocation: SourceLocation = #_sourceLocation,
                      _ body: () throws -> Void)
{
    let error = #expect(throws: IndexError.self, "\(context)", sourceLocation: sourceLocation) {
        try body()
    }
    guard let error else { return }
    #expect(error.code == code, "\(context): \(error.message)", sourceLocation: sourceLocation)
    #expect(error.file == file, "\(context): \(error.message)", sourceLocation: sourceLocation)
}
