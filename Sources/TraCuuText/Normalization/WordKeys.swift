/// The three match keys of one word, one per `MatchLevel`.
public struct WordKeys: Hashable, Sendable {
    public var exact: String
    public var toneless: String
    public var folded: String

    public init(exact: String, toneless: String, folded: String) {
        self.exact = exact
        self.toneless = toneless
        self.folded = folded
    }

    /// The key at one level.
    public subscript(level: MatchLevel) -> String {
        switch level {
        case .exact: exact
        case .toneless: toneless
        case .folded: folded
        }
    }
}
