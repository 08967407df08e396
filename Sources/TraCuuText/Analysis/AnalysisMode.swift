/// Whether text is a document or a query. Both go through the same analysis; a query is
/// allowed to be lower case and to lack diacritics (`nghi quyet so 5`, `nq 5`,
/// `nguyen thai ha`) where a document must use the written form.
public enum AnalysisMode: Sendable, Hashable {
    case document
    case query

    /// The level at which fixed words (`nghị quyết`, `ngày`, `phường`) are compared.
    var keywordLevel: MatchLevel { self == .document ? .exact : .folded }
}
