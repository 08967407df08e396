// cicu.c — the one file that includes ICU headers. See include/cicu.h for the contract.
#include "cicu.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *status) {
    return form == TC_NFD ? unorm2_getNFDInstance(status) : unorm2_getNFCInstance(status);
}

int32_t tc_normalize(int32_t form, const uint16_t *src, int32_t length,
                     uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &error);
    int32_t needed = 0;
    if (U_SUCCESS(error)) {
        needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &error);
    }
    if (error == U_BUFFER_OVERFLOW_ERROR) error = U_ZERO_ERROR;
    *status = error;
    return needed;
}

int32_t tc_is_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &error);
    int32_t result = 0;
    if (U_SUCCESS(error)) {
        UNormalizationCheckResult quick = unorm2_quickCheck(n, (const UChar *)src, length, &error);
        if (quick == UNORM_YES) {
            result = 1;
        } else if (quick == UNORM_MAYBE && U_SUCCESS(error)) {
            result = unorm2_isNormalized(n, (const UChar *)src, length, &error) ? 1 : 0;
        }
    }
    *status = error;
    return result;
}

int32_t tc_fold_case(const uint16_t *src, int32_t length,
                     uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = u_strFoldCase((UChar *)dst, capacity, (const UChar *)src, length,
                                   U_FOLD_CASE_DEFAULT, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) {
        error = U_ZERO_ERROR;
    }
    *status = error;
    return needed;
}

int32_t tc_to_lower(const uint16_t *src, int32_t length,
                    uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = u_strToLower((UChar *)dst, capacity, (const UChar *)src, length, "", &error);
    if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) {
        error = U_ZERO_ERROR;
    }
    *status = error;
    return needed;
}

int32_t tc_char_class(uint32_t code_point) {
    switch (u_charType((UChar32)code_point)) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
        return TC_CLASS_LETTER;
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
        return TC_CLASS_MARK;
    case U_DECIMAL_DIGIT_NUMBER:
        return TC_CLASS_DIGIT;
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
        return TC_CLASS_SPACE;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL: case U_OTHER_NUMBER: case U_LETTER_NUMBER:
        return TC_CLASS_PUNCT;
    default:
        return TC_CLASS_OTHER;
    }
}

int32_t tc_is_latin_or_common(uint32_t code_point) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)code_point, &error);
    return U_SUCCESS(error)
        && (script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED);
}

void *tc_word_breaker_open(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "vi", (const UChar *)text, length, &error);
    *status = error;
    if (U_FAILURE(error)) {
        if (breaker) ubrk_close(breaker);
        return 0;
    }
    return breaker;
}

void tc_word_breaker_set_text(void *breaker, const uint16_t *text, int32_t length,
                              int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &error);
    *status = error;
}

int32_t tc_word_breaker_next(void *breaker) {
    int32_t next = ubrk_next((UBreakIterator *)breaker);
    return next == UBRK_DONE ? -1 : next;
}

int32_t tc_word_breaker_is_word(void *breaker) {
    return ubrk_getRuleStatus((UBreakIterator *)breaker) >= UBRK_WORD_NUMBER;
}

void tc_word_breaker_close(void *breaker) {
    ubrk_close((UBreakIterator *)breaker);
}

int32_t tc_decode(const char *charset, const uint8_t *src, int32_t length,
                  uint16_t *dst, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &error);
    int32_t needed = 0;
    if (U_SUCCESS(error)) {
        needed = ucnv_toUChars(converter, (UChar *)dst, capacity, (const char *)src, length,
                               &error);
        ucnv_close(converter);
    }
    if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) {
        error = U_ZERO_ERROR;
    }
    *status = error;
    return needed;
}

void *tc_transliterator_open(const uint16_t *id, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU((const UChar *)id, length, UTRANS_FORWARD, 0, 0, 0,
                                      &error);
    *status = error;
    if (U_FAILURE(error)) {
        if (t) utrans_close(t);
        return 0;
    }
    return t;
}

int32_t tc_transliterate(void *transliterator, uint16_t *text, int32_t *length,
                         int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)transliterator, (UChar *)text, length, capacity, 0,
                       &limit, &error);
    *status = error;
    return *length;
}

void tc_transliterator_close(void *transliterator) {
    utrans_close((UTransliterator *)transliterator);
}
