/// Text with its expected token ranges written inline: `"⟦Nghị⟧ ⟦quyết⟧ số ⟦05⟧"` is the
/// text `"Nghị quyết số 05"` with the UTF-8 ranges of `Nghị`, `quyết` and `05`.
///
/// Offsets in tests are written this way, never counted by hand. The markers ⟦ (U+27E6) and
/// ⟧ (U+27E7) must pair up and not nest; a string without markers yields no ranges.
public struct MarkedText: Sendable, CustomStringConvertible {
    /// The text without the markers.
    public let text: String
    /// The UTF-8 byte ranges in `text` of the marked spans, in order.
    public let ranges: [Range<Int>]

    public static let open: Character = "⟦"
    public static let close: Character = "⟧"

    /// Strips the markers from `marked`. Traps on unpaired or nested markers: a typo in a
    /// test table, not input under test.
    public init(_ marked: String) {
        var text = ""
        var ranges: [Range<Int>] = []
        var openedAt: Int?
        for character in marked {
            switch character {
            case Self.open:
                precondition(openedAt == nil, "nested ⟦ in \(marked)")
                openedAt = text.utf8.count
            case Self.close:
                guard let start = openedAt else { preconditionFailure("⟧ without ⟦ in \(marked)") }
                ranges.append(start..<text.utf8.count)
                openedAt = nil
            default:
                text.append(character)
            }
        }
        precondition(openedAt == nil, "⟦ without ⟧ in \(marked)")
        self.text = text
        self.ranges = ranges
    }

    /// The marked spans as strings, for readable failure messages.
    public var spans: [String] {
        let bytes = Array(text.utf8)
        return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    public var description: String { text }
}
