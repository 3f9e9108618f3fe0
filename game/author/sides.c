/* sides.c — names, parties and proposers (sides.h). */
#include "author/sides.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "author/cues.h"
#include "author/lists.h"
#include "author/text.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define NAME_MAX_CAPS 4		/* longer words in capitals are datelines */
#define UNKNOWN (-2)		/* a party not worked out yet */
#define NEITHER (-1)

struct mention {
	size_t sent;
	size_t at, len;		/* the name in the text, without "'s" */
	size_t last;		/* where its last word starts */
	size_t words;
	int after_prep;		/* follows a preposition: not a subject */
	int cluster;
};

struct cluster {
	size_t head;		/* its first mention */
	int count;
	int party;		/* 0 or 1, NEITHER, or UNKNOWN */
};

struct names {
	const char *text;
	const char *lang;
	struct mention *m;
	size_t n, cap;
	struct cluster *c;
	size_t nc, ccap;
	int party[2];		/* the parties' clusters, or -1 */
};

/* ---- finding names ---------------------------------------------------- */

static int name_word(const char *lang, const char *s,
		     const struct author_word *w, const char *low)
{
	size_t i = w->at, end = w->at + w->len;
	int lower = 0;

	if (!author_name_likely(s, w) ||
	    author_in_set(lang, AUTHOR_S_ARTICLE, low) ||
	    author_in_set(lang, AUTHOR_S_PREP, low) ||
	    author_in_set(lang, AUTHOR_S_WEAK, low))
		return 0;
	while (i < end)
		lower |= author_is_lower(author_next(s, end, &i));
	return lower || w->chars <= NAME_MAX_CAPS;
}

/* Names capitalised where a capital says nothing else: not a
 * sentence's first word. Sorted, for name_known. */
static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct nameset {
	char **v;
	size_t n, cap;
};

static void nameset_add(struct nameset *ns, const char *s, size_t len)
{
	ns->v = xgrow(ns->v, &ns->cap, ns->n + 1, sizeof *ns->v);
	ns->v[ns->n++] = xstrndup(s, len);
}

static int nameset_has(const struct nameset *ns, const char *s, size_t len)
{
	char *k = xstrndup(s, len);
	int hit = ns->n && bsearch(&k, ns->v, ns->n, sizeof *ns->v,
				   name_cmp) != NULL;

	free(k);
	return hit;
}

/* Does word j start a sentence, or what reads as one: after a dash,
 * a colon or an opening quotation mark ("KORVEL, 14 March — The...")? */
static int name_starts(const char *s, const struct author_words *w,
		       size_t j)
{
	size_t i = w->v[j].at, k;
	uint32_t cp = ' ';

	if (!j)
		return 1;
	while (i > 0 && author_is_space(cp)) {
		cp = author_prev(s, i, &k);
		i = k;
	}
	return cp == ':' || cp == '-' || cp == 0x2013 || cp == 0x2014 ||
	       cp == '"' || cp == 0x201C || cp == 0x201E || cp == 0xAB;
}

static void nameset_collect(const char *text, const char *lang,
			    const struct author_sents *ss, struct nameset *ns)
{
	struct author_words w;
	const char *s;
	size_t i, j;

	for (i = 0; i < ss->n; i++) {
		s = text + ss->v[i].at;
		author_words_init(&w);
		author_words(s, ss->v[i].len, &w);
		for (j = 1; j < w.n; j++)
			if (!name_starts(s, &w, j) &&
			    name_word(lang, s, &w.v[j],
				      author_word_low(&w, j)))
				nameset_add(ns, s + w.v[j].at,
					    author_name_len(s, &w.v[j]));
		author_words_release(&w);
	}
	if (ns->n)
		qsort(ns->v, ns->n, sizeof *ns->v, name_cmp);
}

static void nameset_release(struct nameset *ns)
{
	size_t i;

	for (i = 0; i < ns->n; i++)
		free(ns->v[i]);
	free(ns->v);
}

/* Does word j follow a preposition (an article between allowed)? */
static int after_prep(const char *lang, const struct author_words *w,
		      size_t j)
{
	if (j > 0 && author_in_set(lang, AUTHOR_S_ARTICLE,
				   author_word_low(w, j - 1)))
		j--;
	return j > 0 && author_in_set(lang, AUTHOR_S_PREP,
				      author_word_low(w, j - 1));
}

