/// The list of live segments of one commit: the only file that makes segment files part
/// of the index. Replaced atomically on every commit.
struct Manifest: Equatable {
    struct Segment: Equatable {
        var name: String
        var documentCount: Int
        var deletedCount: Int
        /// The tombstone file, or "" when nothing is deleted.
        var deletes: String
    }

    var generation: UInt64 = 0
    var nextSegment: UInt64 = 0
    var segments: [Segment] = []

    /// Every file this manifest keeps alive.
    var files: Set<String> {
        var files: Set<String> = [SegmentFormat.manifestName]
        for segment in segments {
            for fileExtension in SegmentFormat.segmentExtensions {
                files.insert(SegmentFormat.file(segment.name, fileExtension))
            }
            if !segment.deletes.isEmpty { files.insert(segment.deletes) }
        }
        return files
    }

    func encoded() -> [UInt8] {
        var body: [UInt8] = []
        body.appendLittleEndian(generation)
        body.appendLittleEndian(nextSegment)
        body.appendLittleEndian(UInt32(segments.count))
        for segment in segments {
            body.appendString(segment.name)
            body.appendLittleEndian(UInt32(segment.documentCount))
            body.appendLittleEndian(UInt32(segment.deletedCount))
            body.appendString(segment.deletes)
        }
        return body
    }

    init() {}

    /// Reads `manifest` from a directory; throws `.corrupted` or `.incompatibleFormat`.
    init(reading directory: any Directory) throws {
        let name = SegmentFormat.manifestName
        let file = try directory.read(name)
        let body = try FileEnvelope.body(of: file.bytes, magic: SegmentFormat.manifestMagic,
                                         file: name)
        var reader = ByteReader(body)
        do {
            generation = try reader.uint64()
            nextSegment = try reader.uint64()
            let count = Int(try reader.uint32())
            guard count <= body.count else { throw DecodeError.outOfRange("segment count") }
            for _ in 0..<count {
                let segmentName = try reader.string()
                let documents = Int(try reader.uint32())
                let deleted = Int(try reader.uint32())
                let deletes = try reader.string()
                guard deleted <= documents, Self.isSafeName(segmentName),
                      deletes.isEmpty || Self.isSafeName(deletes) else {
                    throw DecodeError.outOfRange("segment entry")
                }
                segments.append(Segment(name: segmentName, documentCount: documents,
                                        deletedCount: deleted, deletes: deletes))
            }
            guard reader.isAtEnd else { throw DecodeError.outOfRange("trailing bytes") }
        } catch let error as DecodeError {
            throw IndexError.corrupted(name, "manifest: \(error)")
        }
    }

    /// Writes this manifest atomically: temp file, fsync, rename over `manifest`, fsync
    /// the directory.
    func commit(to directory: any Directory) throws {
        let temporary = SegmentFormat.manifestName + ".tmp"
        let output = try directory.createOutput(temporary)
        try FileEnvelope.write(encoded(), magic: SegmentFormat.manifestMagic, to: output)
        try output.finish()
        try directory.rename(temporary, to: SegmentFormat.manifestName)
        try directory.syncDirectory()
    }

    /// Names written by TraCuu: letters, digits, `_` and `.` only (no paths).
    private static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count < 256 && name.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x5F || $0 == 0x2E
        } && !name.hasPrefix(".")
    }
}
