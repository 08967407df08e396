/// The vowel clusters a Vietnamese syllable's nucleus may be, without tone: what tells
/// `trân` from `traan`, `lê` from `lee`. The shape check in `SyllableStructure` allows any
/// one to three vowels; typing repairs need the real list.
enum VowelCluster {
    /// Whether the lowercase, toneless vowels form a nucleus Vietnamese writes, with its marks
    /// or, when none is typed, without them.
    static func isValid(_ vowels: some Collection<Letter>) -> Bool {
        var bytes: [UInt8] = []
        for letter in vowels {
            guard LetterTable.shared.appendComposed(letter.base, letter.mark, .ngang,
                                                    to: &bytes) else { return false }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return clusters.contains(text)
            || (vowels.allSatisfy { $0.mark == .none } && foldedClusters.contains(text))
    }

    /// The clusters without their marks, for words typed without them (`quyet`, `nguoi`).
    private static let foldedClusters = Set(clusters.map { cluster in
        String(cluster.unicodeScalars.map { scalar in
            scalar.isASCII ? Character(scalar)
                : Character(Unicode.Scalar(LetterTable.shared.entry(for: scalar.value).base))
        })
    })

    /// Nuclei with their glides: after `qu` and `gi` the `u`/`i` is part of the onset, so
    /// `quyê` has the nucleus `yê` and `gia` the nucleus `a`.
    private static let clusters: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe",
        "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu",
        "yê", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi",
        "ươu", "yêu",
    ]
}
