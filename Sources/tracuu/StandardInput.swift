import ArgumentParser
import Foundation
import TraCuuText

/// Reading and decoding stdin, shared by the text commands.
enum StandardInput {
    /// All of stdin decoded as `encoding`; says on stderr what it replaced and, for `auto`,
    /// which encoding it detected.
    static func read(encoding name: String?) throws -> DecodedText {
        let encoding: TextEncoding
        do {
            encoding = try TextDecoder.encoding(named: name ?? TextEncoding.auto.rawValue)
        } catch let error as TextError {
            throw ValidationError(error.message)
        }
        let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let decoded = TextDecoder.decode(bytes, as: encoding)
        if encoding == .auto, name != nil || decoded.encoding != .utf8 {
            Output.writeError("tracuu: detected encoding \(decoded.encoding.rawValue)\n")
        }
        if decoded.replacementCount > 0 {
            Output.writeError(
                "tracuu: replaced "
                + "\(counted(decoded.replacementCount, "invalid byte sequence")) with U+FFFD\n")
        }
        return decoded
    }
}

extension MatchLevel: ExpressibleByArgument {}
