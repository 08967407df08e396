/// The keys and key codes of recently seen words and numbers, by their original bytes: what
/// a token renders to depends on its bytes alone, and prose repeats a few thousand
/// syllables, so most tokens of an indexing run are rendered once, not each time (a
/// rendering makes up to three strings, each validated as UTF-8).
///
/// Direct-mapped on tokens of at most 15 bytes (their bytes as a `KeywordCode`), 4,096
/// entries (224 KB of tags, read by every look-up, and 192 KB of keys): 87% of news tokens
/// hit. 8,192 entries hit 92% but index no faster on one thread, and two threads scaled
/// worse with them (1.79–1.89× one thread, against 1.94–2.07× with 4,096, in one period of
/// this machine).
///
/// What a token may start (`EntityStarts`) is kept for documents, which the index builder
/// analyses. Not for sharing between threads: the builder keeps one per segment builder.
package final class RenderCache {
    /// A token's keys and their codes, as `TokenScanner` renders them, and what it may
    /// start in a document.
    package struct Rendered {
        package let exact: KeywordCode
        package let folded: KeywordCode
        let starts: EntityStarts
        /// Valid until the next `rendered(_:)`.
        package let keys: UnsafePointer<WordKeys>
    }

    /// What a look-up reads: the token's bytes, its keys' codes and what it may start (56
    /// bytes; the keys sit apart, read only for the tokens whose keys are kept).
    private struct Tag {
        var bytes = KeywordCode.long
        var exact = KeywordCode.long
        var folded = KeywordCode.long
        var starts = EntityStarts()
    }

    private static let bits = 12
    private static let capacity = 1 << bits
    private let tags: UnsafeMutablePointer<Tag>
    private let keys: UnsafeMutablePointer<WordKeys>
    /// For a token the cache does not hold: rendered anew each time.
    private let spareKeys: UnsafeMutablePointer<WordKeys>

    package init() {
        tags = .allocate(capacity: Self.capacity)
        tags.initialize(repeating: Tag(), count: Self.capacity)
        let empty = WordKeys(exact: "", toneless: "", folded: "")
        keys = .allocate(capacity: Self.capacity)
        keys.initialize(repeating: empty, count: Self.capacity)
        spareKeys = .allocate(capacity: 1)
        spareKeys.initialize(to: empty)
    }

    deinit {
        tags.deallocate()
        keys.deinitialize(count: Self.capacity)
        keys.deallocate()
        spareKeys.deinitialize(count: 1)
        spareKeys.deallocate()
    }

    /// The scanner's current token rendered, from the cache when it was seen. A word's or
    /// number's kind follows from its bytes, so the bytes alone identify an entry.
    @inline(__always)
    package func rendered(_ scanner: inout TokenScanner) -> Rendered {
        let kind = scanner.kind
        guard kind == .word || kind == .number, !scanner.needsReference,
              scanner.end - scanner.start <= 15 else {
            let rendered = scanner.renderKeysWithCodes()
            spareKeys.pointee = rendered.keys
            return Rendered(exact: rendered.exact, folded: rendered.folded,
                            starts: .inDocument(exact: rendered.exact, folded: rendered.folded),
                            keys: UnsafePointer(spareKeys))
        }
        let bytes = KeywordCode(bytes: UnsafeBufferPointer(
            rebasing: scanner.text[scanner.start..<scanner.end]))
        let slot = Int(truncatingIfNeeded: bytes.mixed >> (64 - Self.bits))
        let tag = tags + slot
        if tag.pointee.bytes != bytes {
            let rendered = scanner.renderKeysWithCodes()
            tag.pointee = Tag(bytes: bytes, exact: rendered.exact, folded: rendered.folded,
                              starts: .inDocument(exact: rendered.exact,
                                                  folded: rendered.folded))
            keys[slot] = rendered.keys
        }
        return Rendered(exact: tag.pointee.exact, folded: tag.pointee.folded,
                        starts: tag.pointee.starts, keys: UnsafePointer(keys + slot))
    }
}
