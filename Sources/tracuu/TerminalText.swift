import Foundation

/// Text for people at a terminal: its width, how many columns a string takes there, and
/// lines wrapped at word boundaries to fit.
enum TerminalText {
    /// The columns to wrap standard output to: the terminal's width (`TIOCGWINSZ`, else
    /// `$COLUMNS`, else 80) when standard output is a terminal; nil when it is a file or a
    /// pipe, where lines are left whole for other programs.
    static func outputWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }),
           columns > 0 {
            return columns
        }
        return 80
    }

    /// The columns `text` takes on a terminal: a combining mark (a tone mark written
    /// apart, NFD) or an escape sequence (`ESC [ … m`, bold) takes none, a wide East Asian
    /// character two, anything else one.
    static func width(of text: some StringProtocol) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if scalar == "m" { inEscape = false }
            } else {
                width += columns(of: scalar)
            }
        }
        return width
    }

    /// `text` in lines of at most `width` columns, broken at spaces; the first line starts
    /// with `first`, the others with `indent`. A word wider than a line gets a line of its
    /// own. With no width, one line.
    static func wrap(_ text: String, width: Int?, indent: String, first: String = "")
        -> [String]
    {
        guard let width else { return [first + text] }
        var lines: [String] = []
        var line = first
        var used = self.width(of: first)
        var hasWord = false
        for word in text.split(separator: " ") {
            let wordWidth = self.width(of: word)
            if hasWord && used + 1 + wordWidth > width {
                lines.append(line)
                (line, used, hasWord) = (indent, self.width(of: indent), false)
            }
            if hasWord {
                line += " "
                used += 1
            }
            line += word
            used += wordWidth
            hasWord = true
        }
        lines.append(line)
        return lines
    }

    private static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        return isWide(scalar.value) ? 2 : 1
    }

    /// East Asian wide and full-width characters: Hangul, CJK, kana, full-width forms,
    /// emoji pictographs.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