/* Does word j+1 continue word j's name ("United States", "Ana Roos")? */
static int name_goes_on(const char *lang, const char *s,
			const struct author_words *w, size_t j)
{
	const struct author_word *a = &w->v[j], *b = &w->v[j + 1];

	return author_name_len(s, a) == a->len && b->at == a->at + a->len + 1 &&
	       s[a->at + a->len] == ' ' &&
	       name_word(lang, s, b, author_word_low(w, j + 1));
}

static void names_add(struct names *nm, size_t sent, const char *s,
		      const struct author_words *w, size_t j, size_t k)
{
	struct mention *m;

	nm->m = xgrow(nm->m, &nm->cap, nm->n + 1, sizeof *nm->m);
	m = &nm->m[nm->n++];
	m->sent = sent;
	m->at = (size_t)(s - nm->text) + w->v[j].at;
	m->last = (size_t)(s - nm->text) + w->v[k].at;
	m->len = m->last + author_name_len(s, &w->v[k]) - m->at;
	m->words = k - j + 1;
	m->after_prep = after_prep(nm->lang, w, j);
	m->cluster = -1;
}

static void names_sentence(struct names *nm, const struct nameset *ns,
			   const struct author_sents *ss, size_t i)
{
	const char *s = nm->text + ss->v[i].at;
	struct author_words w;
	size_t j, k;

	author_words_init(&w);
	author_words(s, ss->v[i].len, &w);
	for (j = 0; j < w.n; j = k + 1) {
		k = j;
		if (!name_word(nm->lang, s, &w.v[j], author_word_low(&w, j)) ||
		    (name_starts(s, &w, j) &&
		     !nameset_has(ns, s + w.v[j].at,
				  author_name_len(s, &w.v[j]))))
			continue;
		while (k + 1 < w.n && name_goes_on(nm->lang, s, &w, k))
			k++;
		names_add(nm, i, s, &w, j, k);
	}
	author_words_release(&w);
}

/* ---- one name, many forms -------------------------------------------- */

/* Is the single word a[0..an) a form of b[0..bn): one of them starts
 * with all of the other but its last letter, a few letters longer? */
static int same_word(const char *a, size_t an, const char *b, size_t bn)
{
	size_t ac = utf8_chars(a, an), bc = utf8_chars(b, bn), stem;

	if (an == bn && !memcmp(a, b, an))
		return 1;
	if (ac > bc)
		return same_word(b, bn, a, an);
	if (ac < 4 || bc - ac > 3)
		return 0;
	author_prev(a, an, &stem);
	return bn >= stem && !memcmp(a, b, stem);
}

static int same_name(const struct names *nm, const struct mention *x,
		     const struct mention *y)
{
	const char *t = nm->text;

	if (x->words == 1 && y->words == 1)
		return same_word(t + x->at, x->len, t + y->at, y->len);
	if (x->len == y->len && !memcmp(t + x->at, t + y->at, x->len))
		return 1;
	/* "Roos" and "Ana Roos" */
	if (x->words == 1)
		return x->len == y->at + y->len - y->last &&
		       !memcmp(t + x->at, t + y->last, x->len);
	if (y->words == 1)
		return same_name(nm, y, x);
	return 0;
}

/* Cluster the mentions of `words` words (0: all the others). */
static void names_cluster(struct names *nm, size_t words)
{
	size_t i, k;

	for (i = 0; i < nm->n; i++) {
		if (nm->m[i].cluster >= 0 ||
		    (words ? nm->m[i].words != words : 0))
			continue;
		for (k = 0; k < nm->nc; k++)
			if (same_name(nm, &nm->m[i], &nm->m[nm->c[k].head]))
				break;
		if (k == nm->nc) {
			nm->c = xgrow(nm->c, &nm->ccap, nm->nc + 1,
				      sizeof *nm->c);
			nm->c[nm->nc++] = (struct cluster){ i, 0, UNKNOWN };
		}
		nm->m[i].cluster = (int)k;
		nm->c[k].count++;
	}
}

/* A name said on its own at least twice, written just before another
 * ("Президент Тальмара Андрей Светлов": a country, then a person),
 * is a name of its own: the run is split after its first word. */
static int split_first(const struct names *nm, const struct mention *x)
{
	const char *t = nm->text;
	size_t k, first = x->len;

	for (k = 0; k < x->len; k++)
		if (t[x->at + k] == ' ') {
			first = k;
			break;
		}
	for (k = 0; k < nm->nc; k++)
		if (nm->c[k].count >= 2 &&
		    same_word(t + x->at, first, t + nm->m[nm->c[k].head].at,
			      nm->m[nm->c[k].head].len))
			return (int)first;
	return 0;
}

