/* saves.c — saved games on the screen: "continue", the Load screen
 * (every file in the saves folder, damaged ones with what is wrong with
 * them), and "save as…" with a name. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "save/list.h"
#include "text/wrap.h"
#include "ui/ui_int.h"
#include "util/xmalloc.h"

/* Longest name a player may give a save, in columns: one line of the
 * prompt box. */
#define SAVES_NAME_MAX 56

/* A time the way people read it, in the local time zone. */
static void saves_time(int64_t t, struct strbuf *sb)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char buf[32];

	if (t <= 0 || !localtime_r(&tt, &tm) ||
	    !strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm))
		return;
	strbuf_adds(sb, buf);
}

char *saves_find(struct ui *u, const char *name)
{
	char *p;

	if (access(name, F_OK) == 0 || strchr(name, '/'))
		return xstrdup(name);
	p = xasprintf("%s/%s", u->saves, name);
	if (access(p, F_OK) == 0)
		return p;
	free(p);
	p = xasprintf("%s/%s%s", u->saves, name, SAVE_EXT);
	if (access(p, F_OK) == 0)
		return p;
	free(p);
	return xstrdup(name);
}

int saves_any(struct ui *u)
{
	struct save_entry *v;
	struct save_err err;
	size_t n = 0;

	if (save_list(u->saves, &v, &n, &err) == 0)
		save_list_free(v, n);
	return n > 0;
}

int saves_latest(struct ui *u, char **path, struct strbuf *desc)
{
	struct save_entry *v;
	struct save_err err;
	struct save_binfo info;
	struct scenario *sc;
	size_t n, i;
	char a[16], b[16];

	if (save_latest_open(u->saves, path, &err) < 0 || !*path)
		return 0;
	if (!desc || save_list(u->saves, &v, &n, &err) < 0)
		return 1;
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].path, *path) ||
		    save_entry_open(&v[i], &sc, &info, &err) < 0)
			continue;
		snprintf(a, sizeof a, "%d", info.turns + 1);
		/* The game's own length: a class game's is shorter. */
		snprintf(b, sizeof b, "%d", v[i].turn_limit);
		lang_fmt(desc, ui_tr(u, "title.continue.note"), "scenario",
			 ui_sctext(u, sc, &sc->title), "turn", a, "turns", b,
			 LANG_END);
		scenario_release(sc);
		free(sc);
	}
	save_list_free(v, n);
	return 1;
}

/* ---- the Load screen --------------------------------------------------- */

struct ld_item {
	const struct save_entry *e;
	struct save_binfo info;
	char *title, *side[SIDES];	/* in the UI's language; owned */
	char *state;			/* ld_state's; owned */
	char *error;			/* why it cannot be played; owned */
};

struct ld {
	struct save_entry *v;
	struct ld_item *it;
	size_t n;
	int sel, top;
};

/* Where the game stands: "turn 3 of 24", "Open conflict", or the
 * trust reached at the turn limit. */
static char *ld_state(struct ui *u, const struct scenario *sc,
		      const struct save_binfo *info, int limit)
{
	struct strbuf sb = STRBUF_INIT;
	struct render r;
	char a[16], b[16];

	render_init(&r, sc, &u->L, u->lang, RV_ALL);
	snprintf(a, sizeof a, "%d", info->turns + (info->ending == END_NONE));
	snprintf(b, sizeof b, "%d", limit);
	if (info->ending == END_LIMIT)
		lang_fmt(&sb, ui_tr(u, "tl.limit"), "band",
			 render_band(&r, info->band), "turn", a, LANG_END);
	else if (info->ending != END_NONE)
		strbuf_adds(&sb, render_ending(&r, info->ending));
	else
		lang_fmt(&sb, ui_tr(u, "load.turn"), "turn", a, "turns", b,
			 LANG_END);
	return strbuf_detach(&sb);
}

/* Look at the game in e: a file that reads but whose scenario is gone,
 * or that no longer fits it, is as damaged as one that does not read. */
