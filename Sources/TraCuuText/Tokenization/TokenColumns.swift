/// A text's tokens as columns: what entity recognisers ask of every token (kind, where it
/// stands, capitalisation, its keys as codes), without the strings of a `Token`, which they
/// read for few tokens. `EntityContext` holds its tokens this way.
///
/// Made from `Token`s (whose keys stay with them), or by `Tokenizer.columns(in:cache:)` for
/// the index builder, which keeps the keys of the tokens whose keys recognisers read
/// (capitalised ones) or that do not follow from their bytes alone (URLs, e-mail addresses,
/// words on the reference path), and of long ones; any other token's keys are rendered again
/// from its bytes when asked.
package struct TokenColumns: Sendable {
    /// What a token is, besides its codes.
    package struct Entry: Sendable {
        package let kind: Token.Kind
        package let isCapitalized: Bool
        /// Where its keys are in `keptKeys`, or -1.
        fileprivate let keptKey: Int32
        package let range: Range<Int>
    }

    package private(set) var entries: [Entry] = []
    package private(set) var exactCodes: [KeywordCode] = []
    package private(set) var foldedCodes: [KeywordCode] = []
    /// What each token may start in a document, when known (`Tokenizer.columns(in:cache:)`);
    /// empty otherwise.
    private(set) var documentStarts: [EntityStarts] = []
    private var keptKeys: [WordKeys] = []

    package var count: Int { entries.count }

    init(reservingCapacity capacity: Int) {
        entries.reserveCapacity(capacity)
        exactCodes.reserveCapacity(capacity)
        foldedCodes.reserveCapacity(capacity)
        documentStarts.reserveCapacity(capacity)
    }

    /// The columns of `tokens`; their keys are not kept.
    init(_ tokens: [Token], exactCodes: [KeywordCode], foldedCodes: [KeywordCode]) {
        precondition(exactCodes.count == tokens.count && foldedCodes.count == tokens.count)
        entries = tokens.map {
            Entry(kind: $0.kind, isCapitalized: $0.isCapitalized, keptKey: -1, range: $0.utf8Range)
        }
        self.exactCodes = exactCodes
        self.foldedCodes = foldedCodes
    }

    /// Appends a token; `keys` is kept when given.
    mutating func append(kind: Token.Kind, range: Range<Int>, isCapitalized: Bool,
                         exactCode: KeywordCode, foldedCode: KeywordCode,
                         documentStarts starts: EntityStarts, keys: WordKeys?) {
        documentStarts.append(starts)
        var keptKey: Int32 = -1
        if let keys {
            keptKey = Int32(keptKeys.count)
            keptKeys.append(keys)
        }
        entries.append(Entry(kind: kind, isCapitalized: isCapitalized, keptKey: keptKey,
                             range: range))
        exactCodes.append(exactCode)
        foldedCodes.append(foldedCode)
    }

    /// Token `index`'s keys if kept.
    func keptKeys(_ index: Int) -> WordKeys? {
        let kept = Int(entries[index].keptKey)
        return kept >= 0 ? keptKeys[kept] : nil
    }

    /// Token `index`'s keys: kept, or rendered again with `scanner` from its bytes in `text`
    /// (the UTF-8 of the text the columns were made from).
    package func keys(_ index: Int, in text: UnsafeBufferPointer<UInt8>,
                      scanner: inout TokenScanner) -> WordKeys {
        if let kept = keptKeys(index) { return kept }
        return Tokenizer.keys(ofToken: UnsafeBufferPointer(rebasing: text[entries[index].range]),
                              scanner: &scanner)
    }
}
