import Foundation
import TraCuuText

/// One hand-labelled sentence (Tests/Data/entity_labels_*.jsonl) and its gold entities.
struct LabelledSentence {
    struct Gold {
        let kind: Entity.Kind
        let text: String
        let fields: [String: Any]
    }

    let id: String
    let text: String
    let gold: [Gold]
}

/// Precision and recall per entity kind, by the matching rule the labels' README gives:
/// same kind, overlapping spans, and the same value (number, date, plenum, name).
struct EntityScores {
    struct Counts {
        var predicted = 0
        var gold = 0
        var matched = 0
        var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    }

    static let scoredKinds: [Entity.Kind] = [.docref, .plenum, .date, .person, .place]
    private(set) var counts: [Entity.Kind: Counts] = [:]
    private(set) var misses: [String] = []

    mutating func score(_ sentence: LabelledSentence, analyzer: Analyzer) {
        let predicted = analyzer.analyze(sentence.text).entities
            .filter { Self.scoredKinds.contains($0.kind) }
        let bytes = Array(sentence.text.utf8)
        var used = Set<Int>()
        for kind in Self.scoredKinds {
            counts[kind, default: Counts()].predicted += predicted.filter { $0.kind == kind }.count
            counts[kind, default: Counts()].gold += sentence.gold.filter { $0.kind == kind }.count
        }
        for gold in sentence.gold {
            let spans = Self.ranges(of: gold.text, in: bytes)
            let match = predicted.indices.first { index in
                !used.contains(index) && predicted[index].kind == gold.kind
                    && spans.contains { $0.overlaps(predicted[index].utf8Range) }
                    && Self.sameValue(predicted[index], gold)
            }
            if let match {
                used.insert(match)
                counts[gold.kind, default: Counts()].matched += 1
            } else {
                misses.append("\(sentence.id) missed \(gold.kind) «\(gold.text)»")
            }
        }
        for index in predicted.indices where !used.contains(index) {
            misses.append("\(sentence.id) extra \(predicted[index].kind) "
                          + "«\(predicted[index].text)» \(predicted[index].keys.exact)")
        }
    }

    private static func ranges(of text: String, in bytes: [UInt8]) -> [Range<Int>] {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        return (0...(bytes.count - needle.count)).filter {
            bytes[$0..<($0 + needle.count)].elementsEqual(needle)
        }.map { $0..<($0 + needle.count) }
    }

    private static func sameValue(_ entity: Entity, _ gold: LabelledSentence.Gold) -> Bool {
        let exact = Normalizer(level: .exact)
        switch entity.value {
        case .docref(let reference):
            return (gold.fields["number"] as? Int) == reference.number
        case .plenum(let plenum):
            return (gold.fields["plenum"] as? Int) == plenum.plenum
        case .date(let date):
            return (gold.fields["value"] as? String) == date.description
        case .person(let name), .place(let name):
            guard let goldName = gold.fields["name"] as? String else { return false }
            return exact.key(of: goldName) == exact.key(of: name)
        case .number:
            return false
        }
    }
}

/// Reading the label files, and the news sentences from ../shared when it is there.
enum EntityLabels {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let newsCorpus = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/news_baomoi.jsonl.zst")
    static var hasNewsCorpus: Bool { FileManager.default.fileExists(atPath: newsCorpus.path) }

    static func publicSentences() throws -> [LabelledSentence] {
        try rows("entity_labels_public.jsonl").map { row in
            LabelledSentence(id: row["id"] as? String ?? "", text: row["text"] as? String ?? "",
                             gold: gold(row))
        }
    }

    /// The news sentences, cut from the corpus by their byte offsets.
    static func newsSentences() throws -> [LabelledSentence] {
        let rows = try rows("entity_labels_news.jsonl")
        let wanted = Set(rows.compactMap { $0["doc"] as? String })
        let bodies = try newsBodies(wanted)
        return rows.compactMap { row in
            guard let doc = row["doc"] as? String, let body = bodies[doc],
                  let start = row["start"] as? Int, let end = row["end"] as? Int,
                  end <= body.count, start <= end else { return nil }
            return LabelledSentence(id: row["id"] as? String ?? "",
                                    text: String(decoding: body[start..<end], as: UTF8.self),
                                    gold: gold(row))
        }
    }

    private static func rows(_ file: String) throws -> [[String: Any]] {
        let url = packageRoot.appendingPathComponent("Tests/Data/\(file)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    private static func gold(_ row: [String: Any]) -> [LabelledSentence.Gold] {
        (row["entities"] as? [[String: Any]] ?? []).compactMap { entity in
            guard let kind = Entity.Kind(rawValue: entity["kind"] as? String ?? ""),
                  let text = entity["text"] as? String else { return nil }
            return LabelledSentence.Gold(kind: kind, text: text, fields: entity)
        }
    }

    private static func newsBodies(_ wanted: Set<String>) throws -> [String: [UInt8]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["zstd", "-dc", newsCorpus.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var bodies: [String: [UInt8]] = [:]
        for line in data.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                  let id = object["id"] as? String, wanted.contains(id),
                  let body = object["body"] as? String else { continue }
            bodies[id] = Array(body.utf8)
        }
        return bodies
    }
}
