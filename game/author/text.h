/* text.h — letters, case and words in UTF-8 text, for reading an
 * article (`detente new`).
 *
 * Independent of the C locale, as the loader is: a draft made from the
 * same article must be the same on every machine. Case is known for
 * Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic; any other
 * letter counts as a letter without case. */
#ifndef CMD_AUTHOR_TEXT_H
#define CMD_AUTHOR_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

int author_is_letter(uint32_t cp);
int author_is_upper(uint32_t cp);
int author_is_lower(uint32_t cp);
int author_is_digit(uint32_t cp);
int author_is_space(uint32_t cp);	/* any white space, line breaks too */
int author_is_cyrillic(uint32_t cp);
uint32_t author_lower(uint32_t cp);
uint32_t author_upper(uint32_t cp);

/* The code point at s[*i] (at most len - *i bytes), advancing *i; an
 * invalid byte reads as U+FFFD and advances one byte. */
uint32_t author_next(const char *s, size_t len, size_t *i);
/* The code point ending just before s[i] and where it starts. */
uint32_t author_prev(const char *s, size_t i, size_t *start);

/* A word: a run of letters and digits, with hyphens and apostrophes
 * inside it ("non-interference", "руско-американски", "state's"). */
struct author_word {
	size_t at, len;		/* bytes in the text */
	size_t low, lowlen;	/* its lowercase form: offset into
				   author_words.low */
	size_t chars;		/* code points */
	uint8_t upper;		/* starts with an uppercase letter */
};

struct author_words {
	struct author_word *v;	/* owned */
	size_t n, cap;
	struct strbuf low;	/* the lowercase forms, each NUL-ended */
};

/* The words of s[0..len), appended to w (initialise it with
 * author_words_init). */
void author_words_init(struct author_words *w);
void author_words(const char *s, size_t len, struct author_words *w);
void author_words_release(struct author_words *w);

/* The lowercase form of word i. */
static inline const char *author_word_low(const struct author_words *w,
					  size_t i)
{
	return w->low.buf + w->v[i].low;
}

/* The bytes of word w of s without a possessive "'s" ("Arvenia's"). */
size_t author_name_len(const char *s, const struct author_word *w);
/* Could w be (part of) a name: capitalised, and either three letters
 * long or all capitals ("US"), so that "Ms" and "Dr" are not? */
int author_name_likely(const char *s, const struct author_word *w);

/* Append s[0..len) to sb with every run of white space made one space
 * and the ends trimmed. */
void author_squeeze(struct strbuf *sb, const char *s, size_t len);

#endif
