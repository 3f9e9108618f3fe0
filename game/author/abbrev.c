/* abbrev.c — abbreviations that never end a sentence. The listed ones
 * are the word lists' `abbrev` lines (author/lists.h); a word is
 * compared with its first letter lowered, so that "Mr" and "Проф" match
 * too. */
#include "author/abbrev.h"

#include <stdint.h>
#include <string.h>

#include "author/lists.h"
#include "author/text.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/* Are all parts between the dots of w one or two characters long
 * ("u.s", "e.g", "т.е")? */
static int abbrev_dotted(const char *w, size_t len)
{
	size_t i = 0, part = 0;
	int dots = 0;

	while (i < len) {
		if (w[i] == '.') {
			if (!part || part > 2)
				return 0;
			dots++;
			part = 0;
			i++;
			continue;
		}
		author_next(w, len, &i);
		part++;
	}
	return dots > 0 && part > 0 && part <= 2;
}

static int abbrev_listed(const char *w, size_t len)
{
	struct strbuf low = STRBUF_INIT;
	size_t i = 0;
	char enc[4];
	int hit;

	if (len) {
		uint32_t cp = author_next(w, len, &i);

		strbuf_add(&low, enc, utf8_encode(author_lower(cp), enc));
		strbuf_add(&low, w + i, len - i);
	}
	hit = author_words_match(author_lists()->abbrev.buf, low.buf);
	strbuf_release(&low);
	return hit;
}

static int abbrev_word_char(uint32_t cp)
{
	return author_is_letter(cp) || cp == '.' || cp == '-';
}

int author_abbrev_before(const char *s, size_t a, size_t dot)
{
	size_t t = dot, k, chars = 0;
	uint32_t cp, first = 0;

	while (t > a) {
		cp = author_prev(s, t, &k);
		if (!abbrev_word_char(cp))
			break;
		t = k;
		first = cp;
		chars++;
	}
	if (!chars || !author_is_letter(first))
		return 0;
	if (chars == 1)
		return author_is_upper(first);	/* an initial */
	return abbrev_dotted(s + t, dot - t) || abbrev_listed(s + t, dot - t);
}
