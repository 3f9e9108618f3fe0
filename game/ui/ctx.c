/* ctx.c — what every screen asks of the game's context: the UI
 * language, scenario texts in it, the render context for a viewer, and
 * the names of players and doctrines. It calls no screen. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "ui/ui_int.h"

int ui_set_lang(struct ui *u, const char *code)
{
	struct lang l, en;
	struct strbuf err = STRBUF_INIT;
	int errors = lang_load_pair(&l, &en, code, &err);

	if (errors) {
		fputs(err.buf, stderr);
		strbuf_release(&err);
		lang_release(&l);
		lang_release(&en);
		return -1;
	}
	strbuf_release(&err);
	lang_release(&u->L);
	lang_release(&u->en);
	u->en = en;
	u->L = l;
	/* The struct moved: point the fallback at its new place. */
	u->L.fallback = strcmp(code, "en") ? &u->en : NULL;
	snprintf(u->lang, sizeof u->lang, "%s", code);
	return 0;
}

const char *ui_sctext(const struct ui *u, const struct scenario *sc,
		      const struct text *t)
{
	return scenario_text(sc, t, u->lang);
}

void ui_render(const struct ui *u, const struct session *s, int viewer,
	       struct render *r)
{
	render_init(r, s->sc, &u->L, u->lang, viewer);
	r->ascii = u->ascii;
	r->g = &s->sg.g;
}

int ui_viewer(const struct session *s)
{
	int p = session_player(s);

	return p >= 0 ? p : p == -1 ? RV_PUBLIC : RV_ALL;
}

const char *ui_doctrine_name(const struct ui *u, const char *name)
{
	const char *v = lang_getf(&u->L, "doctrine.%s", name);

	return strcmp(v, "?") ? v : name;
}

const char *ui_doctrine_desc(const struct ui *u, const char *name)
{
	const char *v = lang_getf(&u->L, "doctrine.%s.desc", name);
	int i = ai_find(name);

	if (strcmp(v, "?"))
		return v;
	return i >= 0 ? ai_summary(i) : "";
}

void ui_player_words(const struct ui *u, const struct save_player *p,
		     struct strbuf *sb)
{
	char depth[16];

	if (save_player_is_human(p)) {
		strbuf_adds(sb, ui_tr(u, "transcript.human"));
		return;
	}
	if (!p->depth) {
		strbuf_adds(sb, ui_doctrine_name(u, p->name));
		return;
	}
	snprintf(depth, sizeof depth, "%d", p->depth);
	lang_fmt(sb, ui_tr(u, "transcript.depth"), "doctrine",
		 ui_doctrine_name(u, p->name), "depth", depth, LANG_END);
}
