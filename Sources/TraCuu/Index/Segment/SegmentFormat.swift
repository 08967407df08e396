/// The on-disk format of a TraCuu index, version 4.
///
/// An index is a folder. Its `manifest` names the live segments; everything else it does
/// not name is garbage from an interrupted write and is deleted when a writer opens.
/// Every file is framed by `FileEnvelope`: `magic:4 version:u32le body footer`, the footer
/// holding the body length and its CRC-32C. Integers are little-endian; `varint` is LEB128.
///
/// ```
/// manifest          "TCmf"  generation:u64 nextSegment:u64 segmentCount:u32
///                           { name:str docCount:u32 deletedCount:u32 deletes:str }*
///                           (str = varint length + UTF-8; deletes "" when none)
/// seg_N.dic  terms  "TCdi"  termCount:u32 foldedCount:u32
///                           foldedStart:u32[foldedCount+1]  (byte offsets in foldedHeap)
///                           foldedFirstTerm:u32[foldedCount+1]
///                           termStart:u32[termCount+1]      (byte offsets in termHeap)
///                           stats:{ docFreq:u32 totalFreq:u64 postings:u64 positions:u64 }[termCount]
///                           foldedHeap termHeap
/// seg_N.pst  postings "TCpo" per term, at its `postings` offset:
///                           skip:{ lastDoc:u32 blockOffset:u32 positions:u64 maxFreq:u32
///                                  lengthPerFreq:u32 }[blocks]  (the least document
///                                  length over frequency in the block, in 1/256ths; bit
///                                  31 set when some document of the block has the term
///                                  in its title; `BlockMaximum`)
///                           blocks: { docDeltas freqMinusOne } per 128 documents
///                           (BlockCodec: a full block is bitWidth:u8 + 16×bitWidth bytes;
///                           the last partial block is varints; blockOffset counts from the
///                           end of the skip table; positions from the term's `positions`)
/// seg_N.pos  positions "TCps" per term, per document: freq position deltas (varints)
/// seg_N.doc  documents "TCdo" docCount:u32 { titleLength:u32 length:u32 }[docCount]
///                           idStart:u32[docCount+1]        (byte offsets in idHeap)
///                           sortedIds:u32[docCount]        (ordinals in id order)
///                           date:u32[docCount]             (DateCode: yyyymmdd, 00 for
///                                                           a missing month or day, 0
///                                                           when no date)
///                           idHeap
/// seg_N.bgr  bigrams "TCbg" adjacent syllable pairs (term ordinals) and their counts,
///                           varint deltas in blocks of 128 (see BigramTable); counts
///                           include documents deleted before a merge
/// seg_N.fdt  stored fields "TCsf" (see StoredFieldsWriter)
/// seg_N_G.del tombstones "TCtb" docCount:u32 bitset:u64[(docCount+63)/64]
/// ```
///
/// Terms are sorted by (folded key, exact key), so every exact form of one folded key is
/// adjacent: `hoa` → `hoa`, `hoà`, `hoá`, `hoả`, `hoạ`…, and a folded or toneless query term
/// expands by one binary search in `foldedHeap`. A title is indexed at positions
/// `0..<titleLength` and the body from `titleLength + 1`; entities sit at the position of
/// their first token, with keys such as `docref|nghi quyet|5`.
///
/// Worked example: a term in 259 documents has 3 skip entries (lastDoc of documents 128,
/// 256, 259) then three blocks: two packed blocks of 128 doc deltas + 128 frequencies
/// (1 + 16×w bytes each, w the block's bit width), and a tail of 3 varint deltas + 3 varint
/// frequencies. Its positions are 259 runs of varints, one per document.
///
/// Version history: 1 — first format; 2 — dates in `.doc`, as text; 3 — dates in `.doc` as
/// `DateCode`s, so that filters compare integers; 4 — each skip entry bounds its block's
/// scores (length per occurrence, title flag) for block-max pruning.
enum SegmentFormat {
    static let manifestName = "manifest"
    static let manifestMagic = "TCmf"
    static let dictionaryMagic = "TCdi"
    static let postingsMagic = "TCpo"
    static let positionsMagic = "TCps"
    static let documentsMagic = "TCdo"
    static let bigramsMagic = "TCbg"
    static let storedMagic = "TCsf"
    static let tombstonesMagic = "TCtb"

    /// Extensions of the files every segment has.
    static let segmentExtensions = ["dic", "pst", "pos", "doc", "bgr", "fdt"]

    /// The file of a segment with the given extension: `seg_12.dic`.
    static func file(_ segment: String, _ fileExtension: String) -> String {
        "\(segment).\(fileExtension)"
    }

    /// Position where a document's body starts, after a title of `titleLength` tokens.
    static func bodyStart(titleLength: UInt32) -> UInt32 { titleLength + 1 }
}
