import TraCuuText

extension QueryPlan {
    /// Keeps the entities that the query's reading still names. The recognisers take an
    /// unmarked word for any of its accented forms, so `quan Duc` holds the place `Duc` after
    /// the district designator `quận`; read as `quân Đức` (an army), it does not. The text is
    /// analysed again with each read syllable written out in its reading
    /// (`Analyzer.analyze(_:readWords:)`), and an entity stays when that analysis finds one
    /// with the same folded key: in `cua ong la gi`, read `của ông là gì`, `la gi` is no name.
    ///
    /// Nothing changes when no syllable was read differently from how it was typed, or when
    /// the terms do not line up with the entity text's tokens. O(query length).
    mutating func confirmEntities(readAs readings: [String?]) {
        guard !entities.isEmpty, readings.count == terms.count,
              entityTokens.count == terms.count,
              zip(entityTokens, terms).allSatisfy({ $0.keys.folded == $1.keys.folded }),
              readings.indices.contains(where: { index in
                  readings[index].map { $0 != terms[index].keys.exact } ?? false
              })
        else { return }
        let read = Analyzer(mode: .query).analyze(readText(readings),
                                                  readWords: readings.map { $0 != nil })
        guard read.tokens.count == entityTokens.count else { return }
        let named = Set(read.entities.map(\.keys.folded))
        entities.removeAll { !named.contains($0.keys.folded) }
    }

    /// `entityText` with each read syllable in its reading, capitalised as typed.
    private func readText(_ readings: [String?]) -> String {
        let text = Array(entityText.utf8)
        var bytes: [UInt8] = []
        var end = 0
        for (index, token) in entityTokens.enumerated() {
            bytes += text[end..<token.utf8Range.lowerBound]
            end = token.utf8Range.upperBound
            if let reading = readings[index] {
                bytes += Self.cased(reading, like: token.text).utf8
            } else {
                bytes += text[token.utf8Range]
            }
        }
        bytes += text[end...]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `reading` (lower case) in the case of `typed`: `Duc` → `Đức`, `HCM` → `HCM`.
    private static func cased(_ reading: String, like typed: String) -> String {
        if typed.count > 1, typed == typed.uppercased() { return reading.uppercased() }
        guard let first = typed.first, first.isUppercase, let head = reading.first else {
            return reading
        }
        return head.uppercased() + reading.dropFirst()
    }
}
