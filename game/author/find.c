/* find.c — sentences with cues, merged, cut into quotes. */
#include "author/find.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "author/cues.h"
#include "author/lists.h"
#include "author/sides.h"
#include "author/split.h"
#include "author/text.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define STEM_CHARS 5		/* a crude stem: the first letters */
#define STEM_MIN 4		/* shorter words are mostly grammar */
#define MAX_SPANS 8
#define TITLE_MIN_WORDS 3	/* before a clause may end a title */

/* ---- stems and their rarity -------------------------------------------- */

/* The stems of one sentence: sorted, unique, NUL-separated in buf; once
 * the article's frequencies are known (rarity_build), each has an id
 * (the same for the same stem in every sentence, ids in the order of
 * the stems) and a weight, how rare it is. */
struct stems {
	struct strbuf buf;
	const char **v;		/* into buf, once sealed */
	size_t *id;		/* owned */
	double *w;		/* owned */
	double total;		/* the weights' sum */
	size_t n;
};

static void stems_of(const struct author_words *w, struct stems *st)
{
	size_t i, k, c, cap = 0;

	strbuf_init(&st->buf);
	for (i = 0; i < w->n; i++) {
		const char *lw = author_word_low(w, i);

		if (w->v[i].chars < STEM_MIN)
			continue;
		for (k = 0, c = 0; lw[k] && c < STEM_CHARS; c++)
			author_next(lw, strlen(lw), &k);
		strbuf_add(&st->buf, lw, k);
		strbuf_addc(&st->buf, '\0');
	}
	st->v = NULL;
	st->id = NULL;
	st->w = NULL;
	st->total = 0;
	st->n = 0;
	for (i = 0; i < st->buf.len; i += strlen(st->buf.buf + i) + 1) {
		st->v = xgrow(st->v, &cap, st->n + 1, sizeof *st->v);
		st->v[st->n++] = st->buf.buf + i;
	}
}

static int stem_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void stems_seal(struct stems *st)
{
	size_t i, n = 0;

	if (!st->n)
		return;
	qsort(st->v, st->n, sizeof *st->v, stem_cmp);
	for (i = 1; i < st->n; i++)
		if (strcmp(st->v[i], st->v[n]))
			st->v[++n] = st->v[i];
	st->n = n + 1;
}

static void stems_release(struct stems *st)
{
	strbuf_release(&st->buf);
	free(st->v);
	free(st->id);
	free(st->w);
}

/* Document frequency, in how many sentences a stem occurs, counted once
 * for the whole article: every sentence's stems sorted together, each
 * run of equal ones one stem. (Counting it again for every pair of
 * sentences compared made `new` quadratic in the article's length.) */
struct stem_ref {
	const char *s;
	size_t sent, k;
};

static int stem_ref_cmp(const void *a, const void *b)
{
	const struct stem_ref *x = a, *y = b;

	return strcmp(x->s, y->s);
}

static void rarity_build(struct stems *all, size_t n)
{
	struct stem_ref *refs;
	size_t i, k, total = 0, at = 0, run, id = 0;
	double idf;

	for (i = 0; i < n; i++)
		total += all[i].n;
	refs = xcalloc(total + 1, sizeof *refs);
	for (i = 0; i < n; i++) {
		all[i].id = xcalloc(all[i].n + 1, sizeof *all[i].id);
		all[i].w = xcalloc(all[i].n + 1, sizeof *all[i].w);
		for (k = 0; k < all[i].n; k++)
			refs[at++] = (struct stem_ref){ all[i].v[k], i, k };
	}
	qsort(refs, total, sizeof *refs, stem_ref_cmp);
	for (at = 0; at < total; at += run, id++) {
		for (run = 1; at + run < total &&
		     !strcmp(refs[at].s, refs[at + run].s); run++)
			;
		idf = log((double)(n + 1) / (double)run);
		for (k = at; k < at + run; k++) {
			all[refs[k].sent].id[refs[k].k] = id;
			all[refs[k].sent].w[refs[k].k] = idf;
			all[refs[k].sent].total += idf;
		}
	}
	free(refs);
}

/* Shared weight over the mean weight of the two (Dice's coefficient,
 * weighted): a long sentence that mentions much is not taken for a
 * repeat of every short one it overlaps. Both lists are sorted by id. */
static double rarity_same(const struct stems *a, const struct stems *b)
{
	double both = 0;
	size_t i = 0, j = 0;

	while (i < a->n && j < b->n) {
		if (a->id[i] < b->id[j]) {
			i++;
		} else if (a->id[i] > b->id[j]) {
			j++;
		} else {
			both += a->w[i];
			i++;
			j++;
		}
	}
	return a->total + b->total > 0 ?
	       2 * both / (a->total + b->total) : 0;
}

