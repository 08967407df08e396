internal import CICU

/// An ICU transliterator (`tc_transliterator_open`), such as the accent-stripping pipeline
/// `NFD; [:Nonspacing Mark:] Remove; NFC` that generic engines use and TraCuu is measured
/// against. Not shared across threads.
public final class ICUTransliterator {
    private let handle: OpaquePointer

    /// Opens the transliterator with the given ICU ID; throws `TextError.icu` for a bad ID.
    public init(id: String) throws {
        let utf16 = Array(id.utf16)
        var status: Int32 = 0
        guard let handle = tc_transliterator_open(utf16, Int32(utf16.count), &status) else {
            throw TextError(.icu, "ICU rejected transliterator '\(id)' (UErrorCode \(status))")
        }
        self.handle = OpaquePointer(handle)
    }

    deinit { tc_transliterator_close(UnsafeMutableRawPointer(handle)) }

    /// `text` transliterated (`tc_transliterate`).
    public func transliterate(_ text: String) -> String {
        var capacity = text.utf16.count * 2 + 16
        while true {
            var buffer = [UInt16](repeating: 0, count: capacity)
            buffer.replaceSubrange(0..<text.utf16.count, with: text.utf16)
            var length = Int32(text.utf16.count)
            var status: Int32 = 0
            _ = tc_transliterate(UnsafeMutableRawPointer(handle), &buffer, &length,
                                 Int32(capacity), &status)
            if status == ICUStatus.bufferOverflow {
                capacity *= 2
                continue
            }
            ICUStatus.require(status, "tc_transliterate")
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
    }
}
