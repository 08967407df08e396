import ArgumentParser
import TraCuu

/// Which JSON fields hold the id, title and body of a JSONL document.
struct DocumentFields: ParsableArguments {
    @Option(help: "JSONL field with the document id.")
    var idField = "id"

    @Option(help: "JSONL field with the title.")
    var titleField = "title"

    @Option(help: "JSONL field with the body.")
    var bodyField = "body"
}

extension JSONLines {
    /// A parser reading the fields named on the command line.
    init(fields: DocumentFields) {
        self.init(idField: fields.idField, titleField: fields.titleField,
                  bodyField: fields.bodyField)
    }
}
