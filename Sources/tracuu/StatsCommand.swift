import ArgumentParser
import TraCuu

/// `tracuu stats`: what an index holds.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Show documents, segments, terms and sizes.")

    @OptionGroup var location: IndexLocation

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let statistics = try SearchIndex.open(at: location.path).searcher().statistics()
        let output = Output()
        if json {
            var bytes = JSONObject()
            for (kind, size) in statistics.bytes.sorted(by: { $0.key < $1.key }) {
                bytes.add(kind, size)
            }
            var object = JSONObject()
            object.add("documents", statistics.documents)
            object.add("deleted", statistics.deleted)
            object.add("segments", statistics.segments)
            object.add("terms", statistics.terms)
            object.add("postings", statistics.postings)
            object.add("bytes", json: bytes.json)
            object.add("generation", Int(statistics.generation))
            object.add("format_version", statistics.formatVersion)
            output.write(object.json + "\n")
        } else {
            output.write("documents       \(statistics.documents)\n")
            output.write("deleted         \(statistics.deleted)\n")
            output.write("segments        \(statistics.segments)\n")
            output.write("terms           \(statistics.terms)\n")
            output.write("postings        \(statistics.postings)\n")
            for (kind, size) in statistics.bytes.sorted(by: { $0.key < $1.key }) {
                output.write("bytes .\(kind.padding(toLength: 9, withPad: " ", startingAt: 0))"
                             + "\(size)\n")
            }
            output.write("generation      \(statistics.generation)\n")
            output.write("format version  \(statistics.formatVersion)\n")
        }
        output.flush()
    }
}
