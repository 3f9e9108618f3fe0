/* box.c — dialogs: a message, a yes/no question and a line of text, each
 * in a bordered box over the screen, and the one-time notice that the
 * game could not be saved. They draw and read keys only: no screen
 * calls back into them, so any screen may use them. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/wrap.h"
#include "ui/ui_int.h"
#include "util/utf8.h"

/* The frame: Unicode box drawing, or ASCII. */
static void box_frame(struct ui *u, int y, int x, int h, int w)
{
	const char *hz = ui_sym(u, "\u2500", "-"), *vt = ui_sym(u, "\u2502", "|");
	int i;

	for (i = 1; i < w - 1; i++) {
		ui_put(u, y, x + i, 1, UA_HEAD, hz);
		ui_put(u, y + h - 1, x + i, 1, UA_NORM, hz);
	}
	for (i = 1; i < h - 1; i++) {
		ui_put(u, y + i, x, 1, UA_NORM, vt);
		ui_put(u, y + i, x + w - 1, 1, UA_NORM, vt);
	}
	ui_put(u, y, x, 1, UA_HEAD, ui_sym(u, "\u250c", "+"));
	ui_put(u, y, x + w - 1, 1, UA_HEAD, ui_sym(u, "\u2510", "+"));
	ui_put(u, y + h - 1, x, 1, UA_NORM, ui_sym(u, "\u2514", "+"));
	ui_put(u, y + h - 1, x + w - 1, 1, UA_NORM, ui_sym(u, "\u2518", "+"));
}

/* A framed box in the middle of the screen with title and text; the
 * blank inside hides the screen behind it. */
static void ui_box(struct ui *u, const char *title, const char *text,
		   const char *keys)
{
	int w = u->cols - 8 < 66 ? u->cols - 8 : 66, h, x, y, i, j;

	/* As tall as the text needs, within the screen. */
	h = (int)wrap_count(text, (size_t)(w - 6)) + 6;
	if (h > u->rows - 2)
		h = u->rows - 2;
	x = (u->cols - w) / 2;
	y = (u->rows - h) / 2;
	for (i = 0; i < h; i++)
		for (j = 0; j < w; j++)
			ui_put(u, y + i, x + j, 1, UA_NORM, " ");
	box_frame(u, y, x, h, w);
	ui_put(u, y, x + 2, 1, UA_HEAD, " ");
	i = ui_put(u, y, x + 3, w - 6, UA_HEAD, title);
	ui_put(u, y, x + 3 + i, 1, UA_HEAD, " ");
	ui_para(u, y + 2, x + 3, w - 6, h - 5, UA_NORM, text);
	ui_put(u, y + h - 2, x + 3, w - 6, UA_KEY, keys);
	refresh();
}

void ui_message(struct ui *u, const char *title, const char *text)
{
	int key;

	do {
		ui_box(u, title, text, ui_tr(u, "box.ok"));
		key = ui_key(u);
	} while (key == K_REDRAW || key == K_HELP);
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

enum box_rc ui_prompt(struct ui *u, const char *title, const char *text,
		      struct strbuf *value, int max)
{
	struct strbuf sb = STRBUF_INIT;
	enum box_rc rc = BOX_OK;
	int key;

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
			rc = BOX_CANCEL;
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

/* Only y says yes: Enter, Esc and n keep things as they are, so that a
 * player who presses Enter out of habit loses nothing. */
enum box_rc ui_confirm(struct ui *u, const char *question)
{
	int key;

	for (;;) {
		ui_box(u, ui_tr(u, "box.confirm"), question,
		       ui_tr(u, "box.yesno"));
		key = ui_key(u);
		if (key == K_QUIT || key == 'y' || key == 'Y')
			return BOX_OK;
		if (key == 'n' || key == 'N' || key == K_BACK ||
		    key == K_ENTER)
			return BOX_CANCEL;
	}
}

void ui_tell_unsaved(struct ui *u, struct session *s)
{
	struct strbuf sb = STRBUF_INIT;

	if (!s->unsaved || s->told || u->quit)
		return;
	s->told = 1;
	/* the advice that fits the cause: space, permissions, another
	 * writer, or none in particular */
	lang_fmt(&sb, lang_getf(&u->L, "save.failed.%s",
				s->cause ? s->cause : "other"),
		 "why", s->why.buf, LANG_END);
	ui_message(u, ui_tr(u, "save.failed.title"), sb.buf);
	strbuf_release(&sb);
}
