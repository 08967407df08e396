import Testing
import TraCuuTestSupport

/// `tracuu normalize`, run as a child process.
@Suite struct NormalizeCommandTests {
    @Test("the README example: folded level, one output line per input line")
    func readmeExample() throws {
        // printf 'Hoà bình\nĐẢNG BỘ\n' | tracuu normalize --level folded
        let result = try TracuuExecutable.run(["normalize", "--level", "folded"],
                                              input: "Hoà bình\nĐẢNG BỘ\n")
        #expect(result.status == 0)
        #expect(UTF8Bytes(result.output) == UTF8Bytes("hoa binh\ndang bo\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("each level", arguments: [
        ([], "hoà bình, thuỷ lợi; lý luận\n"),
        (["--level", "exact"], "hoà bình, thuỷ lợi; lý luận\n"),
        (["--level", "toneless"], "hoa binh, thuy lơi; li luân\n"),
        (["--level", "folded"], "hoa binh, thuy loi; li luan\n"),
    ])
    func levels(options: [String], expected: String) throws {
        let result = try TracuuExecutable.run(["normalize"] + options,
                                              input: "Hòa bình, THỦY lợi; Lý luận\n")
        #expect(result.status == 0)
        #expect(UTF8Bytes(result.output) == UTF8Bytes(expected))
    }

    @Test("NFD input and Windows-1258 input give the NFC output")
    func inputForms() throws {
        let nfd = try TracuuExecutable.run(["normalize"], input: "Vie\u{0302}\u{0323}t Nam\n")
        #expect(UTF8Bytes(nfd.output) == UTF8Bytes("việt nam\n"))
        // "Việt Nam" in Windows-1258: ê 0xEA, then the dot below as 0xF2.
        let cp1258 = try TracuuExecutable.run(
            ["normalize", "--encoding", "windows-1258"],
            input: [0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x0A])
        #expect(cp1258.status == 0)
        #expect(UTF8Bytes(cp1258.output) == UTF8Bytes("việt nam\n"))
    }

    @Test("invalid UTF-8 is replaced, reported on stderr, and the run succeeds")
    func invalidUTF8() throws {
        let input = Array("Hoà".utf8) + [0xFF] + Array(" bình".utf8) + [0xE1, 0xBB] + [0x0A]
        let result = try TracuuExecutable.run(["normalize", "--encoding", "utf8", "--level",
                                               "folded"], input: input)
        #expect(result.status == 0)
        #expect(UTF8Bytes(result.output) == UTF8Bytes("hoa\u{FFFD} binh\u{FFFD}\n"))
        #expect(result.stderr.contains("replaced 2 invalid"))
    }

    @Test("an unknown level is a usage error (exit 2) that names the valid levels")
    func unknownLevel() throws {
        let result = try TracuuExecutable.run(["normalize", "--level", "bogus"], input: "a\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        for level in ["exact", "toneless", "folded"] {
            #expect(result.stderr.contains(level), "\(result.stderr)")
        }
        #expect(result.stderr.contains("bogus"))
    }

    @Test("an unknown encoding is a usage error (exit 2) that names the valid encodings",
          arguments: ["normalize", "tokens"])
    func unknownEncoding(command: String) throws {
        let result = try TracuuExecutable.run([command, "--encoding", "bogus"], input: "a\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        for name in ["auto", "utf8", "utf16", "windows-1258", "viscii", "tcvn3", "vni"] {
            #expect(result.stderr.contains(name), "\(result.stderr)")
        }
        #expect(result.stderr.contains("bogus"))
    }

    @Test("empty input gives empty output")
    func emptyInput() throws {
        let result = try TracuuExecutable.run(["normalize"], input: [])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }
}