static void names_split(struct names *nm)
{
	struct mention *v = NULL, a, b;
	size_t i, k, n = 0, cap = 0;
	int first;

	for (i = 0, k = 0; i < nm->n; i++) {
		/* Heads are mentions of one word: none is split. */
		for (; k < nm->nc && nm->c[k].head < i; k++)
			;
		if (k < nm->nc && nm->c[k].head == i)
			nm->c[k++].head = n;
		a = nm->m[i];
		first = a.words > 1 ? split_first(nm, &a) : 0;
		if (first) {
			b = a;
			a.len = (size_t)first;
			a.last = a.at;
			a.words = 1;
			b.at += (size_t)first + 1;
			b.len -= (size_t)first + 1;
			b.words--;
			b.after_prep = 0;
			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n++] = a;
			a = b;
		}
		v = xgrow(v, &cap, n + 1, sizeof *v);
		v[n++] = a;
	}
	free(nm->m);
	nm->m = v;
	nm->n = n;
	nm->cap = cap;
	/* The split-off words join the clusters of their names. */
	for (i = 0; i < nm->n; i++)
		if (nm->m[i].words == 1 && nm->m[i].cluster < 0)
			for (first = 0; (size_t)first < nm->nc; first++)
				if (same_name(nm, &nm->m[i],
					      &nm->m[nm->c[first].head])) {
					nm->m[i].cluster = first;
					nm->c[first].count++;
					break;
				}
}

/* The two names said most, the first said first on a tie. */
static void names_parties(struct names *nm)
{
	size_t k;
	int *p = nm->party;

	p[0] = p[1] = -1;
	for (k = 0; k < nm->nc; k++) {
		if (p[0] < 0 || nm->c[k].count > nm->c[p[0]].count) {
			p[1] = p[0];
			p[0] = (int)k;
		} else if (p[1] < 0 || nm->c[k].count > nm->c[p[1]].count) {
			p[1] = (int)k;
		}
	}
	for (k = 0; k < 2; k++)
		if (p[k] >= 0)
			nm->c[p[k]].party = (int)k;
}

/* ---- who speaks ------------------------------------------------------- */

/* Is a third party's word ("envoy", "United Nations") in s[0..end),
 * the name itself included? */
static int third_before(const char *lang, const char *s, size_t end)
{
	struct author_words w;
	size_t j;
	int hit = 0;

	author_words_init(&w);
	author_words(s, end, &w);
	for (j = 0; j < w.n && !hit; j++)
		hit = author_in_set(lang, AUTHOR_S_THIRD, author_word_low(&w, j));
	author_words_release(&w);
	return hit;
}

/* The party of mention i, worked out at its name's first mention. */
static int names_party(struct names *nm, const struct author_sents *ss,
		       size_t first, size_t i, int prev)
{
	struct cluster *c = &nm->c[nm->m[i].cluster];
	const struct author_sent *st = &ss->v[nm->m[i].sent];
	size_t k;

	if (c->party != UNKNOWN)
		return c->party;
	c->party = prev == UNKNOWN ? NEITHER : prev;
	if (third_before(nm->lang, nm->text + st->at,
			 nm->m[i].at + nm->m[i].len - st->at)) {
		c->party = NEITHER;
		return c->party;
	}
	for (k = i; k-- > first;)
		if (nm->m[k].cluster == nm->party[0] ||
		    nm->m[k].cluster == nm->party[1]) {
			c->party = nm->c[nm->m[k].cluster].party;
			break;
		}
	return c->party;
}

/* Where the speaker's name may be in sentence i: after an opening
 * quotation, else before the act cue (limit, from the sentence's
 * start). */
static void names_window(const char *text, const struct author_sent *st,
			 size_t limit, size_t *from, size_t *to)
{
	struct author_span sp[1];
	const char *s = text + st->at;

	*from = 0;
	*to = limit;
	if (author_quotes(s, st->len, sp, 1) == 1 && sp[0].at <= 4) {
		*from = sp[0].at + sp[0].len;
		*to = st->len;
	}
}

/* The party sentence i is about, or prev. */
static int names_subject(struct names *nm, const struct author_sents *ss,
			 size_t i, size_t *mi, size_t limit, int prev)
{
	const struct author_sent *st = &ss->v[i];
	size_t first = *mi, from, to, k;
	int subj = UNKNOWN;

	names_window(nm->text, st, limit, &from, &to);
	for (k = first; k < nm->n && nm->m[k].sent == i; k++) {
		int party = names_party(nm, ss, first, k, prev);
		size_t at = nm->m[k].at - st->at;

		if (subj == UNKNOWN && at >= from && at < to &&
		    !nm->m[k].after_prep)
			subj = party;
	}
	*mi = k;
	return subj == UNKNOWN ? prev : subj;
}

