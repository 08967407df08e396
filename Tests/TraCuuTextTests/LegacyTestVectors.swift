import Foundation

/// The legacy-encoding samples in the shared corpus (`../shared/corpus/testvectors/legacy`
/// beside the package root): 300 news sentences in UTF-8 NFC and, line for line, in VISCII,
/// TCVN5712-1 (TCVN3) and CP1258, all made by glibc iconv. Absent outside the project's
/// workspace, so the tests that read them are enabled only when the folder exists.
enum LegacyTestVectors {
    /// The folder, found from this file's path: Tests/TraCuuTextTests → package root.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/testvectors/legacy")

    /// Whether the samples are there.
    static let isAvailable: Bool = FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("sample.utf8-nfc.txt").path)

    /// The sample files of the legacy encodings, by the encoding they are in.
    static let encodedFiles: [(file: String, encoding: String)] = [
        ("sample.viscii.txt", "viscii"),
        ("sample.tcvn5712-1.txt", "tcvn3"),
        ("sample.cp1258.txt", "windows-1258"),
    ]

    /// The bytes of a sample file (empty when it cannot be read).
    static func bytes(of file: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: directory.appendingPathComponent(file)))) ?? []
    }

    /// The lines of a sample file as byte arrays, without the final empty line.
    static func lines(of file: String) -> [[UInt8]] {
        var lines = bytes(of: file).split(separator: 0x0A, omittingEmptySubsequences: false)
            .map(Array.init)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The Unicode reference lines (NFC).
    static func referenceLines() -> [String] {
        lines(of: "sample.utf8-nfc.txt").map { String(decoding: $0, as: UTF8.self) }
    }

    /// Bytes written as hex pairs separated by spaces: `"54 69 d5"`.
    static func hex(_ pairs: String) -> [UInt8] {
        pairs.split(separator: " ").compactMap { UInt8($0, radix: 16) }
    }

    /// The code points of a string of U+0000–U+00FF characters, as bytes: VNI and TCVN3
    /// text as shown in CP1252 back to its bytes.
    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }
}
