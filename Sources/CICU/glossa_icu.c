#include "glossa_icu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *glossa_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *glossa_icu_version(void) { return U_ICU_VERSION; }

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *status) {
    switch (form) {
    case GLOSSA_NORM_NFD: return unorm2_getNFDInstance(status);
    case GLOSSA_NORM_NFKC: return unorm2_getNFKCInstance(status);
    default: return unorm2_getNFCInstance(status);
    }
}

int32_t glossa_icu_normalize(int32_t form, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &code);
    int32_t needed = 0;
    if (U_SUCCESS(code)) {
        needed = unorm2_normalize(normalizer, (const UChar *)src, length, (UChar *)dest, capacity, &code);
    }
    *status = code;
    return needed;
}

int32_t glossa_icu_fold_case(const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t needed = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length,
                                   U_FOLD_CASE_DEFAULT, &code);
    *status = code;
    return needed;
}

int32_t glossa_icu_map_case(const char *locale, int32_t upper, const uint16_t *src, int32_t length,
                            uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t needed = upper
        ? u_strToUpper((UChar *)dest, capacity, (const UChar *)src, length, locale, &code)
        : u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, &code);
    *status = code;
    return needed;
}

int32_t glossa_icu_display_width(uint32_t codePoint) {
    UChar32 c = (UChar32)codePoint;
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return 0;
    int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return 2;
    if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) return 2;
    return 1;
}

int32_t glossa_icu_strip_marks(const uint16_t *src, int32_t length,
                               uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&code);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    if (U_FAILURE(code)) { *status = code; return 0; }

    int32_t decomposedCapacity = length * 4 + 16;
    UChar *decomposed = malloc(sizeof(UChar) * (size_t)decomposedCapacity);
    if (decomposed == NULL) { *status = U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t decomposedLength = unorm2_normalize(nfd, (const UChar *)src, length, decomposed,
                                                decomposedCapacity, &code);
    if (U_FAILURE(code)) { free(decomposed); *status = code; return 0; }

    int32_t kept = 0;
    for (int32_t i = 0; i < decomposedLength;) {
        UChar32 c;
        int32_t start = i;
        U16_NEXT(decomposed, i, decomposedLength, c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        for (int32_t j = start; j < i; j++) decomposed[kept++] = decomposed[j];
    }
    int32_t needed = unorm2_normalize(nfc, decomposed, kept, (UChar *)dest, capacity, &code);
    free(decomposed);
    *status = code;
    return needed;
}

struct GlossaTransliterator { UTransliterator *handle; };

GlossaTransliterator *glossa_translit_open(const uint16_t *id, int32_t idLength,
                                           const uint16_t *rules, int32_t rulesLength,
                                           int32_t *parseLine, int32_t *parseOffset,
                                           int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError = {0};
    // Without rules, `id` names one of ICU's own transforms, such as "Any-Latin".
    UTransliterator *handle = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                                           rulesLength > 0 ? (const UChar *)rules : NULL, rulesLength,
                                           &parseError, &code);
    *parseLine = parseError.line;
    *parseOffset = parseError.offset;
    *status = code;
    if (U_FAILURE(code) || handle == NULL) return NULL;
    GlossaTransliterator *result = malloc(sizeof *result);
    if (result == NULL) { utrans_close(handle); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->handle = handle;
    return result;
}

void glossa_translit_close(GlossaTransliterator *translit) {
    if (translit == NULL) return;
    utrans_close(translit->handle);
    free(translit);
}

int32_t glossa_translit_apply(const GlossaTransliterator *translit, uint16_t *buffer,
                              int32_t length, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(translit->handle, (UChar *)buffer, &textLength, capacity, 0, &limit, &code);
    *status = code;
    return textLength;
}

struct GlossaBreakIterator { UBreakIterator *handle; };

GlossaBreakIterator *glossa_break_open(int32_t kind, const char *locale,
                                       const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == GLOSSA_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *handle = ubrk_open(type, locale, (const UChar *)text, length, &code);
    *status = code;
    if (U_FAILURE(code) || handle == NULL) return NULL;
    GlossaBreakIterator *result = malloc(sizeof *result);
    if (result == NULL) { ubrk_close(handle); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->handle = handle;
    return result;
}

void glossa_break_close(GlossaBreakIterator *iterator) {
    if (iterator == NULL) return;
    ubrk_close(iterator->handle);
    free(iterator);
}

int32_t glossa_break_next(GlossaBreakIterator *iterator, int32_t *ruleStatus) {
    int32_t boundary = ubrk_next(iterator->handle);
    *ruleStatus = boundary == UBRK_DONE ? 0 : ubrk_getRuleStatus(iterator->handle);
    return boundary == UBRK_DONE ? -1 : boundary;
}

struct GlossaSpoofChecker { USpoofChecker *handle; };

GlossaSpoofChecker *glossa_spoof_open(int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    USpoofChecker *handle = uspoof_open(&code);
    if (U_SUCCESS(code)) {
        uspoof_setChecks(handle, USPOOF_RESTRICTION_LEVEL | USPOOF_MIXED_NUMBERS | USPOOF_INVISIBLE, &code);
        uspoof_setRestrictionLevel(handle, USPOOF_HIGHLY_RESTRICTIVE);
    }
    *status = code;
    if (U_FAILURE(code)) { uspoof_close(handle); return NULL; }
    GlossaSpoofChecker *result = malloc(sizeof *result);
    if (result == NULL) { uspoof_close(handle); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    result->handle = handle;
    return result;
}

void glossa_spoof_close(GlossaSpoofChecker *checker) {
    if (checker == NULL) return;
    uspoof_close(checker->handle);
    free(checker);
}

int32_t glossa_spoof_check(const GlossaSpoofChecker *checker, const uint16_t *text,
                           int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uspoof_check(checker->handle, (const UChar *)text, length, NULL, &code);
    *status = code;
    return result;
}

int32_t glossa_spoof_skeleton(const GlossaSpoofChecker *checker, const uint16_t *text, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = uspoof_getSkeleton(checker->handle, 0, (const UChar *)text, length, (UChar *)dest, capacity, &code);
    *status = code;
    return result;
}
