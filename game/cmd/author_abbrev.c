/* author_abbrev.c — abbreviations that never end a sentence. */
#include "cmd/author_abbrev.h"

#include <stdint.h>
#include <string.h>

#include "cmd/author_text.h"
#include "util/strbuf.h"
#include "util/utf8.h"

/* Lowercase; a word is compared with its first letter lowered, so that
 * "Mr" and "Проф" match too. */
static const char *const abbrev_list[] = {
	/* English titles, ranks, months, and a few more */
	"mr", "mrs", "ms", "messrs", "dr", "prof", "st", "sr", "jr", "gen",
	"col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep", "gov",
	"pres", "amb", "hon", "rev", "mt", "ft", "no", "nos", "vs", "cf",
	"fig", "art", "sec", "dept", "jan", "feb", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "inc", "ltd", "corp", "approx",
	"ca", "vol", "pp",
	/* Bulgarian */
	"г-н", "г-жа", "г-ца", "д-р", "проф", "доц", "акад", "ген", "полк",
	"ул", "бул", "пл", "гр", "обл", "чл", "ал", "вкл", "напр", "стр",
	"бр", "св", "им", "вж", "ср",
	/* Russian (where it differs) */
	"тов", "см", "рис", "гл", "ст",
	NULL
};

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
	int k, hit = 0;

	if (len) {
		uint32_t cp = author_next(w, len, &i);

		strbuf_add(&low, enc, utf8_encode(author_lower(cp), enc));
		strbuf_add(&low, w + i, len - i);
	}
	for (k = 0; abbrev_list[k] && !hit; k++)
		hit = !strcmp(abbrev_list[k], low.buf);
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
