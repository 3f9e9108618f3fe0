/* utf8.h — UTF-8 decoding, validation and display width.
 *
 * Independent of the C locale on purpose: the loader and the transcript
 * writer must give the same answer whatever LANG says. */
#ifndef UTIL_UTF8_H
#define UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one code point at s (at most len bytes). Returns the number of
 * bytes used (1..4) and stores the code point, or returns 0 when the
 * sequence is invalid (overlong, surrogate, out of range, truncated). */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Offset of the first invalid byte, or len when all of s is valid. */
size_t utf8_invalid_at(const char *s, size_t len);

/* Encode cp into out (at least 4 bytes); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *out);

/* Columns one code point takes on a terminal: 0, 1 or 2. */
int utf8_cpwidth(uint32_t cp);

/* Display width of the first len bytes of s; invalid bytes count 1. */
size_t utf8_width(const char *s, size_t len);

/* Number of code points in s[0..len); invalid bytes count one each. */
size_t utf8_chars(const char *s, size_t len);

/* Byte length of the longest prefix of s whose display width is at most
 * cols, never splitting a character. */
size_t utf8_fit(const char *s, size_t len, size_t cols);

#endif
