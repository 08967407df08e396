import Foundation
import TraCuu

/// How a text file becomes a document: a short first line followed by more text is the
/// title; otherwise (a one-line file, or a first line longer than `titleLimit`) the title is
/// the first sentence, cut to `titleLimit` characters, and the body keeps the whole text.
enum TextFileDocument {
    /// The longest title, in characters.
    static let titleLimit = 200

    /// The document of a text file with this id, decoded text and path.
    static func document(id: String, text: String, path: String) -> Document {
        // `\r\n` is one Character: look for any line break, not for "\n".
        let lineEnd = text.firstIndex(where: \.isNewline) ?? text.endIndex
        let firstLine = text[..<lineEnd].trimmingCharacters(in: .whitespacesAndNewlines)
        let rest = lineEnd < text.endIndex ? text[text.index(after: lineEnd)...] : ""
        let hasMore = rest.contains { !$0.isWhitespace }
        if hasMore && firstLine.prefix(titleLimit + 1).count <= titleLimit {
            return Document(id: id, title: firstLine, body: String(rest), path: path)
        }
        return Document(id: id, title: firstSentence(of: firstLine), body: text, path: path)
    }

    /// The text up to the end of its first sentence (`.`, `!`, `?` or `…` before a space or
    /// the end), at most `titleLimit` characters: a longer sentence is cut at its last space
    /// before the limit, and ends with `…`.
    static func firstSentence(of line: String) -> String {
        let head = line.prefix(titleLimit + 1)
        var index = head.startIndex
        while index < head.endIndex {
            let next = head.index(after: index)
            if ".!?…".contains(head[index]), next == head.endIndex || head[next].isWhitespace {
                if head.distance(from: head.startIndex, to: next) <= titleLimit {
                    return String(head[..<next])
                }
                break
            }
            index = next
        }
        guard head.count > titleLimit else { return String(head) }
        let cut = head.prefix(titleLimit - 1)
        let end = cut.lastIndex(where: \.isWhitespace) ?? cut.endIndex
        return cut[..<end].trimmingCharacters(in: .whitespaces) + "…"
    }
}
