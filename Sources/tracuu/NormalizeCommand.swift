import ArgumentParser
import TraCuuText

/// `tracuu normalize`: stdin → one normalized line per input line.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize Vietnamese text from stdin at a match level.",
        discussion: "exact: lowercase, NFC, one tone placement (hòa = hoà). "
            + "toneless: tones dropped, ă â ê ô ơ ư đ kept. folded: plain ASCII (đ → d)."
    )

    @Option(help: "exact, toneless or folded.")
    var level: MatchLevel = .exact

    @Option(help: "Input encoding: \(TextEncoding.validNames). Default: auto.")
    var encoding: String?

    func run() throws {
        let input = try StandardInput.read(encoding: encoding)
        let output = Output()
        output.write(Normalizer(level: level).normalize(input.text).text)
        output.flush()
    }
}
