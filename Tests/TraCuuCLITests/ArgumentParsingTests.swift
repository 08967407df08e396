import ArgumentParser
import Testing
import TraCuuText
@testable import tracuu

/// Command lines parsed in-process, without running anything.
@Suite struct ArgumentParsingTests {
    @Test("normalize takes a level and an encoding", arguments: [
        (["normalize"], MatchLevel.exact, nil),
        (["normalize", "--level", "folded"], .folded, nil),
        (["normalize", "--level", "toneless", "--encoding", "windows-1258"], .toneless,
         "windows-1258"),
    ] as [([String], MatchLevel, String?)])
    func normalize(arguments: [String], level: MatchLevel, encoding: String?) throws {
        let command = try #require(try TraCuuCommand.parseAsRoot(arguments) as? NormalizeCommand)
        #expect(command.level == level)
        #expect(command.encoding == encoding)
    }

    @Test("tokens takes --json")
    func tokens() throws {
        let command = try #require(try TraCuuCommand.parseAsRoot(["tokens", "--json"])
                                   as? TokensCommand)
        #expect(command.json)
    }

    @Test("an unknown level fails to parse, as a validation failure (exit 2)")
    func unknownLevel() {
        let error = #expect(throws: (any Error).self) {
            try TraCuuCommand.parseAsRoot(["normalize", "--level", "bogus"])
        }
        if let error {
            #expect(TraCuuCommand.exitCode(for: error) == .validationFailure)
            #expect(TraCuuCommand.fullMessage(for: error).contains("toneless"))
        }
    }

    @Test("a search query may start with '-', and options still work anywhere on the line",
          arguments: [
            (["search", "-Triều", "Trump"], ["-Triều", "Trump"], 10),
            (["search", "--limit", "3", "-Triều", "Trump"], ["-Triều", "Trump"], 3),
            (["search", "-Triều", "--limit", "3", "Trump"], ["-Triều", "Trump"], 3),
            (["search", "Hà", "Nội", "-", "Hải", "Phòng", "--limit", "2"],
             ["Hà", "Nội", "-", "Hải", "Phòng"], 2),
          ] as [([String], [String], Int)])
    func dashQuery(arguments: [String], query: [String], limit: Int) throws {
        let command = try #require(try TraCuuCommand.parseAsRoot(arguments) as? SearchCommand)
        #expect(command.query == query)
        #expect(command.limit == limit)
    }

    @Test("search takes --all")
    func all() throws {
        let command = try #require(try TraCuuCommand.parseAsRoot(["search", "--all", "a", "b"])
                                   as? SearchCommand)
        #expect(command.all)
        #expect(command.query == ["a", "b"])
    }
}
