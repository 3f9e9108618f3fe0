/* text.c — letters, case and words, without the C locale. */
#include "author/text.h"

#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xmalloc.h"

/* Punctuation and symbol blocks above Latin-1: never part of a word. */
static int author_is_symbol_block(uint32_t cp)
{
	return (cp >= 0x2000 && cp <= 0x2BFF) ||
	       (cp >= 0x2E00 && cp <= 0x2E7F) ||
	       (cp >= 0x3000 && cp <= 0x303F) ||
	       (cp >= 0xFE10 && cp <= 0xFE6F) ||
	       (cp >= 0xFF00 && cp <= 0xFF0F) ||
	       (cp >= 0xFF1A && cp <= 0xFF20) ||
	       (cp >= 0xFF3B && cp <= 0xFF40) ||
	       (cp >= 0xFF5B && cp <= 0xFF65) ||
	       cp >= 0xFFF0;
}

int author_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	/* Greek and Cyrillic signs that are not letters. */
	if (cp == 0x375 || cp == 0x37E || cp == 0x384 || cp == 0x385 ||
	    cp == 0x387 || cp == 0x482)
		return 0;
	return !author_is_symbol_block(cp);
}

int author_is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

int author_is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 ||
	       cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	       cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
	       cp == 0x205F || cp == 0x3000;
}

int author_is_cyrillic(uint32_t cp)
{
	return cp >= 0x400 && cp <= 0x52F;
}

/* Latin Extended-A pairs case by parity, with the parity flipping in
 * two stretches. 1: cp is the uppercase of a pair here. */
static int author_ext_a_upper(uint32_t cp)
{
	if (cp == 0x178)
		return 1;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return cp & 1;
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
		return !(cp & 1);
	return 0;
}

static int author_ext_a_lower(uint32_t cp)
{
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return !(cp & 1);
	if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
		return cp & 1;
	return 0;
}

/* Cyrillic supplement (Ukrainian, Serbian, historic letters): pairs by
 * parity too. */
static int author_cyr_pair(uint32_t cp, int upper)
{
	int even = !(cp & 1);

	if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
	    (cp >= 0x4D0 && cp <= 0x52F))
		return upper ? even : !even;
	if (cp >= 0x4C1 && cp <= 0x4CE)
		return upper ? !even : even;
	return 0;
}

int author_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F)
		return author_ext_a_upper(cp);
	if (cp >= 0x391 && cp <= 0x3A9)
		return cp != 0x3A2;
	if (cp >= 0x400 && cp <= 0x42F)
		return 1;
	return author_cyr_pair(cp, 1);
}

int author_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp >= 0xDF && cp <= 0xFF)
		return cp != 0xF7;
	if (cp >= 0x100 && cp <= 0x17F)
		return author_ext_a_lower(cp);
	if (cp >= 0x3AC && cp <= 0x3CE)
		return 1;
	if (cp >= 0x430 && cp <= 0x45F)
		return 1;
	return author_cyr_pair(cp, 0);
}

