import Foundation
import TraCuu
import TraCuuText

/// How hits print: text (bold highlights and lines that fit the terminal when there is one),
/// or JSON.
enum HitOutput {
    /// The hits for people; lines wrapped to `width` columns, or left whole when it is nil.
    /// `fields` (`--fields`) prints each hit as a line of those fields, then its snippet and
    /// entities when chosen; nil prints them all, title first.
    static func text(_ results: RankedResults, hits: [PrintedHit], fields: [HitField]? = nil,
                     took: Double, explain: Bool, colour: Bool, width: Int?) -> String
    {
        func wrap(_ text: String, indent: String, first: String = "") -> [String] {
            TerminalText.wrap(text, width: width, indent: indent, first: first)
        }
        var lines: [String] = []
        if let interpretation = results.interpretation {
            lines.append("interpreted as: \(interpretation)")
        }
        if let suggestion = results.suggestion {
            lines.append("did you mean: \(suggestion)")
        }
        if explain {
            for reading in results.abbreviations {
                lines.append("abbreviation: " + reading.forms.map { form in
                    form.text + String(format: " (%.2f)", form.weight)
                }.joined(separator: " ≡ "))
            }
        }
        // Past the exact count, the search skipped what could not make its hits.
        let atLeast = results.countsAreExact ? "" : "at least "
        lines.append(results.allWordsMatches == results.totalMatches
            ? atLeast + counted(results.totalMatches, "match", "matches")
                + String(format: " in %.1f ms", took)
            : atLeast + counted(results.allWordsMatches, "match", "matches")
                + " with all the words, \(results.totalMatches) with some, "
                + String(format: "in %.1f ms", took))
        if explain {
            lines += explanationLines(results).flatMap { wrap($0, indent: "  ") }
        }
        // One line a hit needs no blank line between hits.
        let spaced = explain || fields.map { $0.contains(.snippet) || $0.contains(.entities) }
            ?? true
        if !spaced, !hits.isEmpty { lines.append("") }
        for (rank, hit) in hits.enumerated() {
            if spaced { lines.append("") }
            let ranked = hit.ranked
            if let fields {
                lines += wrap("\(rank + 1). " + fieldLine(hit, fields), indent: "   ")
            } else {
                lines += wrap("\(rank + 1). \(hit.title.isEmpty ? ranked.id : hit.title)",
                              indent: "   ")
                let where_ = [ranked.id, hit.date?.description, hit.source ?? hit.path]
                    .compactMap { $0 }
                lines += wrap(where_.joined(separator: " · ")
                              + String(format: " · score %.2f", ranked.score), indent: "   ",
                              first: "   ")
            }
            if let snippet = hit.snippet, fields?.contains(.snippet) ?? true {
                let marked = colour ? snippet.marked(open: "\u{1B}[1m", close: "\u{1B}[0m")
                    : snippet.marked(open: "[", close: "]")
                lines += wrap(marked, indent: "   ", first: "   ")
            }
            if !ranked.entities.isEmpty, fields?.contains(.entities) ?? true {
                lines += wrap("entities: " + ranked.entities.map(\.text).joined(separator: "; "),
                              indent: "   ", first: "   ")
            }
            if explain {
                let parts = ranked.explanation
                lines.append(String(format: "   bm25 %.2f + proximity %.2f + entities %.2f "
                                    + "+ title %.2f", parts.bm25, parts.proximity,
                                    parts.entities, parts.title))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A hit's chosen fields other than its snippet and entities, in their order, those it
    /// lacks left out: `doc-7 · Nghị quyết số 05 · 2021-06-16 · score 12.31`.
    private static func fieldLine(_ hit: PrintedHit, _ fields: [HitField]) -> String {
        fields.compactMap { field -> String? in
            switch field {
            case .id: hit.ranked.id
            case .score: String(format: "score %.2f", hit.ranked.score)
            case .title: hit.title.isEmpty ? nil : hit.title
            case .date: hit.date?.description
            case .source: hit.source
            case .path: hit.path
            case .snippet, .entities: nil
            }
        }.joined(separator: " · ")
    }

    /// What `--explain` says of the query: the words repaired and how, and each syllable's
    /// forms with their weights.
    private static func explanationLines(_ results: RankedResults) -> [String] {
        var lines: [String] = []
        if !results.readWords.isEmpty {
            lines.append("repaired: " + results.readWords.map { word in
                "\(word.typed) → \(word.reading) (\(word.kind.rawValue))"
            }.joined(separator: ", "))
        }
        for syllable in results.syllableForms {
            let forms = syllable.forms.map { "\($0.form) \(weight($0.weight))" }
            let more = syllable.formCount - syllable.forms.count
            lines.append("\(syllable.syllable): " + forms.joined(separator: ", ")
                         + (more > 0 ? ", and \(more) more" : "")
                         + (syllable.formCount == 0 ? "not in the index" : ""))
        }
        return lines
    }

    private static func weight(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// A JSON array of forms with their weights: `[{"<key>": …, "weight": 0.80}, …]`.
    private static func weightedJSON(_ forms: [(String, Double)], key: String) -> String {
        "[" + forms.map { text, value in
            var item = JSONObject()
            item.add(key, text)
            item.add("weight", json: weight(value))
            return item.json
        }.joined(separator: ",") + "]"
    }

    /// The hits as one JSON object; highlights are UTF-8 byte ranges in the snippet text.
    /// Each hit has the keys of `fields`, in their order (all when nil).
    static func json(_ results: RankedResults, hits: [PrintedHit], fields: [HitField]? = nil,
                     query: String, took: Double, explain: Bool, notes: [String] = []) -> String
    {
        var object = JSONObject()
        object.add("query", query)
        object.add("interpreted", results.interpretation)
        object.add("suggestion", results.suggestion)
        if !results.readWords.isEmpty {
            object.add("read_words", json: "[" + results.readWords.map { word in
                var entry = JSONObject()
                entry.add("typed", word.typed)
                entry.add("read", word.reading)
                entry.add("repair", word.kind.rawValue)
                return entry.json
            }.joined(separator: ",") + "]")
        }
        if !results.abbreviations.isEmpty {
            object.add("abbreviations", json: "[" + results.abbreviations.map { reading in
                var entry = JSONObject()
                entry.add("typed", reading.typed)
                entry.add("forms", json: weightedJSON(reading.forms.map { ($0.text, $0.weight) },
                                                      key: "text"))
                return entry.json
            }.joined(separator: ",") + "]")
        }
        if !notes.isEmpty {
            object.add("notes", json: "[" + notes.map { note in
                var text = ""
                JSONObject.appendQuoted(note, to: &text)
                return text
            }.joined(separator: ",") + "]")
        }
        if explain {
            object.add("syllables", json: "[" + results.syllableForms.map { syllable in
                var entry = JSONObject()
                entry.add("syllable", syllable.syllable)
                entry.add("forms", json: weightedJSON(syllable.forms.map { ($0.form, $0.weight) },
                                                      key: "form"))
                entry.add("form_count", syllable.formCount)
                return entry.json
            }.joined(separator: ",") + "]")
        }
        object.add("took_ms", json: String(format: "%.3f", took))
        object.add("total", results.totalMatches)
        object.add("total_all_words", results.allWordsMatches)
        object.add("totals_exact", json: results.countsAreExact ? "true" : "false")
        object.add("hits", json: "[" + hits.map { hit in
            hitJSON(hit, fields: fields ?? HitField.allCases, explain: explain)
        }.joined(separator: ",") + "]")
        return object.json
    }

    private static func hitJSON(_ hit: PrintedHit, fields: [HitField], explain: Bool)
        -> String
    {
        var object = JSONObject()
        for field in fields {
            switch field {
            case .id: object.add("id", hit.ranked.id)
            case .score: object.add("score", json: String(format: "%.4f", hit.ranked.score))
            case .title: object.add("title", hit.title)
            case .date: object.add("date", hit.date?.description)
            case .source: object.add("source", hit.source)
            case .path: object.add("path", hit.path)
            case .snippet:
                var snippet = JSONObject()
                snippet.add("text", hit.snippet?.text ?? "")
                snippet.add("highlights", json: "[" + (hit.snippet?.highlights ?? [])
                    .map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]")
                object.add("snippet", json: snippet.json)
            case .entities:
                object.add("entities", json: "[" + hit.ranked.entities.map { entity in
                    var item = JSONObject()
                    item.add("kind", entity.kind.rawValue)
                    item.add("text", entity.text)
                    item.add("key", entity.keys.exact)
                    return item.json
                }.joined(separator: ",") + "]")
            }
        }
        if explain {
            let explanation = hit.ranked.explanation
            var parts = JSONObject()
            parts.add("bm25", json: String(format: "%.4f", explanation.bm25))
            parts.add("proximity", json: String(format: "%.4f", explanation.proximity))
            parts.add("entities", json: String(format: "%.4f", explanation.entities))
            parts.add("title", json: String(format: "%.4f", explanation.title))
            object.add("explanation", json: parts.json)
        }
        return object.json
    }
}
