/* abbrev.h — abbreviations that never end a sentence.
 *
 * Titles and a few common short forms in English, Bulgarian and Russian
 * ("Mr.", "Dr.", "St.", "г-н", "д-р", "проф.", "ул."), initials ("J.",
 * "В.") and dotted acronyms ("U.S.", "e.g.", "т.е."). Abbreviations that
 * often do end a sentence ("etc.", "г." for a year) are not here: they
 * end one when a capital follows, as any word does. */
#ifndef CMD_AUTHOR_ABBREV_H
#define CMD_AUTHOR_ABBREV_H

#include <stddef.h>

/* Is the full stop at s[dot] the end of such an abbreviation? The word
 * before it is read back to a space, but never before s[a]. */
int author_abbrev_before(const char *s, size_t a, size_t dot);

#endif
