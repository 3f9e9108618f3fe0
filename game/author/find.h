/* find.h — the proposals in an article, as draft quotes.
 *
 *	struct author_props p;
 *	author_find(text, len, "bg", &p);
 *	for (i = 0; i < p.n; i++) ... p.v[i].quote ...
 *	author_props_release(&p);
 *
 * The article is cut into sentences (author/split.h) and each is scored
 * with the language's cue words (author/cues.h). A sentence that
 * carries a proposal gives one, unless it says again what an earlier
 * one said: articles often report an offer, then quote it. Two
 * sentences are the same proposal when enough of the weight of their
 * words is shared (AUTHOR_SAME of the mean), each word weighted by
 * how rare it is in the article (so "information" and "security", said
 * in every line of a report about them, count little and "elections"
 * much). Of the two, the higher score is kept, then the one with a
 * quotation, then the longer.
 *
 * The quote is the sentence, or the quotation inside it when that
 * carries the cues itself (the proposer's own words): byte for byte from
 * the article, with runs of white space made one space (the loader's
 * check ignores the difference). */
#ifndef CMD_AUTHOR_FIND_H
#define CMD_AUTHOR_FIND_H

#include <stddef.h>

#include "util/strbuf.h"

#define AUTHOR_MAX_PROPS 16	/* the strongest are kept */
#define AUTHOR_QUOTE_MAX 1500	/* bytes; a longer quote is cut at a
				   word (still a verbatim passage) */
#define AUTHOR_TITLE_CHARS 48
#define AUTHOR_SAME 0.28	/* shared weight that makes a repeat */

struct author_prop {
	size_t at, len;		/* the quote in the article, bytes */
	int line, col;		/* where it starts, from 1 */
	int score;
	char *quote;		/* white space squeezed; owned */
	char *title;		/* a draft title taken from it; owned */
	char *why;		/* the cues found, for the author; owned */
	int by;			/* who made it: 0 side a, 1 side b, -1
				   neither (a third party) or unknown */
};

struct author_props {
	struct author_prop *v;	/* in article order; owned */
	size_t n, cap;
	size_t sentences;	/* in the article */
	size_t candidates;	/* sentences that carried a proposal */
	size_t repeats;		/* of those, merged into another */
	size_t dropped;		/* beyond AUTHOR_MAX_PROPS */
	char *headline;		/* the article's first line when it is a
				   headline (author/split.h), or NULL */
	char *side_name[2];	/* the parties, side a first (author/sides.h),
				   NULL when not found; owned */
};

/* Find the proposals of text[0..len), written in lang; out is
 * overwritten. */
void author_find(const char *text, size_t len, const char *lang,
		 struct author_props *out);
void author_props_release(struct author_props *p);

/* Capitalised words that are not the first of a sentence, said at least
 * twice, most frequent first, at most max: candidates for the sides'
 * names ("Veldra (7), Ostrava (6)"), appended to out. */
void author_names(const char *text, size_t len, int max,
		  struct strbuf *out);

#endif
