/// One token of analysed text: a syllable or other word, a number, a URL or an e-mail
/// address, with its keys at the three match levels and where it stands in the original.
public struct Token: Hashable, Sendable {
    /// What the token is.
    public enum Kind: String, Sendable, Hashable {
        /// A syllable or other word, in any script.
        case word
        /// Digits, kept whole with their separators and a trailing `%`: `2021`, `3,5`, `0,5%`.
        case number
        /// `http://…`, `https://…`, `www.…`.
        case url
        /// `name@example.vn`.
        case email
    }

    public var kind: Kind
    /// The text as written in the original.
    public var text: String
    /// Keys at the three match levels.
    public var keys: WordKeys
    /// The token's index among the tokens of its text, from 0.
    public var position: UInt32
    /// UTF-8 byte offsets of `text` in the original.
    public var utf8Range: Range<Int>
    /// Whether the first letter is uppercase (`Hà`, `ĐẢNG`).
    public var isCapitalized: Bool

    public init(kind: Kind, text: String, keys: WordKeys, position: UInt32,
                utf8Range: Range<Int>, isCapitalized: Bool) {
        self.kind = kind
        self.text = text
        self.keys = keys
        self.position = position
        self.utf8Range = utf8Range
        self.isCapitalized = isCapitalized
    }

    public var exact: String { keys.exact }
    public var toneless: String { keys.toneless }
    public var folded: String { keys.folded }
}
