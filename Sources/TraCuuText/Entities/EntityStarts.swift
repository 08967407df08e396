/// What a token may begin or end for the standard recognisers, so that their cheap
/// `mayStart(at:in:)` tests read one byte per token: `EntityContext` looks each token up
/// once, in one index of all the words concerned, instead of each recogniser looking it up
/// in its own tables.
struct EntityStarts: OptionSet, Sendable {
    let rawValue: UInt8

    /// `ngày`, `tháng`, `năm`: a date may start here (`DateRecognizer`).
    static let dateWord = EntityStarts(rawValue: 1 << 0)
    /// The first word of a document type (`nghị` of `nghị quyết`).
    static let documentType = EntityStarts(rawValue: 1 << 1)
    /// A document code (`NQ`, `QĐ`), by its folded key.
    static let documentCode = EntityStarts(rawValue: 1 << 2)
    /// The first word of `nghị quyết`, `hội nghị` or `trung ương` (`PlenumRecognizer`).
    static let plenum = EntityStarts(rawValue: 1 << 3)
    /// The last word of a place designator (`phường`, `phố` of `thành phố`): a place may
    /// start after it.
    static let designatorEnd = EntityStarts(rawValue: 1 << 4)
    /// The last word of a title (`chí` of `đồng chí`): a name may follow.
    static let titleEnd = EntityStarts(rawValue: 1 << 5)

    /// What each token may start or end, in `mode`, from its keys' codes at the mode's level
    /// and at the folded level.
    static func of(keywordCodes: [KeywordCode], foldedCodes: [KeywordCode],
                   mode: AnalysisMode) -> [EntityStarts] {
        let index = mode == .document ? document : query
        return keywordCodes.indices.map { token in
            of(keywordCodes[token], folded: foldedCodes[token], in: index)
        }
    }

    /// What a token of a document may start or end, from its exact and folded keys' codes
    /// (`RenderCache` keeps it with them).
    static func inDocument(exact: KeywordCode, folded: KeywordCode) -> EntityStarts {
        of(exact, folded: folded, in: document)
    }

    @inline(__always)
    private static func of(_ keyword: KeywordCode, folded: KeywordCode,
                           in index: KeywordIndex) -> EntityStarts {
        let value = index.value(for: keyword)
        var starts = value >= 0 ? EntityStarts(rawValue: UInt8(value)) : []
        if DocumentReferenceRecognizer.codeKinds.contains(folded) { starts.insert(.documentCode) }
        return starts
    }

    private static let document = index(.document)
    private static let query = index(.query)

    /// Keyword codes at `mode`'s level → what they start or end, from the recognisers' own
    /// tables.
    private static func index(_ mode: AnalysisMode) -> KeywordIndex {
        var starts: [KeywordCode: EntityStarts] = [:]
        func add(_ codes: [KeywordCode], _ start: EntityStarts) {
            for code in codes { starts[code, default: []].insert(start) }
        }
        let dateWords = mode == .document
            ? DateRecognizer.documentWords : DateRecognizer.queryWords
        add([dateWords.day, dateWords.month, dateWords.year], .dateWord)
        add(DocumentReferenceRecognizer.typeNames.phrases(mode).all.map { $0.codes[0] },
            .documentType)
        add((PlenumRecognizer.heads.phrases(mode).all
             + PlenumRecognizer.centralOnly.phrases(mode).all).map { $0.codes[0] }, .plenum)
        add(PlaceRecognizer.designators.phrases(mode).all.map { $0.codes[$0.codes.count - 1] },
            .designatorEnd)
        add(PersonNameRecognizer.titles.phrases(mode).all.map { $0.codes[$0.codes.count - 1] },
            .titleEnd)
        return KeywordIndex(starts.map { ($0.key, Int32($0.value.rawValue)) })
    }
}