/* ---- candidates ------------------------------------------------------- */

struct cand {
	size_t sent;		/* index of its sentence */
	int score, quoted;
	int alive;
};

/* Is candidate a better than b? */
static int cand_better(const struct cand *a, const struct cand *b,
		       const struct author_sents *ss)
{
	if (a->score != b->score)
		return a->score > b->score;
	if (a->quoted != b->quoted)
		return a->quoted > b->quoted;
	return ss->v[a->sent].len > ss->v[b->sent].len;
}

/* Merge repeats: each candidate against the earlier survivors. */
static size_t find_merge(struct cand *c, size_t n, const struct stems *all,
			 const struct author_sents *ss)
{
	size_t i, j, merged = 0;

	for (i = 0; i < n; i++) {
		for (j = 0; j < i && c[i].alive; j++) {
			if (!c[j].alive || rarity_same(&all[c[i].sent],
			    &all[c[j].sent]) < AUTHOR_SAME)
				continue;
			if (cand_better(&c[i], &c[j], ss))
				c[j].alive = 0;
			else
				c[i].alive = 0;
			merged++;
		}
	}
	return merged;
}

/* Keep the strongest AUTHOR_MAX_PROPS. */
static size_t find_cap(struct cand *c, size_t n,
		       const struct author_sents *ss)
{
	size_t i, j, alive = 0, dropped = 0;
	struct cand *worst;

	for (i = 0; i < n; i++)
		alive += (size_t)c[i].alive;
	while (alive > AUTHOR_MAX_PROPS) {
		worst = NULL;
		for (j = 0; j < n; j++)
			if (c[j].alive && (!worst || cand_better(worst, &c[j],
							       ss)))
				worst = &c[j];
		if (!worst)
			break;
		worst->alive = 0;
		alive--;
		dropped++;
	}
	return dropped;
}

static char *find_squeezed(const char *s, size_t len)
{
	struct strbuf sb = STRBUF_INIT;

	author_squeeze(&sb, s, len);
	return strbuf_detach(&sb);
}

/* ---- quotes and titles ------------------------------------------------ */

/* The quotation inside sentence s that carries its own cues, if any:
 * its offset and length within s. */
static int find_span(const char *lang, const char *s, size_t len,
		     size_t *at, size_t *n)
{
	struct author_span sp[MAX_SPANS];
	struct author_score sc;
	int k, ns = author_quotes(s, len, sp, MAX_SPANS), best = -1;
	int best_score = 1;

	for (k = 0; k < ns; k++) {
		if (utf8_chars(s + sp[k].at, sp[k].len) < 24)
			continue;
		author_cues_score(lang, s + sp[k].at, sp[k].len, &sc, NULL);
		if (sc.score > best_score) {
			best = k;
			best_score = sc.score;
		}
	}
	if (best < 0)
		return 0;
	*at = sp[best].at;
	*n = sp[best].len;
	/* "..., so that both sides trust," she said: the comma is the
	 * reporter's, not the proposal's. */
	while (*n > 0 && strchr(" ,;:", s[*at + *n - 1]))
		(*n)--;
	return 1;
}

