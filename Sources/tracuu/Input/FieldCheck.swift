import TraCuu

/// Stops the reading of a JSONL file whose first objects all lack the id or body field (a
/// wrong `--body-field`, or a file of another shape), instead of skipping every line of it.
struct FieldCheck {
    /// Objects in a row, from the file's start, that may lack the field before reading stops.
    static let limit = 5

    private var hasDocument = false
    private var missingCount = 0
    private var fieldsSeen: Set<String> = []

    /// A line gave a document: the file has the fields, and later lines are only skipped.
    mutating func found() {
        hasDocument = true
    }

    /// A line was skipped for `error`; throws `FieldMismatch` when it is the `limit`-th
    /// object from the file's start without the field and no line gave a document yet.
    mutating func missing(_ error: LineError, in file: String) throws {
        guard !hasDocument, let field = error.missingField else { return }
        missingCount += 1
        fieldsSeen.formUnion(error.fieldsSeen)
        if missingCount == Self.limit {
            throw FieldMismatch(file: file, field: field, count: missingCount,
                                fieldsSeen: fieldsSeen.sorted())
        }
    }
}

/// A JSONL file whose first objects lack a field that every document needs.
struct FieldMismatch: Error, CustomStringConvertible {
    let file: String
    let field: String
    let count: Int
    let fieldsSeen: [String]

    var description: String {
        let seen = fieldsSeen.isEmpty ? "none" : fieldsSeen.joined(separator: ", ")
        return "\(file): the first \(count) objects have no \"\(field)\" field (fields seen: "
            + "\(seen)); name the right one with --id-field or --body-field"
    }
}
