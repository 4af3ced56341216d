// A narrow C surface over ICU. Swift must not import <unicode/*.h> directly: Foundation
// bundles its own ICU headers and the two module maps clash. Only stdint types and opaque
// handles cross this boundary. All text is UTF-16; lengths and offsets are in UTF-16 units.
// Every function reports failure through an ICU UErrorCode stored in *status
// (<= 0 means success; warnings are negative).
#ifndef GLOSSA_ICU_H
#define GLOSSA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

const char *glossa_icu_error_name(int32_t status);
const char *glossa_icu_version(void);

typedef enum {
    GLOSSA_NORM_NFC = 0,
    GLOSSA_NORM_NFD = 1,
    GLOSSA_NORM_NFKC = 2,
} GlossaNormalizationForm;

/// Normalises `src` into `dest`; returns the needed length (retry when it exceeds `capacity`).
int32_t glossa_icu_normalize(int32_t form, const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status);

/// Full Unicode case folding (locale independent).
int32_t glossa_icu_fold_case(const uint16_t *src, int32_t length,
                             uint16_t *dest, int32_t capacity, int32_t *status);

/// Locale-aware case mapping. `upper` != 0 maps to upper case, else to lower case.
int32_t glossa_icu_map_case(const char *locale, int32_t upper, const uint16_t *src, int32_t length,
                            uint16_t *dest, int32_t capacity, int32_t *status);

/// Columns a terminal gives the code point: 0 for marks and other zero-width characters,
/// 2 for East Asian wide and fullwidth ones and emoji shown as emoji, else 1.
int32_t glossa_icu_display_width(uint32_t codePoint);

/// Decomposes, drops non-spacing marks and recomposes: "Hérat" -> "Herat".
int32_t glossa_icu_strip_marks(const uint16_t *src, int32_t length,
                               uint16_t *dest, int32_t capacity, int32_t *status);

typedef struct GlossaTransliterator GlossaTransliterator;

/// Compiles custom rules. On a syntax error, *parseLine and *parseOffset locate it.
GlossaTransliterator *glossa_translit_open(const uint16_t *id, int32_t idLength,
                                           const uint16_t *rules, int32_t rulesLength,
                                           int32_t *parseLine, int32_t *parseOffset,
                                           int32_t *status);
void glossa_translit_close(GlossaTransliterator *translit);

/// Transforms `buffer[0..<length]` in place; returns the new length. When the result would
/// exceed `capacity` the status is U_BUFFER_OVERFLOW_ERROR and the caller retries larger.
int32_t glossa_translit_apply(const GlossaTransliterator *translit, uint16_t *buffer,
                              int32_t length, int32_t capacity, int32_t *status);

typedef struct GlossaBreakIterator GlossaBreakIterator;

typedef enum {
    GLOSSA_BREAK_WORD = 0,
    GLOSSA_BREAK_SENTENCE = 1,
} GlossaBreakKind;

/// The iterator borrows `text`: keep it alive and unchanged until close.
GlossaBreakIterator *glossa_break_open(int32_t kind, const char *locale,
                                       const uint16_t *text, int32_t length, int32_t *status);
void glossa_break_close(GlossaBreakIterator *iterator);

/// Next boundary after the current one, or -1 at the end. *ruleStatus receives ICU's rule
/// status of the segment that ends there (UBRK_WORD_NONE = 0 for spaces and punctuation).
int32_t glossa_break_next(GlossaBreakIterator *iterator, int32_t *ruleStatus);

typedef struct GlossaSpoofChecker GlossaSpoofChecker;

GlossaSpoofChecker *glossa_spoof_open(int32_t *status);
void glossa_spoof_close(GlossaSpoofChecker *checker);

/// Returns ICU's USpoofChecks bit set of failed checks (0 when the text looks safe).
int32_t glossa_spoof_check(const GlossaSpoofChecker *checker, const uint16_t *text,
                           int32_t length, int32_t *status);

/// ICU's confusable skeleton of the text (UTS #39) into dest; returns the skeleton's length,
/// which may exceed capacity (then call again with room for it).
int32_t glossa_spoof_skeleton(const GlossaSpoofChecker *checker, const uint16_t *text, int32_t length,
                              uint16_t *dest, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
