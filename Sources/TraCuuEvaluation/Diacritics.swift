import Foundation

/// Vietnamese text as typed without marks: every combining mark removed, `đ`→`d`, `Đ`→`D`;
/// case is kept. Evaluations use it to ask the same questions unaccented.
public enum Diacritics {
    public static func stripped(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue
            case 0x0111: scalars.append("d")
            case 0x0110: scalars.append("D")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