uint32_t author_lower(uint32_t cp)
{
	if (!author_is_upper(cp))
		return cp;
	if (cp < 0x80 || (cp >= 0xC0 && cp <= 0xDE) ||
	    (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
		return cp + 0x20;
	if (cp == 0x178)
		return 0xFF;
	if (cp >= 0x400 && cp <= 0x40F)
		return cp + 0x50;
	return cp + 1;
}

uint32_t author_upper(uint32_t cp)
{
	if (!author_is_lower(cp) || cp == 0xDF || cp == 0x3C2)
		return cp;
	if (cp == 0xFF)
		return 0x178;
	if (cp < 0x80 || (cp >= 0xE0 && cp <= 0xFE) ||
	    (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x44F))
		return cp - 0x20;
	if (cp >= 0x450 && cp <= 0x45F)
		return cp - 0x50;
	if (cp >= 0x100)
		return cp - 1;
	return cp;
}

uint32_t author_next(const char *s, size_t len, size_t *i)
{
	uint32_t cp;
	size_t n = utf8_decode(s + *i, len - *i, &cp);

	if (!n) {
		(*i)++;
		return 0xFFFD;
	}
	*i += n;
	return cp;
}

uint32_t author_prev(const char *s, size_t i, size_t *start)
{
	size_t j = i - 1, k;
	uint32_t cp;

	while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	k = j;
	cp = author_next(s, i, &k);
	if (k != i) {
		*start = i - 1;
		return 0xFFFD;
	}
	*start = j;
	return cp;
}

/* ---- words ------------------------------------------------------------ */

void author_words_init(struct author_words *w)
{
	memset(w, 0, sizeof *w);
	strbuf_init(&w->low);
}

void author_words_release(struct author_words *w)
{
	free(w->v);
	strbuf_release(&w->low);
	author_words_init(w);
}

static int author_word_char(uint32_t cp)
{
	return author_is_letter(cp) || author_is_digit(cp);
}

/* A hyphen or an apostrophe joins two parts of one word. */
static int author_joiner(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' ||
	       cp == 0x2019;
}

static void author_low_add(struct author_words *w, uint32_t cp)
{
	char enc[4];

	if (cp == 0x2019)
		cp = '\'';
	else if (cp == 0x2010 || cp == 0x2011)
		cp = '-';
	strbuf_add(&w->low, enc, utf8_encode(author_lower(cp), enc));
}

/* The word that starts at s[*i]; *i ends after it. */
static void author_word_at(const char *s, size_t len, size_t *i,
			   struct author_words *w)
{
	struct author_word *wd;
	size_t j = *i, k;
	uint32_t cp;

	w->v = xgrow(w->v, &w->cap, w->n + 1, sizeof *w->v);
	wd = &w->v[w->n++];
	memset(wd, 0, sizeof *wd);
	wd->at = *i;
	wd->low = w->low.len;
	for (;;) {
		k = j;
		if (k >= len)
			break;
		cp = author_next(s, len, &k);
		if (author_joiner(cp) && wd->chars && k < len) {
			size_t m = k;

			if (!author_word_char(author_next(s, len, &m)))
				break;
		} else if (!author_word_char(cp)) {
			break;
		}
		if (!wd->chars)
			wd->upper = (uint8_t)author_is_upper(cp);
		author_low_add(w, cp);
		wd->chars++;
		j = k;
	}
	wd->len = j - wd->at;
	wd->lowlen = w->low.len - wd->low;
	strbuf_addc(&w->low, '\0');
	*i = j;
}

void author_words(const char *s, size_t len, struct author_words *w)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < len) {
		k = i;
		cp = author_next(s, len, &k);
		if (author_word_char(cp))
			author_word_at(s, len, &i, w);
		else
			i = k;
	}
}

void author_squeeze(struct strbuf *sb, const char *s, size_t len)
{
	size_t i = 0, k;
	int space = 0, any = 0;
	uint32_t cp;

	while (i < len) {
		k = i;
		cp = author_next(s, len, &k);
		if (author_is_space(cp)) {
			space = 1;
		} else {
			if (space && any)
				strbuf_addc(sb, ' ');
			strbuf_add(sb, s + i, k - i);
			space = 0;
			any = 1;
		}
		i = k;
	}
}

/* The word without a possessive "'s" ("Arvenia's"). */
size_t author_name_len(const char *s, const struct author_word *w)
{
	const char *e = s + w->at + w->len;

	if (w->len > 2 && e[-1] == 's' && e[-2] == '\'')
		return w->len - 2;
	if (w->len > 4 && e[-1] == 's' && !memcmp(e - 4, "\xE2\x80\x99", 3))
		return w->len - 4;
	return w->len;
}

/* Capitalised, and either three letters long or all capitals ("US"),
 * so that "Ms" and "Dr" are not taken for names. */
int author_name_likely(const char *s, const struct author_word *w)
{
	size_t i = w->at, end = w->at + w->len;

	if (!w->upper)
		return 0;
	if (w->chars >= 3)
		return 1;
	while (i < end)
		if (author_is_lower(author_next(s, end, &i)))
			return 0;
	return 1;
}
