import ArgumentParser
import Foundation
import TraCuu
import TraCuuText

/// `tracuu search`: ranked hits with highlighted snippets, as text or JSON.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search an index. With no index at the default place, builds one from seeds/.",
        discussion: #"Syntax: words, "exact phrase", -word, -"phrase", a OR b, title:word, "#
            + #"body:word, prefix*, date:2021 (or 2021-06, 2021-06-16), +word (required), "#
            + #"a AND b (both required), NOT word (as -word), parentheses: "#
            + #"+(Sơn OR Chè) -"Mỏ Chè". Only upper-case OR, AND, NOT are operators. Words "#
            + #"without an operator are optional: a document needs one of them or an entity "#
            + #"the query names, and ranks higher with more; --all requires them all. "#
            + "Documents naming more of the query's entities rank first, then by score "
            + "(BM25 per syllable, neighbouring words found together, title matches). "
            + #"A query may start with - (tracuu search "-Triều Trump"). Text the syntax "#
            + #"cannot read (a " never closed, a - before a space, a lone OR) is searched as "#
            + #"words, with a note on stderr. Only the first 1024 syllables of a query are "#
            + "searched. A query of date: filters only lists the documents of those dates, "
            + "newest first. Dates, in date: and --since/--until, are written "
            + CalendarDate.acceptedForms + "; a document dated 2021 fits date:2021 but not "
            + "date:2021-06. Text output wraps to the terminal's width; piped, each line "
            + "stays whole."
    )

    @OptionGroup var location: IndexLocation

    @Option(help: "Hits to show.")
    var limit = 10

    @Option(help: "Hits to skip.")
    var offset = 0

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Show each part of every hit's score.")
    var explain = false

    @Option(help: ArgumentHelp(
        "The fields each hit shows, comma-separated, in the order given: any of "
            + HitField.names.replacingOccurrences(of: ",", with: ", ")
            + " (default: all).",
        discussion: "id, score and entities come from the ranking alone: no stored document "
            + "is read and no snippet made. In text, the chosen fields print on one line a "
            + "hit (the snippet and entities on lines of their own); in JSON, each hit has "
            + "only those keys.",
        valueName: "list"),
            transform: HitField.parseList)
    var fields: [HitField]?

    @Flag(help: "Only documents holding every word (one alternative of each OR).")
    var all = false

    @Option(help: ArgumentHelp("Only documents dated on or after this date (2021-06-01, "
                               + "1/6/2021; 2021-06 or 2021 from its first day).",
                               valueName: "date"),
            transform: DateOption.parse)
    var since: CalendarDate?

    @Option(help: ArgumentHelp("Only documents dated on or before this date (2021-06-30, "
                               + "30/6/2021; 2021-06 or 2021 up to its last day).",
                               valueName: "date"),
            transform: DateOption.parse)
    var until: CalendarDate?

    @Option(help: ArgumentHelp(
        "Run each line of this file (- for standard input) as a query; print one JSON "
            + "object a line.", valueName: "file"))
    var queries: String?

    /// Every word not an option of this command, even one starting with `-`: a query such as
    /// `-Triều Trump` needs no `--` before it.
    @Argument(parsing: .allUnrecognized, help: "The query.")
    var query: [String] = []

    func validate() throws {
        if queries == nil && query.isEmpty {
            throw ValidationError("give a query, or --queries FILE")
        }
        if limit < 0 || offset < 0 { throw ValidationError("--limit and --offset must be ≥ 0") }
    }

    func run() throws {
        let searcher = try SeedIndex.searcher(at: location)
        if let queries {
            try runBatch(queries, searcher)
            return
        }
        let text = (query.first == "--" ? query.dropFirst() : query[...])
            .joined(separator: " ")
        let parsed: Query
        do {
            parsed = try Query(parsing: text).requiringAllWords(if: all)
        } catch let error as QueryError {
            Output.writeError(QueryErrorOutput.describe(error, in: text))
            throw ExitCode(2)
        }
        warnIfUndated(searcher, filtering: !parsed.dates.isEmpty)
        let started = DispatchTime.now()
        let (results, hits) = try search(parsed, searcher)
        let took = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        let output = Output()
        if json {
            output.write(HitOutput.json(results, hits: hits, fields: fields, query: text,
                                        took: took, explain: explain,
                                        notes: QueryNotes.lines(parsed, results)) + "\n")
        } else {
            for note in QueryNotes.lines(parsed, results) {
                Output.writeError("tracuu: note: \(note)\n")
            }
            output.write(HitOutput.text(results, hits: hits, fields: fields, took: took,
                                        explain: explain, colour: isatty(STDOUT_FILENO) == 1,
                                        width: TerminalText.outputWidth()))
        }
        output.flush()
    }

    private func runBatch(_ path: String, _ searcher: Searcher) throws {
        let content: Data
        if path == "-" {
            content = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            do {
                content = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw OperationFailure.reading(path, error)
            }
        }
        warnIfUndated(searcher, filtering: false)
        let output = Output()
        for line in String(decoding: content, as: UTF8.self).split(separator: "\n") {
            let text = String(line).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let parsed: Query
            do {
                parsed = try Query(parsing: text).requiringAllWords(if: all)
            } catch {
                var object = JSONObject()
                object.add("query", text)
                object.add("error", (error as? QueryError)?.message ?? "\(error)")
                output.write(object.json + "\n")
                continue
            }
            let started = DispatchTime.now()
            let (results, hits) = try search(parsed, searcher)
            let took = Double(DispatchTime.now().uptimeNanoseconds
                              - started.uptimeNanoseconds) / 1e6
            output.write(HitOutput.json(results, hits: hits, fields: fields, query: text,
                                        took: took, explain: explain,
                                        notes: QueryNotes.lines(parsed, results)) + "\n")
        }
        output.flush()
    }

    /// The ranked hits of `query`, with what the printed fields need of each.
    private func search(_ query: Query, _ searcher: Searcher) throws
        -> (RankedResults, [PrintedHit])
    {
        let ranked = try searcher.rank(query, limit: limit, offset: offset, since: since,
                                       until: until)
        return (ranked, try PrintedHit.fetch(ranked, fields: fields, from: searcher))
    }

    /// Says on stderr that no document has a date when a date filter (`filtering`, or
    /// `--since`/`--until`) is asked of such an index: it can only find nothing.
    private func warnIfUndated(_ searcher: Searcher, filtering: Bool) {
        guard filtering || since != nil || until != nil, (try? searcher.datedDocumentCount) == 0
        else { return }
        Output.writeError("tracuu: no document in this index has a date, so a date filter "
                          + "matches none (dates come from the \"date\" field of JSONL input)\n")
    }
}

