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

/* The article with "[n] " and highlight markers around each quote. */
static char *brief_article(const struct scenario *sc)
{
	struct strbuf sb = STRBUF_INIT;
	size_t at = 0;
	int p, next;

	for (;;) {
		next = -1;
		for (p = 0; p < sc->nproposals; p++) {
			const struct proposal *q = &sc->proposal[p];

			if (q->quote_len && q->quote_at >= at &&
			    (next < 0 || q->quote_at <
			     sc->proposal[next].quote_at))
				next = p;
		}
		if (next < 0)
			break;
		strbuf_add(&sb, sc->article + at, sc->proposal[next].quote_at - at);
		strbuf_addf(&sb, "%c[%d] ", WRAP_HL_ON, next + 1);
		strbuf_add(&sb, sc->article + sc->proposal[next].quote_at,
			   sc->proposal[next].quote_len);
		strbuf_addc(&sb, WRAP_HL_OFF);
		at = sc->proposal[next].quote_at + sc->proposal[next].quote_len;
	}
	if (at < sc->article_len)
		strbuf_add(&sb, sc->article + at, sc->article_len - at);
	return strbuf_detach(&sb);
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
			struct doc *d)
{
	const struct scenario *sc = s->sc;
	const struct side_def *sd = &sc->side[side];
	struct strbuf sb = STRBUF_INIT;
	char *art;

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
	if (sc->article) {
		strbuf_reset(&sb);
		lang_fmt(&sb, ui_tr(u, "brief.article"), "lang",
			 lang_getf(&u->L, "langname.%s", sc->article_lang),
			 LANG_END);
		doc_head(d, sb.buf);
		art = brief_article(sc);
		brief_paras(d, art);
		free(art);
	}
	strbuf_release(&sb);
}

void briefing_run(struct ui *u, struct session *s, int side)
{
	struct doc d;
	int key;

	doc_init(&d);
	brief_build(u, s, side, &d);
	u->topic = "briefing";
	do {
		key = help_key(u, doc_view(u, ui_sctext(u, s->sc, &s->sc->title),
			       ui_sctext(u, s->sc, &s->sc->side[side].name),
			       &d, ui_tr(u, "keys.briefing")));
	} while (key != K_ENTER && key != K_BACK && key != K_QUIT &&
		 key != 'q');
	doc_release(&d);
}
