/// Finds one kind of entity. The analyzer asks it at each token; it answers with the entity
/// that starts there, if any.
public protocol EntityRecognizer: Sendable {
    /// The entity starting at token `index`, or nil.
    func match(at index: Int, in context: EntityContext) -> EntityMatch?
}

/// What a recogniser found: the tokens it covers and the value and keys.
public struct EntityMatch: Sendable {
    /// Indices into the context's tokens.
    public var tokens: Range<Int>
    public var value: Entity.Value
    public var keys: WordKeys

    public init(tokens: Range<Int>, value: Entity.Value, keys: WordKeys) {
        self.tokens = tokens
        self.value = value
        self.keys = keys
    }

    /// A match whose key is the same at every level.
    init(tokens: Range<Int>, value: Entity.Value, key: String) {
        self.init(tokens: tokens, value: value, keys: WordKeys(exact: key, toneless: key,
                                                               folded: key))
    }
}

/// A standard recogniser, as `Analyzer` calls it at every token: a cheap test that is false
/// wherever `find(at:in:)` would find nothing (most tokens), then the search itself.
/// `match(at:in:)` is the two together.
protocol PrefilteredRecognizer: EntityRecognizer {
    /// False when no entity of this kind starts at `index`. Cheap: a few bytes of the
    /// context per token (`EntityContext.starts(_:)`, the token's kind and case).
    func mayStart(at index: Int, in context: EntityContext) -> Bool
    /// The entity that starts at `index`, or nil, without the test.
    func find(at index: Int, in context: EntityContext) -> EntityMatch?
}
