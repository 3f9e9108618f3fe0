/* ui.c — the terminal game's entry: locale, language, scenarios, the
 * terminal, and the loop from the title screen to the games. */
#include "ui/tui.h"
#include <dirent.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ai/ai.h"
#include "load/load-msgs.h"
#include "load/load.h"
#include "ui/ui_int.h"
#include "util/msg.h"
#include "util/paths.h"
#include "util/xmalloc.h"

/* UTF-8 through the wide-character curses when the locale allows it (or
 * C.UTF-8 does), else plain ASCII. */
static void ui_locale(struct ui *u)
{
	const char *cs;

	setlocale(LC_ALL, "");
	if (getenv("DETENTE_ASCII") && *getenv("DETENTE_ASCII")) {
		/* For terminals whose font lacks the symbols we draw. */
		u->ascii = 1;
		return;
	}
	cs = nl_langinfo(CODESET);
	if (cs && !strcmp(cs, "UTF-8"))
		return;
	if (setlocale(LC_ALL, "C.UTF-8")) {
		cs = nl_langinfo(CODESET);
		if (cs && !strcmp(cs, "UTF-8"))
			return;
	}
	setlocale(LC_ALL, "C");
	u->ascii = 1;
}

/* ---- scenarios ------------------------------------------------------------ */

static int ui_load_one(struct ui *u, const char *dir, int report)
{
	struct diag d;
	int rc;

	u->scs = xrealloc(u->scs, (size_t)(u->nsc + 1) * sizeof *u->scs);
	u->sc_dirs = xrealloc(u->sc_dirs,
			      (size_t)(u->nsc + 1) * sizeof *u->sc_dirs);
	memset(&u->scs[u->nsc], 0, sizeof *u->scs);
	diag_init(&d, &load_msgs);
	rc = scenario_load(&u->scs[u->nsc], dir, &d);
	if (rc < 0 || diag_errors(&d)) {
		if (report)
			diag_print(&d, stderr);
		diag_release(&d);
		scenario_release(&u->scs[u->nsc]);
		return -1;
	}
	diag_release(&d);
	u->sc_dirs[u->nsc++] = xstrdup(dir);
	return 0;
}

static int ui_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every valid scenario under the data folder, the default first; -1
 * when the default fails and no other was asked for (its messages are
 * printed). */
static int ui_scan(struct ui *u, const char *want)
{
	char *root = paths_data_file("scenarios"), *names[64], *dir;
	DIR *dp = opendir(root);
	struct dirent *de;
	int n = 0, i, rc = 0;

	while (dp && (de = readdir(dp)) != NULL && n < 64) {
		if (de->d_name[0] == '.')
			continue;
		dir = xasprintf("%s/%s/scenario.ini", root, de->d_name);
		if (access(dir, R_OK) == 0)
			names[n++] = xstrdup(de->d_name);
		free(dir);
	}
	if (dp)
		closedir(dp);
	qsort(names, (size_t)n, sizeof *names, ui_cmp);
	for (i = 0; i < n; i++) {
		if (!strcmp(names[i], PATHS_DEFAULT_SCENARIO) && i > 0) {
			char *t = names[i];

			memmove(names + 1, names, (size_t)i * sizeof *names);
			names[0] = t;
		}
	}
	for (i = 0; i < n; i++) {
		dir = xasprintf("%s/%s", root, names[i]);
		/* The default scenario must load: say why when it does not.
		 * Others that fail are left out of the list. */
		if (ui_load_one(u, dir, 0) < 0 &&
		    !strcmp(names[i], PATHS_DEFAULT_SCENARIO) && !want) {
			ui_load_one(u, dir, 1);
			rc = -1;
		}
		free(dir);
		free(names[i]);
	}
	free(root);
	return rc;
}

/* The scenario the player asked for goes first in the list. */
static int ui_scenarios(struct ui *u)
{
	const char *want = u->o->scenario;
	int i;

	if (want) {
		if (ui_load_one(u, want, 1) < 0)
			return -1;
	}
	if (ui_scan(u, want) < 0)
		return -1;
	if (want) {
		/* Drop the scan's copy of the same folder. */
		for (i = 1; i < u->nsc; i++) {
			if (!strcmp(u->scs[i].id, u->scs[0].id)) {
				scenario_release(&u->scs[i]);
				free(u->sc_dirs[i]);
				memmove(u->scs + i, u->scs + i + 1,
					(size_t)(u->nsc - i - 1) *
					sizeof *u->scs);
				memmove(u->sc_dirs + i, u->sc_dirs + i + 1,
					(size_t)(u->nsc - i - 1) *
					sizeof *u->sc_dirs);
				u->nsc--;
				break;
			}
		}
	}
	if (u->nsc == 0) {
		struct strbuf sb = STRBUF_INIT;

		/* Before the screen starts, in the player's language too. */
		lang_fmt(&sb, ui_tr(u, "err.no_scenario"), "dir", paths_data(),
			 LANG_END);
		fprintf(stderr, "detente: %s\n", sb.buf);
		strbuf_release(&sb);
		return -1;
	}
	return 0;
}

