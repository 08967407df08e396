import TraCuu

extension ZstdStreamDecoder: StreamDecompressor {
    func decompress(_ input: [UInt8]) throws -> [UInt8] {
        try decode(input)
    }

    func finish() throws -> [UInt8] {
        try (finish as () throws(ZstdError) -> Void)()
        return []
    }
}