static void ld_item_fill(struct ui *u, struct ld_item *it,
			 const struct save_entry *e)
{
	struct scenario *sc;
	struct save_err err;
	struct strbuf sb = STRBUF_INIT;
	int k;

	memset(it, 0, sizeof *it);
	it->e = e;
	if (e->error) {
		it->error = xstrdup(e->error);
		return;
	}
	if (save_entry_open(e, &sc, &it->info, &err) < 0) {
		save_err_str(&err, &sb);
		it->error = strbuf_detach(&sb);
		return;
	}
	it->title = xstrdup(ui_sctext(u, sc, &sc->title));
	it->state = ld_state(u, sc, &it->info, e->turn_limit);
	for (k = 0; k < SIDES; k++)
		it->side[k] = xstrdup(ui_sctext(u, sc, &sc->side[k].name));
	scenario_release(sc);
	free(sc);
}

static int ld_init(struct ui *u, struct ld *l)
{
	struct save_err err;
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	memset(l, 0, sizeof *l);
	if (save_list(u->saves, &l->v, &l->n, &err) < 0) {
		save_err_str(&err, &sb);
		ui_message(u, ui_tr(u, "title.load"), sb.buf);
		strbuf_release(&sb);
		return -1;
	}
	if (!l->n) {
		lang_fmt(&sb, ui_tr(u, "load.none"), "dir", u->saves,
			 LANG_END);
		ui_message(u, ui_tr(u, "title.load"), sb.buf);
		strbuf_release(&sb);
		return -1;
	}
	l->it = xcalloc(l->n, sizeof *l->it);
	for (i = 0; i < l->n; i++)
		ld_item_fill(u, &l->it[i], &l->v[i]);
	return 0;
}

static void ld_release(struct ld *l)
{
	size_t i;
	int k;

	for (i = 0; i < l->n; i++) {
		free(l->it[i].title);
		free(l->it[i].state);
		free(l->it[i].error);
		for (k = 0; k < SIDES; k++)
			free(l->it[i].side[k]);
	}
	free(l->it);
	save_list_free(l->v, l->n);
}

/* "North: a person · South: Tit for tat", appended. */
static void ld_players(struct ui *u, const struct ld_item *it,
		      struct strbuf *sb)
{
	struct strbuf p[SIDES];
	int k;

	for (k = 0; k < SIDES; k++) {
		strbuf_init(&p[k]);
		ui_player_words(u, &it->e->player[k], &p[k]);
	}
	lang_fmt(sb, ui_tr(u, "load.players"), "side_a", it->side[0], "a",
		 p[0].buf, "side_b", it->side[1], "b", p[1].buf, LANG_END);
	for (k = 0; k < SIDES; k++)
		strbuf_release(&p[k]);
}

/* The columns of the list: the name takes what the state and the time
 * leave, so that a save's name is seen whole. */
enum { LD_STATE_W = 18, LD_TIME_W = 17 };

static int ld_name_w(const struct ui *u)
{
	return u->cols - 4 - LD_STATE_W - LD_TIME_W;
}

/* Two rows a save: its name, where it stands and when it was saved;
 * then who plays each side, or what is wrong with the file. The
 * scenario is in the name and, in full, below the list. */
static void ld_row(struct ui *u, const struct ld *l, int i, int y)
{
	const struct ld_item *it = &l->it[i];
	struct strbuf when = STRBUF_INIT, who = STRBUF_INIT;
	int sel = i == l->sel, attr = sel ? UA_SEL : it->error ? UA_BAD :
		  UA_NORM, x;

	if (sel)
		for (x = 0; x < u->cols; x++)
			ui_put(u, y, x, 1, UA_SEL, " ");
	ui_put(u, y, 1, 2, attr, sel ? ui_sym(u, "\u25b6", ">") : "");
	ui_put_clip(u, y, 3, ld_name_w(u), attr, it->e->name);
	ui_put(u, y, 4 + ld_name_w(u), LD_STATE_W, attr, it->error ?
	       ui_tr(u, "load.damaged") : it->state);
	saves_time(it->e->updated, &when);
	ui_put_right(u, y, 0, u->cols - 1, sel ? UA_SEL : UA_DIM, when.buf);
	if (it->error)
		strbuf_adds(&who, it->error);
	else
		ld_players(u, it, &who);
	ui_put_clip(u, y + 1, 5, u->cols - 6, it->error ? UA_BAD : UA_DIM,
		    who.buf);
	ui_hit(u, y, 0, u->cols, K_HIT_MENU + i);
	ui_hit(u, y + 1, 0, u->cols, K_HIT_MENU + i);
	strbuf_release(&when);
	strbuf_release(&who);
}

