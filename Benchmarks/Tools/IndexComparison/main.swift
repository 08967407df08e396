// Indexes the news corpus with TraCuu or with SQLite FTS5 and prints docs/s, MB/s, peak RSS
// and index sizes, one engine per process so that each peak RSS is that engine's own.
// `--engine tokenizer` builds no index: it times TraCuu's tokenizer alone over the same
// documents (every token's exact key, `Tokenizer.forEachKey`), the least any TraCuu indexing
// run must do, so that its speed bounds what indexing on one thread can reach.
//
//   IndexComparison --engine tracuu|fts5|tokenizer [--threads N] [--limit DOCS] [--corpus PATH]
//                   [--buffer-mib N] [--dir PATH] [--keep] [--no-contentless]
//
// Both engines first decode the same documents into memory (`zstd -dc`, one JSON object a
// line, through JSONSerialization); only indexing and the final commit are timed. MB/s counts
// 10⁶ bytes of input text (the UTF-8 of title and body). The last line, `RESULT …`, is
// key=value pairs for Tools/compare-index.sh.
//
// Memory comes from /proc/self/status: VmRSS after decoding (the documents' own memory), then
// the peak (VmHWM) is reset through /proc/self/clear_refs so that the peak reported covers
// indexing only, documents included.
//
// FTS5 (Support/SQLiteFTS5) writes `docs(id UNINDEXED, title, body)` with
// `tokenize="unicode61 remove_diacritics 2"`, all rows in one transaction through one
// prepared statement. A second, contentless table (`content=''`) is then built in the same
// way for the index size without stored text.
// TraCuu adds `Document(id:title:body:source:)` to `SearchIndex.open(at:creatingIfMissing:
// options:)`'s writer and commits; its size without stored text is everything but `fdt`.

import ArgumentParser
import Foundation
import SQLiteFTS5
import TextCorpus
import TraCuu
import TraCuuText

#if canImport(Glibc)
import Glibc

/// glibc's `malloc_trim` (in <malloc.h>, which the Glibc module does not import).
@_silgen_name("malloc_trim")
func mallocTrim(_ pad: Int) -> Int32
#endif

struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "IndexComparison", abstract: "Indexes the news corpus with TraCuu or SQLite FTS5.")

    enum Engine: String, ExpressibleByArgument { case tracuu, fts5, tokenizer }

    @Option(help: "The engine to index with.")
    var engine: Engine

    @Option(help: "TraCuu's IndexOptions.threads; FTS5 has one thread.")
    var threads = 1

    @Option(help: "Index only the first DOCS documents.")
    var limit: Int?

    @Option(help: "A .jsonl.zst (read through zstd -dc) or .jsonl file.")
    var corpus = "/work/shared/corpus/news_baomoi.jsonl.zst"

    @Option(name: .customLong("buffer-mib"),
            help: "TraCuu's IndexOptions.bufferBytes in MiB (default: TraCuu's).")
    var bufferMiB: Int?

    @Option(name: .customLong("dir"),
            help: "Where to write the index (default: a new folder in the temp dir).")
    var directory: String?

    @Flag(help: "Keep the index afterwards.")
    var keep = false

    @Flag(inversion: .prefixedNo, help: "FTS5: also build a second, contentless table.")
    var contentless = true

    func validate() throws {
        guard threads > 0, limit.map({ $0 > 0 }) ?? true, bufferMiB.map({ $0 > 0 }) ?? true else {
            throw ValidationError("--threads, --limit and --buffer-mib need a positive number")
        }
        if engine != .tracuu, threads != 1 {
            throw ValidationError("only TraCuu indexes on several threads")
        }
    }
}

// MARK: - Corpus

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Measurement

enum Memory {
    /// A `/proc/self/status` field in bytes (`VmRSS`, `VmHWM`), or nil.
    static func status(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return nil
        }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let number = line.dropFirst(field.count + 1)
                .split(whereSeparator: \.isWhitespace).first
            return number.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }

    static var residentBytes: Int { status("VmRSS") ?? 0 }
    static var peakBytes: Int { status("VmHWM") ?? 0 }

    /// `getrusage` ru_maxrss: the peak over the whole process, never reset.
    static var processPeakBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// CPU seconds (user + system) of the whole process: more than the wall time when
    /// several threads work.
    static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double {
            Double(time.tv_sec) + Double(time.tv_usec) * 1e-6
        }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Resets VmHWM to the current RSS (Linux ≥ 4.0); false when not allowed.
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else {
            return false
        }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// Gives freed heap memory back to the system so that RSS counts live memory.
    static func trim() {
        #if canImport(Glibc)
        _ = mallocTrim(0)
        #endif
    }
}

