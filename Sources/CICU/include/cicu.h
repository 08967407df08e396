// cicu.h — TraCuu's only window onto ICU.
//
// Swift never sees an ICU header: ICU renames its functions with a version suffix through
// macros (unorm2_normalize is unorm2_normalize_72), and its types clash with the toolchain's
// own ICU module. These declarations use <stdint.h> types only; cicu.c makes the ICU calls.
//
// Conventions: text is UTF-16 (uint16_t). Functions that write text take a destination and
// its capacity and return the length the full result needs; when that exceeds the capacity
// nothing useful was written and the caller retries with a larger buffer. `*status` receives
// ICU's UErrorCode (0 = success, negative = warning, positive = failure).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Normalization forms understood by tc_normalize and tc_is_normalized.
enum { TC_NFC = 0, TC_NFD = 1 };

/// NFC or NFD of `src` into `dst` (unorm2_getNFCInstance / unorm2_getNFDInstance +
/// unorm2_normalize).
int32_t tc_normalize(int32_t form, const uint16_t *src, int32_t length,
                     uint16_t *dst, int32_t capacity, int32_t *status);

/// 1 when `src` is already in the form, 0 when not (unorm2_quickCheck, then
/// unorm2_isNormalized for a "maybe").
int32_t tc_is_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status);

/// Default full case folding of `src` into `dst` (u_strFoldCase, U_FOLD_CASE_DEFAULT).
int32_t tc_fold_case(const uint16_t *src, int32_t length,
                     uint16_t *dst, int32_t capacity, int32_t *status);

/// Lowercasing for the root locale (u_strToLower with locale "").
int32_t tc_to_lower(const uint16_t *src, int32_t length,
                    uint16_t *dst, int32_t capacity, int32_t *status);

/// Character classes as TraCuu's tokenizer needs them (from u_charType).
enum {
    TC_CLASS_OTHER = 0,   // controls, unassigned, private use, surrogates
    TC_CLASS_LETTER = 1,  // L*
    TC_CLASS_MARK = 2,    // M*
    TC_CLASS_DIGIT = 3,   // Nd
    TC_CLASS_SPACE = 4,   // Z*
    TC_CLASS_PUNCT = 5,   // P*, S*, No, Nl
};

/// The class of one code point (u_charType).
int32_t tc_char_class(uint32_t code_point);

/// 1 when the code point's script is Latin, Common or Inherited (uscript_getScript).
int32_t tc_is_latin_or_common(uint32_t code_point);

/// Opens a word break iterator over `text` for the Vietnamese locale (ubrk_open, UBRK_WORD).
/// ICU keeps a pointer to `text`: it must outlive the iterator. NULL on failure.
void *tc_word_breaker_open(const uint16_t *text, int32_t length, int32_t *status);

/// Points an open iterator at new text and back to its start (ubrk_setText), so that one
/// iterator serves many runs of text. ICU keeps a pointer to `text`, as for open.
void tc_word_breaker_set_text(void *breaker, const uint16_t *text, int32_t length,
                              int32_t *status);

/// The next boundary (ubrk_next), or -1 when done.
int32_t tc_word_breaker_next(void *breaker);

/// 1 when the segment that ends at the current boundary is a word, number, kana or
/// ideograph rather than spaces or punctuation (ubrk_getRuleStatus >= UBRK_WORD_NUMBER).
int32_t tc_word_breaker_is_word(void *breaker);

/// Closes an iterator (ubrk_close).
void tc_word_breaker_close(void *breaker);

/// Decodes `src` in the named ICU charset (for example "windows-1258") to UTF-16
/// (ucnv_open + ucnv_toUChars). Unmappable bytes become U+FFFD. NULL-terminated name.
int32_t tc_decode(const char *charset, const uint8_t *src, int32_t length,
                  uint16_t *dst, int32_t capacity, int32_t *status);

/// Opens a transliterator by its ID, such as "NFD; [:Nonspacing Mark:] Remove; NFC"
/// (utrans_openU). NULL on failure.
void *tc_transliterator_open(const uint16_t *id, int32_t length, int32_t *status);

/// Transliterates `text[0..<*length]` in place (utrans_transUChars); `*length` is updated.
/// Returns the new length; `*status` is U_BUFFER_OVERFLOW_ERROR (15) when `capacity` was short.
int32_t tc_transliterate(void *transliterator, uint16_t *text, int32_t *length,
                         int32_t capacity, int32_t *status);

/// Closes a transliterator (utrans_close).
void tc_transliterator_close(void *transliterator);

#ifdef __cplusplus
}
#endif

#endif
