import Foundation
import TraCuuText

/// Turns one JSONL line into a document: an object with an id, a title and a body, and
/// optionally `date`, `source` and `path`; other string fields are stored as extra fields.
/// A `date` is read by `CalendarDate.init?(_:)`; one it cannot read leaves the document
/// without a date, and the sentence saying so comes with it. Lives in the library, not the
/// CLI, so that the fuzz targets can reach it.
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

    /// The document on this line and what was wrong with its date if anything was, or a
    /// sentence saying what is wrong with the line.
    package func document(from line: [UInt8])
        -> Result<(Document, badDate: LineError?), LineError>
    {
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
            return .failure(LineError("no \"\(idField)\" string or number",
                                      missingField: idField, fieldsSeen: values.keys))
        }
        guard let body = values[bodyField] as? String else {
            return .failure(LineError("no \"\(bodyField)\" string",
                                      missingField: bodyField, fieldsSeen: values.keys))
        }
        let (date, badDate) = Self.date(values["date"])
        var document = Document(id: id, title: values[titleField] as? String ?? "",
                                body: body, date: date, source: Self.text(values["source"]),
                                path: Self.text(values["path"]))
        let known: Set<String> = [idField, titleField, bodyField, "date", "source", "path"]
        for (name, value) in values where !known.contains(name) {
            if let text = value as? String { document.fields[name] = text }
        }
        return .success((document, badDate))
    }

    /// A `date` value read, or why it cannot be: nil without a problem when it is absent,
    /// null or blank.
    private static func date(_ value: Any?) -> (CalendarDate?, LineError?) {
        if value == nil || value is NSNull { return (nil, nil) }
        guard let text = Self.text(value) else {
            return (nil, LineError("\"date\" is not a string; indexed without a date"))
        }
        if text.allSatisfy({ $0 == " " }) { return (nil, nil) }
        guard let date = CalendarDate(text) else {
            let shown = text.count > 40 ? text.prefix(40) + "…" : text
            return (nil, LineError("\"date\" \"\(shown)\" is not a date (takes "
                                   + CalendarDate.acceptedForms + "); indexed without a date"))
        }
        return (date, nil)
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
    /// The id or body field the line's object lacks, if that is why it was skipped.
    package let missingField: String?
    /// The names of the fields the object has, when `missingField` is set.
    package let fieldsSeen: [String]

    /// An error saying `message`; for a missing field, which one and the fields seen.
    package init(_ message: String, missingField: String? = nil,
                 fieldsSeen: Dictionary<String, Any>.Keys? = nil) {
        self.message = message
        self.missingField = missingField
        self.fieldsSeen = fieldsSeen.map { $0.sorted() } ?? []
    }
}
