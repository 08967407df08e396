import ArgumentParser
import TraCuu

/// `tracuu delete`: removes documents by id.
struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete documents by id.")

    @OptionGroup var location: IndexLocation

    @Argument(help: "Ids of the documents to delete.")
    var ids: [String]

    func run() throws {
        let writer = try SearchIndex.open(at: location.path).writer()
        var missing: [String] = []
        for id in ids where try !writer.delete(id: id) { missing.append(id) }
        try writer.commit()
        try writer.close()
        Output.writeError("Deleted \(counted(ids.count - missing.count, "document")).\n")
        for id in missing { Output.writeError("tracuu: no document with id \(id)\n") }
        if !missing.isEmpty { throw ExitCode(1) }
    }
}
