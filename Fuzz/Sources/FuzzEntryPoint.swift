#if FUZZING
import CFuzzerDriver
import Foundation

/// The target named by `TRACUU_FUZZ_TARGET`, set up once before the first input.
private let selectedTarget: any FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["TRACUU_FUZZ_TARGET"] ?? ""
    do {
        if let target = try FuzzTargets.target(named: name) { return target }
        FuzzMain.fail("TRACUU_FUZZ_TARGET must be one of: "
                      + FuzzTargets.names.joined(separator: ", "))
    } catch {
        FuzzMain.fail("cannot set up fuzz target \(name): \(error)")
    }
}()

/// Built with `-sanitize=fuzzer -DFUZZING` (`Fuzz/run.sh`): hands the command line to
/// libFuzzer, which feeds inputs to the target `TRACUU_FUZZ_TARGET` names. Errors thrown are
/// the reader refusing an input, which is correct; only crashes are findings.
@main
struct FuzzMain {
    static func main() {
        _ = selectedTarget  // Set up before the first input, so that no input pays for it.
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            _ = try? selectedTarget.run(bytes)
            return 0
        })
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("TraCuuFuzz: \(message)\n".utf8))
        exit(2)
    }
}
#endif
