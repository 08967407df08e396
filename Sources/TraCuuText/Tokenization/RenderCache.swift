/// The rendered text, keys and key codes of recently seen words and numbers, by their
/// original bytes: what a token renders to depends on its bytes alone, and prose repeats a
/// few thousand syllables, so most tokens of an indexing run are rendered once, not each
/// time (a rendering makes up to four strings, each validated as UTF-8).
///
/// Direct-mapped on tokens of at most 15 bytes (their bytes as a `KeywordCode`), 4,096
/// entries (480 KB): 87% of news tokens hit. 8,192 entries hit 92% but index no faster on one
/// thread, and take a whole 1 MiB L2 cache from the other tables (two threads then ran
/// 1.79–1.89× one thread, against 1.94–2.07× with 4,096, in one period of this machine).
/// Not for sharing between threads: the index builder keeps one per segment builder.
package final class RenderCache {
    private struct Entry {
        var bytes = KeywordCode.long
        var kind = Token.Kind.word
        var text = ""
        var keys = WordKeys(exact: "", toneless: "", folded: "")
        var exact = KeywordCode.long
        var folded = KeywordCode.long
    }

    private static let bits = 12
    private static let capacity = 1 << bits
    private let entries: UnsafeMutablePointer<Entry>

    package init() {
        entries = .allocate(capacity: Self.capacity)
        entries.initialize(repeating: Entry(), count: Self.capacity)
    }

    deinit {
        entries.deinitialize(count: Self.capacity)
        entries.deallocate()
    }

    /// `scanner.renderTokenWithCodes()`, from the cache when the current token was seen.
    @inline(__always)
    func rendered(_ scanner: inout TokenScanner)
        -> (text: String, keys: WordKeys, exact: KeywordCode, folded: KeywordCode)
    {
        let kind = scanner.kind
        guard kind == .word || kind == .number, !scanner.needsReference,
              scanner.end - scanner.start <= 15 else { return scanner.renderTokenWithCodes() }
        let bytes = KeywordCode(bytes: UnsafeBufferPointer(
            rebasing: scanner.text[scanner.start..<scanner.end]))
        let entry = entries + Int(truncatingIfNeeded: bytes.mixed >> (64 - Self.bits))
        if entry.pointee.bytes == bytes, entry.pointee.kind == kind {
            return (entry.pointee.text, entry.pointee.keys, entry.pointee.exact,
                    entry.pointee.folded)
        }
        let rendered = scanner.renderTokenWithCodes()
        entry.pointee = Entry(bytes: bytes, kind: kind, text: rendered.text, keys: rendered.keys,
                              exact: rendered.exact, folded: rendered.folded)
        return rendered
    }
}
