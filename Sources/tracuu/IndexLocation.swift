import ArgumentParser

/// The `--index DIR` option every index command shares.
struct IndexLocation: ParsableArguments {
    @Option(name: .customLong("index"),
            help: "Index folder; it belongs to TraCuu, so keep no other files in it.")
    var path: String = ".tracuu"
}
