/// Input that an evaluation cannot use.
public enum EvaluationError: Error, Equatable, CustomStringConvertible {
    /// A line of a qrels or queries file that does not fit its format (line numbers from 1).
    case malformed(line: Int, String)
    /// A file that cannot be read.
    case unreadable
    /// One of these in the file named.
    indirect case inFile(String, EvaluationError)

    public var description: String {
        switch self {
        case let .malformed(line, reason): "line \(line): \(reason)"
        case .unreadable: "cannot read the file"
        case let .inFile(path, error): "\(path): \(error)"
        }
    }
}
