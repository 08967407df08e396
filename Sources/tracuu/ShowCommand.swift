import ArgumentParser
import Foundation
import TraCuu

/// `tracuu show`: one stored document, whole, as text or JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored document: title, date, source, path, fields and body.",
        discussion: "An id the index does not hold is an error (exit status 1). Text output "
            + "wraps to the terminal's width; piped, each paragraph stays on one line.")

    @OptionGroup var location: IndexLocation

    @Flag(help: "Print one JSON object.")
    var json = false

    @Argument(help: "The document's id, as search prints it.")
    var id: String

    func run() throws {
        let searcher = try SearchIndex.open(at: location.path).searcher()
        guard let document = try searcher.document(id: id) else {
            throw OperationFailure("no document with id \(id) in \(location.path)")
        }
        let output = Output()
        output.write(json ? Self.json(document) + "\n"
                     : Self.text(document, width: TerminalText.outputWidth()))
        output.flush()
    }

    /// The document for people: its title, then one line per piece of metadata, a blank
    /// line and the body, each paragraph wrapped to `width` columns when there is one.
    static func text(_ document: Document, width: Int?) -> String {
        var lines = TerminalText.wrap(document.title.isEmpty ? document.id : document.title,
                                      width: width, indent: "")
        let metadata: [(String, String?)] = [("id", document.id), ("date", document.date?.description),
                                            ("source", document.source),
                                            ("path", document.path)]
        for (name, value) in metadata + document.fields.sorted(by: { $0.key < $1.key }) {
            guard let value, !value.isEmpty else { continue }
            lines += TerminalText.wrap(value, width: width, indent: "    ", first: name + ": ")
        }
        lines.append("")
        let body = document.body.trimmingCharacters(in: .newlines)
        for paragraph in body.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += TerminalText.wrap(String(paragraph), width: width, indent: "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The document as one JSON object: id, title, date, source, path, fields, body.
    static func json(_ document: Document) -> String {
        var fields = JSONObject()
        for (name, value) in document.fields.sorted(by: { $0.key < $1.key }) {
            fields.add(name, value)
        }
        var object = JSONObject()
        object.add("id", document.id)
        object.add("title", document.title)
        object.add("date", document.date?.description)
        object.add("source", document.source)
        object.add("path", document.path)
        object.add("fields", json: fields.json)
        object.add("body", document.body)
        return object.json
    }
}
