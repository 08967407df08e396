import TraCuu
import TraCuuText

/// A small index in memory with every kind of file: over 128 documents (so that common terms
/// fill whole postings blocks), syllable bigrams, dates, and one deleted document.
enum TinyIndex {
    static let documentCount = 140

    /// Builds the index in `directory`; throws if writing it fails.
    static func build(in directory: MemoryDirectory = MemoryDirectory()) throws -> SearchIndex {
        let index = try SearchIndex.open(in: directory)
        let writer = try index.writer()
        let places = ["phường Mỏ Chè", "xã Tân Lập", "TP. Hồ Chí Minh", "huyện Đông Anh"]
        let topics = ["hoà bình", "thuỷ lợi", "kỹ thuật số", "đô thị văn minh", "giáo dục"]
        for number in 0..<documentCount {
            let day = number % 28 + 1
            let month = number % 12 + 1
            let place = places[number % places.count]
            let topic = topics[number % topics.count]
            try writer.add(Document(
                id: "doc-\(number)",
                title: "Nghị quyết số \(number)/NQ-HĐND về \(topic)",
                body: "Hội đồng nhân dân \(place) ban hành Nghị quyết số \(number) ngày "
                    + "\(day)/\(month)/2021 về \(topic). Đồng chí Nguyễn Thái Hà chủ trì "
                    + "Hội nghị Trung ương \(number % 13 + 1) khóa XIII.",
                date: CalendarDate(year: 2021, month: month, day: day),
                source: number.isMultiple(of: 2) ? "seed" : nil))
        }
        try writer.commit()
        try writer.delete(id: "doc-7")
        try writer.commit()
        try writer.close()
        return index
    }
}
