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
    /// A rendered token: its text, keys and key codes.
    package struct Entry {
        fileprivate var bytes = KeywordCode.long
        package fileprivate(set) var kind = Token.Kind.word
        package fileprivate(set) var text = ""
        package fileprivate(set) var keys = WordKeys(exact: "", toneless: "", folded: "")
        package fileprivate(set) var exact = KeywordCode.long
        package fileprivate(set) var folded = KeywordCode.long

        fileprivate init() {}

        /// The scanner's current token rendered.
        fileprivate init(_ scanner: inout TokenScanner, bytes: KeywordCode) {
            let rendered = scanner.renderTokenWithCodes()
            self.bytes = bytes
            kind = scanner.kind
            text = rendered.text
            keys = rendered.keys
            exact = rendered.exact
            folded = rendered.folded
        }
    }

    private static let bits = 12
    private static let capacity = 1 << bits
    private let entries: UnsafeMutablePointer<Entry>
    /// For a token the cache does not hold: rendered anew each time.
    private let spare: UnsafeMutablePointer<Entry>

    package init() {
        entries = .allocate(capacity: Self.capacity)
        entries.initialize(repeating: Entry(), count: Self.capacity)
        spare = .allocate(capacity: 1)
        spare.initialize(to: Entry())
    }

    deinit {
        entries.deinitialize(count: Self.capacity)
        entries.deallocate()
        spare.deinitialize(count: 1)
        spare.deallocate()
    }

    /// The scanner's current token rendered, from the cache when it was seen; valid until
    /// the next call.
    @inline(__always)
    package func entry(for scanner: inout TokenScanner) -> UnsafePointer<Entry> {
        let kind = scanner.kind
        guard kind == .word || kind == .number, !scanner.needsReference,
              scanner.end - scanner.start <= 15 else {
            spare.pointee = Entry(&scanner, bytes: .long)
            return UnsafePointer(spare)
        }
        let bytes = KeywordCode(bytes: UnsafeBufferPointer(
            rebasing: scanner.text[scanner.start..<scanner.end]))
        let entry = entries + Int(truncatingIfNeeded: bytes.mixed >> (64 - Self.bits))
        if entry.pointee.bytes != bytes || entry.pointee.kind != kind {
            entry.pointee = Entry(&scanner, bytes: bytes)
        }
        return UnsafePointer(entry)
    }
}
