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
#include "load/diag.h"
#include "load/load.h"
#include "ui/ui_int.h"
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

/* ---- scenarios ------------------------------------------------------------ */

static int ui_load_one(struct ui *u, const char *dir, int report)
{
	struct diag d;
	int rc;

	u->scs = xrealloc(u->scs, (size_t)(u->nsc + 1) * sizeof *u->scs);
	u->sc_dirs = xrealloc(u->sc_dirs,
			      (size_t)(u->nsc + 1) * sizeof *u->sc_dirs);
	memset(&u->scs[u->nsc], 0, sizeof *u->scs);
	diag_init(&d);
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
		fprintf(stderr, "detente: no valid scenario found in %s/"
			"scenarios; check them with 'detente check'\n",
			paths_data());
		return -1;
	}
	return 0;
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

static void ui_new_game(struct ui *u, int preset)
{
	struct session s;

	if (newgame_run(u, &s, preset) < 0)
		return;
	ui_play_session(u, &s);
	session_release(&s);
}

static void ui_continue(struct ui *u, const char *path)
{
	const struct ui_hooks *h = ui_hooks_get();
	struct scenario sc;
	struct session s;
	struct strbuf err = STRBUF_INIT;

	memset(&sc, 0, sizeof sc);
	if (!h->load || h->load(h->ctx, path, &sc, &s, &err) < 0) {
		ui_message(u, ui_tr(u, "title.continue"),
			   err.len ? err.buf : ui_tr(u, "title.no_save"));
		strbuf_release(&err);
		return;
	}
	ui_play_session(u, &s);
	session_release(&s);
	scenario_release(&sc);
	strbuf_release(&err);
}

/* The Load screen: the saves the hooks offer, one a line. */
static void ui_load_menu(struct ui *u)
{
	const struct ui_hooks *h = ui_hooks_get();
	struct strbuf names = STRBUF_INIT;
	struct menu_item it[64];
	char *p, *nl;
	int n = 0, sel = 0, key;

	if (!h->list || h->list(h->ctx, &names) < 0 || !names.len) {
		ui_message(u, ui_tr(u, "title.load"), ui_tr(u, "title.no_save"));
		strbuf_release(&names);
		return;
	}
	memset(it, 0, sizeof it);
	for (p = names.buf; *p && n < 64; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		it[n].label = p;
		it[n++].enabled = 1;
		if (!nl)
			break;
	}
	for (;;) {
		ui_clear(u);
		ui_header(u, ui_tr(u, "title.load"), NULL);
		menu_draw(u, it, n, sel, 2, 1, u->cols - 2, 0);
		ui_keyline(u, ui_tr(u, "keys.menu"));
		refresh();
		key = ui_key(u);
		if (key == K_QUIT || key == K_BACK || key == 'q')
			break;
		if (key != K_REDRAW && menu_key(u, it, n, &sel, key)) {
			ui_continue(u, it[sel].label);
			break;
		}
	}
	strbuf_release(&names);
}

static int ui_loop(struct ui *u)
{
	if (u->o->load)
		ui_continue(u, u->o->load);
	else if (u->o->direct)
		ui_new_game(u, 1);
	while (!u->quit) {
		switch (title_run(u)) {
		case TITLE_NEW: ui_new_game(u, 0); break;
		case TITLE_CONTINUE: ui_continue(u, NULL); break;
		case TITLE_LOAD: ui_load_menu(u); break;
		case TITLE_HELP: help_run(u, "intro"); break;
		case TITLE_LANG: lang_menu_run(u); break;
		default: u->quit = 1; break;
		}
	}
	return 0;
}

int ui_main(const struct ui_opts *o)
{
	struct ui u;
	struct strbuf err = STRBUF_INIT;
	int rc;

	memset(&u, 0, sizeof u);
	u.o = o;
	ui_locale(&u);
	rng_seed(&u.cosmetic, (uint64_t)time(NULL) ^
		 ((uint64_t)getpid() << 32), 0x636f736dULL);
	if (ui_set_lang(&u, o->lang ? o->lang : lang_from_env()) < 0)
		return 1;
	if (o->load && !ui_hooks_get()->load) {
		fprintf(stderr, "detente: cannot load '%s': saved games are "
			"not available in this version\n", o->load);
		rc = 1;
		goto out;
	}
	if (ui_scenarios(&u) < 0) {
		rc = 1;
		goto out;
	}
	term_signals();
	if (term_start(&u, &err) < 0) {
		fprintf(stderr, "detente: %s\n", err.buf);
		rc = 1;
		goto out;
	}
	rc = ui_loop(&u);
	term_stop();
	if (term_signalled())
		rc = 128 + term_signalled();
out:
	ui_free_scenarios(&u);
	lang_release(&u.L);
	lang_release(&u.en);
	strbuf_release(&err);
	return rc;
}
