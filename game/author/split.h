/* split.h — an article cut into sentences, and the quotations
 * inside a sentence.
 *
 * A sentence ends at '.', '!', '?' or '…' (and runs of them, with any
 * closing quotation marks and brackets after them) when white space
 * follows and the next sentence could start there: an uppercase letter,
 * a digit, an opening quotation mark or bracket, a dash, or the end of
 * the text. So "25 май 1972 г.\", посочи" and "e.g. the" go on. Some
 * abbreviations never end a sentence even before a capital: titles
 * ("Mr.", "Dr.", "г-н", "проф."), initials ("J.", "В."), dotted
 * acronyms ("U.S.", "т.е."). A full stop inside a quotation does not
 * end the sentence that quotes it. A blank line (a new paragraph)
 * always ends a sentence, and so does a line break after a short line
 * without a full stop (a headline) or before a list item; any other
 * line break is a space, so hard-wrapped text reads as one paragraph.
 *
 * Quotation marks: „…“ (Bulgarian, German), “…”, "…", «…», ‹…›. A
 * mark without its partner in the paragraph opens nothing. */
#ifndef CMD_AUTHOR_SPLIT_H
#define CMD_AUTHOR_SPLIT_H

#include <stddef.h>

struct author_sent {
	size_t at, len;		/* bytes in the text, white space trimmed */
	int line, col;		/* where it starts, from 1 (col: characters) */
	int para;		/* its paragraph, from 0 */
	int headline;		/* a line of its own without a full stop,
				   not a list item: a headline or caption */
};

struct author_sents {
	struct author_sent *v;	/* owned */
	size_t n, cap;
};

/* Cut text[0..len) into sentences, appended to out (zeroed first). A
 * leading UTF-8 byte-order mark is skipped. */
void author_split(const char *text, size_t len, struct author_sents *out);
void author_sents_release(struct author_sents *s);

/* A quotation inside a sentence: the text between the marks. */
struct author_span {
	size_t at, len;		/* bytes, relative to the sentence */
};

/* The outermost quotations in s[0..len) (marks paired as above), at most
 * max of them, into out; returns how many. */
int author_quotes(const char *s, size_t len, struct author_span *out,
		  int max);

#endif
