/* quote.c — normalised search for quotes, and the nearest passage. */
#include "load/quote.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define QUOTE_SPACE 0x20
#define QUOTE_MARK 0x22
#define QUOTE_DASH 0x2d
#define QUOTE_DROP 0xffffffffu	/* not a character: leave it out */

static int quote_in(const uint32_t *set, size_t n, uint32_t c)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (set[i] == c)
			return 1;
	return 0;
}

static const uint32_t quote_marks[] = {
	0x22, 0x27, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c,
	0x201d, 0x201e, 0x201f, 0x2039, 0x203a,
};
static const uint32_t quote_dashes[] = {
	0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212,
};
static const uint32_t quote_invisible[] = {
	0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
};

#define QUOTE_N(a) (sizeof(a) / sizeof((a)[0]))

static int quote_is_space(uint32_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0xa0 ||
	       c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
	       c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* The normal form of one code point. */
static uint32_t quote_norm(uint32_t c)
{
	/* Most characters are plain ASCII: no table to search. */
	if (c > ' ' && c < 0x7f && c != '"' && c != '\'' && c != '-')
		return c;
	if (quote_is_space(c))
		return QUOTE_SPACE;
	if (quote_in(quote_marks, QUOTE_N(quote_marks), c))
		return QUOTE_MARK;
	if (quote_in(quote_dashes, QUOTE_N(quote_dashes), c))
		return QUOTE_DASH;
	if (quote_in(quote_invisible, QUOTE_N(quote_invisible), c))
		return QUOTE_DROP;
	return c;
}

/* Decode one character at s[i]; an invalid byte counts as one. */
static size_t quote_decode(const char *s, size_t len, size_t i,
			   uint32_t *c)
{
	size_t k = utf8_decode(s + i, len - i, c);

	if (!k) {
		*c = 0xfffd;
		k = 1;
	}
	return k;
}

/* Normalise text; spaces at either end are dropped. */
void quote_text_init(struct quote_text *q, const char *s, size_t len)
{
	size_t i = 0, k;
	uint32_t c;

	q->text = s;
	q->len = len;
	q->cp = xmalloc((len + 1) * sizeof *q->cp);
	q->off = xmalloc((len + 1) * sizeof *q->off);
	q->n = 0;
	while (i < len) {
		k = quote_decode(s, len, i, &c);
		c = quote_norm(c);
		if (c != QUOTE_DROP && !(c == QUOTE_SPACE && (q->n == 0 ||
				q->cp[q->n - 1] == QUOTE_SPACE))) {
			q->cp[q->n] = c;
			q->off[q->n++] = (uint32_t)i;
		}
		i += k;
	}
	if (q->n && q->cp[q->n - 1] == QUOTE_SPACE)
		q->n--;
}

void quote_text_release(struct quote_text *q)
{
	free(q->cp);
	free(q->off);
	memset(q, 0, sizeof *q);
}

/* Knuth–Morris–Pratt: linear even on a pathological article. */
static long quote_kmp(const struct quote_text *t, const struct quote_text *p)
{
	size_t *fail = xmalloc(p->n * sizeof *fail), i, k = 0;
	long at = -1;

	fail[0] = 0;
	for (i = 1; i < p->n; i++) {
		while (k && p->cp[i] != p->cp[k])
			k = fail[k - 1];
		k += p->cp[i] == p->cp[k];
		fail[i] = k;
	}
	for (i = 0, k = 0; i < t->n; i++) {
		while (k && t->cp[i] != p->cp[k])
			k = fail[k - 1];
		k += t->cp[i] == p->cp[k];
		if (k == p->n) {
			at = (long)(i + 1 - p->n);
			break;
		}
	}
	free(fail);
	return at;
}

int quote_text_find(const struct quote_text *t, const char *quote,
		    size_t qlen, size_t *at, size_t *len)
{
	struct quote_text p;
	long i = -1;
	size_t last;
	uint32_t c;

	quote_text_init(&p, quote, qlen);
	if (p.n)
		i = quote_kmp(t, &p);
	if (i >= 0) {
		*at = t->off[i];
		last = t->off[(size_t)i + p.n - 1];
		*len = last + quote_decode(t->text, t->len, last, &c) - *at;
	}
	quote_text_release(&p);
	return i >= 0 ? 0 : -1;
}

int quote_find(const char *text, size_t tlen, const char *quote,
	       size_t qlen, size_t *at, size_t *len)
{
	struct quote_text t;
	int rc;

	quote_text_init(&t, text, tlen);
	rc = quote_text_find(&t, quote, qlen, at, len);
	quote_text_release(&t);
	return rc;
}

/* ---- the nearest passage ------------------------------------------ */

/* Case folding for Latin and Cyrillic, enough for similarity. */
static uint32_t quote_fold(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		return c + 32;
	if (c >= 0x410 && c <= 0x42f)
		return c + 32;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	return c;
}

static uint32_t quote_gram(const struct quote_text *q, size_t i, size_t g)
{
	uint32_t h = 2166136261u;
	size_t k;

	for (k = 0; k < g; k++)
		h = (h ^ quote_fold(q->cp[i + k])) * 16777619u;
	return h | 1;		/* 0 marks an empty slot */
}

/* The quote's n-grams: an open-addressing table of their hashes, each
 * with how often the quote has it. */
struct qset {
	uint32_t *h;
	uint32_t *want;		/* occurrences in the quote */
	uint32_t *have;		/* occurrences in the current window */
	size_t mask;
};

static size_t qset_slot(const struct qset *s, uint32_t h)
{
	size_t j;

	for (j = h & s->mask; s->h[j] && s->h[j] != h; j = (j + 1) & s->mask)
		;
	return j;
}

static void qset_make(struct qset *s, const struct quote_text *p, size_t g)
{
	size_t size = 16, i, j;
	uint32_t h;

	while (size < 2 * p->n)
		size *= 2;
	s->h = xcalloc(size, sizeof *s->h);
	s->want = xcalloc(size, sizeof *s->want);
	s->have = xcalloc(size, sizeof *s->have);
	s->mask = size - 1;
	for (i = 0; i + g <= p->n; i++) {
		h = quote_gram(p, i, g);
		j = qset_slot(s, h);
		s->h[j] = h;
		s->want[j]++;
	}
}

static void qset_free(struct qset *s)
{
	free(s->h);
	free(s->want);
	free(s->have);
}

/* Slot of each of t's n-grams in the set, or -1 when the quote lacks
 * it. */
static long *quote_slots(const struct quote_text *t, const struct qset *set,
			 size_t g, size_t ng)
{
	long *slot = xmalloc(ng * sizeof *slot);
	size_t i, j;

	for (i = 0; i < ng; i++) {
		j = qset_slot(set, quote_gram(t, i, g));
		slot[i] = set->h[j] ? (long)j : -1;
	}
	return slot;
}

/* Start of the window of w characters of t sharing the most g-grams
 * with p, counting each of p's grams at most as often as p has it (the
 * first such window on ties), moved on to its first shared gram. */
static size_t quote_best(const struct quote_text *t, const struct quote_text *p,
			 size_t w, size_t g)
{
	struct qset set;
	long *slot;
	size_t i, best = 0, score = 0, top = 0, ng, span;

	if (t->n < g || w < g)
		return 0;
	ng = t->n - g + 1;
	span = w - g + 1;	/* grams in a window */
	qset_make(&set, p, g);
	slot = quote_slots(t, &set, g, ng);
	for (i = 0; i < ng; i++) {
		if (slot[i] >= 0 && set.have[slot[i]]++ < set.want[slot[i]])
			score++;
		if (i >= span && slot[i - span] >= 0 &&
		    --set.have[slot[i - span]] < set.want[slot[i - span]])
			score--;
		if (i + 1 >= span && score > top) {
			top = score;
			best = i + 1 - span;
		}
	}
	for (i = best; i < best + span && i < ng && slot[i] < 0; i++)
		;
	best = i < ng && slot[i] >= 0 ? i : best;
	free(slot);
	qset_free(&set);
	return best;
}

/* Copy t's original text for characters [s, e) with white space runs
 * as one space, at most QUOTE_PASSAGE characters. */
static void quote_show(const struct quote_text *t, size_t s, size_t e,
		       char *out, size_t size)
{
	size_t o = 0, i, k, shown = 0;
	uint32_t c;
	char enc[4];

	for (i = s; i < e && shown < QUOTE_PASSAGE; i++, shown++) {
		quote_decode(t->text, t->len, t->off[i], &c);
		if (t->cp[i] == QUOTE_SPACE) {
			enc[0] = ' ';
			k = 1;
		} else {
			k = utf8_encode(c, enc);
		}
		if (o + k + 4 > size)
			break;
		memcpy(out + o, enc, k);
		o += k;
	}
	if (i < e && o + 4 <= size) {
		memcpy(out + o, "...", 3);
		o += 3;
	}
	out[o] = '\0';
}

/* Move a passage's start to the beginning of its word, when that is
 * near, or past a space it starts on. */
static size_t quote_word_start(const struct quote_text *t, size_t s)
{
	size_t k = s;

	if (s >= t->n)
		return s;
	if (t->cp[s] == QUOTE_SPACE)
		return s + 1;
	while (k > 0 && s - k < 15 && t->cp[k - 1] != QUOTE_SPACE)
		k--;
	return k == 0 || t->cp[k - 1] == QUOTE_SPACE ? k : s;
}

void quote_text_nearest(const struct quote_text *t, const char *quote,
			size_t qlen, char *out, size_t size)
{
	struct quote_text p;
	size_t w, g, s, e, k;

	if (!size)
		return;
	out[0] = '\0';
	quote_text_init(&p, quote, qlen);
	w = p.n < t->n ? p.n : t->n;
	g = w < 3 ? (w ? w : 1) : 3;
	s = quote_word_start(t, quote_best(t, &p, w, g));
	e = s + w < t->n ? s + w : t->n;
	/* End at the end of a word, when that is near. */
	for (k = 0; e < t->n && t->cp[e] != QUOTE_SPACE && k < 15; k++)
		e++;
	if (e < t->n && t->cp[e] != QUOTE_SPACE)
		e -= k;
	quote_show(t, s, e, out, size);
	quote_text_release(&p);
}

void quote_nearest(const char *text, size_t tlen, const char *quote,
		   size_t qlen, char *out, size_t size)
{
	struct quote_text t;

	quote_text_init(&t, text, tlen);
	quote_text_nearest(&t, quote, qlen, out, size);
	quote_text_release(&t);
}