/// Reads `--since`/`--until`, refusing text that is no date with the forms it takes.
enum DateOption {
    static func parse(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else {
            throw ValidationError("not a date; write " + CalendarDate.acceptedForms)
        }
        return date
    }
}

extension Query {
    /// `requiringAllWords()` when `condition` holds, for `--all`.
    fileprivate func requiringAllWords(if condition: Bool) -> Query {
        condition ? requiringAllWords() : self
    }
}

/// The default index: opened where it is, or built from `seeds/` the first time.
enum SeedIndex {
    static func searcher(at location: IndexLocation) throws -> Searcher {
        let manifest = (location.path as NSString).appendingPathComponent("manifest")
        if location.path == ".tracuu", !FileManager.default.fileExists(atPath: manifest) {
            guard FileManager.default.fileExists(atPath: "seeds") else {
                throw OperationFailure("no index at .tracuu and no seeds/ folder here; "
                                             + "build one with `tracuu index PATH…`")
            }
            Output.writeError("tracuu: no index at .tracuu; building one from seeds/ first\n")
            let index = try SearchIndex.open(at: location.path, creatingIfMissing: true)
            let writer = try index.writer()
            var run = IndexRun(writer: writer, files: try InputFile.expand(["seeds"]),
                               encoding: .auto, lines: JSONLines(fields: try .parse([])))
            try run.indexAll()
            try writer.commit()
            try writer.close()
            return try index.searcher()
        }
        return try SearchIndex.open(at: location.path).searcher()
    }
}

/// What the search read differently from what was typed, one sentence each: the parse's
/// notes, syllables past the query limit, prefixes that matched too many words.
enum QueryNotes {
    static func lines(_ query: Query, _ results: RankedResults) -> [String] {
        var lines = query.notes.map { "\($0.message) (column \($0.column))" }
        if results.droppedTerms > 0 {
            lines.append("the query has more than \(Searcher.maximumQueryTerms) syllables; "
                         + "the last \(results.droppedTerms) were left out")
        }
        for prefix in results.truncatedPrefixes {
            lines.append("\(prefix) matches more than \(Searcher.maximumQueryTerms) words; "
                         + "searched as the most frequent of them")
        }
        return lines
    }
}

/// A malformed query, with a caret under the offending column.
enum QueryErrorOutput {
    static func describe(_ error: QueryError, in text: String) -> String {
        "tracuu: \(error.message) (column \(error.column))\n  \(text)\n  "
            + String(repeating: " ", count: max(0, error.column - 1)) + "^\n"
    }
}
