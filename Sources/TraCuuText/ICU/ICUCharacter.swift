internal import CICU

/// Unicode character properties from ICU, for scalars outside the tokenizer's own tables.
package enum ICUCharacter {
    /// A coarse general category, as the tokenizer needs it.
    package enum Class: UInt8 { case other, letter, mark, digit, space, punctuation }

    /// The class of `scalar` (`tc_char_class`, from `u_charType`).
    package static func characterClass(of scalar: Unicode.Scalar) -> Class {
        Class(rawValue: UInt8(tc_char_class(scalar.value))) ?? .other
    }

    /// Whether `scalar` belongs to the Latin, Common or Inherited script
    /// (`tc_is_latin_or_common`): such letters stay in TraCuu's own word tokens, other
    /// scripts go to ICU's word break iterator.
    package static func isLatinOrCommon(_ scalar: Unicode.Scalar) -> Bool {
        tc_is_latin_or_common(scalar.value) == 1
    }
}