/// What one timed indexing run measured.
struct Run {
    var seconds: Double
    var commitSeconds: Double
    var cpuSeconds: Double
    /// VmHWM over the run (documents included), or ru_maxrss if the peak could not be reset.
    var peakBytes: Int
    var indexBytes: Int
    var details: [(String, Int)] = []
}

func measure(_ body: () throws -> Double) rethrows -> (seconds: Double, commit: Double,
                                                       cpu: Double, peak: Int) {
    let canReset = Memory.resetPeak()
    let cpu = Memory.cpuSeconds
    let clock = ContinuousClock()
    var commit = 0.0
    let elapsed = try clock.measure { commit = try body() }
    let cpuUsed = Memory.cpuSeconds - cpu
    return (elapsed.seconds, commit, cpuUsed,
            canReset ? Memory.peakBytes : Memory.processPeakBytes)
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}

/// Bytes of all regular files under `path`.
func folderBytes(_ path: String) -> Int {
    let manager = FileManager.default
    var total = 0
    guard let names = manager.subpaths(atPath: path) else { return 0 }
    for name in names {
        let attributes = try? manager.attributesOfItem(atPath: path + "/" + name)
        if attributes?[.type] as? FileAttributeType == .typeRegular {
            total += (attributes?[.size] as? NSNumber)?.intValue ?? 0
        }
    }
    return total
}

// MARK: - TraCuu

func indexWithTraCuu(_ documents: [CorpusDocument], in folder: String,
                     options: Options) throws -> (run: Run, withoutStored: Int) {
    var indexOptions = IndexOptions(threads: options.threads)
    if let mebibytes = options.bufferMiB { indexOptions.bufferBytes = mebibytes << 20 }
    let index = try SearchIndex.open(at: folder, creatingIfMissing: true, options: indexOptions)
    let writer = try index.writer()
    let clock = ContinuousClock()
    let measured = try measure {
        for document in documents {
            try writer.add(Document(id: document.id, title: document.title, body: document.body,
                                    source: document.source))
        }
        let commitStart = clock.now
        try writer.commit()
        let commitSeconds = (clock.now - commitStart).seconds
        try writer.close()  // waits for the merges the commit started
        return commitSeconds
    }
    let statistics = try index.searcher().statistics()
    let total = folderBytes(folder)
    let stored = statistics.bytes["fdt", default: 0]
    var run = Run(seconds: measured.seconds, commitSeconds: measured.commit,
                  cpuSeconds: measured.cpu, peakBytes: measured.peak, indexBytes: total)
    run.details = statistics.bytes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    run.details.append(("segments", statistics.segments))
    run.details.append(("terms", statistics.terms))
    run.details.append(("postings", statistics.postings))
    return (run, total - stored)
}

// MARK: - Tokenizer alone

/// Every token's exact key of every title and body, on one thread; nothing is kept.
func tokenize(_ documents: [CorpusDocument]) -> Run {
    let tokenizer = Tokenizer()
    var keyBytes = 0
    let measured = measure {
        for document in documents {
            for field in [document.title, document.body] {
                tokenizer.forEachKey(in: field, level: .exact) { key, _, _, _ in
                    keyBytes &+= key.count
                }
            }
        }
        return 0
    }
    print("  \(keyBytes) bytes of exact keys")
    return Run(seconds: measured.seconds, commitSeconds: 0, cpuSeconds: measured.cpu,
               peakBytes: measured.peak, indexBytes: 0)
}

// MARK: - SQLite FTS5

/// Builds one FTS5 table in a new database file; returns the run and the table's pages by
/// name (from `dbstat`, empty when SQLite was built without it).
func indexWithFTS5(_ documents: [CorpusDocument], file: String,
                   contentless: Bool) throws -> Run {
    try? FileManager.default.removeItem(atPath: file)
    let index = try FTS5Index(path: file, contentless: contentless)
    let measured = try measure {
        try index.database.execute("BEGIN")
        let inserter = try index.inserter()
        for (row, document) in documents.enumerated() {
            do {
                try inserter.insert(rowid: Int64(row + 1), id: document.id,
                                    title: document.title, body: document.body)
            } catch {
                throw BenchmarkError("insert \(document.id): \(error)")
            }
        }
        let clock = ContinuousClock()
        let commitStart = clock.now
        try index.database.execute("COMMIT")
        return (clock.now - commitStart).seconds
    }
    let tables = (try? index.database.pairs(
        "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY name")) ?? []
    index.database.close()
    let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)
    var run = Run(seconds: measured.seconds, commitSeconds: measured.commit,
                  cpuSeconds: measured.cpu, peakBytes: measured.peak,
                  indexBytes: size?.intValue ?? 0)
    run.details = tables
    return run
}

// MARK: - Report

func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1048576) }
func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }

