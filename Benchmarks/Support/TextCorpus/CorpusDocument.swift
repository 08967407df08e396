import Foundation

/// One document of a JSON-lines corpus (`{"id", "title", "body", "source"}`), decoded.
public struct CorpusDocument: Sendable {
    public let id: String
    public let title: String
    public let body: String
    public let source: String?

    public init(id: String, title: String, body: String, source: String?) {
        self.id = id
        self.title = title
        self.body = body
        self.source = source
    }

    /// The first `limit` documents of a JSON-lines file (`zstd -dc` for `.zst`), each line
    /// decoded through `JSONSerialization`; throws `CorpusError` at a line without id or body.
    public static func load(path: String, limit: Int = .max) throws -> [CorpusDocument] {
        var documents: [CorpusDocument] = []
        var lineNumber = 0
        try forEachLine(of: path) { line in
            lineNumber += 1
            guard !line.isEmpty else { return true }
            guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let id = object["id"] as? String, let body = object["body"] as? String else {
                throw CorpusError("\(path):\(lineNumber): not a document with id and body")
            }
            documents.append(CorpusDocument(id: id, title: object["title"] as? String ?? "",
                                            body: body, source: object["source"] as? String))
            return documents.count < limit
        }
        return documents
    }
}
