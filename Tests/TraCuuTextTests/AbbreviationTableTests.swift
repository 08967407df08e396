import Foundation
import Testing
import TraCuuText

/// The abbreviation table: every full form is written as official texts write it, and no
/// short form is a Vietnamese word of its own.
@Suite struct AbbreviationTableTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpusFolder = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    /// How often each full form (its tokens' exact keys) is written in the codes' texts (all
    /// of them) and in the first 5,000 news articles; nil when the corpus is absent.
    static let codes = fullFormCounts("legal_codes.jsonl.zst", articles: .max)
    static let news = fullFormCounts("news_baomoi.jsonl.zst", articles: 5_000)

    @Test("each full form is written so in the codes, or for names they lack, in the news",
          arguments: AbbreviationTable.entries)
    func fullFormIsOfficialUsage(entry: Abbreviation) throws {
        guard let counts = entry.evidence == .codes ? Self.codes : Self.news else {
            print("skipped: \(Self.corpusFolder.path) is absent")
            return
        }
        let count = counts[Self.keys(of: entry.fullForm), default: 0]
        #expect(count >= (entry.evidence == .codes ? 1 : 3),
                "\(entry.fullForm) (\(entry.source)) written \(count) times")
    }

    @Test("no short form is a Vietnamese syllable, and none is another entry's form",
          arguments: AbbreviationTable.entries)
    func shortFormsAreNoWords(entry: Abbreviation) {
        for form in entry.shortForms {
            let tokens = Tokenizer().tokens(in: form)
            #expect(!tokens.isEmpty)
            #expect(!(tokens.count == 1 && WordShape.isSyllable(form)), "\(form)")
            let others = AbbreviationTable.entries.filter { $0 != entry }
                .flatMap { $0.shortForms + [$0.fullForm] }.map(Self.keys(of:))
            #expect(!others.contains(Self.keys(of: form)), "\(form)")
        }
        #expect(Tokenizer().tokens(in: entry.fullForm).allSatisfy {
            WordShape.isSyllable($0.text)
        }, "\(entry.fullForm)")
    }

    /// The exact keys of `text`'s tokens.
    static func keys(of text: String) -> [String] {
        Tokenizer().tokens(in: text).map(\.keys.exact)
    }

    private static func fullFormCounts(_ file: String, articles: Int) -> [[String]: Int]? {
        let url = corpusFolder.appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["zstd", "-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let forms = AbbreviationTable.entries.map { keys(of: $0.fullForm) }
        let byFirst = Dictionary(grouping: forms, by: { $0[0] })
        var counts: [[String]: Int] = [:]
        for line in data.split(separator: 0x0A).prefix(articles) {
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let body = object["body"] as? String else { continue }
            var words: [String] = []
            Tokenizer().forEachKey(in: (object["title"] as? String ?? "") + "\n" + body,
                                   level: .exact) { key, _, _, _ in
                words.append(key.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })
            }
            for (start, word) in words.enumerated() {
                for form in byFirst[word] ?? [] where words[start...].starts(with: form) {
                    counts[form, default: 0] += 1
                }
            }
        }
        return counts
    }
}
