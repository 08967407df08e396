import Synchronization

/// The six files of one segment, mapped, with each body's checksum verified once, on first
/// use.
///
/// Opening maps the files and checks each frame (magic, version, body length, footer):
/// O(1) per file, whatever its size. A body's CRC-32C is verified the first time any thread
/// asks for it (`body(_:)`), so no byte of a segment is trusted before its file's checksum
/// was verified in this process. Segments are immutable, so one `SegmentFiles` serves every
/// searcher and the writer of an index (`SegmentCache`) and each file is verified once per
/// process; `verify(again:)` re-reads every byte regardless, for `check`.
final class SegmentFiles: @unchecked Sendable {
    /// The files of a segment.
    enum Kind: Int, CaseIterable, Sendable {
        case dictionary, postings, positions, documents, bigrams, storedFields

        var fileExtension: String {
            switch self {
            case .dictionary: "dic"
            case .postings: "pst"
            case .positions: "pos"
            case .documents: "doc"
            case .bigrams: "bgr"
            case .storedFields: "fdt"
            }
        }

        var magic: String {
            switch self {
            case .dictionary: SegmentFormat.dictionaryMagic
            case .postings: SegmentFormat.postingsMagic
            case .positions: SegmentFormat.positionsMagic
            case .documents: SegmentFormat.documentsMagic
            case .bigrams: SegmentFormat.bigramsMagic
            case .storedFields: SegmentFormat.storedMagic
            }
        }
    }

    let name: String
    /// The mapped files, by `Kind.rawValue`.
    private let files: [FileBytes]
    /// Their bodies, framed but trusted only once verified.
    private let bodies: [UnsafeRawBufferPointer]
    /// One bit per `Kind.rawValue`: set once that file's checksum was verified.
    private let verified = Atomic<Int>(0)

    /// Maps segment `name`'s files and checks their frames; reads no body. Throws
    /// `.notFound` when a file is missing, `.corrupted` for a bad frame, `.incompatibleFormat`
    /// for another format version.
    init(name: String, directory: any Directory) throws {
        self.name = name
        var files: [FileBytes] = []
        var bodies: [UnsafeRawBufferPointer] = []
        for kind in Kind.allCases {
            let file = SegmentFormat.file(name, kind.fileExtension)
            let bytes = try directory.read(file)
            files.append(bytes)
            bodies.append(try FileEnvelope.frame(of: bytes.bytes, magic: kind.magic, file: file))
        }
        self.files = files
        self.bodies = bodies
    }

    /// The file name of one of the segment's files: `seg_3.pst`.
    func fileName(_ kind: Kind) -> String {
        SegmentFormat.file(name, kind.fileExtension)
    }

    /// The body of a file, its checksum verified first unless it already was (by any
    /// thread). The first call for a file costs O(its size); later ones, one atomic load.
    /// Throws `.corrupted` naming the file on a checksum mismatch.
    func body(_ kind: Kind) throws -> UnsafeRawBufferPointer {
        try verify(kind)
        return bodies[kind.rawValue]
    }

    /// The body of a file as framed, before its checksum is verified: for readers that
    /// call `verify(_:)` before each use of it.
    func unverifiedBody(_ kind: Kind) -> UnsafeRawBufferPointer {
        bodies[kind.rawValue]
    }

    /// The mapped file (to share with a `StoredFieldsReader`).
    func bytes(_ kind: Kind) -> FileBytes {
        files[kind.rawValue]
    }

    /// Verifies a file's checksum unless it already was (`again` verifies it regardless).
    /// Verifying pages in every byte; the pages go back to the system's page cache
    /// afterwards, so that a file read through once does not stay in this process's memory.
    @inline(__always)
    func verify(_ kind: Kind, again: Bool = false) throws {
        let bit = 1 << kind.rawValue
        if !again, verified.load(ordering: .acquiring) & bit != 0 { return }
        try verifyNow(kind, bit: bit)
    }

    @inline(never)
    private func verifyNow(_ kind: Kind, bit: Int) throws {
        let file = files[kind.rawValue]
        try file.withUnsafeBytes { try FileEnvelope.verifyChecksum(of: $0, file: fileName(kind)) }
        if verified.bitwiseOr(bit, ordering: .acquiringAndReleasing).oldValue & bit == 0 {
            file.releaseResidentPages()
        }
    }

    /// Verifies every file's checksum; with `again`, even those verified before.
    func verifyAll(again: Bool = false) throws {
        for kind in Kind.allCases { try verify(kind, again: again) }
    }

    /// Whether a file's checksum was verified in this process (for tests).
    func isVerified(_ kind: Kind) -> Bool {
        verified.load(ordering: .acquiring) & (1 << kind.rawValue) != 0
    }

    /// Bytes per file kind (extension), for statistics.
    var fileSizes: [String: Int] {
        var sizes: [String: Int] = [:]
        for kind in Kind.allCases { sizes[kind.fileExtension] = files[kind.rawValue].count }
        return sizes
    }
}
