/* briefing.c — the side's situation and objectives, the proposals with
 * their quotes, and the article with each quote highlighted and
 * numbered. */
#include "ui/tui.h"
#include <stdlib.h>
#include <string.h>

#include "text/wrap.h"
#include "ui/ui_int.h"
#include "util/xmalloc.h"

/* Paragraphs of text (split at newlines) into the document; a highlight
 * open at a line's end is closed and reopened on the next line. */
static void brief_paras(struct doc *d, const char *text)
{
	const char *p = text;
	int hl = 0;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p), i;
		struct strbuf sb = STRBUF_INIT;

		if (hl)
			strbuf_addc(&sb, WRAP_HL_ON);
		strbuf_add(&sb, p, n);
		for (i = 0; i < n; i++)
			if (p[i] == WRAP_HL_ON || p[i] == WRAP_HL_OFF)
				hl = p[i] == WRAP_HL_ON;
		if (hl)
			strbuf_addc(&sb, WRAP_HL_OFF);
		doc_line(d, TONE_NEUTRAL, sb.buf);
		strbuf_release(&sb);
		p = nl ? nl + 1 : p + n;
	}
}

/* Where proposal p's quote is in the article (lang < 0) or in its
 * translation into language lang; 0 when it is not there. */
static size_t brief_quote(const struct scenario *sc, int p, int lang,
			  size_t *at)
{
	const struct proposal *q = &sc->proposal[p];

	*at = lang < 0 ? q->quote_at : q->tr_at[lang];
	return lang < 0 ? q->quote_len : q->tr_len[lang];
}

/* The article (lang < 0) or its translation into language lang, with
 * "[n] " and highlight markers around each quote. */
static char *brief_article(const struct scenario *sc, int lang)
{
	const char *text = lang < 0 ? sc->article : sc->article_tr[lang];
	size_t len = lang < 0 ? sc->article_len : sc->article_tr_len[lang];
	struct strbuf sb = STRBUF_INIT;
	size_t at = 0, qa, na = 0, nl;
	int p, next;

	for (;;) {
		next = -1;
		for (p = 0; p < sc->nproposals; p++)
			if (brief_quote(sc, p, lang, &qa) && qa >= at &&
			    (next < 0 || qa < na)) {
				next = p;
				na = qa;
			}
		if (next < 0)
			break;
		nl = brief_quote(sc, next, lang, &na);
		strbuf_add(&sb, text + at, na - at);
		strbuf_addf(&sb, "%c[%d] ", WRAP_HL_ON, next + 1);
		strbuf_add(&sb, text + na, nl);
		strbuf_addc(&sb, WRAP_HL_OFF);
		at = na + nl;
	}
	if (at < len)
		strbuf_add(&sb, text + at, len - at);
	return strbuf_detach(&sb);
}

/* The article's translation into the UI language, if the scenario
 * ships one: its language index, else -1. */
static int brief_tr_lang(const struct ui *u, const struct scenario *sc)
{
	int i = scenario_lang(sc, u->lang);

	return i >= 0 && sc->article_tr[i] && sc->article ? i : -1;
}

/* The article section: the translation (marked as one, made for this
 * game) unless the player asked for the original. */
static void brief_article_sect(struct ui *u, const struct scenario *sc,
			       int original, struct doc *d)
{
	struct strbuf sb = STRBUF_INIT;
	int tr = original ? -1 : brief_tr_lang(u, sc);
	const char *orig = lang_getf(&u->L, "langname.%s", sc->article_lang);
	char *art;

	lang_fmt(&sb, ui_tr(u, tr >= 0 ? "brief.article_tr" :
			    "brief.article"), "lang", orig, LANG_END);
	doc_head(d, sb.buf);
	if (tr >= 0 || brief_tr_lang(u, sc) >= 0)
		doc_line(d, TONE_NEUTRAL, ui_tr(u, tr >= 0 ?
				"brief.article_tr.note" : "brief.article.note"));
	doc_blank(d);
	art = brief_article(sc, tr);
	brief_paras(d, art);
	free(art);
	strbuf_release(&sb);
}

