/// An error from the index: damage, a second writer, a format from the future, I/O.
public struct IndexError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as a value callers can match on (`catch IndexError.Code.locked`).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String

        /// A file failed its checksum or structure checks.
        public static let corrupted = Code(name: "corrupted")
        /// Another writer holds the index's lock.
        public static let locked = Code(name: "locked")
        /// The index was written by a format version this build does not read.
        public static let incompatibleFormat = Code(name: "incompatibleFormat")
        /// The operating system refused a read, write, sync or rename.
        public static let io = Code(name: "io")
        /// No index (or no such file) where one was expected.
        public static let notFound = Code(name: "notFound")
        /// A folder that holds files but no index, so it is not used as one.
        public static let notAnIndex = Code(name: "notAnIndex")
        /// A document that cannot be indexed (an empty or duplicate id, too large).
        public static let invalidDocument = Code(name: "invalidDocument")
        /// The writer's `cancellation` asked it to stop; roll back before going on.
        public static let cancelled = Code(name: "cancelled")
        /// A call on an `IndexWriter` after `close()`.
        public static let writerClosed = Code(name: "writerClosed")
        /// A `DocumentHandle` or `RankedHit` given to a searcher other than the one that
        /// ranked it.
        public static let otherSearcher = Code(name: "otherSearcher")

        public var description: String { name }

        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? IndexError)?.code == code
        }
    }

    public let code: Code
    /// A sentence for people, naming the file where there is one.
    public let message: String
    /// The file concerned, relative to the index directory.
    public let file: String?

    public init(_ code: Code, _ message: String, file: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
    }

    public var description: String { message }

    static func corrupted(_ file: String, _ what: String) -> IndexError {
        IndexError(.corrupted, "index file \(file) is damaged: \(what)", file: file)
    }
}
