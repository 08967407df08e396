/// The memory a `TokenScanner` owns: the letters of the current word in two fixed columns,
/// a growable buffer for keys, and an ICU word break iterator once a run of another script
/// needs one. Allocated once per scanner; the scanner keeps copies of the pointers so that
/// its loops touch no reference count.
final class ScannerStorage {
    /// Letters a word may have on the fast path; longer words take the reference path.
    static let letterCapacity = 32
    /// Enough for any key the fast path renders from letters (three bytes a letter) plus the
    /// four-byte stores it writes them with.
    static let minimumKeyCapacity = 3 * letterCapacity + 4

    /// Each letter's ASCII base (lowercase letter, digit, or `.` `,` `%` in numbers). Read
    /// as bytes, the first `count` of them are the word's folded key before i/y variants.
    let bases: UnsafeMutablePointer<UInt8>
    /// Each letter's mark and tone, `LetterTable.detail(_:_:)`.
    let details: UnsafeMutablePointer<UInt8>
    private(set) var key: UnsafeMutableRawPointer
    private(set) var keyCapacity: Int
    /// For runs of other scripts, opened on the first one.
    lazy var wordBreaker = ICUWordBreaker()
    /// The reference path's keys of the words that took it, by their exact bytes: a name
    /// such as `Müller` comes back many times in one text, and ICU costs far more than a
    /// look-up.
    private var referenceCache: [ExactText: WordKeys] = [:]
    /// The same for one level's key alone, which is all `renderKey(_:)` needs.
    private var referenceLevelCache: [ExactText: String] = [:]
    private var referenceLevel = MatchLevel.exact

    /// The two columns and the first key buffer, in one allocation: texts are often short
    /// (a query, a title), and a scanner is made per call.
    private let block: UnsafeMutableRawPointer
    private static let initialKeyCapacity = 256

    init() {
        let columns = 2 * Self.letterCapacity
        block = .allocate(byteCount: columns + Self.initialKeyCapacity, alignment: 8)
        bases = block.bindMemory(to: UInt8.self, capacity: columns + Self.initialKeyCapacity)
        details = bases + Self.letterCapacity
        keyCapacity = Self.initialKeyCapacity
        key = block + columns
    }

    deinit {
        if key != block + 2 * Self.letterCapacity { key.deallocate() }
        block.deallocate()
    }

    /// `ReferenceNormalizer.keys(of: text)`, remembered.
    func referenceKeys(of text: String) -> WordKeys {
        let key = ExactText(text)
        if let keys = referenceCache[key] { return keys }
        let keys = ReferenceNormalizer.keys(of: text)
        if referenceCache.count >= 4096 { referenceCache.removeAll(keepingCapacity: true) }
        referenceCache[key] = keys
        return keys
    }

    /// `ReferenceNormalizer.key(of: text, at: level)`, remembered.
    func referenceKey(of text: String, at level: MatchLevel) -> String {
        let key = ExactText(text)
        if let keys = referenceCache[key] { return keys[level] }
        if level != referenceLevel {
            referenceLevelCache.removeAll(keepingCapacity: true)
            referenceLevel = level
        }
        if let cached = referenceLevelCache[key] { return cached }
        let computed = ReferenceNormalizer.key(of: text, at: level)
        if referenceLevelCache.count >= 4096 {
            referenceLevelCache.removeAll(keepingCapacity: true)
        }
        referenceLevelCache[key] = computed
        return computed
    }

    /// Grows the key buffer to hold at least `count` bytes; returns it.
    func reserveKey(_ count: Int) -> UnsafeMutableRawPointer {
        if count > keyCapacity {
            if key != block + 2 * Self.letterCapacity { key.deallocate() }
            keyCapacity = max(count, keyCapacity * 2)
            key = .allocate(byteCount: keyCapacity, alignment: 8)
            key.bindMemory(to: UInt8.self, capacity: keyCapacity)
        }
        return key
    }
}

/// A string compared and hashed by its UTF-8 bytes: canonically equivalent spellings (NFC
/// and NFD) are different keys here, as they may be for ICU's case folding.
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// The scanner's letters of the current word, as `SyllableStructure` reads them.
struct ScannedLetters: LetterColumns {
    let bases: UnsafeMutablePointer<UInt8>
    let details: UnsafeMutablePointer<UInt8>
    let count: Int

    @inline(__always)
    func base(_ index: Int) -> UInt8 { bases[index] }

    @inline(__always)
    func mark(_ index: Int) -> LetterMark {
        LetterMark(rawValue: details[index] & 0x7) ?? .none
    }
}
