import Foundation
import TraCuu
import TraCuuText

/// Turns one JSONL line into a document: an object with an id, a title and a body, and
/// optionally `date`, `source` and `path`; other string fields are stored as extra fields.
/// A `date` is read by `CalendarDate.init?(_:)`; one it cannot read leaves the document
/// without a date, and the sentence saying so comes with it.
struct JSONLines {
    let fields: DocumentFields

    /// The document on this line and what was wrong with its date if anything was, or a
    /// sentence saying what is wrong with the line.
    func document(from line: [UInt8]) -> Result<(Document, badDate: LineError?), LineError> {
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
            return .failure(LineError("no \"\(fields.idField)\" string or number",
                                      missingField: fields.idField, fieldsSeen: values.keys))
        }
        guard let body = values[fields.bodyField] as? String else {
            return .failure(LineError("no \"\(fields.bodyField)\" string",
                                      missingField: fields.bodyField, fieldsSeen: values.keys))
        }
        let (date, badDate) = Self.date(values["date"])
        var document = Document(id: id, title: values[fields.titleField] as? String ?? "",
                                body: body, date: date,
                                source: Self.text(values["source"]),
                                path: Self.text(values["path"]))
        let known: Set<String> = [fields.idField, fields.titleField, fields.bodyField, "date",
                                  "source", "path"]
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
            var quoted = ""
            JSONObject.appendQuoted(text.count > 40 ? text.prefix(40) + "…" : text, to: &quoted)
            return (nil, LineError("\"date\" \(quoted) is not a date (takes "
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
struct LineError: Error {
    let message: String
    /// The id or body field the line's object lacks, if that is why it was skipped.
    let missingField: String?
    /// The names of the fields the object has, when `missingField` is set.
    let fieldsSeen: [String]

    init(_ message: String, missingField: String? = nil,
         fieldsSeen: Dictionary<String, Any>.Keys? = nil) {
        self.message = message
        self.missingField = missingField
        self.fieldsSeen = fieldsSeen.map { $0.sorted() } ?? []
    }
}
