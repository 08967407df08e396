/// One abbreviation of `AbbreviationTable`: the ways it is written short and the full form
/// it stands for (`UBND` ≡ `Ủy ban nhân dân`), with where the full form comes from.
package struct Abbreviation: Sendable, Hashable, CustomStringConvertible {
    /// Where the abbreviation reads as its full form.
    package enum Context: Sendable, Hashable {
        /// Wherever it stands.
        case anywhere
        /// Only before another word of the query, the name it designates (`TP Hà Nội`):
        /// alone, or before a number, it may be something else.
        case beforeName
    }

    /// Where the table's tests look for the full form as written.
    package enum Evidence: Sendable, Hashable {
        /// The official texts of the codes (Civil, Penal, Labour, Maritime and procedure
        /// codes), which name the State bodies they deal with.
        case codes
        /// The news, for names the codes do not use (ministries, schools, sport).
        case news
    }

    /// The short forms as people write them (`GD-ĐT`, `GD&ĐT`, `GDĐT`): tokenized, those
    /// differing only in punctuation or case are one.
    package let shortForms: [String]
    /// The full form as the source writes it.
    package let fullForm: String
    package let context: Context
    /// The official text that names the full form.
    package let source: String
    package let evidence: Evidence

    package init(_ shortForms: [String], _ fullForm: String, context: Context = .anywhere,
                 source: String, evidence: Evidence) {
        self.shortForms = shortForms
        self.fullForm = fullForm
        self.context = context
        self.source = source
        self.evidence = evidence
    }

    package var description: String { "\(shortForms[0]) ≡ \(fullForm)" }
}
