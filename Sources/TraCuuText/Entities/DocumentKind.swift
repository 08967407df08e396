/// The types of document that references name, with their Vietnamese names and codes.
public enum DocumentKind: String, CaseIterable, Sendable, Hashable {
    /// Nghị quyết (NQ).
    case resolution
    /// Quyết định (QĐ).
    case decision
    /// Quy định (QĐ as well; written out it is its own type).
    case regulation
    /// Chỉ thị (CT).
    case directive
    /// Kết luận (KL).
    case conclusion
    /// Thông tư (TT).
    case circular
    /// Nghị định (NĐ).
    case decree
    /// Luật.
    case law
    /// Hướng dẫn (HD).
    case guidance
    /// Thông báo (TB).
    case notice
    /// Công văn (CV).
    case officialLetter
    /// Kế hoạch (KH).
    case plan

    /// The Vietnamese name, lowercase NFC: `nghị quyết`.
    public var name: String {
        switch self {
        case .resolution: "nghị quyết"
        case .decision: "quyết định"
        case .regulation: "quy định"
        case .directive: "chỉ thị"
        case .conclusion: "kết luận"
        case .circular: "thông tư"
        case .decree: "nghị định"
        case .law: "luật"
        case .guidance: "hướng dẫn"
        case .notice: "thông báo"
        case .officialLetter: "công văn"
        case .plan: "kế hoạch"
        }
    }

    /// The code used in document numbers (`NQ`, `QĐ`), folded, or nil.
    var foldedCode: String? {
        switch self {
        case .resolution: "nq"
        case .decision: "qd"
        case .regulation: nil
        case .directive: "ct"
        case .conclusion: "kl"
        case .circular: "tt"
        case .decree: "nd"
        case .law: nil
        case .guidance: "hd"
        case .notice: "tb"
        case .officialLetter: "cv"
        case .plan: "kh"
        }
    }

    /// The kind a folded code stands for (`qd` → decision).
    static func kind(forFoldedCode code: String) -> DocumentKind? {
        allCases.first { $0.foldedCode == code }
    }
}

/// A reference to a document: `Nghị quyết số 05 ngày 16/6/2021`, `Nghị định 100/2019/NĐ-CP`.
public struct DocumentReference: Hashable, Sendable {
    public var kind: DocumentKind
    /// The number, without leading zeros: `05` is 5.
    public var number: Int
    /// The year, from `/2019/` or from the date.
    public var year: Int?
    /// The issuer code as written: `NĐ-CP`, `QĐ/TW`, `NQ-ĐU`.
    public var issuer: String?
    /// The date the reference gives.
    public var date: CalendarDate?

    public init(kind: DocumentKind, number: Int, year: Int? = nil, issuer: String? = nil,
                date: CalendarDate? = nil) {
        self.kind = kind
        self.number = number
        self.year = year
        self.issuer = issuer
        self.date = date
    }

    /// `docref|nghi quyet|5`: type and number, the same however it was written.
    var key: String {
        "docref|" + Normalizer(level: .folded).key(of: kind.name) + "|\(number)"
    }

    var qualifiedKeys: [String] {
        var keys: [String] = []
        if let year { keys.append(key + "|\(year)") }
        if let issuer { keys.append(key + "|" + Normalizer(level: .folded).key(of: issuer)) }
        return keys
    }
}
