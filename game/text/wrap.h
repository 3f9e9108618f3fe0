/* wrap.h — breaking text into lines by display width (UTF-8, Cyrillic
 * included), for the terminal and for plain-text transcripts.
 *
 * Control bytes below 0x20 other than '\n' take no room, so a screen may
 * carry its own markers (WRAP_HL_ON/OFF, for a highlighted span) through
 * wrapping. */
#ifndef TEXT_WRAP_H
#define TEXT_WRAP_H

#include <stddef.h>

#define WRAP_HL_ON '\x01'
#define WRAP_HL_OFF '\x02'

/* The next line of s (len bytes) in at most cols columns: returns its
 * byte length (without the break) and stores in *adv how far to move to
 * the start of the line after (past the space or newline it broke at).
 * Breaks at spaces; a word longer than a line is cut. */
size_t wrap_next(const char *s, size_t len, size_t cols, size_t *adv);

/* Number of lines s takes at cols columns (at least 1). */
size_t wrap_count(const char *s, size_t cols);

#endif
