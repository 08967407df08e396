/// Tokens and entities of one text.
public struct Analysis: Sendable, Hashable {
    public var tokens: [Token]
    public var entities: [Entity]
}

/// Runs the tokenizer and then the entity recognisers over its tokens, for documents and
/// queries alike (one analysis policy, DESIGN.md §4).
///
/// ```swift
/// let analysis = Analyzer(mode: .query).analyze("nghi quyet so 5")
/// analysis.entities.first?.keys.exact   // "docref|nghi quyet|5"
/// ```
public struct Analyzer: Sendable {
    public var mode: AnalysisMode
    public var recognizers: [any EntityRecognizer]

    /// An analyzer with the standard recognisers.
    public init(mode: AnalysisMode = .document,
                recognizers: [any EntityRecognizer] = Analyzer.standardRecognizers) {
        self.mode = mode
        self.recognizers = recognizers
    }

    /// Numbers, dates, document references, plenums, persons, places.
    public static let standardRecognizers: [any EntityRecognizer] = [
        NumberRecognizer(), DateRecognizer(), DocumentReferenceRecognizer(),
        PlenumRecognizer(), PersonNameRecognizer(), PlaceRecognizer(),
    ]

    /// Tokens and entities of `text`. Entities of one kind never overlap; entities of
    /// different kinds may (a date inside a reference).
    public func analyze(_ text: String) -> Analysis {
        let tokens = Tokenizer().tokens(in: text)
        return Analysis(tokens: tokens, entities: entities(in: text, tokens: tokens))
    }

    /// The entities of `text` given its tokens: one pass over the tokens, each recogniser
    /// tried at each token not yet covered by an entity of its own kind.
    public func entities(in text: String, tokens: [Token]) -> [Entity] {
        let context = EntityContext(text: text, tokens: tokens, mode: mode)
        var entities: [Entity] = []
        var nextFree = [Int](repeating: 0, count: recognizers.count)
        for index in tokens.indices {
            for (slot, recognizer) in recognizers.enumerated() where nextFree[slot] <= index {
                guard let match = recognizer.match(at: index, in: context) else { continue }
                entities.append(context.entity(match))
                nextFree[slot] = match.tokens.upperBound
            }
        }
        return entities
    }
}
