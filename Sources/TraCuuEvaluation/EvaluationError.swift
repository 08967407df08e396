/// Input that an evaluation cannot use.
public enum EvaluationError: Error, Equatable, CustomStringConvertible {
    /// A line of a qrels or queries file that does not fit its format (line numbers from 1).
    case malformed(line: Int, String)

    public var description: String {
        switch self {
        case let .malformed(line, reason): "line \(line): \(reason)"
        }
    }
}
