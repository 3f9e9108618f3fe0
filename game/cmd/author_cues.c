/* author_cues.c — cue words in English, Bulgarian and Russian.
 *
 * The weights were set by reading news reports of diplomatic offers:
 * the verbs of proposing (propose, call on, urge, demand, offer;
 * предлагам, призовавам, настоявам) are strong (3); nouns for what is
 * proposed (agreement, guarantee, commitment) add 2; the furniture of
 * talks (dialogue, channels, mutual, bilateral) adds 1; modal words
 * ("should", "трябва") add 1 as act cues, so that "both sides should
 * sign a treaty" counts while "the 1972 treaty" alone does not; being
 * "ready to" do something is an offer (2). Words
 * such as "measures" are left out: "proposed a package of measures" is
 * the summary at the top of a report, not a proposal. */
#include "cmd/author_cues.h"

#include <stdlib.h>
#include <string.h>

struct cue {
	const char *pat;
	signed char weight;
	unsigned char act;
};

#define ACT(p, w) { p, w, 1 }
#define OBJ(p, w) { p, w, 0 }
#define END { NULL, 0, 0 }

static const struct cue cues_en[] = {
	ACT("propos*", 3), ACT("call* on", 3), ACT("call* for", 3),
	ACT("call* upon", 3), ACT("urge", 3), ACT("urged", 3),
	ACT("urges", 3), ACT("urging", 3), ACT("demand*", 3),
	ACT("offer*", 3), ACT("suggest*", 2), ACT("recommend*", 2),
	ACT("insist*", 2), ACT("appeal* to", 2), ACT("appeal* for", 2),
	ACT("invit*", 1), ACT("pledge*", 2), ACT("agree to", 2),
	ACT("agreed to", 2), ACT("agrees to", 2), ACT("agree on", 2),
	ACT("agreed on", 2), ACT("should", 1), ACT("must", 1),
	ACT("ought", 1), ACT("let us", 2), ACT("let's", 2),
	ACT("ready to", 2), ACT("willing to", 2), ACT("prepared to", 2),
	OBJ("agreement*", 2), OBJ("treaty", 2), OBJ("treaties", 2),
	OBJ("accord", 1), OBJ("accords", 1), OBJ("pact", 1),
	OBJ("guarantee*", 2), OBJ("commit*", 2), OBJ("moratorium*", 2),
	OBJ("code of conduct", 2), OBJ("ban", 1), OBJ("dialogue", 1),
	OBJ("dialog", 1), OBJ("talks", 1), OBJ("negotiat*", 1),
	OBJ("hotline*", 1), OBJ("channel*", 1), OBJ("mechanism*", 1),
	OBJ("framework", 1), OBJ("joint", 1), OBJ("jointly", 1),
	OBJ("mutual*", 1), OBJ("bilateral", 1), OBJ("advance notice", 1),
	OBJ("notif*", 1), OBJ("exchang*", 1), OBJ("share", 1),
	OBJ("sharing", 1), OBJ("compensat*", 1), OBJ("apolog*", 1),
	OBJ("restor*", 1), OBJ("resum*", 1), OBJ("establish*", 1),
	OBJ("reject*", -2), OBJ("refus*", -2), OBJ("dismiss*", -2),
	OBJ("deny", -2), OBJ("denies", -2), OBJ("denied", -2),
	OBJ("declin*", -1),
	END
};

static const struct cue cues_bg[] = {
	ACT("предлаг*", 3), ACT("предложи*", 3), ACT("предложени*", 3),
	ACT("призова*", 3), ACT("призив*", 3), ACT("настоява*", 3),
	ACT("настоя", 3), ACT("настояха", 3), ACT("поиска*", 2),
	ACT("искане*", 2), ACT("приканва*", 2), ACT("прикани*", 2),
	ACT("апелира*", 2), ACT("трябва", 1), ACT("следва да", 1),
	ACT("нека", 2), ACT("да се постигне", 2),
	ACT("да се възстанови", 2), ACT("да се поддържа", 2),
	ACT("да се създаде", 2), ACT("да се сключи", 2),
	ACT("да се подпише", 2), ACT("да се договор*", 2),
	ACT("да се започне", 2), ACT("готов* да", 2), ACT("ангажира*", 2),
	ACT("обеща*", 2),
	OBJ("споразумени*", 2), OBJ("договор*", 1), OBJ("гаранци*", 2),
	OBJ("ангажимент*", 2), OBJ("мораториум*", 2), OBJ("диалог*", 1),
	OBJ("преговор*", 1), OBJ("канал*", 1), OBJ("механизм*", 1),
	OBJ("механизъм", 1), OBJ("съвместн*", 1), OBJ("взаимн*", 1),
	OBJ("двустран*", 1), OBJ("уведом*", 1), OBJ("обмен*", 1),
	OBJ("горещ* линия", 1), OBJ("компенсаци*", 1), OBJ("обезщет*", 1),
	OBJ("извинени*", 1),
	OBJ("кодекс*", 1), OBJ("забран*", 1),
	OBJ("отхвърл*", -2), OBJ("отказа", -2), OBJ("отказаха", -2),
	OBJ("отказва да", -2), OBJ("отрече*", -2), OBJ("отрича*", -2),
	END
};

