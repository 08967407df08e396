import Foundation
import TextCorpus
import TraCuuText

/// The places a corpus names after a designator (`phường Mỏ Chè`, `thị xã Sơn Tây`) and the
/// persons it names, as the document analyser recognises them, with how often each is
/// written so. A name written in several ways that fold alike (`Phú Mỹ`, `Phù Mỹ`) counts
/// under each.
struct CorpusNames {
    /// A designator and a place name, both as exact keys (`phường`, `mỏ chè`).
    struct Place: Hashable, Comparable {
        let designator: String
        let name: String

        static func < (left: Place, right: Place) -> Bool {
            (left.designator, left.name) < (right.designator, right.name)
        }
    }

    /// The designators read, longest first so `thị xã` wins over `xã`. `TP.` is left out:
    /// it is an abbreviation, not a word typed without marks.
    static let designators = [
        "thành phố", "thị xã", "thị trấn", "phường", "xã", "quận", "huyện", "tỉnh",
    ].map(exactWords)

    private(set) var places: [Place: Int] = [:]
    private(set) var persons: [String: Int] = [:]
    private(set) var documentCount = 0

    /// Reads every document of a JSON-lines corpus (title and body).
    init(corpus path: String, limit: Int = .max) throws {
        let analyzer = Analyzer(mode: .document)
        try forEachLine(of: path) { line in
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let body = object["body"] as? String else { return true }
            let title = object["title"] as? String ?? ""
            for text in [title, body] { record(analyzer.analyze(text)) }
            documentCount += 1
            return documentCount < limit
        }
    }

    private mutating func record(_ analysis: Analysis) {
        let words = analysis.tokens.map(\.keys.exact)
        for entity in analysis.entities {
            let span = Int(entity.positions.lowerBound)..<Int(entity.positions.upperBound)
            guard span.upperBound <= words.count else { continue }
            let name = words[span].joined(separator: " ")
            switch entity.kind {
            case .place:
                guard let designator = Self.designators.first(where: { designator in
                    span.lowerBound >= designator.count
                        && Array(words[(span.lowerBound - designator.count)..<span.lowerBound])
                            == designator
                }) else { continue }
                places[Place(designator: designator.joined(separator: " "), name: name),
                       default: 0] += 1
            case .person:
                persons[name, default: 0] += 1
            default:
                continue
            }
        }
    }

    /// A phrase's words as exact keys: `Thị xã` → `["thị", "xã"]`.
    static func exactWords(_ phrase: String) -> [String] {
        Tokenizer().tokens(in: phrase).map(\.keys.exact)
    }

    /// A phrase typed without marks: `Phường Mỏ Chè` → `phuong mo che`.
    static func unmarked(_ phrase: String) -> String {
        Tokenizer().tokens(in: phrase).map(\.keys.folded).joined(separator: " ")
    }
}
