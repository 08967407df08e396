/// Splits Vietnamese (and any other) text into tokens: syllables and other words, numbers
/// kept whole, URLs and e-mail addresses; punctuation is not a token. Each token carries its
/// position and its UTF-8 byte range in the text, and its keys at the three match levels.
///
/// ```swift
/// let tokens = Tokenizer().tokens(in: "Đảng uỷ ban hành Nghị quyết số 05")
/// tokens[1].exact     // "uỷ"      (ủy and uỷ give the same key)
/// tokens[0].folded    // "dang"
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    /// All tokens of `text`. Allocates the array and, for texts and keys longer than 15
    /// bytes, their strings; use `forEachKey(in:level:_:)` on hot paths.
    public func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var scanner = TokenScanner()
        var text = text
        text.withUTF8 { bytes in
            // Vietnamese prose has a token every 4 to 5 bytes.
            tokens.reserveCapacity(bytes.count / 5)
            scanner.scan(bytes) { scanner in
                let (text, keys) = scanner.renderToken()
                tokens.append(Token(kind: scanner.kind, text: text, keys: keys,
                                    position: scanner.position,
                                    utf8Range: scanner.start..<scanner.end,
                                    isCapitalized: scanner.isCapitalized))
            }
        }
        return tokens
    }

    /// `tokens(in:)`, and each token's exact and folded keys as `KeywordCode`s for
    /// `EntityContext`, taken from the scanner's buffers.
    func tokensWithCodes(in text: String)
        -> (tokens: [Token], exactCodes: [KeywordCode], foldedCodes: [KeywordCode])
    {
        var tokens: [Token] = []
        var exactCodes: [KeywordCode] = []
        var foldedCodes: [KeywordCode] = []
        var scanner = TokenScanner()
        var text = text
        text.withUTF8 { bytes in
            tokens.reserveCapacity(bytes.count / 5)
            exactCodes.reserveCapacity(bytes.count / 5)
            foldedCodes.reserveCapacity(bytes.count / 5)
            scanner.scan(bytes) { scanner in
                let rendered = scanner.renderTokenWithCodes()
                tokens.append(Token(kind: scanner.kind, text: rendered.text, keys: rendered.keys,
                                    position: scanner.position,
                                    utf8Range: scanner.start..<scanner.end,
                                    isCapitalized: scanner.isCapitalized))
                exactCodes.append(rendered.exact)
                foldedCodes.append(rendered.folded)
            }
        }
        return (tokens, exactCodes, foldedCodes)
    }

    /// The index builder's tokenizing: the tokens of `text` as columns, most rendered from
    /// `cache`, without the strings a `Token` holds (copying them is what building `Token`s
    /// costs). See `TokenColumns` for the keys it keeps.
    package func columns(in text: String, cache: RenderCache) -> TokenColumns {
        var text = text
        // The caller keeps the cache alive: no reference counting per token.
        let cache = Unmanaged.passUnretained(cache)
        return text.withUTF8 { bytes in
            var columns = TokenColumns(reservingCapacity: bytes.count / 5)
            var scanner = TokenScanner()
            scanner.scan(bytes) { scanner in
                let rendered = cache._withUnsafeGuaranteedRef { $0.rendered(&scanner) }
                let keepsKeys = scanner.isCapitalized || scanner.needsReference
                    || scanner.kind == .url || scanner.kind == .email
                    || rendered.exact.isLong || rendered.folded.isLong
                columns.append(kind: scanner.kind, range: scanner.start..<scanner.end,
                               isCapitalized: scanner.isCapitalized,
                               exactCode: rendered.exact, foldedCode: rendered.folded,
                               documentStarts: rendered.starts,
                               keys: keepsKeys ? rendered.keys.pointee : nil)
            }
            return columns
        }
    }

    /// The keys of the token `bytes` hold, as `tokens(in:)` renders them for that token in
    /// any text: for a word or number scanned without the reference path, they follow from
    /// its bytes alone (`TokenColumns` keeps the keys of every other token). `scanner` is
    /// reused from call to call.
    static func keys(ofToken bytes: UnsafeBufferPointer<UInt8>,
                     scanner: inout TokenScanner) -> WordKeys {
        var keys = WordKeys(exact: "", toneless: "", folded: "")
        scanner.scan(bytes) { scanner in
            keys = scanner.renderToken().keys
            scanner.stopScanning()
        }
        return keys
    }

    /// Calls `body` with each token's key at one level, as UTF-8 bytes valid only during the
    /// call, and the token's kind, position and byte range. Allocates nothing per token for
    /// Vietnamese and ASCII text.
    public func forEachKey(
        in text: String, level: MatchLevel,
        _ body: (_ key: Span<UInt8>, _ kind: Token.Kind, _ position: UInt32,
                 _ utf8Range: Range<Int>) -> Void
    ) {
        var scanner = TokenScanner()
        var text = text
        text.withUTF8 { bytes in
            scanner.scan(bytes) { scanner in
                scanner.renderKey(level)
                body(Span(_unsafeElements: scanner.key), scanner.kind, scanner.position,
                     scanner.start..<scanner.end)
            }
        }
    }
}
