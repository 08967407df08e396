/// Writes a segment's postings (`.pst`) and positions (`.pos`) term by term, each term's
/// bytes as soon as they are encoded, so neither file is ever held in memory whole.
struct PostingsFileWriter {
    private let postingsOutput: any FileOutput
    private let positionsOutput: any FileOutput
    private var postingsFile: FileEnvelope.Writer
    private var positionsFile: FileEnvelope.Writer
    /// One term's encoded bytes, reused from term to term.
    private var postings: [UInt8] = []
    private var positions: [UInt8] = []
    private var encoder = PostingsEncoder()
    /// Each document's title length and length, by ordinal (`PostingsEncoder`).
    private let lengths: [UInt32]
    /// The files, for the caller's list of files written.
    let files: [String]

    /// `documents` are the segment's, by ordinal.
    init(segment name: String, directory: any Directory, documents: [BuiltDocument]) throws {
        lengths = documents.flatMap { [$0.titleLength, $0.length] }
        files = [SegmentFormat.file(name, "pst"), SegmentFormat.file(name, "pos")]
        postingsOutput = try directory.createOutput(files[0])
        positionsOutput = try directory.createOutput(files[1])
        postingsFile = try FileEnvelope.Writer(magic: SegmentFormat.postingsMagic,
                                               to: postingsOutput)
        positionsFile = try FileEnvelope.Writer(magic: SegmentFormat.positionsMagic,
                                                to: positionsOutput)
    }

    /// Encodes and writes the next term's `doc freq pos…` records; returns its dictionary
    /// entry.
    mutating func append(_ records: UnsafeBufferPointer<UInt32>) throws -> TermStats {
        postings.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        var stats = lengths.withUnsafeBufferPointer { lengths in
            encoder.append(records, lengths: lengths, postings: &postings, positions: &positions)
        }
        stats.postingsOffset = UInt64(postingsFile.bodyCount)
        stats.positionsOffset = UInt64(positionsFile.bodyCount)
        try postingsFile.write(postings)
        try positionsFile.write(positions)
        return stats
    }

    /// Writes both footers and finishes (fsyncs) both files.
    mutating func finish() throws {
        try postingsFile.finish()
        try positionsFile.finish()
        try postingsOutput.finish()
        try positionsOutput.finish()
    }
}
