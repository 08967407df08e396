#if !FUZZING
import Foundation

/// Without `-DFUZZING` (a plain `swift build`), the fuzz targets are a small tool: it writes
/// the seed corpora and replays saved inputs, such as a crash libFuzzer wrote, without the
/// fuzzer.
///
/// ```
/// TraCuuFuzz seeds DIR              writes DIR/<target>/<seed> for every target
/// TraCuuFuzz TARGET FILE|DIR...     runs each input through TARGET
/// ```
@main
struct ReplayCommand {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            switch arguments.first {
            case "seeds" where arguments.count == 2:
                try writeSeeds(to: arguments[1])
            case let name? where arguments.count >= 2:
                guard let target = try FuzzTargets.target(named: name) else { usage() }
                try replay(arguments.dropFirst(), through: target)
            default:
                usage()
            }
        } catch {
            FileHandle.standardError.write(Data("TraCuuFuzz: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func writeSeeds(to folder: String) throws {
        for name in FuzzTargets.names {
            guard let target = try FuzzTargets.target(named: name) else { continue }
            let targetFolder = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try FileManager.default.createDirectory(at: targetFolder,
                                                    withIntermediateDirectories: true)
            for seed in try target.seeds() {
                try Data(seed.bytes).write(to: targetFolder.appendingPathComponent(seed.name))
            }
        }
    }

    private static func replay(_ paths: ArraySlice<String>, through target: any FuzzTarget)
        throws
    {
        var files: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
               isFolder.boolValue {
                files += try FileManager.default.contentsOfDirectory(
                    at: url, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
            } else {
                files.append(url)
            }
        }
        var refused = 0
        for file in files {
            do {
                try target.run([UInt8](try Data(contentsOf: file)))
            } catch {
                refused += 1
                print("\(file.lastPathComponent): \(error)")
            }
        }
        print("\(files.count) inputs run, \(refused) refused with an error, no crash")
    }

    private static func usage() -> Never {
        let names = FuzzTargets.names.joined(separator: "|")
        FileHandle.standardError.write(Data(
            "usage: TraCuuFuzz seeds DIR | TraCuuFuzz \(names) FILE|DIR...\n".utf8))
        exit(2)
    }
}
#endif
