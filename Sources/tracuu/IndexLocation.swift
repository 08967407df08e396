import ArgumentParser

/// The `--index DIR` option every index command shares.
struct IndexLocation: ParsableArguments {
    @Option(name: .customLong("index"),
            help: "Index folder (default: .tracuu): a new or empty folder, or an index.")
    var path: String = ".tracuu"
}
