/// An error from TraCuu's text layer: decoding, encodings, ICU.
public struct TextError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a value callers can match on.
    public struct Code: Hashable, Sendable {
        let name: String

        /// An encoding name that TraCuu does not know.
        public static let unknownEncoding = Code(name: "unknownEncoding")
        /// An ICU service failed; `message` carries ICU's error code.
        public static let icu = Code(name: "icu")

        /// Lets callers write `catch TextError.Code.unknownEncoding`.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? TextError)?.code == code
        }
    }

    /// The kind of failure.
    public let code: Code
    /// A sentence for people.
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

/// ICU status codes as the shim returns them (UErrorCode: > 0 is a failure).
enum ICUStatus {
    static let bufferOverflow: Int32 = 15

    static func isFailure(_ status: Int32) -> Bool { status > 0 }

    /// Traps when ICU failed on input that cannot make it fail (valid UTF-16): that only
    /// happens when ICU's data is missing, which no caller can recover from.
    static func require(_ status: Int32, _ function: StaticString) {
        precondition(!isFailure(status), "ICU \(function) failed with UErrorCode \(status)")
    }
}