/* Cut a long quote at the last space before AUTHOR_QUOTE_MAX bytes. */
static size_t find_cut(const char *s, size_t len)
{
	size_t k = AUTHOR_QUOTE_MAX;

	if (len <= AUTHOR_QUOTE_MAX)
		return len;
	while (k > AUTHOR_QUOTE_MAX / 2 && s[k] != ' ' && s[k] != '\n')
		k--;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

/* Line and column of byte to, counting from a place known to be at
 * (line, col). */
static void find_advance(const char *s, size_t from, size_t to, int *line,
			 int *col)
{
	while (from < to) {
		if (author_next(s, to, &from) == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

/* Where a title starts: at the first object cue after the strongest
 * act cue ("demanded that Belmar first extradite the two suspects":
 * "extradite"), else just after the act, else at the first object. */
static size_t title_start(const char *lang, const char *q, size_t len)
{
	struct author_score sc, after;

	author_cues_score(lang, q, len, &sc, NULL);
	if (sc.act_end != (size_t)-1 && sc.act_end < len) {
		author_cues_score(lang, q + sc.act_end, len - sc.act_end,
				  &after, NULL);
		return sc.act_end + (after.first_object != (size_t)-1 ?
				     after.first_object : 0);
	}
	return sc.first_object != (size_t)-1 ? sc.first_object : 0;
}

/* Words a title neither starts nor ends with: "the", "of", "and". */
static int title_weak(const char *lang, const char *low)
{
	return author_in_set(lang, AUTHOR_S_WEAK, low) ||
	       author_in_set(lang, AUTHOR_S_ARTICLE, low) ||
	       author_in_set(lang, AUTHOR_S_PREP, low);
}

/* Does the text between two words end a clause (a comma, a dash, a
 * bracket, a quotation mark)? */
static int title_gap(const char *s, size_t a, size_t b)
{
	uint32_t cp;

	while (a < b) {
		cp = author_next(s, b, &a);
		if (!author_is_space(cp) && cp != '\'' && cp != 0x2019)
			return 1;
	}
	return 0;
}

/* The last word of the title that starts at word first: the clause
 * ends at punctuation or a clause word ("which", "който"), and the
 * title at AUTHOR_TITLE_CHARS characters (*cut set). */
static size_t title_end(const char *lang, const char *q,
			const struct author_words *w, size_t first, int *cut)
{
	size_t i, last = first;

	for (i = first + 1; i < w->n; i++) {
		/* Three words at least: "an agreement, which..." goes on
		 * past a comma that only sets off an apposition. */
		if (i - first >= TITLE_MIN_WORDS &&
		    (title_gap(q, w->v[i - 1].at + w->v[i - 1].len,
			       w->v[i].at) ||
		     author_in_set(lang, AUTHOR_S_CLAUSE,
				   author_word_low(w, i))))
			break;
		if (utf8_chars(q + w->v[first].at, w->v[i].at + w->v[i].len -
			       w->v[first].at) > AUTHOR_TITLE_CHARS) {
			*cut = 1;
			break;
		}
		last = i;
	}
	while (last > first && title_weak(lang, author_word_low(w, last)))
		last--;
	return last;
}

/* A title from a quote q, to read as a noun phrase: from where
 * title_start says, skipping "that", "to", "a"; to the end of that
 * clause, at most AUTHOR_TITLE_CHARS characters cut at a word (then
 * with "…"), and with a capital. */
static char *find_title(const char *lang, const char *q)
{
	struct author_words w;
	struct strbuf t = STRBUF_INIT;
	size_t len = strlen(q), a = title_start(lang, q, len), first, last;
	size_t k;
	char enc[4];
	int cut = 0;

	author_words_init(&w);
	author_words(q, len, &w);
	for (first = 0; first < w.n && w.v[first].at < a; first++)
		;
	while (first + 1 < w.n && title_weak(lang, author_word_low(&w, first)))
		first++;
	if (first >= w.n) {
		author_words_release(&w);
		return xstrdup(q);
	}
	last = title_end(lang, q, &w, first, &cut);
	a = w.v[first].at;
	k = a;
	strbuf_add(&t, enc, utf8_encode(author_upper(author_next(q, len, &k)),
					enc));
	strbuf_add(&t, q + k, w.v[last].at + w.v[last].len - k);
	if (cut)
		strbuf_adds(&t, "\xE2\x80\xA6");
	author_words_release(&w);
	return strbuf_detach(&t);
}

static void find_add(struct author_props *out, const char *text,
		     const struct author_sent *st, const char *lang, int score)
{
	struct author_prop *p;
	struct author_score sc;
	struct strbuf sb = STRBUF_INIT;
	size_t at = 0, n = st->len;
	int line = st->line, col = st->col;

	find_span(lang, text + st->at, st->len, &at, &n);
	n = find_cut(text + st->at + at, n);
	find_advance(text, st->at, st->at + at, &line, &col);
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	p = &out->v[out->n++];
	memset(p, 0, sizeof *p);
	p->at = st->at + at;
	p->len = n;
	p->line = line;
	p->col = col;
	p->score = score;
	p->quote = find_squeezed(text + p->at, n);
	p->title = find_title(lang, p->quote);
	author_cues_score(lang, text + st->at, st->len, &sc, &sb);
	p->why = strbuf_detach(&sb);
}

/* ---- the whole article ------------------------------------------------- */

/* Score every sentence; the proposals become candidates. */
static size_t find_score(const char *text, const struct author_sents *ss,
			 const char *lang, struct stems *all, struct cand **c)
{
	struct author_words w;
	struct author_score sc;
	size_t i, n = 0, cap = 0, at, len;

	*c = NULL;
	for (i = 0; i < ss->n; i++) {
		author_words_init(&w);
		author_words(text + ss->v[i].at, ss->v[i].len, &w);
		stems_of(&w, &all[i]);
		stems_seal(&all[i]);
		author_cues_score_words(lang, &w, &sc, NULL);
		author_words_release(&w);
		if (ss->v[i].headline || !author_cues_proposal(&sc))
			continue;
		*c = xgrow(*c, &cap, n + 1, sizeof **c);
		(*c)[n].sent = i;
		(*c)[n].score = sc.score;
		(*c)[n].alive = 1;
		(*c)[n].quoted = find_span(lang, text + ss->v[i].at,
					   ss->v[i].len, &at, &len);
		n++;
	}
	return n;
}

void author_find(const char *text, size_t len, const char *lang,
		 struct author_props *out)
{
	struct author_sents ss;
	struct stems *all;
	struct cand *c;
	size_t i, nc, *sent;

	memset(out, 0, sizeof *out);
	memset(&ss, 0, sizeof ss);
	author_split(text, len, &ss);
	all = xcalloc(ss.n + 1, sizeof *all);
	nc = find_score(text, &ss, lang, all, &c);
	rarity_build(all, ss.n);
	out->sentences = ss.n;
	out->candidates = nc;
	out->repeats = find_merge(c, nc, all, &ss);
	out->dropped = find_cap(c, nc, &ss);
	if (ss.n && ss.v[0].headline)
		out->headline = find_squeezed(text + ss.v[0].at, ss.v[0].len);
	sent = xcalloc(nc + 1, sizeof *sent);
	for (i = 0; i < nc; i++)
		if (c[i].alive) {
			sent[out->n] = c[i].sent;
			find_add(out, text, &ss.v[c[i].sent], lang,
				 c[i].score);
		}
	author_sides(text, &ss, lang, sent, out);
	free(sent);
	for (i = 0; i < ss.n; i++)
		stems_release(&all[i]);
	free(all);
	free(c);
	author_sents_release(&ss);
}

void author_props_release(struct author_props *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->v[i].quote);
		free(p->v[i].title);
		free(p->v[i].why);
	}
	free(p->v);
	free(p->headline);
	free(p->side_name[0]);
	free(p->side_name[1]);
	memset(p, 0, sizeof *p);
}

/* ---- names ------------------------------------------------------------- */

struct name_count {
	const char *w;		/* as written, NUL-ended in a strbuf */
	size_t first;		/* order of first appearance */
	int n;
};

static int name_cmp_word(const void *a, const void *b)
{
	const struct name_count *x = a, *y = b;
	int c = strcmp(x->w, y->w);

	return c ? c : (x->first > y->first) - (x->first < y->first);
}

static int name_cmp_count(const void *a, const void *b)
{
	const struct name_count *x = a, *y = b;

	if (x->n != y->n)
		return y->n - x->n;
	return (x->first > y->first) - (x->first < y->first);
}

/* Every capitalised word that does not start its sentence. */
static size_t names_collect(const char *text, const struct author_sents *ss,
			    struct strbuf *buf, size_t **offs)
{
	struct author_words w;
	size_t i, j, n = 0, cap = 0;

	*offs = NULL;
	for (i = 0; i < ss->n; i++) {
		author_words_init(&w);
		author_words(text + ss->v[i].at, ss->v[i].len, &w);
		for (j = 1; j < w.n; j++) {
			if (!author_name_likely(text + ss->v[i].at, &w.v[j]))
				continue;
			*offs = xgrow(*offs, &cap, n + 1, sizeof **offs);
			(*offs)[n++] = buf->len;
			strbuf_add(buf, text + ss->v[i].at + w.v[j].at,
				   author_name_len(text + ss->v[i].at, &w.v[j]));
			strbuf_addc(buf, '\0');
		}
		author_words_release(&w);
	}
	return n;
}

/* Count equal words: v sorted by word, folded into runs. */
static size_t names_fold(struct name_count *v, size_t n)
{
	size_t i, k = 0;

	qsort(v, n, sizeof *v, name_cmp_word);
	for (i = 0; i < n; i++) {
		if (k && !strcmp(v[k - 1].w, v[i].w)) {
			v[k - 1].n++;
			continue;
		}
		v[k++] = v[i];
	}
	return k;
}

void author_names(const char *text, size_t len, int max,
		  struct strbuf *out)
{
	struct author_sents ss;
	struct strbuf buf = STRBUF_INIT;
	struct name_count *v;
	size_t *offs, n, i;
	int shown = 0;

	memset(&ss, 0, sizeof ss);
	author_split(text, len, &ss);
	n = names_collect(text, &ss, &buf, &offs);
	v = xcalloc(n + 1, sizeof *v);
	for (i = 0; i < n; i++)
		v[i] = (struct name_count){ buf.buf + offs[i], i, 1 };
	n = names_fold(v, n);
	qsort(v, n, sizeof *v, name_cmp_count);
	for (i = 0; i < n && shown < max && v[i].n >= 2; i++, shown++)
		strbuf_addf(out, "%s%s (%d)", shown ? ", " : "", v[i].w,
			    v[i].n);
	free(v);
	free(offs);
	strbuf_release(&buf);
	author_sents_release(&ss);
}