/* `--turns N`: the scenario's full length or its class length. */
static int ui_turns_ok(struct ui *u)
{
	const struct rules *r = &u->scs[0].rules;
	struct strbuf sb = STRBUF_INIT;
	char n[16], full[16], cl[16];

	if (!u->o->turns || u->o->turns == r->turns ||
	    u->o->turns == r->class_turns)
		return 0;
	snprintf(n, sizeof n, "%d", u->o->turns);
	snprintf(full, sizeof full, "%d", r->turns);
	snprintf(cl, sizeof cl, "%d", r->class_turns);
	lang_fmt(&sb, ui_tr(u, r->class_turns ? "err.turns_class" :
			    "err.turns"), "n", n, "full", full, "class", cl,
		 "id", u->scs[0].id, LANG_END);
	fprintf(stderr, "detente: %s\n", sb.buf);
	strbuf_release(&sb);
	return -1;
}

static void ui_free_scenarios(struct ui *u)
{
	int i;

	for (i = 0; i < u->nsc; i++) {
		scenario_release(&u->scs[i]);
		free(u->sc_dirs[i]);
	}
	free(u->scs);
	free(u->sc_dirs);
	u->scs = NULL;
	u->sc_dirs = NULL;
	u->nsc = 0;
}

/* ---- the loop ------------------------------------------------------------- */

/* Resume the save at path and play it. */
static void ui_resume(struct ui *u, const char *path)
{
	struct session s;

	if (session_load(&s, path, u->saves) < 0) {
		ui_message(u, ui_tr(u, "load.cannot"), s.why.buf);
		session_release(&s);
		return;
	}
	if (s.sg.warn.len)
		ui_message(u, ui_tr(u, "load.warnings"), s.sg.warn.buf);
	ui_play_session(u, &s);
	session_release(&s);
}

static void ui_new_game(struct ui *u, int preset)
{
	struct session s;

	if (newgame_run(u, &s, preset) != UI_DONE)
		return;
	ui_play_session(u, &s);
	session_release(&s);
}

static int ui_loop(struct ui *u, struct session *loaded)
{
	char *path;

	if (loaded)
		ui_play_session(u, loaded);
	else if (u->o->direct)
		ui_new_game(u, 1);
	while (!u->quit) {
		switch (title_run(u)) {
		case TITLE_NEW: ui_new_game(u, 0); break;
		case TITLE_CONTINUE:
			if (saves_latest(u, &path, NULL)) {
				ui_resume(u, path);
				free(path);
			}
			break;
		case TITLE_LOAD:
			path = saves_load_menu(u);
			if (path)
				ui_resume(u, path);
			free(path);
			break;
		case TITLE_HELP: help_run(u, "intro"); break;
		case TITLE_LANG: lang_menu_run(u); break;
		default: u->quit = 1; break;
		}
	}
	return 0;
}

/* `detente load SAVE`: read before the screen starts, so that a save
 * that cannot be loaded is an error on the terminal, with its place,
 * and exit status 1. */
static int ui_preload(struct ui *u, struct session *s)
{
	char *path = saves_find(u, u->o->load);
	int rc = session_load(s, path, u->saves);

	if (rc < 0) {
		fputs(s->why.buf, stderr);
		fputc('\n', stderr);
		session_release(s);
	}
	free(path);
	return rc;
}

static char *ui_saves_dir(const struct ui_opts *o)
{
	if (!o->saves_dir)
		return paths_saves();
	/* A folder named on the command line is made when missing; if it
	 * cannot be, the first save says why. */
	paths_mkdirs(o->saves_dir);
	return xstrdup(o->saves_dir);
}

int ui_main(const struct ui_opts *o)
{
	struct ui u;
	struct session loaded;
	struct strbuf err = STRBUF_INIT;
	int rc;

	memset(&u, 0, sizeof u);
	memset(&loaded, 0, sizeof loaded);	/* releasing it is safe */
	u.o = o;
	ui_locale(&u);
	rng_seed(&u.cosmetic, (uint64_t)time(NULL) ^
		 ((uint64_t)getpid() << 32), 0x636f736dULL);
	if (ui_set_lang(&u, o->lang ? o->lang : lang_from_env()) < 0)
		return 1;
	u.saves = ui_saves_dir(o);
	if (ui_scenarios(&u) < 0 ||
	    (o->load && ui_preload(&u, &loaded) < 0)) {
		rc = 1;
		goto out;
	}
	if (ui_turns_ok(&u) < 0) {
		rc = 2;
		goto out;
	}
	term_signals();
	if (term_start(&u, &err) < 0) {
		msg_printf(stderr, "detente: %s\n", err.buf);
		rc = 1;
		goto out;
	}
	rc = ui_loop(&u, o->load ? &loaded : NULL);
	term_stop();
	if (term_signalled())
		rc = 128 + term_signalled();
out:
	session_release(&loaded);
	ui_free_scenarios(&u);
	free(u.saves);
	lang_release(&u.L);
	lang_release(&u.en);
	strbuf_release(&err);
	return rc;
}
