/* split.c — sentences and quotations.
 *
 * Two passes: the text is first cut into blocks (paragraphs, headlines,
 * list items) by looking at whole lines; then each block is cut into
 * sentences, knowing which stretches are quotations. Offsets are bytes
 * into the text throughout, so that a sentence can be copied verbatim. */
#include "author/split.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "author/abbrev.h"
#include "author/text.h"
#include "util/xmalloc.h"

#define SPLIT_HEADLINE 40	/* a line shorter than this, without a full
				   stop, is a headline */
#define SPLIT_LONG_LINE 100	/* a line longer than this is a paragraph of
				   unwrapped text */
#define SPLIT_QUOTE_MAX 2000	/* bytes: a quotation longer than this may
				   be cut (its marks are probably wrong) */
#define SPLIT_STACK 16

/* ---- quotation marks ------------------------------------------------- */

enum mark { MK_NONE, MK_LOW, MK_CURLY, MK_STRAIGHT, MK_GUIL, MK_SGUIL };

struct qpair {
	size_t open, close;	/* byte offsets of the two marks */
	size_t close_end;	/* after the closing mark */
};

struct qpairs {
	struct qpair *v;
	size_t n, cap;
};

/* What a mark may do: the kind it opens, or whether it closes one. */
static int split_opens(uint32_t cp)
{
	switch (cp) {
	case 0x201E: return MK_LOW;		/* „ */
	case 0x201C: return MK_CURLY;		/* “ (when not closing „) */
	case '"': return MK_STRAIGHT;
	case 0x00AB: return MK_GUIL;		/* « */
	case 0x2039: return MK_SGUIL;		/* ‹ */
	default: return MK_NONE;
	}
}

/* Does cp close a quotation opened by kind? */
static int split_closes(uint32_t cp, int kind)
{
	switch (cp) {
	case 0x201C: return kind == MK_LOW;			/* „…“ */
	case 0x201D: return kind == MK_CURLY || kind == MK_LOW;	/* “…” „…” */
	case '"': return kind == MK_STRAIGHT;
	case 0x00BB: return kind == MK_GUIL;
	case 0x203A: return kind == MK_SGUIL;
	default: return 0;
	}
}

struct qstack {
	int kind[SPLIT_STACK];
	size_t at[SPLIT_STACK];
	int n;
};

/* A closing mark: pair it with the nearest opener of its kind, dropping
 * unclosed ones above it. Returns 1 when it closed something. */
static int split_close(struct qstack *st, uint32_t cp, size_t at,
		       size_t end, struct qpairs *out)
{
	int d;

	for (d = st->n - 1; d >= 0; d--)
		if (split_closes(cp, st->kind[d]))
			break;
	if (d < 0)
		return 0;
	if (d == 0) {
		out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
		out->v[out->n++] = (struct qpair){ st->at[0], at, end };
	}
	st->n = d;
	return 1;
}

/* The outermost quotations in s[a..b), in order. */
static void split_pair_quotes(const char *s, size_t a, size_t b,
			      struct qpairs *out)
{
	struct qstack st;
	size_t i = a, at;
	uint32_t cp;
	int kind;

	st.n = 0;
	while (i < b) {
		at = i;
		cp = author_next(s, b, &i);
		if (split_close(&st, cp, at, i, out))
			continue;
		kind = split_opens(cp);
		if (kind != MK_NONE && st.n < SPLIT_STACK) {
			st.kind[st.n] = kind;
			st.at[st.n++] = at;
		}
	}
}

int author_quotes(const char *s, size_t len, struct author_span *out,
		  int max)
{
	struct qpairs q = { NULL, 0, 0 };
	size_t i;
	int n = 0;

	split_pair_quotes(s, 0, len, &q);
	for (i = 0; i < q.n && n < max; i++) {
		size_t open_end = q.v[i].open;

		author_next(s, len, &open_end);
		out[n].at = open_end;
		out[n].len = q.v[i].close - open_end;
		n++;
	}
	free(q.v);
	return n;
}

/* ---- lines and blocks ------------------------------------------------- */

struct line {
	size_t a, b;		/* the line without its line break */
	size_t ta, tb;		/* trimmed */
	size_t chars;		/* code points, trimmed */
	uint32_t first, last;	/* first character; last one that is not a
				   closing mark */
	uint8_t list;		/* starts a list item */
};

static int split_closing_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D ||
	       cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == ')' ||
	       cp == ']';
}

