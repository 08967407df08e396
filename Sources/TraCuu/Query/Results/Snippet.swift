/// A passage of a document with the matched words marked.
public struct Snippet: Sendable, Hashable {
    /// The passage as written (with `…` where it was cut).
    public var text: String
    /// UTF-8 byte ranges of the matched words in `text`.
    public var highlights: [Range<Int>]

    /// The text with each highlight wrapped in `open` and `close`.
    public func marked(open: String, close: String) -> String {
        var bytes = Array(text.utf8)
        for range in highlights.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            bytes.insert(contentsOf: Array(close.utf8), at: range.upperBound)
            bytes.insert(contentsOf: Array(open.utf8), at: range.lowerBound)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
