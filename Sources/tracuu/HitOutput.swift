import Foundation
import TraCuu
import TraCuuText

/// How hits print: text that fits 80 columns (bold highlights on a terminal), or JSON.
enum HitOutput {
    static func text(_ results: SearchResults, took: Double, explain: Bool, colour: Bool)
        -> String
    {
        var lines: [String] = []
        if let interpretation = results.interpretation {
            lines.append("interpreted as: \(interpretation)")
        }
        lines.append(results.allWordsMatches == results.totalMatches
            ? String(format: "%d match(es) in %.1f ms", results.totalMatches, took)
            : String(format: "%d match(es) with all the words, %d with some, in %.1f ms",
                     results.allWordsMatches, results.totalMatches, took))
        for (rank, hit) in results.hits.enumerated() {
            lines.append("")
            lines += wrap("\(rank + 1). \(hit.title.isEmpty ? hit.id : hit.title)", indent: "   ")
            let where_ = [hit.id, hit.date, hit.source ?? hit.path].compactMap { $0 }
            lines += wrap(where_.joined(separator: " · ")
                          + String(format: " · score %.2f", hit.score), indent: "   ",
                          first: "   ")
            let snippet = colour ? hit.snippet.marked(open: "\u{1B}[1m", close: "\u{1B}[0m")
                : hit.snippet.marked(open: "[", close: "]")
            lines += wrap(snippet, indent: "   ", first: "   ")
            if !hit.entities.isEmpty {
                lines += wrap("entities: " + hit.entities.map(\.text).joined(separator: "; "),
                              indent: "   ", first: "   ")
            }
            if explain {
                let parts = hit.explanation
                lines.append(String(format: "   bm25 %.2f + proximity %.2f + entities %.2f "
                                    + "+ title %.2f", parts.bm25, parts.proximity,
                                    parts.entities, parts.title))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ results: SearchResults, query: String, took: Double, explain: Bool,
                     notes: [String] = []) -> String
    {
        var object = JSONObject()
        object.add("query", query)
        object.add("interpreted", results.interpretation)
        if !notes.isEmpty {
            object.add("notes", json: "[" + notes.map { note in
                var text = ""
                JSONObject.appendQuoted(note, to: &text)
                return text
            }.joined(separator: ",") + "]")
        }
        object.add("took_ms", json: String(format: "%.3f", took))
        object.add("total", results.totalMatches)
        object.add("total_all_words", results.allWordsMatches)
        object.add("hits", json: "[" + results.hits.map { hitJSON($0, explain: explain) }
            .joined(separator: ",") + "]")
        return object.json
    }

    private static func hitJSON(_ hit: Hit, explain: Bool) -> String {
        var object = JSONObject()
        object.add("id", hit.id)
        object.add("score", json: String(format: "%.4f", hit.score))
        object.add("title", hit.title)
        object.add("date", hit.date)
        object.add("source", hit.source)
        object.add("path", hit.path)
        var snippet = JSONObject()
        snippet.add("text", hit.snippet.text)
        snippet.add("highlights", json: "[" + hit.snippet.highlights
            .map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]")
        object.add("snippet", json: snippet.json)
        object.add("entities", json: "[" + hit.entities.map { entity in
            var item = JSONObject()
            item.add("kind", entity.kind.rawValue)
            item.add("text", entity.text)
            item.add("key", entity.keys.exact)
            return item.json
        }.joined(separator: ",") + "]")
        if explain {
            var parts = JSONObject()
            parts.add("bm25", json: String(format: "%.4f", hit.explanation.bm25))
            parts.add("proximity", json: String(format: "%.4f", hit.explanation.proximity))
            parts.add("entities", json: String(format: "%.4f", hit.explanation.entities))
            parts.add("title", json: String(format: "%.4f", hit.explanation.title))
            object.add("explanation", json: parts.json)
        }
        return object.json
    }

    /// Words of `text` in lines of at most 80 visible characters (escape sequences take
    /// no room); later lines start with `indent`.
    private static func wrap(_ text: String, indent: String, first: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var visible = first.count
        var hasWord = false
        for word in text.split(separator: " ") {
            let width = visibleWidth(word)
            if hasWord && visible + 1 + width > 80 {
                lines.append(line)
                (line, visible, hasWord) = (indent, indent.count, false)
            }
            if hasWord {
                line += " "
                visible += 1
            }
            line += word
            visible += width
            hasWord = true
        }
        lines.append(line)
        return lines
    }

    private static func visibleWidth(_ word: Substring) -> Int {
        var width = 0
        var inEscape = false
        for character in word {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if character == "m" { inEscape = false }
            } else {
                width += 1
            }
        }
        return width
    }
}
