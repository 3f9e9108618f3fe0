/* title.c — the title screen and main menu, the language menu, and
 * small message boxes. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/wrap.h"
#include "ui/ui_int.h"
#include "util/paths.h"
#include "util/utf8.h"
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

static void title_draw(struct ui *u, const struct menu_item *it, int n,
		       int sel)
{
	int y, w = 56, x = (u->cols - w) / 2;
	char key[32];
	struct strbuf v = STRBUF_INIT;

	ui_clear(u);
	strbuf_addf(&v, "v%s", DETENTE_VERSION);
	ui_header(u, ui_tr(u, "app.name"), v.buf);
	y = 2 + title_draw_art(u, 2);
	y += ui_para(u, y + 1, x, w, 3, UA_NORM, ui_tr(u, "title.tagline"));
	y += 2;
	menu_draw(u, it, n, sel, y, x, w, 0);
	y += n + 1;
	snprintf(key, sizeof key, "title.desc.%d", sel);
	ui_para(u, y, x, w, u->rows - y - 2, UA_DIM, ui_tr(u, key));
	ui_keyline(u, ui_tr(u, "keys.menu"));
	refresh();
	strbuf_release(&v);
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
	it[1].note = can ? desc.buf : ui_tr(u, any ? "title.no_open" :
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
		title_draw(u, it, 6, sel);
		key = ui_key(u);
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
		key = ui_key(u);
		if (key == K_QUIT || key == K_BACK || key == 'q')
			return -1;
		if (key == K_REDRAW || !menu_key(u, it, 2, &sel, key))
			continue;
		return ui_set_lang(u, codes[sel]);
	}
}

/* ---- boxes ---------------------------------------------------------------- */

/* A framed box in the middle of the screen with title and text. */
static void ui_box(struct ui *u, const char *title, const char *text,
		   const char *keys)
{
	int w = u->cols - 8 < 64 ? u->cols - 8 : 64, h, x, y, i, j;

	/* As tall as the text needs, within the screen. */
	h = (int)wrap_count(text, (size_t)(w - 4)) + 4;
	if (h > u->rows - 2)
		h = u->rows - 2;
	x = (u->cols - w) / 2;
	y = (u->rows - h) / 2;
	for (i = 0; i < h; i++)
		for (j = 0; j < w; j++)
			ui_put(u, y + i, x + j, 1, i == 0 ? UA_HEAD : UA_NORM, " ");
	ui_put(u, y, x + 2, w - 4, UA_HEAD, title);
	ui_para(u, y + 2, x + 2, w - 4, h - 4, UA_NORM, text);
	ui_put(u, y + h - 1, x + 2, w - 4, UA_KEY, keys);
	refresh();
}

void ui_message(struct ui *u, const char *title, const char *text)
{
	int key;

	do {
		ui_box(u, title, text, ui_tr(u, "box.ok"));
		key = ui_key(u);
	} while (key == K_REDRAW);
}

/* Append cp to sb as UTF-8. */
static void prompt_add(struct strbuf *sb, uint32_t cp)
{
	char b[4];

	strbuf_add(sb, b, utf8_encode(cp, b));
}

/* Drop the last character of sb. */
static void prompt_del(struct strbuf *sb)
{
	while (sb->len && ((unsigned char)sb->buf[--sb->len] & 0xc0) == 0x80)
		;
	sb->buf[sb->len] = '\0';
}

int ui_prompt(struct ui *u, const char *title, const char *text,
	      struct strbuf *value, int max)
{
	struct strbuf sb = STRBUF_INIT;
	int key, rc = 0;

	u->raw = 1;
	for (;;) {
		strbuf_reset(&sb);
		strbuf_addf(&sb, "%s\n\n%s %s%s", text,
			    ui_sym(u, "\u25b6", ">"), value->buf,
			    ui_sym(u, "\u2581", "_"));
		ui_box(u, title, sb.buf, ui_tr(u, "box.prompt"));
		key = ui_key(u);
		if (key == K_ENTER)
			break;
		if (key == K_BACK || key == K_QUIT) {
			rc = -1;
			break;
		}
		if (key == K_DEL)
			prompt_del(value);
		else if (key >= ' ' && key < K_ENTER &&
			 utf8_cpwidth((uint32_t)key) > 0 &&
			 ui_width(value->buf) + utf8_cpwidth((uint32_t)key)
			 <= max)
			prompt_add(value, (uint32_t)key);
	}
	u->raw = 0;
	strbuf_release(&sb);
	return rc;
}

int ui_confirm(struct ui *u, const char *question)
{
	int key;

	for (;;) {
		ui_box(u, ui_tr(u, "box.confirm"), question,
		       ui_tr(u, "box.yesno"));
		key = ui_key(u);
		if (key == K_QUIT)
			return 1;
		if (key == 'y' || key == 'Y' || key == K_ENTER)
			return 1;
		if (key == 'n' || key == 'N' || key == K_BACK)
			return 0;
	}
}
