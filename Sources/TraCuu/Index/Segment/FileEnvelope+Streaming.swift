extension FileEnvelope {
    /// Writes a file in pieces, for bodies too large to build in memory first (stored fields
    /// of a big segment): the header at once, the body as it comes with a running CRC-32C,
    /// the footer at `finish()`. The bytes on disk are exactly what `write(_:magic:to:)`
    /// writes for the same body.
    ///
    /// ```swift
    /// var envelope = try FileEnvelope.Writer(magic: "TCsf", to: output)
    /// try envelope.write(block)       // any number of times
    /// try envelope.finish()           // footer; then output.finish() makes it durable
    /// ```
    package struct Writer {
        private let output: any FileOutput
        private var crc: UInt32 = 0
        private var isFinished = false

        /// Body bytes written so far: the offset, within the body, of the next byte.
        package private(set) var bodyCount = 0

        /// Writes the header for a file kind (`magic` is four ASCII letters).
        package init(magic: String, to output: any FileOutput) throws {
            self.output = output
            try output.write(FileEnvelope.header(magic: magic))
        }

        /// Appends body bytes and folds them into the checksum.
        /// Precondition: `finish()` was not called yet.
        package mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
            precondition(!isFinished, "FileEnvelope.Writer.write(_:) after finish()")
            try output.write(bytes)
            crc = Checksum.crc32c(bytes, continuing: crc)
            bodyCount += bytes.count
        }

        /// Appends an array of body bytes.
        package mutating func write(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBytes { try write($0) }
        }

        /// Writes the footer (body length and checksum). It does not finish the output:
        /// the caller does, which fsyncs it. Precondition: called once.
        package mutating func finish() throws {
            precondition(!isFinished, "FileEnvelope.Writer.finish() called twice")
            isFinished = true
            try output.write(FileEnvelope.footer(bodyLength: bodyCount, crc: crc))
        }
    }
}
