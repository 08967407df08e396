import Foundation
import TraCuu

// Times the index lifecycle on an existing index (`Tools/index-opening.sh` runs it on
// copies of the news index):
//
//   IndexOpening open INDEX [RUNS]
//       per run, in a fresh SearchIndex (as a new process would): SearchIndex.open +
//       searcher(), then the first search, then the same search again. Medians in ms.
//   IndexOpening commit INDEX DOCS.jsonl [MERGE_FACTOR]
//       opens INDEX (a copy: it is written to), searches once, adds every document of
//       DOCS.jsonl (id, title, body; ids get the prefix "new-"), then times commit(),
//       searcher() after it, the first search of that searcher and close() (which waits for
//       merges under way). MERGE_FACTOR defaults to IndexOptions'.
//   IndexOpening search INDEX QUERIES.tsv
//       on one searcher, after a warm-up pass: each query of the file (class TAB query)
//       5 times, top 10 with snippets; prints the median and p95 of the queries' medians, to
//       check that verifying on first read costs later searches nothing.

let query = try Query(parsing: "Nghị quyết số 05")

func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2]
        : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double) -> String { String(format: "%.2f", value) }

func timeOpening(_ path: String, runs: Int) throws {
    var open: [Double] = [], first: [Double] = [], second: [Double] = []
    for _ in 0..<runs {
        var searcher: Searcher?
        open.append(try milliseconds {
            searcher = try SearchIndex.open(at: path).searcher()
        })
        guard let searcher else { return }
        first.append(try milliseconds { _ = try searcher.search(query) })
        second.append(try milliseconds { _ = try searcher.search(query) })
    }
    print("open+searcher() median \(format(median(open))) ms (min \(format(open.min() ?? 0))), "
          + "first search \(format(median(first))) ms, second search "
          + "\(format(median(second))) ms, \(runs) runs")
}

func documents(in path: String) throws -> [Document] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").map { line in
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return Document(id: "new-" + (object?["id"] as? String ?? UUID().uuidString),
                        title: object?["title"] as? String ?? "",
                        body: object?["body"] as? String ?? "")
    }
}

func timeCommit(_ path: String, documentsPath: String, mergeFactor: Int?) throws {
    var options = IndexOptions()
    if let mergeFactor { options.mergeFactor = mergeFactor }
    let added = try documents(in: documentsPath)
    let index = try SearchIndex.open(at: path, options: options)
    _ = try index.searcher().search(query)
    let writer = try index.writer()
    for document in added { try writer.add(document) }
    let commit = try milliseconds { try writer.commit() }
    var searcher: Searcher?
    let reopen = try milliseconds { searcher = try index.searcher() }
    let search = try milliseconds { _ = try searcher?.search(query) }
    let close = try milliseconds { try writer.close() }
    let segments = try index.searcher().statistics().segments
    print("\(added.count) documents: commit \(format(commit)) ms, searcher() after it "
          + "\(format(reopen)) ms, its first search \(format(search)) ms, close() "
          + "\(format(close)) ms; \(segments) segments after")
}

func timeSearches(_ path: String, queriesPath: String) throws {
    let queries = try String(contentsOfFile: queriesPath, encoding: .utf8)
        .split(separator: "\n").filter { !$0.hasPrefix("#") }
        .compactMap { $0.split(separator: "\t").last.map(String.init) }
        .map { try Query(parsing: $0) }
    let searcher = try SearchIndex.open(at: path).searcher()
    for query in queries { _ = try searcher.search(query) }
    var medians: [Double] = []
    for query in queries {
        var times: [Double] = []
        for _ in 0..<5 { times.append(try milliseconds { _ = try searcher.search(query) }) }
        medians.append(median(times))
    }
    let sorted = medians.sorted()
    let p95 = sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)]
    print("\(queries.count) queries: median \(format(median(medians))) ms, p95 \(format(p95)) ms")
}

let arguments = CommandLine.arguments.dropFirst()
switch (arguments.first, arguments.count) {
case ("open", 2...3):
    try timeOpening(arguments[arguments.startIndex + 1],
                    runs: arguments.count == 3 ? Int(arguments.last ?? "") ?? 21 : 21)
case ("commit", 3...4):
    try timeCommit(arguments[arguments.startIndex + 1],
                   documentsPath: arguments[arguments.startIndex + 2],
                   mergeFactor: arguments.count == 4 ? Int(arguments.last ?? "") : nil)
case ("search", 3):
    try timeSearches(arguments[arguments.startIndex + 1],
                     queriesPath: arguments[arguments.startIndex + 2])
default:
    let usage = "usage: IndexOpening open INDEX [RUNS] | commit INDEX DOCS.jsonl [MERGE_FACTOR]"
        + " | search INDEX QUERIES.tsv\n"
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
