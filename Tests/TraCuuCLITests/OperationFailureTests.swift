import Foundation
import Testing
import TraCuu
@testable import tracuu

@Suite struct OperationFailureTests {
    @Test("a Foundation error becomes the POSIX reason inside it, not a dump of its fields")
    func foundationError() {
        // As Foundation reports reading a folder: a Swift POSIXError under a Cocoa error.
        let posix = POSIXError(.EISDIR)
        let error = NSError(domain: NSCocoaErrorDomain, code: 256,
                            userInfo: [NSUnderlyingErrorKey: posix, NSFilePathErrorKey: "/tmp/a.txt"])
        #expect(OperationFailure.reason(error) == "Is a directory")
        #expect(OperationFailure.reading("a.txt", error).description
                == "cannot read a.txt: Is a directory")
    }

    @Test("errors without a POSIX reason still read as sentences", arguments: [
        (CocoaError(.fileReadNoSuchFile) as any Error, "no such file"),
        (ZstdError("truncated input") as any Error, "zstd data is damaged (truncated input)"),
        (NSError(domain: "Elsewhere", code: 7) as any Error, "unexpected error 7 (Elsewhere)"),
    ])
    func otherErrors(error: any Error, reason: String) {
        #expect(OperationFailure.reason(error) == reason)
        #expect(!OperationFailure.reason(error).contains("Error Domain"))
    }
}
