/// Tokens and entities of one text.
public struct Analysis: Sendable, Hashable {
    public var tokens: [Token]
    public var entities: [Entity]
}

/// Runs the tokenizer and then the entity recognisers over its tokens, for documents and
/// queries alike: one analysis policy, so a query finds what a document says because both
/// went through the same code.
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
        analyze(text, readWords: [])
    }

    /// Tokens and entities of a query whose unmarked words a reading wrote out with marks
    /// (`quân Đức` for `quan Duc`): `readWords[i]` says whether token `i` is such a word.
    /// A read word means just its own marks, as if typed with them (`quan` is then not the
    /// designator `quận`), except that surnames stay folded: readings seldom spell names.
    package func analyze(_ text: String, readWords: [Bool]) -> Analysis {
        let (tokens, exactCodes, foldedCodes) = Tokenizer().tokensWithCodes(in: text)
        let context = EntityContext(text: text, tokens: tokens, mode: mode,
                                    exactCodes: exactCodes, foldedCodes: foldedCodes,
                                    readWords: readWords)
        return Analysis(tokens: tokens, entities: entities(in: context))
    }

    /// The index builder's analysis: the tokens as columns (`Tokenizer.columns(in:cache:)`)
    /// and the entities, the same as `analyze(_:)` finds, without building a `Token` per
    /// token.
    package func analyzeForIndex(_ text: String, cache: RenderCache)
        -> (columns: TokenColumns, entities: [Entity])
    {
        let columns = Tokenizer().columns(in: text, cache: cache)
        let context = EntityContext(text: text, columns: columns, mode: mode)
        return (columns, entities(in: context))
    }

    /// The entities of `text` given its tokens: one pass over the tokens, each recogniser
    /// tried at each token not yet covered by an entity of its own kind.
    public func entities(in text: String, tokens: [Token]) -> [Entity] {
        entities(in: EntityContext(text: text, tokens: tokens, mode: mode))
    }

    private func entities(in context: EntityContext) -> [Entity] {
        let kinds = recognizers.map(RecognizerKind.init)
        var entities: [Entity] = []
        entities.reserveCapacity(context.count / 16)
        var nextFree = [Int](repeating: 0, count: recognizers.count)
        let onlyStandard = !kinds.contains(.other)
        for index in 0..<context.count {
            // Most tokens of a document: no recogniser is asked.
            if onlyStandard, context.startsNoStandardEntity(index) { continue }
            for slot in kinds.indices where nextFree[slot] <= index {
                guard kinds[slot].mayStart(at: index, in: context),
                      let match = kinds[slot].match(at: index, in: context,
                                                    other: recognizers[slot]) else { continue }
                entities.append(context.entity(match))
                nextFree[slot] = match.tokens.upperBound
            }
        }
        return entities
    }
}

/// A recogniser as the analyzer calls it at every token: the standard ones (stateless
/// structs) by their own type, so that a token they reject costs their cheap
/// `mayStart(at:in:)` test and no call through the protocol (whose large optional result is
/// copied on every call); any other through `EntityRecognizer`.
private enum RecognizerKind {
    case number, date, documentReference, plenum, person, place, other

    init(_ recognizer: any EntityRecognizer) {
        switch recognizer {
        case is NumberRecognizer: self = .number
        case is DateRecognizer: self = .date
        case is DocumentReferenceRecognizer: self = .documentReference
        case is PlenumRecognizer: self = .plenum
        case is PersonNameRecognizer: self = .person
        case is PlaceRecognizer: self = .place
        default: self = .other
        }
    }

    @inline(__always)
    func mayStart(at index: Int, in context: EntityContext) -> Bool {
        switch self {
        case .number: NumberRecognizer().mayStart(at: index, in: context)
        case .date: DateRecognizer().mayStart(at: index, in: context)
        case .documentReference: DocumentReferenceRecognizer().mayStart(at: index, in: context)
        case .plenum: PlenumRecognizer().mayStart(at: index, in: context)
        case .person: PersonNameRecognizer().mayStart(at: index, in: context)
        case .place: PlaceRecognizer().mayStart(at: index, in: context)
        case .other: true
        }
    }

    /// The match at `index` once `mayStart(at:in:)` held; `other` is the recogniser itself,
    /// called for `.other`.
    func match(at index: Int, in context: EntityContext, other: any EntityRecognizer)
        -> EntityMatch?
    {
        switch self {
        case .number: return NumberRecognizer().find(at: index, in: context)
        case .date: return DateRecognizer().find(at: index, in: context)
        case .documentReference: return DocumentReferenceRecognizer().find(at: index, in: context)
        case .plenum: return PlenumRecognizer().find(at: index, in: context)
        case .person: return PersonNameRecognizer().find(at: index, in: context)
        case .place: return PlaceRecognizer().find(at: index, in: context)
        case .other: return other.match(at: index, in: context)
        }
    }
}