/* ---- the sides' names ------------------------------------------------- */

static int oblique(const char *lang, const char *s, size_t len)
{
	const struct author_list *one = author_list_of(lang);
	const char *p;
	size_t n;

	if (!one)
		return 0;
	for (p = one->set[AUTHOR_S_OBLIQUE].buf; *p; p += n + (p[n] == ' ')) {
		n = strcspn(p, " ");
		if (n && n < len && !memcmp(s + len - n, p, n))
			return 1;
	}
	return 0;
}

/* Is mention a a better form for a side's name than b: shorter, not an
 * oblique form, said more? */
static int form_better(const struct names *nm, size_t a, size_t b,
		       const int *said)
{
	const struct mention *x = &nm->m[a], *y = &nm->m[b];
	size_t xc = utf8_chars(nm->text + x->at, x->len);
	size_t yc = utf8_chars(nm->text + y->at, y->len);
	int xo = oblique(nm->lang, nm->text + x->at, x->len);
	int yo = oblique(nm->lang, nm->text + y->at, y->len);

	if (xc != yc)
		return xc < yc;
	if (xo != yo)
		return xo < yo;
	return said[a] > said[b];
}

static int same_form(const struct names *nm, size_t a, size_t b)
{
	return nm->m[a].len == nm->m[b].len &&
	       !memcmp(nm->text + nm->m[a].at, nm->text + nm->m[b].at,
		       nm->m[a].len);
}

static char *names_form(const struct names *nm, int cluster)
{
	int *said = xcalloc(nm->n + 1, sizeof *said);
	size_t i, k, best = nm->c[cluster].head;
	char *out;

	for (i = 0; i < nm->n; i++)
		for (k = 0; nm->m[i].cluster == cluster && k < nm->n; k++)
			said[i] += nm->m[k].cluster == cluster &&
				   same_form(nm, i, k);
	for (i = 0; i < nm->n; i++)
		if (nm->m[i].cluster == cluster &&
		    form_better(nm, i, best, said))
			best = i;
	out = xstrndup(nm->text + nm->m[best].at, nm->m[best].len);
	free(said);
	return out;
}

/* ---- the whole article ------------------------------------------------ */

/* End of the act cue of sentence i when it holds a proposal, else its
 * length. */
static size_t act_limit(const char *text, const struct author_sent *st,
			const char *lang)
{
	struct author_score sc;

	author_cues_score(lang, text + st->at, st->len, &sc, NULL);
	return sc.act_end == (size_t)-1 ? st->len : sc.act_end;
}

static void sides_assign(struct names *nm, const int *by,
			 struct author_props *out)
{
	int made[2] = { 0, 0 }, a;
	size_t i;

	for (i = 0; i < out->n; i++)
		if (by[i] >= 0)
			made[by[i]]++;
	a = made[1] > made[0] ? 1 : 0;
	for (i = 0; i < 2; i++)
		out->side_name[i] = nm->party[a ^ (int)i] < 0 ? NULL :
				    names_form(nm, nm->party[a ^ (int)i]);
	for (i = 0; i < out->n; i++)
		out->v[i].by = by[i] < 0 ? -1 : by[i] ^ a;
}

void author_sides(const char *text, const struct author_sents *ss,
		  const char *lang, const size_t *sent,
		  struct author_props *out)
{
	struct names nm = { text, lang, NULL, 0, 0, NULL, 0, 0, { -1, -1 } };
	struct nameset ns = { NULL, 0, 0 };
	int *subj = xcalloc(ss->n + 1, sizeof *subj), *by, prev = UNKNOWN;
	size_t i, mi = 0, p = 0, limit;

	nameset_collect(text, lang, ss, &ns);
	for (i = 0; i < ss->n; i++)
		names_sentence(&nm, &ns, ss, i);
	names_cluster(&nm, 1);
	names_split(&nm);
	names_cluster(&nm, 0);
	names_parties(&nm);
	by = xcalloc(out->n + 1, sizeof *by);
	for (i = 0; i < ss->n; i++) {
		limit = ss->v[i].len;
		if (p < out->n && sent[p] == i)
			limit = act_limit(text, &ss->v[i], lang);
		prev = subj[i] = names_subject(&nm, ss, i, &mi, limit, prev);
		while (p < out->n && sent[p] == i)
			by[p++] = subj[i] < 0 ? -1 : subj[i];
	}
	sides_assign(&nm, by, out);
	free(by);
	free(subj);
	free(nm.m);
	free(nm.c);
	nameset_release(&ns);
}
