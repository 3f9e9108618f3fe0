/* title.c — the title screen and main menu, and the language menu. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/ui_int.h"
#include "util/paths.h"
#include "util/xmalloc.h"

/* The title art, read once from assets/title.txt (NULL if missing). */
static char *title_art(void)
{
	static char *art;
	static int tried;
	char *path;
	FILE *f;
	char buf[4096];
	size_t n;

	if (tried)
		return art;
	tried = 1;
	path = paths_data_file("assets/title.txt");
	f = fopen(path, "rb");
	free(path);
	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	art = xstrdup(buf);
	return art;
}

/* Draw the art centred from row y; returns the rows used. */
static int title_draw_art(struct ui *u, int y)
{
	const char *art = title_art(), *p;
	int rows = 0, w;
	char line[512];

	if (!art) {
		ui_put_right(u, y, 0, u->cols / 2 + 4, UA_TITLE, "DÉTENTE");
		return 1;
	}
	for (p = art; *p && rows < 6; rows++) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		if (n >= sizeof line)
			n = sizeof line - 1;
		memcpy(line, p, n);
		line[n] = '\0';
		w = ui_width(line);
		ui_put(u, y + rows, (u->cols - w) / 2 > 0 ? (u->cols - w) / 2 :
		       0, u->cols, UA_GOOD, line);
		p = nl ? nl + 1 : p + n;
	}
	return rows;
}

/* cont: the game Continue resumes ("Détente 2020…, turn 3 of 24"), or
 * "": said under the menu, where it has room, when Continue is chosen. */
static void title_draw(struct ui *u, const struct menu_item *it, int n,
		       int sel, const char *cont)
{
	int y, w = 56, x = (u->cols - w) / 2;
	char key[32];
	struct strbuf v = STRBUF_INIT, d = STRBUF_INIT;

	ui_clear(u);
	strbuf_addf(&v, "v%s", DETENTE_VERSION);
	ui_header(u, ui_tr(u, "app.name"), v.buf);
	y = 2 + title_draw_art(u, 2);
	y += ui_para(u, y + 1, x, w, 3, UA_NORM, ui_tr(u, "title.tagline"));
	y += 2;
	menu_draw(u, it, n, sel, y, x, w, 0);
	y += n + 1;
	snprintf(key, sizeof key, "title.desc.%d", sel);
	if (sel == TITLE_CONTINUE && *cont)
		strbuf_addf(&d, "%s\n", cont);
	strbuf_adds(&d, ui_tr(u, key));
	ui_para(u, y, x, w, u->rows - y - 2, UA_DIM, d.buf);
	ui_keyline(u, ui_tr(u, "keys.menu"));
	refresh();
	strbuf_release(&v);
	strbuf_release(&d);
}

int title_run(struct ui *u)
{
	struct strbuf desc = STRBUF_INIT;
	char *path = NULL;
	int can = saves_latest(u, &path, &desc), any = saves_any(u);
	struct menu_item it[6];
	int sel = can ? TITLE_CONTINUE : TITLE_NEW, key;

	free(path);
	memset(it, 0, sizeof it);
	it[0].label = ui_tr(u, "title.new");
	it[1].label = ui_tr(u, "title.continue");
	it[1].note = can ? NULL : ui_tr(u, any ? "title.no_open" :
					 "title.no_save");
	it[2].label = ui_tr(u, "title.load");
	it[2].note = any ? NULL : ui_tr(u, "title.no_save");
	it[3].label = ui_tr(u, "title.help");
	it[4].label = ui_tr(u, "title.lang");
	it[4].note = ui_tr(u, "lang.name");
	it[5].label = ui_tr(u, "title.quit");
	it[0].enabled = it[3].enabled = it[4].enabled = it[5].enabled = 1;
	it[1].enabled = can;
	it[2].enabled = any;
	u->topic = "title";
	for (;;) {
		title_draw(u, it, 6, sel, desc.buf);
		key = help_key(u, ui_key(u));
		if (key == K_QUIT || key == 'q' || key == K_BACK)
			sel = TITLE_QUIT;
		else if (key == K_REDRAW)
			continue;
		else if (!menu_key(u, it, 6, &sel, key))
			continue;
		break;
	}
	strbuf_release(&desc);
	return sel;
}

/* ---- language ------------------------------------------------------------- */

int lang_menu_run(struct ui *u)
{
	static const char *const codes[] = { "en", "bg" };
	struct menu_item it[2];
	char names[2][64];
	int sel = strcmp(u->lang, "bg") ? 0 : 1, key, i;
	struct lang l;

	memset(it, 0, sizeof it);
	for (i = 0; i < 2; i++) {
		/* Each language names itself, in its own words. */
		struct lang en;
		struct strbuf err = STRBUF_INIT;

		lang_load_pair(&l, &en, codes[i], &err);
		snprintf(names[i], sizeof names[i], "%s",
			 lang_get(&l, "lang.name"));
		lang_release(&l);
		lang_release(&en);
		strbuf_release(&err);
		it[i].label = names[i];
		it[i].enabled = 1;
	}
	u->topic = "title";
	for (;;) {
		ui_clear(u);
		ui_header(u, ui_tr(u, "lang.title"), NULL);
		ui_para(u, 2, 2, u->cols - 4, 2, UA_NORM, ui_tr(u, "lang.pick"));
		menu_draw(u, it, 2, sel, 5, 2, 40, 0);
		ui_keyline(u, ui_tr(u, "keys.menu"));
		refresh();
		key = help_key(u, ui_key(u));
		if (key == K_QUIT || key == K_BACK || key == 'q')
			return -1;
		if (key == K_REDRAW || !menu_key(u, it, 2, &sel, key))
			continue;
		return ui_set_lang(u, codes[sel]);
	}
}
