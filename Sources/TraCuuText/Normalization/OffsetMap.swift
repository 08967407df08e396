/// Maps byte offsets of a normalized text back to byte ranges of the text it came from.
///
/// Normalization changes lengths (`hòa` is 4 bytes, `hoa` 3); the map is a list of pieces,
/// each either copied byte for byte or rewritten as a whole (a token).
public struct OffsetMap: Sendable, Hashable {
    struct Piece: Sendable, Hashable {
        let outputStart: Int
        let sourceStart: Int
        let sourceEnd: Int
        let isCopy: Bool
    }

    private var pieces: [Piece] = []
    private var outputEnd = 0

    init() {}

    mutating func appendCopy(output: Int, source: Range<Int>) {
        guard !source.isEmpty else { return }
        pieces.append(Piece(outputStart: output, sourceStart: source.lowerBound,
                            sourceEnd: source.upperBound, isCopy: true))
        outputEnd = output + source.count
    }

    mutating func appendRewrite(output: Range<Int>, source: Range<Int>) {
        pieces.append(Piece(outputStart: output.lowerBound, sourceStart: source.lowerBound,
                            sourceEnd: source.upperBound, isCopy: false))
        outputEnd = output.upperBound
    }

    /// The source bytes that produced the output byte at `offset`: one byte for copied text,
    /// the whole original token for a rewritten one. Nil past the end. O(log n).
    public func sourceRange(ofOutputOffset offset: Int) -> Range<Int>? {
        guard offset >= 0, offset < outputEnd else { return nil }
        var low = 0, high = pieces.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if pieces[middle].outputStart <= offset { low = middle } else { high = middle - 1 }
        }
        let piece = pieces[low]
        if piece.isCopy {
            let source = piece.sourceStart + (offset - piece.outputStart)
            return source..<(source + 1)
        }
        return piece.sourceStart..<piece.sourceEnd
    }

    /// Shifts every source offset through `sourceOffsets` (a decoder's map from decoded
    /// UTF-8 offsets to original byte offsets, one entry past the end).
    func composed(with sourceOffsets: [Int]) -> OffsetMap {
        var map = OffsetMap()
        map.outputEnd = outputEnd
        map.pieces = pieces.flatMap { piece -> [Piece] in
            guard piece.isCopy else {
                return [Piece(outputStart: piece.outputStart,
                              sourceStart: sourceOffsets[piece.sourceStart],
                              sourceEnd: sourceOffsets[piece.sourceEnd], isCopy: false)]
            }
            return (piece.sourceStart..<piece.sourceEnd).map { source in
                // The bytes of one decoded scalar share its input offset: each maps to the
                // whole input sequence behind the scalar, never to an empty range.
                var next = source + 1
                while next < sourceOffsets.count - 1,
                      sourceOffsets[next] == sourceOffsets[source] { next += 1 }
                return Piece(outputStart: piece.outputStart + source - piece.sourceStart,
                             sourceStart: sourceOffsets[source], sourceEnd: sourceOffsets[next],
                             isCopy: false)
            }
        }
        return map
    }
}
