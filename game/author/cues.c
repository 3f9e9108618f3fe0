/* cues.c — scoring a sentence with the cue words of assets/author.
 *
 * The weights (in the word lists) were set by reading news reports of diplomatic offers:
 * the verbs of proposing (propose, call on, urge, demand, offer;
 * предлагам, призовавам, настоявам) are strong (3); nouns for what is
 * proposed (agreement, guarantee, commitment) add 2; the furniture of
 * talks (dialogue, channels, mutual, bilateral) adds 1; modal words
 * ("should", "трябва") add 1 as act cues, so that "both sides should
 * sign a treaty" counts while "the 1972 treaty" alone does not; being
 * "ready to" do something is an offer (2). Words
 * such as "measures" are left out: "proposed a package of measures" is
 * the summary at the top of a report, not a proposal. */
#include "author/cues.h"
#include "author/lists.h"

#include <stdlib.h>
#include <string.h>

int author_cues_known(const char *lang)
{
	return author_list_of(lang) != NULL;
}

/* Does pattern word p[0..n) match the lowercase word w? */
static int cue_word(const char *p, size_t n, const char *w)
{
	if (n && p[n - 1] == '*')
		return !strncmp(w, p, n - 1) && strlen(w) >= n - 1;
	return strlen(w) == n && !strncmp(w, p, n);
}

/* Does the cue match at word i? The words it took: *nw. */
static int cue_at(const char *pat, const struct author_words *w, size_t i,
		  size_t *nw)
{
	const char *p = pat;
	size_t k = 0, n;

	while (*p) {
		n = strcspn(p, " ");
		if (i + k >= w->n || !cue_word(p, n, author_word_low(w, i + k)))
			return 0;
		k++;
		p += n;
		while (*p == ' ')
			p++;
	}
	*nw = k;
	return 1;
}

static void cue_note(struct strbuf *why, const struct author_cue *c)
{
	if (!why)
		return;
	if (why->len)
		strbuf_adds(why, ", ");
	strbuf_addf(why, "%s %+d", c->pat, c->weight);
}

/* One cue, counted once at its first match. */
static void cue_apply(const struct author_cue *c, const struct author_words *w,
		      struct author_score *out, struct strbuf *why)
{
	size_t i, nw, end;

	for (i = 0; i < w->n; i++) {
		if (!cue_at(c->pat, w, i, &nw))
			continue;
		out->score += c->weight;
		end = w->v[i + nw - 1].at + w->v[i + nw - 1].len;
		if (c->kind == AUTHOR_SOURCE) {
			if (out->source == (size_t)-1)
				out->source = w->v[i].at;
			cue_note(why, c);
			return;
		}
		if (c->kind == AUTHOR_ACT && c->weight > 0) {
			out->act++;
			if (c->weight > out->act_weight ||
			    (c->weight == out->act_weight &&
			     end < out->act_end)) {
				out->act_weight = c->weight;
				out->act_end = end;
			}
		} else if (c->weight > 0) {
			out->objects++;
			if (w->v[i].at < out->first_object)
				out->first_object = w->v[i].at;
		}
		cue_note(why, c);
		return;
	}
}

static void cue_table(const struct author_list *t,
		      const struct author_words *w,
		      struct author_score *out, struct strbuf *why)
{
	size_t i;

	for (i = 0; i < t->ncues; i++)
		cue_apply(&t->cues[i], w, out, why);
}

void author_cues_score_words(const char *lang,
			     const struct author_words *w,
			     struct author_score *out, struct strbuf *why)
{
	const struct author_lists *all = author_lists();
	const struct author_list *one = author_list_of(lang);
	size_t i;

	memset(out, 0, sizeof *out);
	out->first_object = out->act_end = out->source = (size_t)-1;
	if (one) {
		cue_table(one, w, out, why);
		return;
	}
	for (i = 0; i < all->n; i++)
		cue_table(&all->v[i], w, out, why);
}

void author_cues_score(const char *lang, const char *s, size_t len,
		       struct author_score *out, struct strbuf *why)
{
	struct author_words w;

	author_words_init(&w);
	author_words(s, len, &w);
	author_cues_score_words(lang, &w, out, why);
	author_words_release(&w);
}

/* A commentator's cue before the act ("analysts suggested", "senators
 * called for") makes it a comment on the talks, not a party's offer. */
int author_cues_proposal(const struct author_score *sc)
{
	return sc->score >= AUTHOR_CUE_MIN && sc->act > 0 &&
	       (sc->source == (size_t)-1 || sc->source >= sc->act_end);
}

/* Cyrillic text is Russian when it has more of the letters Bulgarian
 * lacks (ы, э, ё) than of ъ, which Russian hardly uses. */
const char *author_guess_lang(const char *text, size_t len)
{
	size_t i = 0, cyr = 0, other = 0, ru = 0, bg = 0;
	uint32_t cp;

	while (i < len) {
		cp = author_next(text, len, &i);
		if (author_is_cyrillic(cp))
			cyr++;
		else if (author_is_letter(cp))
			other++;
		cp = author_lower(cp);
		ru += cp == 0x44B || cp == 0x44D || cp == 0x451;
		bg += cp == 0x44A || cp == 0x45D;
	}
	if (cyr <= other)
		return "en";
	return ru > bg ? "ru" : "bg";
}