func report(engine: String, options: Options, documents: Int, inputBytes: Int,
            documentsRSS: Int, run: Run, withoutStored: Int) {
    let docsPerSecond = Double(documents) / run.seconds
    let megabytesPerSecond = Double(inputBytes) / 1e6 / run.seconds
    let ratio = Double(withoutStored) / Double(inputBytes)
    print(engine + String(format: ": %d docs in %.2f s (commit %.2f s, CPU %.2f s): "
                          + "%.0f docs/s, %.2f MB/s", documents, run.seconds,
                          run.commitSeconds, run.cpuSeconds, docsPerSecond,
                          megabytesPerSecond))
    print("  peak RSS while indexing \(mebibytes(run.peakBytes)) (documents alone "
          + "\(mebibytes(documentsRSS)), so +\(mebibytes(run.peakBytes - documentsRSS)) "
          + "for indexing)")
    print("  index \(megabytes(run.indexBytes)), without stored text \(megabytes(withoutStored))"
          + String(format: " = %.3f × the input text", ratio))
    let fields: [(String, String)] = [
        ("engine", engine), ("threads", "\(options.threads)"), ("docs", "\(documents)"),
        ("input_bytes", "\(inputBytes)"), ("seconds", String(format: "%.3f", run.seconds)),
        ("commit_seconds", String(format: "%.3f", run.commitSeconds)),
        ("cpu_seconds", String(format: "%.3f", run.cpuSeconds)),
        ("docs_per_s", String(format: "%.1f", docsPerSecond)),
        ("mb_per_s", String(format: "%.3f", megabytesPerSecond)),
        ("rss_documents_bytes", "\(documentsRSS)"), ("peak_rss_bytes", "\(run.peakBytes)"),
        ("index_bytes", "\(run.indexBytes)"), ("index_without_stored_bytes", "\(withoutStored)"),
        ("without_stored_ratio", String(format: "%.4f", ratio)),
    ]
    print("RESULT " + fields.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
}

// MARK: - Main

func main() throws {
    let options = Options.parseOrExit()
    let decodeStart = ContinuousClock.now
    let documents = try CorpusDocument.load(path: options.corpus, limit: options.limit ?? .max)
    let decodeSeconds = (ContinuousClock.now - decodeStart).seconds
    guard !documents.isEmpty else { throw BenchmarkError("\(options.corpus): no documents") }
    Memory.trim()
    let inputBytes = documents.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count }
    let documentsRSS = Memory.residentBytes
    print("corpus: \(options.corpus)")
    print("  \(documents.count) documents, \(megabytes(inputBytes)) of title+body UTF-8, "
          + String(format: "decoded in %.1f s (not timed); ", decodeSeconds)
          + "RSS \(mebibytes(documentsRSS)) after decoding "
          + "(peak while decoding \(mebibytes(Memory.peakBytes)))")

    let folder = options.directory ?? URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("index-comparison-\(options.engine.rawValue)-"
                                + "\(ProcessInfo.processInfo.processIdentifier)").path
    let manager = FileManager.default
    if options.directory == nil || !manager.fileExists(atPath: folder) {
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    defer { if !options.keep { try? manager.removeItem(atPath: folder) } }
    print("index folder: \(folder)\(options.keep ? " (kept)" : " (deleted afterwards)")")

    switch options.engine {
    case .tracuu:
        let (run, withoutStored) = try indexWithTraCuu(documents, in: folder, options: options)
        print("  files: " + run.details.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        report(engine: "tracuu", options: options, documents: documents.count,
               inputBytes: inputBytes, documentsRSS: documentsRSS, run: run,
               withoutStored: withoutStored)
    case .fts5:
        print("SQLite \(Database.version)")
        Memory.trim()
        let run = try indexWithFTS5(documents, file: folder + "/fts5.db", contentless: false)
        if !run.details.isEmpty {
            print("  pages by table (dbstat): "
                  + run.details.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        try? manager.removeItem(atPath: folder + "/fts5.db")
        var withoutStored: Int?
        if options.contentless {
            Memory.trim()
            let bare = try indexWithFTS5(documents, file: folder + "/contentless.db",
                                         contentless: true)
            print(String(format: "  contentless table (content=''): %.2f s, ", bare.seconds)
                  + "\(megabytes(bare.indexBytes)), peak RSS \(mebibytes(bare.peakBytes))")
            withoutStored = bare.indexBytes
        }
        let stored = run.details.first { $0.0 == "docs_content" }?.1
        report(engine: "fts5", options: options, documents: documents.count,
               inputBytes: inputBytes, documentsRSS: documentsRSS, run: run,
               withoutStored: withoutStored ?? run.indexBytes - (stored ?? 0))
    case .tokenizer:
        report(engine: "tokenizer", options: options, documents: documents.count,
               inputBytes: inputBytes, documentsRSS: documentsRSS, run: tokenize(documents),
               withoutStored: 0)
    }
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("IndexComparison: \(error)\n".utf8))
    exit(1)
}
