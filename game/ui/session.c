/* session.c — a game at this keyboard, recorded and autosaved. */
#include "ui/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "save/list.h"
#include "util/xmalloc.h"

/* Longest file name made from a save's name, in bytes. */
#define SESSION_FILE_MAX 48

static void session_clear(struct session *s)
{
	memset(s, 0, sizeof *s);
	save_init(&s->sg.sv);
	strbuf_init(&s->sg.warn);
	strbuf_init(&s->why);
}

/* The new game's own file will not be written: its name goes. */
static void session_drop_want(struct session *s)
{
	if (s->want)
		save_path_drop(s->want);
	free(s->want);
	s->want = NULL;
}

void session_release(struct session *s)
{
	savegame_release(&s->sg);
	free(s->dir);
	session_drop_want(s);
	strbuf_release(&s->why);
	session_clear(s);
}

/* After a change: rc as savegame_play returns it. A new game that has
 * no file yet tries for it again; the outcome is remembered, so that a
 * failure is told once and a success clears it. */
static int session_sync(struct session *s, int rc, struct save_err *err)
{
	if (rc == 0 && s->want && !s->sg.path)
		rc = savegame_save_as(&s->sg, s->want, err) < 0 ? 1 : 0;
	if (rc != 0) {
		strbuf_reset(&s->why);
		save_err_str(err, &s->why);
		s->cause = save_err_cause(err);
	}
	if (rc == 0) {
		free(s->want);
		s->want = NULL;
		s->unsaved = s->told = 0;
	} else if (rc > 0 && !s->unsaved) {
		s->unsaved = 1;
		s->told = 0;
	}
	return rc;
}

int session_new(struct session *s, const struct scenario *sc,
		const struct session_opts *o, const struct save_player pl[SIDES],
		const char *lang, const char *dir)
{
	struct save_err err;
	int i;

	session_clear(s);
	if (savegame_new(&s->sg, sc, o->seed, pl, lang, &err) < 0) {
		save_err_str(&err, &s->why);
		return -1;
	}
	for (i = 0; i < SIDES; i++)
		if (o->name[i])
			s->sg.sv.player[i] = xstrdup(o->name[i]);
	if (o->turns && savegame_set_turns(&s->sg, o->turns) < 0) {
		strbuf_addf(&s->why, "%d turns: not a length of '%s'",
			    o->turns, sc->id);
		return -1;
	}
	s->sc = sc;
	s->dir = xstrdup(dir);
	s->want = save_path_new(dir, sc->id);
	session_sync(s, 0, &err);
	return 0;
}

int session_load(struct session *s, const char *path, const char *dir)
{
	struct save_err err;

	session_clear(s);
	s->dir = xstrdup(dir);
	if (savegame_load(&s->sg, path, &err) < 0) {
		strbuf_adds(&s->why, s->sg.warn.buf);
		save_err_str(&err, &s->why);
		return -1;
	}
	s->sc = s->sg.sc;
	/* A game under way: its players have read their briefings (b
	 * shows them again). */
	s->briefed[0] = s->briefed[1] = s->sg.g.st.turn > 0;
	return 0;
}

int session_human(const struct session *s, int side)
{
	return savegame_human(&s->sg, side);
}

const struct save_player *session_who(const struct session *s, int side)
{
	return &savegame_current(&s->sg)->player[side];
}

int session_player(const struct session *s)
{
	int a = session_human(s, 0), b = session_human(s, 1);

	if (a && b)
		return -1;
	if (!a && !b)
		return -2;
	return a ? 0 : 1;
}

int session_play(struct session *s, const struct move mv[SIDES])
{
	struct save_err err;

	return session_sync(s, savegame_play(&s->sg, mv, &err), &err);
}

int session_branch(struct session *s, int turn, int take)
{
	struct save_player pl[SIDES];
	struct save_err err;
	int was = take >= 0 && session_human(s, take), rc;

	pl[0] = *session_who(s, 0);
	pl[1] = *session_who(s, 1);
	if (take >= 0) {
		memset(&pl[take], 0, sizeof pl[take]);
		snprintf(pl[take].name, sizeof pl[take].name, "human");
	}
	rc = savegame_branch(&s->sg, turn, take >= 0 ? pl : NULL, &err);
	/* Whoever takes over a side reads its briefing first. */
	if (rc >= 0 && take >= 0 && !was)
		s->briefed[take] = 0;
	return session_sync(s, rc, &err);
}

int session_switch(struct session *s, int id)
{
	struct save_err err;

	return session_sync(s, savegame_switch(&s->sg, id, &err), &err);
}

/* ---- named saves ------------------------------------------------------- */

char *session_save_path(const struct session *s, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	const unsigned char *p;
	char *path;

	for (p = (const unsigned char *)name; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p >= 0x80)
			strbuf_addc(&sb, (char)*p);
		else if (*p >= 'A' && *p <= 'Z')
			strbuf_addc(&sb, (char)(*p - 'A' + 'a'));
		else if (sb.len && sb.buf[sb.len - 1] != '-')
			strbuf_addc(&sb, '-');
	}
	if (sb.len > SESSION_FILE_MAX) {
		/* Never in the middle of a character. */
		sb.len = SESSION_FILE_MAX;
		while (sb.len && ((unsigned char)sb.buf[sb.len] & 0xc0) ==
		       0x80)
			sb.len--;
	}
	while (sb.len && sb.buf[sb.len - 1] == '-')
		sb.len--;
	sb.buf[sb.len] = '\0';
	path = xasprintf("%s/%s%s", s->dir, sb.len ? sb.buf : "save",
			 SAVE_EXT);
	strbuf_release(&sb);
	return path;
}

/* Is path a file right inside dir? */
static int session_in_dir(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	return !strncmp(path, dir, n) && path[n] == '/' &&
	       !strchr(path + n + 1, '/');
}

int session_save_as(struct session *s, const char *name, const char *path)
{
	struct savegame *sg = &s->sg;
	struct save_err err;
	char *was_name = sg->sv.name;
	char *old = sg->path ? xstrdup(sg->path) : NULL;

	sg->sv.name = *name ? xstrdup(name) : NULL;
	if (savegame_save_as(sg, path, &err) < 0) {
		free(sg->sv.name);
		sg->sv.name = was_name;
		strbuf_reset(&s->why);
		save_err_str(&err, &s->why);
		free(old);
		return -1;
	}
	/* An autosave nobody named is this very game: the named file
	 * holds all of it, so the list need not show it twice. */
	if (old && !was_name && strcmp(old, path) &&
	    session_in_dir(old, s->dir))
		unlink(old);
	free(was_name);
	free(old);
	session_drop_want(s);
	s->unsaved = s->told = 0;
	return 0;
}