static const struct cue cues_ru[] = {
	ACT("предлага*", 3), ACT("предложи*", 3), ACT("предложени*", 3),
	ACT("призыва*", 3), ACT("призвал*", 3), ACT("призвать", 3),
	ACT("призыв*", 3), ACT("настаива*", 3), ACT("настоял*", 3),
	ACT("потребова*", 3), ACT("требу*", 2), ACT("следует", 1),
	ACT("должн*", 1), ACT("необходимо", 1), ACT("давайте", 2),
	ACT("обязу*", 2), ACT("пообеща*", 2), ACT("договориться", 2),
	ACT("готов", 2), ACT("готова", 2), ACT("готовы", 2),
	OBJ("соглашени*", 2), OBJ("договор*", 1), OBJ("гаранти*", 2),
	OBJ("обязательств*", 2), OBJ("мораторий*", 2), OBJ("мораториум*", 2),
	OBJ("диалог*", 1), OBJ("переговор*", 1), OBJ("канал*", 1),
	OBJ("механизм*", 1), OBJ("совместн*", 1), OBJ("взаимн*", 1),
	OBJ("двусторонн*", 1), OBJ("уведомл*", 1), OBJ("обмен*", 1),
	OBJ("горяч* лини*", 1), OBJ("компенсаци*", 1), OBJ("извинени*", 1),
	OBJ("освобожд*", 1),
	OBJ("кодекс*", 1), OBJ("запрет*", 1),
	OBJ("отклони*", -2), OBJ("отверг*", -2), OBJ("отказал*", -2),
	OBJ("отказыва*", -2), OBJ("отрица*", -2),
	END
};

static const struct {
	const char *lang;
	const struct cue *cues;
} cue_tables[] = {
	{ "en", cues_en }, { "bg", cues_bg }, { "ru", cues_ru },
};

#define NTABLES (sizeof cue_tables / sizeof cue_tables[0])

int author_cues_known(const char *lang)
{
	size_t i;

	for (i = 0; i < NTABLES; i++)
		if (!strcmp(cue_tables[i].lang, lang))
			return 1;
	return 0;
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

static void cue_note(struct strbuf *why, const struct cue *c)
{
	if (!why)
		return;
	if (why->len)
		strbuf_adds(why, ", ");
	strbuf_addf(why, "%s %+d", c->pat, c->weight);
}

/* One cue, counted once at its first match. */
static void cue_apply(const struct cue *c, const struct author_words *w,
		      struct author_score *out, struct strbuf *why)
{
	size_t i, nw, end;

	for (i = 0; i < w->n; i++) {
		if (!cue_at(c->pat, w, i, &nw))
			continue;
		out->score += c->weight;
		end = w->v[i + nw - 1].at + w->v[i + nw - 1].len;
		if (c->act && c->weight > 0) {
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

static void cue_table(const struct cue *t, const struct author_words *w,
		      struct author_score *out, struct strbuf *why)
{
	for (; t->pat; t++)
		cue_apply(t, w, out, why);
}

void author_cues_score_words(const char *lang,
			     const struct author_words *w,
			     struct author_score *out, struct strbuf *why)
{
	size_t i;

	memset(out, 0, sizeof *out);
	out->first_object = out->act_end = (size_t)-1;
	if (author_cues_known(lang)) {
		for (i = 0; i < NTABLES; i++)
			if (!strcmp(cue_tables[i].lang, lang))
				cue_table(cue_tables[i].cues, w, out, why);
		return;
	}
	for (i = 0; i < NTABLES; i++)
		cue_table(cue_tables[i].cues, w, out, why);
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

int author_cues_proposal(const struct author_score *sc)
{
	return sc->score >= AUTHOR_CUE_MIN && sc->act > 0;
}

const char *author_guess_lang(const char *text, size_t len)
{
	size_t i = 0, cyr = 0, other = 0;
	uint32_t cp;

	while (i < len) {
		cp = author_next(text, len, &i);
		if (author_is_cyrillic(cp))
			cyr++;
		else if (author_is_letter(cp))
			other++;
	}
	return cyr > other ? "bg" : "en";
}
