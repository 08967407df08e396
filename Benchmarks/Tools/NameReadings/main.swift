// How `tracuu` reads place and person names typed without marks (`phuong ba dinh`,
// `dien bien`, `nguyen thai ha`), from `SearchResults.interpretation`:
//
//   NameReadings --index DIR [--corpus PATH] [--limit DOCS] [--min-count N] [--show N]
//
// 1. The 34 provincial-level units, bare (`dien bien`) and after their designator
//    (`tinh dien bien`, `thanh pho ho chi minh`): whole names read right.
// 2. The places the corpus names after a designator (`phường X`, `xã Y`, `quận`, `huyện`,
//    `thị xã`, `thị trấn`, `thành phố`, `tỉnh`), each typed once without marks and expected
//    as the marked form the corpus writes most often: designators and whole names right.
// 3. The persons the corpus names at least N times, typed without marks.
//
// The index should be built from the same corpus. The last line, `RESULT …`, is key=value
// pairs.

import ArgumentParser
import Foundation
import TraCuu

struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "NameReadings",
        abstract: "How place and person names typed without marks are read.")

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Option(help: "The index to ask, built from the corpus (tracuu index).")
    var index: String

    @Option(help: "The news corpus the places come from, a .jsonl.zst or .jsonl file.")
    var corpus = repositoryRoot + "/../shared/corpus/news_baomoi.jsonl.zst"

    @Option(help: "Read only the first DOCS documents of the corpus.")
    var limit: Int?

    @Option(help: "Only places and persons the corpus names at least N times.")
    var minCount = 1

    @Option(help: "Wrong readings to show per table.")
    var show = 10
}

func main() throws {
    let options = Options.parseOrExit()
    let searcher = try SearchIndex.open(at: options.index).searcher()
    let names = try CorpusNames(corpus: options.corpus, limit: options.limit ?? .max)
    print("corpus: \(options.corpus): \(names.documentCount) documents, "
          + "\(names.places.count) designator + place pairs, \(names.persons.count) persons")

    var bare = ReadingTally("provinces, bare")
    var designated = ReadingTally("provinces, with designator")
    for unit in ProvincialUnits.all {
        let name = CorpusNames.exactWords(unit.name).joined(separator: " ")
        try bare.check(CorpusNames.unmarked(unit.name), designator: "", name: name,
                       in: searcher)
        try designated.check(CorpusNames.unmarked(unit.designator + " " + unit.name),
                             designator: unit.designator, name: name, in: searcher)
    }

    var places = ReadingTally("places after a designator, min count \(options.minCount)")
    for (place, typed) in commonestForms(names.places, minCount: options.minCount, typed: {
        CorpusNames.unmarked($0.designator + " " + $0.name)
    }) {
        try places.check(typed, designator: place.designator, name: place.name, in: searcher)
    }
    var persons = ReadingTally("persons, min count \(max(options.minCount, 3))")
    for (person, typed) in commonestForms(names.persons, minCount: max(options.minCount, 3),
                                          typed: CorpusNames.unmarked) {
        try persons.check(typed, designator: "", name: person, in: searcher)
    }

    let tallies = [bare, designated, places, persons]
    print("table                                          queries  designator  whole")
    for tally in tallies {
        print(tally.label.padding(toLength: 46, withPad: " ", startingAt: 0)
              + String(format: " %7d  %10.4f  %5.4f", tally.count, tally.designatorShare,
                       tally.wholeShare))
    }
    for tally in tallies where !tally.wrong.isEmpty {
        print("\(tally.label): \(tally.wrong.count) read otherwise, e.g.")
        for wrong in tally.wrong.prefix(options.show) {
            print("  \(wrong.typed) → \(wrong.read) (expected \(wrong.expected))")
        }
    }
    print("RESULT provinces_bare=\(bare.wholeRight)/\(bare.count)"
          + " provinces_designated=\(designated.wholeRight)/\(designated.count)"
          + String(format: " places=%d place_designators=%.4f place_whole=%.4f",
                   places.count, places.designatorShare, places.wholeShare)
          + String(format: " persons=%d person_whole=%.4f", persons.count, persons.wholeShare))
}

/// Per query typed without marks, the marked form the corpus writes most often (ties to the
/// smaller form), for queries written at least `minCount` times in all; sorted by query.
func commonestForms<Name: Hashable & Comparable>(_ counts: [Name: Int], minCount: Int,
                                    typed: (Name) -> String) -> [(Name, String)] {
    var best: [String: (name: Name, count: Int)] = [:]
    var total: [String: Int] = [:]
    for (name, count) in counts {
        let query = typed(name)
        total[query, default: 0] += count
        if best[query].map({ count > $0.count || count == $0.count && name < $0.name }) ?? true {
            best[query] = (name, count)
        }
    }
    return best.filter { total[$0.key, default: 0] >= minCount }
        .sorted { $0.key < $1.key }
        .map { ($0.value.name, $0.key) }
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("NameReadings: \(error)\n".utf8))
    exit(1)
}
