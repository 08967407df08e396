import TraCuuText

/// A query turned into what the index can look up: syllable terms with their keys and how
/// strictly each must match, phrases, exclusions, and the entities the query names.
struct QueryPlan {
    /// One syllable (or number, URL…) of the query.
    struct Term {
        /// Keys of the syllable as typed.
        let keys: WordKeys
        /// Whether the user typed diacritics: then it matches those marks exactly (any tone
        /// placement); without, it matches every accented form at the folded level.
        let isMarked: Bool
        let isPrefix: Bool
        let field: Query.Field?
        /// Index in the query's running order, for proximity between neighbours.
        let sequence: Int
        /// `num|5` for a number token, so `05` finds `5`.
        let numberKey: String?
        /// Whether it is a number token (digits): the index keeps its `num|` key at every
        /// position of every form of it (`TermExpansion.variants`).
        let isNumberToken: Bool
    }

    var terms: [Term] = []
    /// Runs of term indices that must stand next to each other, in order.
    var phrases: [[Int]] = []
    /// Excluded words and phrases, as term index runs in `exclusions`.
    var exclusionTerms: [Term] = []
    var exclusions: [[Int]] = []
    /// Entities the query names (numbers left out), with their keys.
    var entities: [Entity] = []
    /// The text the entities were recognised in (the words and phrases to find, joined by
    /// spaces) and its tokens, for reading them again (`confirmEntities(readAs:)`).
    private(set) var entityText = ""
    private(set) var entityTokens: [Token] = []
    /// Syllables left out past `Searcher.maximumQueryTerms` (words and exclusions together).
    private(set) var droppedTerms = 0

    /// What documents must hold beyond some query word, when the query says (`+word`,
    /// `AND`, groups with exclusions or phrases); nil when it does not.
    var condition: QueryCondition?

    init(_ query: Query) {
        let analyzer = Analyzer(mode: .query)
        var sequence = 0
        var positiveText: [String] = []
        var required: [QueryCondition] = [], excluded: [QueryCondition] = []
        for clause in query.clauses {
            switch clause {
            case .excluded(let inner) where Self.isLeaf(inner):
                let run = kept(Self.terms(of: inner, analyzer: analyzer, sequence: &sequence))
                guard !run.isEmpty else { continue }
                let start = exclusionTerms.count
                exclusionTerms.append(contentsOf: run)
                exclusions.append(Array(start..<exclusionTerms.count))
            case .excluded(let inner):
                if let found = condition(of: inner, isScored: false, analyzer: analyzer,
                                         sequence: &sequence, text: &positiveText) {
                    excluded.append(found)
                }
            case .required(let inner):
                if let found = condition(of: inner, isScored: true, analyzer: analyzer,
                                         sequence: &sequence, text: &positiveText) {
                    required.append(found)
                }
            case .anyOf(let alternatives) where alternatives.allSatisfy(Self.isWord):
                // Alternatives, not neighbours: no proximity between them.
                for (number, alternative) in alternatives.enumerated() {
                    if number > 0 { sequence += 1 }
                    add(alternative, analyzer: analyzer, sequence: &sequence,
                        text: &positiveText)
                }
            case .anyOf:
                // Optional: scored by its words, filtering nothing.
                _ = condition(of: clause, isScored: true, analyzer: analyzer,
                              sequence: &sequence, text: &positiveText)
            case .word, .phrase:
                add(clause, analyzer: analyzer, sequence: &sequence, text: &positiveText)
            }
        }
        if !required.isEmpty || !excluded.isEmpty {
            condition = .group(required: required, optional: [], excluded: excluded)
        }
        entityText = positiveText.joined(separator: " ")
        let analysis = analyzer.analyze(entityText)
        entities = analysis.entities.filter { $0.kind != .number }
        entityTokens = analysis.tokens
    }

    private mutating func add(_ clause: Query.Clause, analyzer: Analyzer, sequence: inout Int,
                              text: inout [String]) {
        let run = kept(Self.terms(of: clause, analyzer: analyzer, sequence: &sequence))
        guard !run.isEmpty else { return }
        let start = terms.count
        terms.append(contentsOf: run)
        if case .phrase(let words, _) = clause {
            phrases.append(Array(start..<terms.count))
            text.append(contentsOf: words.prefix(run.count))
        } else if case .word(let word, _, _) = clause {
            text.append(word)
        }
    }

    /// The first terms of `run` that fit under `Searcher.maximumQueryTerms`; counts the
    /// others in `droppedTerms`. O(run): a pasted article costs no more than its first words.
    mutating func kept(_ run: [Term]) -> [Term] {
        let room = max(0, Searcher.maximumQueryTerms - terms.count - exclusionTerms.count)
        guard run.count > room else { return run }
        droppedTerms += run.count - room
        return Array(run.prefix(room))
    }

    /// The syllable terms of a word or phrase clause.
    static func terms(of clause: Query.Clause, analyzer: Analyzer,
                      sequence: inout Int) -> [Term] {
        let text: String, field: Query.Field?, isPrefix: Bool
        switch clause {
        case .word(let word, let wordField, let prefix):
            (text, field, isPrefix) = (word, wordField, prefix)
        case .phrase(let words, let phraseField):
            (text, field, isPrefix) = (words.joined(separator: " "), phraseField, false)
        case .excluded, .required, .anyOf:
            return []
        }
        let analysis = analyzer.analyze(text)
        var numbers: [UInt32: String] = [:]
        for entity in analysis.entities where entity.kind == .number {
            numbers[entity.positions.lowerBound] = entity.keys.exact
        }
        return analysis.tokens.enumerated().map { offset, token in
            defer { sequence += 1 }
            return Term(keys: token.keys,
                        isMarked: token.text.unicodeScalars.contains { !$0.isASCII },
                        isPrefix: isPrefix && offset == analysis.tokens.count - 1,
                        field: field, sequence: sequence,
                        numberKey: numbers[token.position],
                        isNumberToken: token.kind == .number)
        }
    }
}
