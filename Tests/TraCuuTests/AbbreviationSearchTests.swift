import Testing
import TraCuu

/// Abbreviations read both ways (`AbbreviationTable`): `UBND` finds `Ủy ban nhân dân` and
/// `Ủy ban nhân dân` finds `UBND`, the form typed first, with both forms highlighted.
@Suite struct AbbreviationSearchTests {
    static let documents: [Document] = [
        Document(id: "ubnd-qn", title: "Phòng chống bệnh dại",
                 body: "UBND tỉnh Quảng Ninh yêu cầu các địa phương tăng cường tiêm phòng "
                     + "dại cho chó, mèo."),
        Document(id: "full-qn", title: "Phòng chống bệnh dại",
                 body: "Ủy ban nhân dân tỉnh Quảng Ninh yêu cầu các địa phương tăng cường "
                     + "tiêm phòng dại cho chó, mèo."),
        Document(id: "full-tb", title: "Hội nghị tổng kết",
                 body: "Uỷ ban nhân dân tỉnh Thái Bình tổ chức hội nghị tổng kết công tác "
                     + "năm 2017."),
        Document(id: "nhandan", title: "Đón Tết",
                 body: "Nhân dân tỉnh Quảng Ninh vui đón Tết cổ truyền; ban tổ chức trao quà "
                     + "cho các hộ nghèo."),
        Document(id: "gddt", title: "Thi quốc gia",
                 body: "Bộ GD-ĐT vừa công bố phương án thi THPT quốc gia năm 2017."),
        Document(id: "gddt-full", title: "Thi quốc gia",
                 body: "Bộ Giáo dục và Đào tạo vừa công bố phương án thi THPT quốc gia năm "
                     + "2017."),
        Document(id: "blhs", title: "Gây thương tích",
                 body: "Theo Điều 134 BLHS, người cố ý gây thương tích cho người khác có thể "
                     + "bị phạt tù."),
        Document(id: "blhs-full", title: "Luật mới",
                 body: "Bộ luật Hình sự năm 2015 có hiệu lực từ ngày 1/1/2018."),
        Document(id: "hcm", title: "Thời tiết", body: "Sáng nay, TP.HCM đón đợt mưa lớn đầu mùa."),
        Document(id: "hcm-full", title: "Ngập đường",
                 body: "Thành phố Hồ Chí Minh đón đợt mưa lớn đầu mùa, nhiều tuyến đường ngập."),
        Document(id: "hdnd-ref", title: "Phát triển đô thị",
                 body: "Nghị quyết số 05/NQ-HĐND ngày 16/6/2021 về phát triển đô thị."),
        Document(id: "hdnd-full", title: "Kỳ họp",
                 body: "Hội đồng nhân dân tỉnh Quảng Ninh họp kỳ họp thứ 5."),
        Document(id: "tp-hl", title: "Bãi biển",
                 body: "UBND TP Hạ Long ra quân dọn vệ sinh bãi biển."),
    ]

    static let searcher = IndexFixtures.searcher(of: documents)

    private func ids(_ query: String, limit: Int = 10) throws -> [String] {
        try Self.searcher.search(Query(parsing: query), limit: limit).hits.map(\.id)
    }

    @Test("either form finds both, the form typed first", arguments: [
        ("UBND tỉnh Quảng Ninh", ["ubnd-qn", "full-qn"]),
        ("Ủy ban nhân dân tỉnh Quảng Ninh", ["full-qn", "ubnd-qn"]),
        ("Bộ GD-ĐT", ["gddt", "gddt-full"]),
        ("Bộ Giáo dục và Đào tạo", ["gddt-full", "gddt"]),
        ("BLHS", ["blhs", "blhs-full"]),
        ("Bộ luật Hình sự", ["blhs-full", "blhs"]),
        ("TP.HCM mưa lớn", ["hcm", "hcm-full"]),
        ("Thành phố Hồ Chí Minh mưa lớn", ["hcm-full", "hcm"]),
    ])
    func eitherFormFindsBoth(query: String, expected: [String]) throws {
        #expect(Array(try ids(query).prefix(2)) == expected)
    }

    @Test("typed without marks, the full form still finds the abbreviation")
    func unmarkedFullForm() throws {
        #expect(Set(try ids("uy ban nhan dan tinh quang ninh").prefix(2))
                == ["full-qn", "ubnd-qn"])
    }

    @Test("with --all, a document with either form holds all the words")
    func allWords() throws {
        for text in ["UBND tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh"] {
            let results = try Self.searcher.search(Query(parsing: text).requiringAllWords())
            #expect(Set(results.hits.map(\.id)) == ["ubnd-qn", "full-qn"], "\(text)")
            #expect(results.allWordsMatches == 2, "\(text)")
        }
        let some = try Self.searcher.search(Query(parsing: "UBND tỉnh Quảng Ninh"))
        #expect(some.allWordsMatches == 2)
    }

    @Test("snippets highlight the other form whole")
    func snippetsHighlightTheOtherForm() throws {
        let results = try Self.searcher.search(Query(parsing: "UBND tỉnh Quảng Ninh"))
        let full = try #require(results.hits.first { $0.id == "full-qn" })
        #expect(full.snippet.marked(open: "[", close: "]")
            .hasPrefix("[Ủy] [ban] [nhân] [dân] [tỉnh] [Quảng] [Ninh] yêu cầu"))
        let reverse = try Self.searcher.search(Query(parsing: "Bộ Giáo dục và Đào tạo"))
        let short = try #require(reverse.hits.first { $0.id == "gddt" })
        #expect(short.snippet.marked(open: "[", close: "]").hasPrefix("[Bộ] [GD]-[ĐT] vừa"))
    }

    @Test("the forms searched and their weights are reported, and the reading shown")
    func readingsReported() throws {
        let results = try Self.searcher.search(Query(parsing: "UBND tỉnh Quảng Ninh"))
        #expect(results.abbreviations.map(\.typed) == ["ubnd"])
        #expect(results.abbreviations.first?.forms.map(\.text) == ["UBND", "Ủy ban nhân dân"])
        #expect(results.abbreviations.first?.forms.map(\.weight) == [1, 0.8])
        #expect(results.interpretation == #"(ubnd OR "uỷ ban nhân dân") tỉnh quảng ninh"#)
    }

    @Test("TP reads thành phố before a name only")
    func beforeName() throws {
        let named = try Self.searcher.search(Query(parsing: "UBND TP Hạ Long"))
        #expect(named.abbreviations.map(\.typed) == ["ubnd", "tp"])
        let alone = try Self.searcher.search(Query(parsing: "TP"))
        #expect(alone.abbreviations.isEmpty)
    }

    @Test("not read: a reference's issuer code, a quoted phrase, a clean query", arguments: [
        "Nghị quyết số 05/NQ-HĐND", #""UBND tỉnh Quảng Ninh""#, "tiêm phòng dại",
    ])
    func notRead(query: String) throws {
        let results = try Self.searcher.search(Query(parsing: query))
        #expect(results.abbreviations.isEmpty)
        #expect(results.interpretation == nil)
    }
}
