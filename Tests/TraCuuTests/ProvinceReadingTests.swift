import Testing
import TraCuu
import TraCuuText

/// The 34 provincial-level units typed without marks, alone (`dien bien`) and after their
/// designator (`tinh dien bien`), read on the index of the first news articles
/// (`NewsSample`), which name each of them after its designator at least once.
@Suite(.enabled(if: NewsSample.isAvailable, "needs ../shared/corpus (news corpus) and zstd"))
struct ProvinceReadingTests {
    static let cities = ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"]
    static let provinces = [
        "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
        "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
        "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
        "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ]

    /// `Thành phố` + `Hà Nội` → (`thanh pho ha noi`, `thành phố hà nội`).
    static func typedAndRead(_ text: String) -> (typed: String, read: String) {
        let tokens = Tokenizer().tokens(in: text)
        return (tokens.map(\.keys.folded).joined(separator: " "),
                tokens.map(\.keys.exact).joined(separator: " "))
    }

    /// The reading with each group of other forms shown for an abbreviation (`("thành
    /// phố" OR tp) huế`) replaced by its first, the words as read: `thành phố huế`.
    static func firstAlternatives(_ interpretation: String) -> String {
        var result = "", rest = Substring(interpretation)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            result += rest[..<open]
            let group = rest[rest.index(after: open)..<close]
            let first = group.components(separatedBy: " OR ").first ?? String(group)
            result += first.filter { $0 != "\"" }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static let units = cities.map { ("thành phố", $0) } + provinces.map { ("tỉnh", $0) }

    @Test("each of the 34 is read right alone and after its designator",
          arguments: units)
    func provincialUnit(designator: String, name: String) throws {
        let searcher = try NewsSample.shared().searcher
        for text in [name, designator + " " + name] {
            let (typed, read) = Self.typedAndRead(text)
            let results = try searcher.search(Query(parsing: typed), limit: 1)
            #expect(Self.firstAlternatives(results.interpretation ?? typed) == read,
                    "\(typed)")
        }
    }

    @Test("words around a name still decide", arguments: [
        ("dien bien phuc tap", "diễn biến phức tạp"),
        ("quan ly nha nuoc", "quản lý nhà nước"),
        ("tinh hinh kinh te", "tình hình kinh tế"),
        ("lu lut o quang ngai", "lũ lụt ở quảng ngãi"),
    ])
    func context(typed: String, read: String) throws {
        let searcher = try NewsSample.shared().searcher
        let results = try searcher.search(Query(parsing: typed), limit: 1)
        #expect(results.interpretation == read)
    }
}