static int split_terminal(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* "- ", "* ", "• ", "– ", "— ", "1. ", "2) " */
static int split_list_item(const char *s, size_t a, size_t b)
{
	size_t i = a;
	uint32_t cp = author_next(s, b, &i);

	if (cp == '-' || cp == '*' || cp == 0x2022 || cp == 0x2013 ||
	    cp == 0x2014)
		return i < b && author_is_space(author_next(s, b, &i));
	if (!author_is_digit(cp))
		return 0;
	while (i < b && author_is_digit((uint32_t)(unsigned char)s[i]))
		i++;
	if (i >= b || (s[i] != '.' && s[i] != ')'))
		return 0;
	i++;
	return i < b && author_is_space(author_next(s, b, &i));
}

/* An ASCII blank: a line's ends are trimmed byte by byte, and a byte of
 * a longer character (0x85, 0xA0) must not be taken for a space. */
static int split_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void split_line_info(const char *s, struct line *ln)
{
	size_t i, k;
	uint32_t cp;

	ln->ta = ln->a;
	while (ln->ta < ln->b && split_blank(s[ln->ta]))
		ln->ta++;
	ln->tb = ln->b;
	while (ln->tb > ln->ta && split_blank(s[ln->tb - 1]))
		ln->tb--;
	ln->chars = 0;
	ln->first = ln->last = 0;
	for (i = ln->ta; i < ln->tb; ln->chars++) {
		cp = author_next(s, ln->tb, &i);
		if (!ln->first)
			ln->first = cp;
	}
	for (i = ln->tb; i > ln->ta; i = k) {
		cp = author_prev(s, i, &k);
		if (!split_closing_mark(cp)) {
			ln->last = cp;
			break;
		}
	}
	ln->list = (uint8_t)(ln->ta < ln->tb &&
			     split_list_item(s, ln->ta, ln->tb));
}

/* Does a block end between lines p and n (both not blank)? */
static int split_line_break(const struct line *p, const struct line *n)
{
	uint32_t c = n->first;
	int starts = author_is_upper(c) || author_is_digit(c) ||
		     split_opens(c) != MK_NONE;

	if (n->list)
		return 1;
	if (p->chars < SPLIT_HEADLINE && !split_terminal(p->last) &&
	    p->last != ',' && p->last != ';' && p->last != ':' &&
	    p->last != '-' && starts)
		return 1;
	return p->chars > SPLIT_LONG_LINE && split_terminal(p->last);
}

/* ---- sentences within a block --------------------------------------- */

struct block {
	const char *s;
	size_t a, b;		/* the block */
	int para;
	int headline;		/* the block is a headline */
	struct qpairs q;	/* its quotations */
	size_t qi;		/* the first pair not yet behind us */
	struct author_sents *out;
	size_t start;		/* the current sentence's start */
	/* line and column of a position, kept moving forward */
	size_t pos;
	int line, col;
};

/* Move the line counter to byte off (never backwards). */
static void split_seek(struct block *bk, size_t off)
{
	uint32_t cp;

	while (bk->pos < off) {
		cp = author_next(bk->s, off, &bk->pos);
		if (cp == '\n') {
			bk->line++;
			bk->col = 1;
		} else {
			bk->col++;
		}
	}
}

static void split_emit(struct block *bk, size_t a, size_t b)
{
	struct author_sents *o = bk->out;
	struct author_sent *st;
	size_t k;

	while (a < b) {
		k = a;
		if (!author_is_space(author_next(bk->s, b, &k)))
			break;
		a = k;
	}
	while (b > a) {
		if (!author_is_space(author_prev(bk->s, b, &k)))
			break;
		b = k;
	}
	if (a >= b)
		return;
	split_seek(bk, a);
	o->v = xgrow(o->v, &o->cap, o->n + 1, sizeof *o->v);
	st = &o->v[o->n++];
	st->at = a;
	st->len = b - a;
	st->line = bk->line;
	st->col = bk->col;
	st->para = bk->para;
	st->headline = bk->headline;
}

/* The quotation around byte i, or NULL. */
static const struct qpair *split_inside(struct block *bk, size_t i)
{
	while (bk->qi < bk->q.n && bk->q.v[bk->qi].close < i)
		bk->qi++;
	if (bk->qi < bk->q.n && bk->q.v[bk->qi].open < i)
		return &bk->q.v[bk->qi];
	return NULL;
}

/* Can a sentence start with cp? */
static int split_starter(uint32_t cp)
{
	return author_is_upper(cp) || author_is_digit(cp) ||
	       split_opens(cp) != MK_NONE || cp == 0x00AB || cp == '(' ||
	       cp == '[' || cp == '-' || cp == 0x2013 || cp == 0x2014 ||
	       cp == 0x2022 || (author_is_letter(cp) && !author_is_lower(cp));
}

/* After a quotation, a dash and a lowercase word go on with the same
 * sentence: «Не полигон!» — подчеркнул он. m is just after the dash
 * (or after a character that is not one). */
static int split_dash_goes_on(const struct block *bk, size_t m)
{
	size_t k = m;
	uint32_t cp;

	author_prev(bk->s, m, &k);
	cp = author_next(bk->s, bk->b, &k);
	if (cp != '-' && cp != 0x2013 && cp != 0x2014)
		return 0;
	while (m < bk->b) {
		k = m;
		cp = author_next(bk->s, bk->b, &k);
		if (!author_is_space(cp))
			return author_is_lower(cp);
		m = k;
	}
	return 0;
}

/* Does the terminal run [i, j) followed by closing marks up to k end a
 * sentence? n is the next character that is not a space (or b). */
static int split_ends(struct block *bk, size_t i, size_t j, size_t k,
		      size_t n)
{
	const struct qpair *q = split_inside(bk, i);
	size_t m = n;

	if (q && q->close_end > k && i - bk->start < SPLIT_QUOTE_MAX)
		return 0;
	if (k < bk->b && n == k)
		return 0;	/* no space after it: "3.5", "U.S" */
	if (n >= bk->b)
		return 1;
	if (!split_starter(author_next(bk->s, bk->b, &m)))
		return 0;
	if (split_dash_goes_on(bk, m))
		return 0;
	return !(j == i + 1 && bk->s[i] == '.' &&
		 author_abbrev_before(bk->s, bk->a, i));
}

static int split_is_space(uint32_t cp)
{
	return author_is_space(cp);
}

/* The first position from i on whose character is not one of pred's. */
static size_t split_skip(const char *s, size_t i, size_t b,
			 int (*pred)(uint32_t))
{
	size_t k;

	while (i < b) {
		k = i;
		if (!pred(author_next(s, b, &k)))
			break;
		i = k;
	}
	return i;
}

/* At a terminal character at i: end the sentence there when it does.
 * Returns where to go on looking. */
static size_t split_terminal_at(struct block *bk, size_t i)
{
	size_t j = split_skip(bk->s, i, bk->b, split_terminal);
	size_t k = split_skip(bk->s, j, bk->b, split_closing_mark);
	size_t n = split_skip(bk->s, k, bk->b, split_is_space);

	if (split_ends(bk, i, j, k, n)) {
		split_emit(bk, bk->start, k);
		bk->start = n;
	}
	return k;
}

static void split_block(struct block *bk)
{
	size_t i = bk->a, at;
	uint32_t cp;

	split_pair_quotes(bk->s, bk->a, bk->b, &bk->q);
	bk->qi = 0;
	bk->start = bk->a;
	while (i < bk->b) {
		at = i;
		cp = author_next(bk->s, bk->b, &i);
		if (split_terminal(cp))
			i = split_terminal_at(bk, at);
	}
	split_emit(bk, bk->start, bk->b);
	free(bk->q.v);
	memset(&bk->q, 0, sizeof bk->q);
}

/* ---- lines into blocks ----------------------------------------------- */

static size_t split_lines(const char *s, size_t a, size_t len,
			  struct line **out)
{
	size_t n = 0, cap = 0, i = a, e;
	const char *nl;

	*out = NULL;
	while (i < len) {
		nl = memchr(s + i, '\n', len - i);
		e = nl ? (size_t)(nl - s) : len;
		*out = xgrow(*out, &cap, n + 1, sizeof **out);
		(*out)[n].a = i;
		(*out)[n].b = e;
		split_line_info(s, &(*out)[n]);
		n++;
		i = nl ? e + 1 : len;
	}
	return n;
}

void author_split(const char *text, size_t len, struct author_sents *out)
{
	struct line *ln;
	struct block bk;
	size_t n, i, first = SIZE_MAX, a = 0;

	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3))
		a = 3;
	n = split_lines(text, a, len, &ln);
	memset(&bk, 0, sizeof bk);
	bk.s = text;
	bk.out = out;
	bk.pos = a;
	bk.line = bk.col = 1;
	for (i = 0; i <= n; i++) {
		int blank = i < n && ln[i].ta == ln[i].tb;

		if (first != SIZE_MAX && (i == n || blank ||
		    split_line_break(&ln[i - 1], &ln[i]))) {
			bk.a = ln[first].a;
			bk.b = ln[i - 1].b;
			bk.headline = first == i - 1 && !ln[first].list &&
				      !split_terminal(ln[first].last);
			split_block(&bk);
			bk.para++;
			first = SIZE_MAX;
		}
		if (i < n && !blank && first == SIZE_MAX)
			first = i;
	}
	free(ln);
}

void author_sents_release(struct author_sents *s)
{
	free(s->v);
	memset(s, 0, sizeof *s);
}
