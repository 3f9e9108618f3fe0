/* value.h — checks and conversions of single values in scenario files.
 *
 * Numbers are parsed here rather than with strtod: strtod follows
 * LC_NUMERIC, and the game calls setlocale() for its wide-character
 * screen, so under a locale such as bg_BG "0.5" would stop being a
 * number. Only plain decimals are numbers: an optional sign, digits, an
 * optional fraction; no exponents, no hex, no inf or nan. */
#ifndef LOAD_VALUE_H
#define LOAD_VALUE_H

#include <stddef.h>

#include "load/load-msgs.h"

/* Convert s[0..len) (no surrounding spaces) to *out. Returns 0, or -1
 * with *why set to DIAG_NUMBER or DIAG_NUMBER_DIGITS. The result is the
 * double nearest to the decimal written. */
int value_number(const char *s, size_t len, double *out,
		 enum diag_code *why);

/* Is s an id: 1 to SC_ID_MAX-1 bytes of letters, digits, '-' and '_'?
 * Returns 0, or -1 with *why set to DIAG_EMPTY_VALUE, DIAG_ID_CHARS or
 * DIAG_ID_LONG, and *at to the byte offset of the problem. */
int value_id(const char *s, size_t len, enum diag_code *why, size_t *at);

/* Is s[0..len) a language code: 2 to 7 lowercase ASCII letters? */
int value_lang(const char *s, size_t len);

/* Columns (code points) in s[0..len): how far a byte offset is, for
 * turning offsets inside a value into columns. */
int value_cols(const char *s, size_t len);

#endif
