/// One stored field of a document: a name and its text, kept as given so that hits can show
/// the title and snippets can be cut from the body in its original spelling.
///
/// A stored document is an ordered list of them (`[StoredField]`); names may repeat, and the
/// order is kept.
package struct StoredField: Hashable, Sendable {
    /// The field's name, such as `id`, `title` or `body`.
    package let name: String
    /// The field's text.
    package let value: String

    package init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
