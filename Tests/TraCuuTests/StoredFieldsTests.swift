import Testing
import TraCuuTestSupport
import TraCuu

@Suite struct StoredFieldsTests {
    @Test("a segment without documents round-trips")
    func noDocuments() throws {
        let bytes = try storedFieldsFile([])
        // Header 8, trailer 16, footer 16: no blocks, an empty index.
        #expect(bytes.count == 40)
        let reader = try StoredFieldsReader(FileBytes(copying: bytes), name: "_0.tcsf")
        #expect(reader.count == 0)
    }

    @Test("one document round-trips")
    func oneDocument() throws {
        let document = [StoredField(name: "id", value: "nq-05-2021"),
                        StoredField(name: "title", value: "Nghị quyết số 05/2021/NQ-HĐND")]
        #expect(try readAllDocuments(storedFieldsFile([document])) == [document])
    }

    @Test("a thousand Vietnamese documents round-trip across many blocks")
    func thousandDocuments() throws {
        let documents = SeedText.documents(1000)
        let bytes = try storedFieldsFile(documents)
        let text = documents.joined().reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count }
        #expect(text > 4 * StoredFieldsFormat.blockSize, "too little text for several blocks")
        #expect(bytes.count < text / 2, "\(bytes.count) bytes for \(text) bytes of text")
        #expect(try readAllDocuments(bytes) == documents)
    }

    @Test("empty values, empty names and documents without fields round-trip")
    func emptyFields() throws {
        let documents: [[StoredField]] = [
            [],
            [StoredField(name: "body", value: "")],
            [StoredField(name: "", value: "tên trống")],
            [],
        ]
        #expect(try readAllDocuments(storedFieldsFile(documents)) == documents)
        #expect(try readAllDocuments(storedFieldsFile(documents, blockSize: 1)) == documents)
    }

    @Test("a 5 MB field round-trips between small documents")
    func hugeField() throws {
        var body = ""
        var index = 0
        while body.utf8.count < 5 * 1024 * 1024 {
            body += SeedText.sentences[index % SeedText.sentences.count] + ". "
            index += 1
        }
        let documents = [[StoredField(name: "id", value: "trước")],
                         [StoredField(name: "id", value: "lớn"),
                          StoredField(name: "body", value: body)],
                         [StoredField(name: "id", value: "sau")]]
        let bytes = try storedFieldsFile(documents)
        #expect(bytes.count < body.utf8.count / 4)
        #expect(try readAllDocuments(bytes) == documents)
    }

    @Test("a document with many fields keeps their order and repeated names")
    func manyFields() throws {
        let fields = (0..<10_000).map { number in
            StoredField(name: number % 3 == 0 ? "tag" : "field-\(number)",
                        value: SeedText.sentences[number % SeedText.sentences.count])
        }
        let documents = [fields, [StoredField(name: "tag", value: "cuối")], fields]
        let bytes = try storedFieldsFile(documents)
        #expect(try readAllDocuments(bytes) == documents)
        let reader = try StoredFieldsReader(FileBytes(copying: bytes), name: "_0.tcsf")
        #expect(try reader.field("tag", of: 2) == fields[0].value)
        #expect(try reader.field("field-9998", of: 2) == fields[9998].value)
    }

    @Test("documents and fields can be read in any order", arguments: [64, 4096, 32 * 1024])
    func randomAccess(blockSize: Int) throws {
        let documents = SeedText.documents(500, seed: 7)
        let bytes = try storedFieldsFile(documents, blockSize: blockSize)
        let reader = try StoredFieldsReader(FileBytes(copying: bytes), name: "_0.tcsf")
        #expect(reader.count == documents.count)
        var random = SeededGenerator(seed: 42)
        for ordinal in (0..<documents.count).shuffled(using: &random) {
            #expect(try reader.document(ordinal) == documents[ordinal])
            #expect(try reader.field("title", of: ordinal) == documents[ordinal][1].value)
            #expect(try reader.field("id", of: ordinal) == "vb-\(ordinal)")
            #expect(try reader.field("ngày", of: ordinal) == nil)
        }
        for ordinal in [0, 0, 499, 499, 1, 250, 250, 0] {
            #expect(try reader.document(ordinal) == documents[ordinal])
        }
    }

    @Test("the streaming writer writes the same bytes as the in-memory one")
    func streamingMatchesInMemory() throws {
        let documents = SeedText.documents(300, seed: 3)
        let output = ByteOutput()
        let writer = try StoredFieldsWriter(streamingTo: output, blockSize: 2048)
        let header = output.count
        for document in documents {
            try writer.add(document)
        }
        #expect(output.count > header, "full blocks are written before finish()")
        try writer.finish()
        #expect(!output.isFinished, "the caller finishes the output")
        #expect(output.bytes == (try storedFieldsFile(documents, blockSize: 2048)))
        #expect(try readAllDocuments(output.bytes) == documents)
    }

    @Test("the worked example in StoredFieldsFormat is what the writer writes")
    func workedExample() throws {
        let bytes = try storedFieldsFile([
            [StoredField(name: "id", value: "a1")],
            [StoredField(name: "id", value: "b2"), StoredField(name: "title", value: "Hà Nội")],
        ])
        #expect(bytes.count == 84)
        let body = Array(bytes[8..<bytes.count - 16])
        #expect(body.count == 60)
        #expect(Array(body[39..<44]) == [0x00, 0x02, 0x00, 0x27, 0x1E])
        #expect(Array(body[44...]) == [0x27, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0])
        #expect(try Zstd.decompress(Array(body[0..<39]), expectedSize: 30) == [
            0x01, 0x02, 0x69, 0x64, 0x02, 0x61, 0x31,
            0x02, 0x02, 0x69, 0x64, 0x02, 0x62, 0x32, 0x05, 0x74, 0x69, 0x74, 0x6C, 0x65,
            0x09, 0x48, 0xC3, 0xA0, 0x20, 0x4E, 0xE1, 0xBB, 0x99, 0x69,
        ])
    }
}
