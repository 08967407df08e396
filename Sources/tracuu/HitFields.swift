import ArgumentParser
import TraCuu
import TraCuuText

/// A part of a hit that `tracuu search --fields` can print.
enum HitField: String, CaseIterable {
    case id, score, title, date, source, path, snippet, entities

    /// Whether printing it reads the hit's stored document.
    var needsDocument: Bool {
        switch self {
        case .id, .score, .entities: false
        case .title, .date, .source, .path, .snippet: true
        }
    }

    /// The names, comma-separated, in JSON's order.
    static let names = allCases.map(\.rawValue).joined(separator: ",")

    /// Reads `--fields`: names separated by commas, each once.
    static func parseList(_ text: String) throws -> [HitField] {
        var fields: [HitField] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let field = HitField(rawValue: name) else {
                throw ValidationError(name.isEmpty
                    ? "an empty field name; the fields are \(names)"
                    : "unknown field \"\(name)\"; the fields are \(names)")
            }
            guard !fields.contains(field) else {
                throw ValidationError("the field \(name) is given twice")
            }
            fields.append(field)
        }
        return fields
    }
}

/// A hit as printed: its ranking, and the parts of its document the printed fields need
/// (nothing read for those that need none).
struct PrintedHit {
    let ranked: RankedHit
    var title = ""
    var date: CalendarDate?
    var source: String?
    var path: String?
    var snippet: Snippet?

    /// The hits of `ranked` with what `fields` need (all when nil): the full hits when a
    /// snippet is printed, the stored documents alone when only their fields are, nothing
    /// more when only the ranking's are.
    static func fetch(_ ranked: RankedResults, fields: [HitField]?, from searcher: Searcher)
        throws -> [PrintedHit]
    {
        let fields = fields ?? HitField.allCases
        if fields.contains(.snippet) {
            return try zip(ranked.hits, searcher.hits(ranked.hits)).map { ranked, hit in
                PrintedHit(ranked: ranked, title: hit.title, date: hit.date, source: hit.source,
                           path: hit.path, snippet: hit.snippet)
            }
        }
        guard fields.contains(where: \.needsDocument) else {
            return ranked.hits.map { PrintedHit(ranked: $0) }
        }
        return try ranked.hits.map { ranked in
            let document = try searcher.document(ranked.handle)
            return PrintedHit(ranked: ranked, title: document.title, date: document.date,
                              source: document.source, path: document.path)
        }
    }
}