/* The highlighted save in full, in words: how far, where, or what is
 * wrong. */
static void ld_detail_text(struct ui *u, const struct ld *l,
			   struct strbuf *sb)
{
	const struct ld_item *it = &l->it[l->sel];
	struct strbuf when = STRBUF_INIT;
	char t[16], b[16];

	if (it->error) {
		lang_fmt(sb, ui_tr(u, "load.error"), "error", it->error,
			 "file", it->e->path, LANG_END);
		return;
	}
	saves_time(it->e->updated, &when);
	snprintf(t, sizeof t, "%d", it->info.turns);
	snprintf(b, sizeof b, "%d", it->e->branches);
	lang_fmt(sb, ui_tr(u, "load.detail"), "scenario", it->title,
		 "turns", t, "branches", b, "date", when.buf,
		 "file", it->e->path, LANG_END);
	strbuf_release(&when);
}

static void ld_detail(struct ui *u, const struct ld *l, int y, int h)
{
	struct strbuf sb = STRBUF_INIT;

	ui_rule(u, y, l->it[l->sel].e->name);
	ld_detail_text(u, l, &sb);
	ui_para(u, y + 1, 1, u->cols - 2, h - 1,
		l->it[l->sel].error ? UA_BAD : UA_NORM, sb.buf);
	strbuf_release(&sb);
}

static void ld_draw(struct ui *u, struct ld *l)
{
	const char *keys = ui_tr(u, "keys.load");
	int kr = ui_keyline_rows(u, keys), detail, y, list, i;
	struct strbuf sb = STRBUF_INIT;

	/* The highlighted save's details as long as they need. */
	ld_detail_text(u, l, &sb);
	detail = 1 + (int)wrap_count(sb.buf, (size_t)(u->cols - 2));
	if (detail > u->rows / 3)
		detail = u->rows / 3;
	strbuf_reset(&sb);
	lang_fmt(&sb, ui_tr(u, "load.hint"), "dir", u->saves, LANG_END);
	y = 2 + (int)wrap_count(sb.buf, (size_t)(u->cols - 2));
	list = (u->rows - y - detail - kr) / 2;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + list)
		l->top = l->sel - list + 1;
	ui_clear(u);
	ui_header(u, ui_tr(u, "title.load"), NULL);
	ui_para(u, 1, 1, u->cols - 2, y - 2, UA_DIM, sb.buf);
	ui_put(u, y - 1, 3, ld_name_w(u), UA_DIM, ui_tr(u, "load.col.name"));
	ui_put(u, y - 1, 4 + ld_name_w(u), LD_STATE_W, UA_DIM,
	       ui_tr(u, "load.col.state"));
	ui_put_right(u, y - 1, 0, u->cols - 1, UA_DIM,
		     ui_tr(u, "load.col.saved"));
	for (i = l->top; i < (int)l->n && i < l->top + list; i++)
		ld_row(u, l, i, y + 2 * (i - l->top));
	ld_detail(u, l, u->rows - kr - detail, detail);
	ui_keyline(u, keys);
	refresh();
	strbuf_release(&sb);
}

