import TraCuu

/// The JSONL line reader of `tracuu index`, then indexing the document it yields, so that
/// odd ids, dates and extra fields reach the writer.
struct JSONLinesTarget: FuzzTarget {
    private let lines = JSONLines()

    func run(_ bytes: [UInt8]) throws {
        guard case .success(let (document, _)) = lines.document(from: bytes) else { return }
        let index = SearchIndex.inMemory()
        let writer = try index.writer()
        try writer.add(document)
        try writer.commit()
        try writer.close()
        _ = try index.searcher().document(id: document.id)
    }

    func seeds() -> [(name: String, bytes: [UInt8])] {
        let lines = [
            #"{"id":"nq-05","title":"Nghị quyết số 05","body":"Đảng uỷ ban hành.","#
                + #""date":"2021-06-16","source":"seed"}"#,
            #"{"id":7,"body":"Thành phố Hồ Chí Minh","path":"a/b.txt","tag":"x\u00e0"}"#,
            #"{"id":"x","title":null,"body":"\ud83d\ude00 hoà"}"#,
        ]
        return lines.enumerated().map { ("line-\($0.offset)", Array($0.element.utf8)) }
    }
}
