import Foundation
import TraCuu

/// Turns one JSONL line into a document: an object with an id, a title and a body, and
/// optionally `date`, `source` and `path`; other string fields are stored as extra fields.
struct JSONLines {
    let fields: DocumentFields

    /// The document on this line, or a sentence saying what is wrong with it.
    func document(from line: [UInt8]) -> Result<Document, LineError> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line))
        } catch {
            return .failure(LineError("not valid JSON"))
        }
        guard let values = object as? [String: Any] else {
            return .failure(LineError("not a JSON object"))
        }
        guard let id = Self.text(values[fields.idField]), !id.isEmpty else {
            return .failure(LineError("no \"\(fields.idField)\" string or number"))
        }
        guard let body = values[fields.bodyField] as? String else {
            return .failure(LineError("no \"\(fields.bodyField)\" string"))
        }
        var document = Document(id: id, title: values[fields.titleField] as? String ?? "",
                                body: body, date: Self.text(values["date"]),
                                source: Self.text(values["source"]),
                                path: Self.text(values["path"]))
        let known: Set<String> = [fields.idField, fields.titleField, fields.bodyField, "date",
                                  "source", "path"]
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
struct LineError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
