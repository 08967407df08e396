/// A segment's per-document data (`.doc`): title and total lengths, ids both by ordinal and
/// sorted for lookups by id, and dates (`DateCode`), so that date filters read no stored
/// fields.
struct DocumentTable {
    let count: Int
    private let lengths: UInt32Array
    private let idStart: UInt32Array
    private let sortedOrdinals: UInt32Array
    private let dates: UInt32Array
    private let idHeap: UnsafeRawBufferPointer

    init(_ body: UnsafeRawBufferPointer, file: String) throws {
        do {
            var reader = ByteReader(body)
            count = Int(try reader.uint32())
            lengths = try reader.uint32Array(count: 2 * count)
            idStart = try reader.uint32Array(count: count + 1)
            sortedOrdinals = try reader.uint32Array(count: count)
            dates = try reader.uint32Array(count: count)
            let idLength = Int(idStart[count])
            guard idLength <= body.count - reader.offset else { throw DecodeError.truncated }
            guard idLength == body.count - reader.offset else {
                throw DecodeError.outOfRange("id heap length")
            }
            idHeap = UnsafeRawBufferPointer(rebasing: body[reader.offset...])
            try idStart.checkAscending(limit: idHeap.count)
            guard idStart[0] == 0 else { throw DecodeError.outOfRange("offsets") }
            // A title is part of its document, and the body starts one past it.
            for index in 0..<count
            where lengths[2 * index] > lengths[2 * index + 1] || lengths[2 * index] == .max {
                throw DecodeError.outOfRange("title length")
            }
            for index in 0..<count where !DateCode.isValid(dates[index]) {
                throw DecodeError.outOfRange("dates")
            }
            for index in 0..<count where Int(sortedOrdinals[index]) >= count {
                throw DecodeError.outOfRange("sorted ids")
            }
        } catch let error as DecodeError {
            throw IndexError.corrupted(file, "document table: \(error)")
        }
    }

    func titleLength(_ ordinal: Int) -> UInt32 { lengths[2 * ordinal] }

    func length(_ ordinal: Int) -> UInt32 { lengths[2 * ordinal + 1] }

    func id(_ ordinal: Int) -> String {
        String(decoding: idBytes(ordinal), as: UTF8.self)
    }

    /// The document's date as a `DateCode` (`DateCode.none` when it has none).
    @inline(__always)
    func dateCode(_ ordinal: Int) -> UInt32 { dates[ordinal] }

    /// The ordinals of the documents with this id (a segment can hold replaced copies),
    /// by binary search.
    func ordinals(of id: String) -> [Int] {
        var id = id
        return id.withUTF8 { key in
            var low = 0, high = count
            while low < high {
                let middle = (low + high) / 2
                let candidate = idBytes(Int(sortedOrdinals[middle]))
                if candidate.lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
            }
            var ordinals: [Int] = []
            while low < count, idBytes(Int(sortedOrdinals[low])).elementsEqual(key) {
                ordinals.append(Int(sortedOrdinals[low]))
                low += 1
            }
            return ordinals
        }
    }

    private func idBytes(_ ordinal: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: idHeap[Int(idStart[ordinal])..<Int(idStart[ordinal + 1])])
    }
}
