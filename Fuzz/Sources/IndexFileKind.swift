/// The files of an index, each read by a reader of its own.
enum IndexFileKind: String, CaseIterable, Sendable {
    case manifest
    case dictionary
    case postings
    case positions
    case documents
    case bigrams
    case storedFields = "stored-fields"
    case tombstones

    /// Whether `file`, a name in an index folder, is a file of this kind.
    func matches(_ file: String) -> Bool {
        switch self {
        case .manifest: file == "manifest"
        case .dictionary: file.hasSuffix(".dic")
        case .postings: file.hasSuffix(".pst")
        case .positions: file.hasSuffix(".pos")
        case .documents: file.hasSuffix(".doc")
        case .bigrams: file.hasSuffix(".bgr")
        case .storedFields: file.hasSuffix(".fdt")
        case .tombstones: file.hasSuffix(".del")
        }
    }
}
