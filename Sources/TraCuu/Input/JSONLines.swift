import Foundation

/// Turns one JSONL line into a document: an object with an id, a title and a body, and
/// optionally `date`, `source` and `path`; other string fields are stored as extra fields.
/// Lives in the library, not the CLI, so that the fuzz targets can reach it.
package struct JSONLines: Sendable {
    /// The JSON field holding the document id (a string or a number).
    package let idField: String
    /// The JSON field holding the title.
    package let titleField: String
    /// The JSON field holding the body.
    package let bodyField: String

    /// A parser reading the id, title and body from the named fields.
    package init(idField: String = "id", titleField: String = "title",
                 bodyField: String = "body") {
        self.idField = idField
        self.titleField = titleField
        self.bodyField = bodyField
    }

    /// The document on this line, or a sentence saying what is wrong with it.
    package func document(from line: [UInt8]) -> Result<Document, LineError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line))
        } catch {
            return .failure(LineError("not valid JSON"))
        }
        guard let values = object as? [String: Any] else {
            return .failure(LineError("not a JSON object"))
        }
        guard let id = Self.text(values[idField]), !id.isEmpty else {
            return .failure(LineError("no \"\(idField)\" string or number"))
        }
        guard let body = values[bodyField] as? String else {
            return .failure(LineError("no \"\(bodyField)\" string"))
        }
        var document = Document(id: id, title: values[titleField] as? String ?? "",
                                body: body, date: Self.text(values["date"]),
                                source: Self.text(values["source"]),
                                path: Self.text(values["path"]))
        let known: Set<String> = [idField, titleField, bodyField, "date", "source", "path"]
        for (name, value) in values where !known.contains(name) {
            if let text = value as? String { document.fields[name] = text }
        }
        return .success(document)
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}

/// Why a line was skipped.
package struct LineError: Error {
    /// The reason, for people.
    package let message: String
    /// An error saying `message`.
    package init(_ message: String) { self.message = message }
}
