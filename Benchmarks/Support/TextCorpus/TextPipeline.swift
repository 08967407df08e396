import TraCuuText

/// One way of turning text into match keys, as measured by the text benchmarks. Each runs
/// over the documents one call per document and returns a checksum of its output (for
/// `blackHole`), so that nothing it computes can be optimised away.
public enum TextPipeline: Sendable, Hashable {
    /// `Tokenizer().forEachKey(in:level:_:)`: cut tokens and render each key at `level`.
    case tokenize(MatchLevel)
    /// `Normalizer(level:).normalize(_:)`: the whole text rewritten at `level`, with its
    /// offset map.
    case normalize(MatchLevel)
    /// `Tokenizer().tokens(in:)`: the `[Token]` the indexer reads, each token with its text
    /// and its three keys as strings.
    case tokens
    /// `Analyzer(mode: .document).analyze(_:)`: `tokens(in:)`, then the entity recognisers
    /// over the tokens.
    case analyzeDocument
    /// `Analyzer(mode: .query).analyze(_:)` over the same text: queries are short, but this
    /// runs every query-mode rule over real sentences, for `--digest`.
    case analyzeQuery
    /// The peer pipeline that generic engines use to fold accents: the ICU transliterator
    /// `NFD; [:Nonspacing Mark:] Remove; NFC`, then `String.lowercased()`. It cuts no tokens
    /// (and leaves `đ` alone).
    case icuFold

    /// The ICU transliterator ID of `icuFold`.
    public static let icuFoldID = "NFD; [:Nonspacing Mark:] Remove; NFC"

    /// Every pipeline, in report order.
    public static let all: [TextPipeline] =
        MatchLevel.allCases.map(TextPipeline.tokenize)
        + MatchLevel.allCases.map(TextPipeline.normalize)
        + [.tokens, .analyzeDocument, .analyzeQuery, .icuFold]

    /// Short name: `tokenize/folded`, `normalize/exact`, `icu-fold`.
    public var name: String {
        switch self {
        case .tokenize(let level): "tokenize/\(level.rawValue)"
        case .normalize(let level): "normalize/\(level.rawValue)"
        case .tokens: "tokens"
        case .analyzeDocument: "analyze/document"
        case .analyzeQuery: "analyze/query"
        case .icuFold: "icu-fold"
        }
    }

    /// What runs, for the report.
    public var summary: String {
        switch self {
        case .tokenize(let level): "Tokenizer().forEachKey(level: .\(level.rawValue))"
        case .normalize(let level): "Normalizer(level: .\(level.rawValue)).normalize"
        case .tokens: "Tokenizer().tokens(in:)"
        case .analyzeDocument: "Analyzer(mode: .document).analyze: tokens + entities"
        case .analyzeQuery: "Analyzer(mode: .query).analyze: tokens + entities"
        case .icuFold: "ICU \"\(Self.icuFoldID)\" + lowercased()"
        }
    }

    /// The pipeline with its state (tokenizer, normalizer, ICU transliterator) built, ready
    /// to run over documents. Build it before the measurement starts.
    public func makeRunner() throws -> ([String]) -> Int {
        switch self {
        case .tokenize(let level):
            let tokenizer = Tokenizer()
            return { documents in
                var checksum = 0
                for document in documents {
                    tokenizer.forEachKey(in: document, level: level) { key, _, position, _ in
                        checksum &+= key.count &+ Int(position)
                    }
                }
                return checksum
            }
        case .normalize(let level):
            let normalizer = Normalizer(level: level)
            return { documents in
                var checksum = 0
                for document in documents {
                    checksum &+= normalizer.normalize(document).text.utf8.count
                }
                return checksum
            }
        case .tokens:
            let tokenizer = Tokenizer()
            return { documents in
                var checksum = 0
                for document in documents {
                    for token in tokenizer.tokens(in: document) {
                        checksum &+= token.folded.utf8.count &+ Int(token.position)
                    }
                }
                return checksum
            }
        case .analyzeDocument, .analyzeQuery:
            let analyzer = Analyzer(mode: self == .analyzeDocument ? .document : .query)
            return { documents in
                var checksum = 0
                for document in documents {
                    let analysis = analyzer.analyze(document)
                    checksum &+= analysis.tokens.count
                    for entity in analysis.entities { checksum &+= entity.keys.exact.utf8.count }
                }
                return checksum
            }
        case .icuFold:
            let transliterator = try ICUTransliterator(id: Self.icuFoldID)
            return { documents in
                var checksum = 0
                for document in documents {
                    checksum &+= transliterator.transliterate(document).lowercased().utf8.count
                }
                return checksum
            }
        }
    }

    /// A hash (FNV-1a, 64 bits) of everything the pipeline produces for `documents`: each
    /// token's key, kind and byte range, or the whole output text. Two builds that print the
    /// same digest computed the same keys, so a faster scanner can be checked against the old.
    public func digest(of documents: [String]) throws -> UInt64 {
        var hash = FNV1a()
        switch self {
        case .tokenize(let level):
            let tokenizer = Tokenizer()
            for document in documents {
                tokenizer.forEachKey(in: document, level: level) { key, kind, position, range in
                    for index in key.indices { hash.add(key[index]) }
                    hash.add(kind.rawValue.utf8)
                    hash.add(Int(position))
                    hash.add(range.lowerBound)
                    hash.add(range.upperBound)
                }
            }
        case .normalize(let level):
            let normalizer = Normalizer(level: level)
            for document in documents { hash.add(normalizer.normalize(document).text.utf8) }
        case .tokens:
            let tokenizer = Tokenizer()
            for document in documents {
                for token in tokenizer.tokens(in: document) { hash.add(token) }
            }
        case .analyzeDocument, .analyzeQuery:
            let analyzer = Analyzer(mode: self == .analyzeDocument ? .document : .query)
            for document in documents {
                let analysis = analyzer.analyze(document)
                for token in analysis.tokens { hash.add(token) }
                for entity in analysis.entities { hash.add(entity) }
            }
        case .icuFold:
            let transliterator = try ICUTransliterator(id: Self.icuFoldID)
            for document in documents {
                hash.add(transliterator.transliterate(document).lowercased().utf8)
            }
        }
        return hash.value
    }
}

/// 64-bit FNV-1a over bytes; integers are added as their 8 little-endian bytes.
struct FNV1a {
    /// Everything a token carries.
    mutating func add(_ token: Token) {
        add(token.kind.rawValue.utf8)
        add(token.text.utf8)
        for level in MatchLevel.allCases { add(token.keys[level].utf8) }
        add(Int(token.position))
        add(token.utf8Range.lowerBound)
        add(token.utf8Range.upperBound)
        add(token.isCapitalized ? 1 : 0)
    }

    /// Everything an entity carries.
    mutating func add(_ entity: Entity) {
        add(String(describing: entity.value).utf8)
        add(entity.text.utf8)
        add(entity.utf8Range.lowerBound)
        add(entity.utf8Range.upperBound)
        add(Int(entity.positions.lowerBound))
        add(Int(entity.positions.upperBound))
        for level in MatchLevel.allCases { add(entity.keys[level].utf8) }
        for key in entity.qualifiedKeys { add(key.utf8) }
    }

    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
        add(0xFF)  // not UTF-8: ends the field
    }

    mutating func add(_ number: Int) {
        var rest = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            add(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }
}
