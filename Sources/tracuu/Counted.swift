/// A count with its noun in the right number, for messages: `1 document`, `2 documents`,
/// `1 match`, `3 matches`.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
