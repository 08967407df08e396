import TraCuuText

/// How a `Document` is kept in the stored-fields file: named fields in a fixed order, extra
/// fields prefixed with `x:` so they cannot shadow the built-in ones. The segment builder
/// adds a last field, `body-checkpoints` (`BodyCheckpoints`), to bodies long enough to
/// have any; reading a `Document` leaves it out.
enum StoredDocument {
    static func fields(of document: Document) -> [StoredField] {
        var fields = [
            StoredField(name: "id", value: document.id),
            StoredField(name: "title", value: document.title),
            StoredField(name: "body", value: document.body),
        ]
        if let date = document.date {
            fields.append(StoredField(name: "date", value: date.description))
        }
        if let source = document.source {
            fields.append(StoredField(name: "source", value: source))
        }
        if let path = document.path { fields.append(StoredField(name: "path", value: path)) }
        for (name, value) in document.fields.sorted(by: { $0.key < $1.key }) {
            fields.append(StoredField(name: "x:" + name, value: value))
        }
        return fields
    }

    static func document(from fields: [StoredField]) -> Document {
        var document = Document(id: "", body: "")
        for field in fields {
            switch field.name {
            case "id": document.id = field.value
            case "title": document.title = field.value
            case "body": document.body = field.value
            case "date": document.date = CalendarDate(field.value)
            case "source": document.source = field.value
            case "path": document.path = field.value
            default:
                if field.name.hasPrefix("x:") {
                    document.fields[String(field.name.dropFirst(2))] = field.value
                }
            }
        }
        return document
    }

    /// The body's checkpoints in `fields`, checked against `body`; none when absent.
    static func checkpoints(in fields: [StoredField], body: String) -> BodyCheckpoints {
        guard let field = fields.first(where: { $0.name == BodyCheckpoints.fieldName }) else {
            return BodyCheckpoints()
        }
        var body = body
        return body.withUTF8 { BodyCheckpoints(field: field.value, body: $0) }
    }
}
