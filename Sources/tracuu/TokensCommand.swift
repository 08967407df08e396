import ArgumentParser
import TraCuuText

/// `tracuu tokens`: stdin → one token a line, as text or JSON.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Print the tokens and entities of stdin, one a line.",
        discussion: "Text output: position, byte range, kind, text, exact, toneless, folded; "
            + "then one line per entity. "
            + "Byte offsets point into the input as read."
    )

    @Flag(help: "One JSON object a line.")
    var json = false

    @Flag(help: "Analyse as a query: lower case and missing diacritics allowed.")
    var query = false

    @Option(help: "Input encoding: \(TextEncoding.validNames). Default: auto.")
    var encoding: String?

    func run() throws {
        let input = try StandardInput.read(encoding: encoding)
        let output = Output()
        let analysis = Analyzer(mode: query ? .query : .document).analyze(input.text)
        for token in analysis.tokens {
            let start = input.sourceOffset(of: token.utf8Range.lowerBound)
            let end = input.sourceOffset(of: token.utf8Range.upperBound)
            if json {
                var object = JSONObject()
                object.add("type", "token")
                object.add("kind", token.kind.rawValue)
                object.add("text", token.text)
                object.add("exact", token.exact)
                object.add("toneless", token.toneless)
                object.add("folded", token.folded)
                object.add("position", Int(token.position))
                object.add("start", start)
                object.add("end", end)
                output.write(object.json + "\n")
            } else {
                output.write("\(token.position)\t\(start)..<\(end)\t\(token.kind.rawValue)\t"
                    + "\(token.text)\t\(token.exact)\t\(token.toneless)\t\(token.folded)\n")
            }
        }
        for entity in analysis.entities {
            let start = input.sourceOffset(of: entity.utf8Range.lowerBound)
            let end = input.sourceOffset(of: entity.utf8Range.upperBound)
            output.write((json ? EntityOutput.json(entity, start: start, end: end)
                          : EntityOutput.line(entity, start: start, end: end)) + "\n")
        }
        output.flush()
    }
}
