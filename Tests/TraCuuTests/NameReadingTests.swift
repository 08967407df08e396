import Testing
import TraCuu

/// Names typed without marks are read as the names the index holds (`NameSpans`,
/// `ReadingLattice`): a place or person over commoner words when nothing around says
/// otherwise, and a designator with the place after it.
@Suite struct NameReadingTests {
    static func searcher(_ bodies: [String]) -> Searcher {
        IndexFixtures.searcher(ofBodies: bodies, title: "")
    }

    /// `diễn biến` is twice as common as `Điện Biên` here, as in the news.
    static let province = searcher(
        Array(repeating: "Diễn biến phức tạp của thời tiết khiến nhiều người lo ngại.",
              count: 6)
            + Array(repeating: "Mưa lớn gây sạt lở ở tỉnh Điện Biên trong đêm.", count: 3))

    @Test("a province typed alone is read as the province, not the commoner words")
    func bareProvince() throws {
        let results = try Self.province.search(Query(parsing: "dien bien"), limit: 3)
        #expect(results.interpretation == "điện biên")
        #expect(results.hits.first.map { ["body6", "body7", "body8"].contains($0.id) } == true)
    }

    @Test("the words after it still decide: dien bien phuc tap is diễn biến phức tạp")
    func contextKeepsCommonWords() throws {
        let results = try Self.province.search(Query(parsing: "dien bien phuc tap"), limit: 3)
        #expect(results.interpretation == "diễn biến phức tạp")
        #expect(results.hits.first?.entities.isEmpty == true)
    }

    /// `Phượng hoàn thành` makes `phượng hoàn` a pair the index knows; `phường hoàn` it
    /// has never seen, since the place is written after `quận`.
    @Test("after a designator, the designator and the place: phuong hoan kiem")
    func designatorAndPlace() throws {
        let searcher = Self.searcher([
            "Công Phượng hoàn thành cú đúp. Công Phượng hoàn toàn xứng đáng.",
            "Phượng hoàn thành bài thi sớm.",
            "Hội nghị ở quận Hoàn Kiếm. Phố cổ quận Hoàn Kiếm đông vui.",
            "Ủy ban nhân dân phường Mỏ Chè họp bàn kế hoạch.",
        ])
        let results = try searcher.search(Query(parsing: "phuong hoan kiem"), limit: 3)
        #expect(results.interpretation == "phường hoàn kiếm")
        #expect(results.hits.first?.entities.map(\.kind) == [.place])
    }

    @Test("a rare place does not turn common words into a name: la gi is là gì")
    func rarePlaceAfterWords() throws {
        let searcher = Self.searcher(
            Array(repeating: "Nghĩa hiện đại của từ này là gì? Hỏi là gì cũng được.", count: 4)
                + ["Thị xã La Gi có nhiều bãi biển đẹp."])
        let results = try searcher.search(Query(parsing: "nghia hien dai la gi"), limit: 3)
        #expect(results.interpretation == "nghĩa hiện đại là gì")
    }
}
