/// How a query word reads when it was typed with a Vietnamese input method off or glitching:
/// Telex or VNI keys left in it (`nghij` → `nghị`, `d9inh5` → `định`), a letter doubled
/// before the composed one (`dđịnh` → `định`), and the same inside document codes
/// (`63/2014/NDd-CP`, `QD9-TT`, `NDĐ-CP` → `NĐ`).
///
/// Each run of letters and digits is read on its own; the separators between runs (`/`,
/// `-`, `.`) stay. Numbers and runs that already are syllables stay as typed.
public enum TypedWord {
    /// The reading of `word`, or nil when every run reads as typed.
    public static func reading(of word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        let isCodePath = scalars.contains { $0 == "/" || $0 == "-" }
        var reading = String.UnicodeScalarView()
        var changed = false
        var start = 0
        while start < scalars.count {
            var end = start
            let isRun = isRunScalar(scalars[start])
            while end < scalars.count, isRunScalar(scalars[end]) == isRun { end += 1 }
            let part = String(String.UnicodeScalarView(scalars[start..<end]))
            if isRun, let read = runReading(part, inCode: isCodePath) {
                reading.append(contentsOf: read.unicodeScalars)
                changed = true
            } else {
                reading.append(contentsOf: part.unicodeScalars)
            }
            start = end
        }
        return changed ? String(reading) : nil
    }

    private static func runReading(_ run: String, inCode: Bool) -> String? {
        if let repaired = InputMethodGlitch.repaired(run) ?? KeystrokeDecoder.reading(of: run) {
            return repaired
        }
        return inCode ? codeReading(run) : nil
    }

    /// A capital code with `Dd`, `DD`, `D9` or `DĐ` for `Đ` (`NDd` → `NĐ`); nil otherwise.
    private static func codeReading(_ run: String) -> String? {
        let scalars = Array(run.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 8 else { return nil }
        var read = String.UnicodeScalarView()
        var index = 0
        var changed = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "D", index + 1 < scalars.count,
               ["d", "D", "9", "Đ"].contains(scalars[index + 1]) {
                read.append("Đ")
                index += 2
                changed = true
                continue
            }
            guard scalar.properties.isUppercase else { return nil }
            read.append(scalar)
            index += 1
        }
        return changed ? String(read) : nil
    }

    private static func isRunScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }
}