static void brief_proposals(struct ui *u, const struct scenario *sc,
			    struct doc *d)
{
	struct strbuf sb = STRBUF_INIT;
	const char *tr;
	int p;

	doc_head(d, ui_tr(u, "brief.proposals"));
	for (p = 0; p < sc->nproposals; p++) {
		const struct proposal *q = &sc->proposal[p];

		strbuf_reset(&sb);
		strbuf_addf(&sb, "%d. %s", p + 1, ui_sctext(u, sc, &q->title));
		rlines_add(&d->l, RL_HEAD, TONE_NEUTRAL, sb.buf);
		if (*ui_sctext(u, sc, &q->summary))
			doc_line(d, TONE_NEUTRAL, ui_sctext(u, sc, &q->summary));
		if (q->quote) {
			strbuf_reset(&sb);
			/* Quotation marks of the article's language. */
			int bg = !strcmp(sc->article_lang, "bg");

			strbuf_addf(&sb, "%c[%d] %s%s%s%c", WRAP_HL_ON, p + 1,
				    bg ? "„" : "“", q->quote, bg ? "“" : "”",
				    WRAP_HL_OFF);
			doc_line(d, TONE_NEUTRAL, sb.buf);
		}
		tr = scenario_lang(sc, u->lang) >= 0 ?
		     sc->proposal[p].quote_tr.s[scenario_lang(sc, u->lang)] :
		     NULL;
		if (tr && strcmp(u->lang, sc->article_lang)) {
			strbuf_reset(&sb);
			lang_fmt(&sb, ui_tr(u, "brief.translation"), "text", tr,
				 LANG_END);
			doc_line(d, TONE_NEUTRAL, sb.buf);
		}
	}
	strbuf_release(&sb);
}

static void brief_build(struct ui *u, const struct session *s, int side,
			int original, struct doc *d)
{
	const struct scenario *sc = s->sc;
	const struct side_def *sd = &sc->side[side];
	struct strbuf sb = STRBUF_INIT;

	lang_fmt(&sb, ui_tr(u, "brief.side"), "side",
		 ui_sctext(u, sc, &sd->name), LANG_END);
	doc_head(d, sb.buf);
	if (*ui_sctext(u, sc, &sc->intro))
		brief_paras(d, ui_sctext(u, sc, &sc->intro));
	doc_blank(d);
	brief_paras(d, ui_sctext(u, sc, &sd->briefing));
	if (*ui_sctext(u, sc, &sd->objectives)) {
		doc_head(d, ui_tr(u, "brief.objectives"));
		brief_paras(d, ui_sctext(u, sc, &sd->objectives));
	}
	if (sc->nproposals)
		brief_proposals(u, sc, d);
	if (sc->article)
		brief_article_sect(u, sc, original, d);
	strbuf_release(&sb);
}

void briefing_run(struct ui *u, struct session *s, int side)
{
	struct doc d;
	int key, original = 0, tr = brief_tr_lang(u, s->sc) >= 0;

	doc_init(&d);
	brief_build(u, s, side, original, &d);
	u->topic = "briefing";
	for (;;) {
		key = help_key(u, doc_view(u, ui_sctext(u, s->sc,
						       &s->sc->title),
			       ui_sctext(u, s->sc, &s->sc->side[side].name),
			       &d, ui_tr(u, tr ? "keys.briefing.tr" :
					 "keys.briefing")));
		if (key == K_ENTER || key == K_BACK || key == K_QUIT ||
		    key == 'q')
			break;
		if (key != 'o' || !tr)
			continue;
		/* The other text of the article, at its heading. */
		original = !original;
		doc_release(&d);
		doc_init(&d);
		brief_build(u, s, side, original, &d);
		doc_goto(&d, d.sections[d.nsections - 1], u->cols - 2);
	}
	doc_release(&d);
}
