import TraCuuText

/// Where a hit's body mentions the query entities it matched, for marking in the snippet:
/// the byte ranges of the body's entities that carry one of their keys.
///
/// Only the recognisers of the matched entities' kinds run. Every entity key starts with its
/// kind (`docref|`, `person|`, `date|`…), so an entity of another kind cannot carry one of
/// those keys, and a recogniser finds the same entities whichever others run beside it.
enum EntitySpans {
    /// Spans in `body` (cut into `tokens`) of entities with the exact or folded key of one
    /// of `entities`, in the analyzer's order. Runs the recognisers needed over the tokens.
    static func spans(in body: String, tokens: [Token], matching entities: [Entity])
        -> [Range<Int>]
    {
        guard !entities.isEmpty else { return [] }
        let keys = Set(entities.flatMap { [$0.keys.exact, $0.keys.folded] })
        let kinds = Set(entities.map(\.kind))
        let analyzer = Analyzer(mode: .document, recognizers: Analyzer.standardRecognizers
            .filter { recognizer in kind(of: recognizer).map(kinds.contains) ?? true })
        return analyzer.entities(in: body, tokens: tokens)
            .filter { keys.contains($0.keys.exact) || keys.contains($0.keys.folded) }
            .map(\.utf8Range)
    }

    /// The kind of entity a standard recogniser finds; nil for any other recogniser.
    private static func kind(of recognizer: any EntityRecognizer) -> Entity.Kind? {
        switch recognizer {
        case is NumberRecognizer: .number
        case is DateRecognizer: .date
        case is DocumentReferenceRecognizer: .docref
        case is PlenumRecognizer: .plenum
        case is PersonNameRecognizer: .person
        case is PlaceRecognizer: .place
        default: nil
        }
    }
}
