import TraCuuText

/// Decoding from every `--encoding` (the first byte picks one), then normalization at each
/// level, tokenization and entity recognition in document and query mode, as `tracuu index`
/// and `tracuu normalize` run them on a file.
struct TextTarget: FuzzTarget {
    private static let encodings = TextEncoding.allCases
    private static let normalizers = MatchLevel.allCases.map { Normalizer(level: $0) }
    private static let analyzers = [Analyzer(mode: .document), Analyzer(mode: .query)]

    func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let encoding = Self.encodings[Int(selector) % Self.encodings.count]
        let source = Array(bytes.dropFirst())
        let decoded = TextDecoder.decode(source, as: encoding)
        let text = decoded.text
        let length = text.utf8.count
        precondition(decoded.replacementCount >= 0, "negative replacement count")
        for offset in [0, length / 2, length] {
            let original = decoded.sourceOffset(of: offset)
            precondition((0...source.count).contains(original), "source offset out of range")
        }
        for normalizer in Self.normalizers {
            let normalized = normalizer.normalize(text)
            for offset in [0, normalized.text.utf8.count / 2] {
                if let range = normalized.offsets.sourceRange(ofOutputOffset: offset) {
                    precondition(range.lowerBound >= 0 && range.upperBound <= length,
                                 "normalized offset maps outside the text")
                }
            }
        }
        for token in Tokenizer().tokens(in: text) {
            precondition(token.utf8Range.lowerBound >= 0 && token.utf8Range.upperBound <= length,
                         "token range outside the text")
        }
        for analyzer in Self.analyzers {
            _ = analyzer.analyze(text)
        }
    }

    func seeds() -> [(name: String, bytes: [UInt8])] {
        let lines = [
            "Đảng uỷ phường Mỏ Chè ban hành Nghị quyết số 05 ngày 16/6/2021.",
            "Hội nghị Trung ương 4 khóa XII; đồng chí Nguyễn Thái Hà, TP. Hồ Chí Minh.",
            "Quyết định 69-QĐ/TW về hoà bình, thuỷ lợi và kỹ thuật.",
        ]
        var seeds: [(name: String, bytes: [UInt8])] = []
        for (index, encoding) in Self.encodings.enumerated() {
            for (number, line) in lines.enumerated() {
                guard let encoded = LegacyEncoder.encode(line, as: encoding) else { continue }
                seeds.append(("\(encoding.rawValue)-\(number)", [UInt8(index)] + encoded))
            }
        }
        return seeds
    }
}
