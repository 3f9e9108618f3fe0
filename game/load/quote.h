/* quote.h — finding a proposal's quote in its article.
 *
 * Authors copy quotes from a web page or a PDF, where spaces, line
 * breaks, quotation marks and dashes come in many forms. So both texts
 * are compared after normalising: a run of white space (including
 * no-break and other Unicode spaces, and line breaks) is one space; the
 * quotation marks „ “ ” " « » ' ‘ ’ ‚ ‛ ‹ › ‟ are all one mark; the
 * dashes - ‐ ‑ ‒ – — ― − are all one dash; soft hyphens and zero-width
 * characters do not count. Letters must match exactly, case included:
 * a quote is verbatim.
 *
 * When the quote is not there, quote_nearest() names the passage most
 * like it: the window of the quote's length sharing the most character
 * trigrams with it (case folded for Latin and Cyrillic), which is
 * robust to a typo, a changed word or a missing phrase. */
#ifndef LOAD_QUOTE_H
#define LOAD_QUOTE_H

#include <stddef.h>
#include <stdint.h>

#define QUOTE_PASSAGE 60	/* characters shown of a nearest passage */

/* A text normalised once, to look for many quotes in it. */
struct quote_text {
	const char *text;	/* borrowed */
	size_t len;
	uint32_t *cp;		/* its normal form, a code point each */
	uint32_t *off;		/* where each starts in text */
	size_t n;
};

void quote_text_init(struct quote_text *qt, const char *text, size_t len);
void quote_text_release(struct quote_text *qt);

/* Look for quote in the text. Returns 0 and sets *at and *len to where
 * it is in the text (bytes), or -1. An empty quote (after normalising)
 * is never found. */
int quote_text_find(const struct quote_text *qt, const char *quote,
		    size_t qlen, size_t *at, size_t *len);

/* The passage of the text most like quote, white space collapsed, at
 * most QUOTE_PASSAGE characters (then "..."), into out (NUL-terminated,
 * size bytes at most). */
void quote_text_nearest(const struct quote_text *qt, const char *quote,
			size_t qlen, char *out, size_t size);

/* The same, for one quote in a text given as such. */
int quote_find(const char *text, size_t tlen, const char *quote,
	       size_t qlen, size_t *at, size_t *len);
void quote_nearest(const char *text, size_t tlen, const char *quote,
		   size_t qlen, char *out, size_t size);

#endif
