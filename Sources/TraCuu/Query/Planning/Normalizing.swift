import TraCuuText

/// Keys of a single exact key, for lookups that start from an exact form.
enum Normalizing {
    static func folded(_ exact: String) -> String {
        Normalizer(level: .folded).key(of: exact)
    }
}