/* 1: the save at l->sel was chosen; -1: back; 0: go on. */
static int ld_key(struct ui *u, struct ld *l, int key)
{
	int n = (int)l->n;

	if (key >= K_HIT_MENU && key < K_HIT_MENU + n) {
		l->sel = key - K_HIT_MENU;
		return 0;
	}
	switch (key) {
	case K_UP: l->sel -= l->sel > 0; break;
	case K_DOWN: case K_TAB: l->sel += l->sel + 1 < n; break;
	case K_HOME: l->sel = 0; break;
	case K_END: l->sel = n - 1; break;
	case K_ENTER:
		if (!l->it[l->sel].error)
			return 1;
		ui_message(u, ui_tr(u, "load.cannot"), l->it[l->sel].error);
		break;
	case K_QUIT: case K_BACK: case 'q': return -1;
	}
	return 0;
}

char *saves_load_menu(struct ui *u)
{
	struct ld l;
	char *path = NULL;
	int rc;

	if (ld_init(u, &l) < 0)
		return NULL;
	u->topic = "load";
	do {
		ld_draw(u, &l);
		rc = ld_key(u, &l, help_key(u, ui_key(u)));
	} while (rc == 0 && !u->quit);
	if (rc > 0)
		path = xstrdup(l.it[l.sel].e->path);
	ld_release(&l);
	return path;
}

/* ---- save as… ---------------------------------------------------------- */

/* The name with blanks at its ends removed. */
static void saves_trim(struct strbuf *sb)
{
	size_t a = 0, n = sb->len;

	while (a < n && sb->buf[a] == ' ')
		a++;
	while (n > a && sb->buf[n - 1] == ' ')
		n--;
	memmove(sb->buf, sb->buf + a, n - a);
	sb->len = n - a;
	sb->buf[sb->len] = '\0';
}

/* Where a typed name goes: a name alone into the saves folder; with a
 * folder in it, to that file (".sav" added), named by its last part —
 * the way out when the saves folder cannot be written. */
static char *saves_target(struct session *s, struct strbuf *name)
{
	const char *slash = strrchr(name->buf, '/');
	size_t n = strlen(SAVE_EXT);
	char *path;

	if (!slash)
		return session_save_path(s, name->buf);
	path = name->len > n && !strcmp(name->buf + name->len - n, SAVE_EXT) ?
	       xstrdup(name->buf) : xasprintf("%s%s", name->buf, SAVE_EXT);
	memmove(name->buf, slash + 1, strlen(slash + 1) + 1);
	name->len = strlen(name->buf);
	if (name->len > n && !strcmp(name->buf + name->len - n, SAVE_EXT))
		name->buf[name->len -= n] = '\0';
	return path;
}

void saves_save_as(struct ui *u, struct session *s)
{
	struct strbuf name = STRBUF_INIT, msg = STRBUF_INIT;
	char *path;

	if (s->sg.sv.name)
		strbuf_adds(&name, s->sg.sv.name);
	if (ui_prompt(u, ui_tr(u, "saveas.title"), ui_tr(u, "saveas.text"),
		      &name, SAVES_NAME_MAX) != BOX_OK)
		goto out;
	saves_trim(&name);
	if (!name.len)
		goto out;
	/* The boxes that follow are of other sizes: none on top of the
	 * prompt's remains. */
	ui_clear(u);
	path = saves_target(s, &name);
	lang_fmt(&msg, ui_tr(u, "saveas.replace"), "file", path, LANG_END);
	if (access(path, F_OK) == 0 &&
	    (!s->sg.path || strcmp(path, s->sg.path)) &&
	    (ui_confirm(u, msg.buf) != BOX_OK || u->quit))
		goto done;
	strbuf_reset(&msg);
	if (session_save_as(s, name.buf, path) < 0) {
		ui_message(u, ui_tr(u, "save.failed.title"), s->why.buf);
		goto done;
	}
	lang_fmt(&msg, ui_tr(u, "saveas.done"), "name", name.buf, "file",
		 path, LANG_END);
	ui_message(u, ui_tr(u, "saveas.title"), msg.buf);
done:
	free(path);
out:
	strbuf_release(&name);
	strbuf_release(&msg);
}
