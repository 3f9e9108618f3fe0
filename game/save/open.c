/* open.c — resuming a save from its file: finding and loading its
 * scenario, then savegame_open. */

/* realpath() is XSI in glibc's eyes: ask for it. */
#define _XOPEN_SOURCE 700
#include "save/savegame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load/load-msgs.h"
#include "load/load.h"
#include "util/paths.h"
#include "util/xmalloc.h"

/* Load dir if it holds a scenario. 1: loaded (*out set), 0: nothing
 * there, -1: there but broken (its messages added to msgs). */
static int try_dir(const char *dir, struct scenario **out,
		   struct strbuf *msgs)
{
	char *ini = xasprintf("%s/scenario.ini", dir);
	struct scenario *sc;
	struct diag d;
	int there = access(ini, F_OK) == 0, rc;

	free(ini);
	if (!there)
		return 0;
	sc = xcalloc(1, sizeof *sc);
	diag_init(&d, &load_msgs);
	rc = scenario_load(sc, dir, &d);
	if (rc < 0)
		diag_str(&d, msgs);
	diag_release(&d);
	if (rc < 0) {
		scenario_release(sc);
		free(sc);
		return -1;
	}
	*out = sc;
	return 1;
}

static const char *open_hint;	/* --scenario DIR, or NULL */

void save_scenario_dir(const char *dir)
{
	open_hint = dir;
}

#define OPEN_DIRS 6

/* Add dir to dirs unless it names a folder already there. */
static int open_add(char **dirs, int n, char *dir)
{
	char *a = realpath(dir, NULL), *b;
	int i, same = 0;

	for (i = 0; i < n && !same; i++) {
		b = realpath(dirs[i], NULL);
		same = a && b ? !strcmp(a, b) : !strcmp(dir, dirs[i]);
		free(b);
	}
	free(a);
	if (same || n == OPEN_DIRS) {
		free(dir);
		return n;
	}
	dirs[n] = dir;
	return n + 1;
}

/* The folders to look in, in order: --scenario DIR; the save's own
 * folder and the scenario's folder inside it (a class hands out the
 * folder and collects the saves); the folder the game was played from;
 * ./scenarios/ID; the data folder's scenarios/ID. */
static int scenario_dirs(const struct save *sv, char **dirs)
{
	const char *slash = strrchr(sv->file, '/');
	char *own = slash ? xstrndup(sv->file, (size_t)(slash - sv->file)) :
		    xstrdup(".");
	int n = 0;

	if (open_hint)
		n = open_add(dirs, n, xstrdup(open_hint));
	n = open_add(dirs, n, xasprintf("%s/%s", own, sv->scenario));
	n = open_add(dirs, n, xstrdup(own));
	if (sv->scenario_dir)
		n = open_add(dirs, n, xstrdup(sv->scenario_dir));
	n = open_add(dirs, n, xasprintf("scenarios/%s", sv->scenario));
	n = open_add(dirs, n, xasprintf("%s/scenarios/%s", paths_data(),
					 sv->scenario));
	free(own);
	return n;
}

/* Keep sc as the answer (*out) or as a candidate (*other), or free it.
 * A scenario of the save's id and digest ends the search; so does
 * --scenario DIR of the right id, whatever its digest. */
static int open_take(const struct save *sv, struct scenario *sc, int hint,
		     struct scenario **best, struct scenario **other)
{
	int id = !strcmp(sc->id, sv->scenario);

	if (id && (hint || sc->digest == sv->digest || !*best)) {
		if (*best) {
			scenario_release(*best);
			free(*best);
		}
		*best = sc;
		return hint || sc->digest == sv->digest;
	}
	if (!id && !*other) {
		*other = sc;
		return 0;
	}
	scenario_release(sc);
	free(sc);
	return 0;
}

int save_load_scenario(const struct save *sv, struct scenario **out,
		       struct strbuf *msgs, struct save_err *err)
{
	char *dirs[OPEN_DIRS];
	struct strbuf where = STRBUF_INIT;
	struct scenario *sc = NULL, *other = NULL;
	int i, n = scenario_dirs(sv, dirs), done = 0;

	*out = NULL;
	for (i = 0; i < n && !done; i++) {
		strbuf_addf(&where, "%s'%s'", i ? ", " : "", dirs[i]);
		if (try_dir(dirs[i], &sc, msgs) <= 0)
			continue;
		done = open_take(sv, sc, open_hint && i == 0, out, &other);
	}
	if (!*out && other)
		save_err_set(err, sv->file, sv->scenario_line,
			     sv->scenario_col, SAVE_SCENARIO_ID, sv->scenario,
			     other->id);
	else if (!*out)
		save_err_set(err, sv->file, sv->scenario_line,
			     sv->scenario_col, SAVE_SCENARIO, sv->scenario,
			     where.buf);
	if (other) {
		scenario_release(other);
		free(other);
	}
	for (i = 0; i < n; i++)
		free(dirs[i]);
	strbuf_release(&where);
	return *out ? 0 : -1;
}

int savegame_load(struct savegame *sg, const char *path,
		  struct save_err *err)
{
	struct save sv;
	struct scenario *sc = NULL;
	struct strbuf msgs = STRBUF_INIT;
	int rc;

	save_init(&sv);
	rc = save_read(&sv, path, err);
	if (rc == 0)
		rc = save_load_scenario(&sv, &sc, &msgs, err);
	if (rc == 0) {
		/* `sim --turns N` plays a shorter game than the scenario
		 * says; the save remembers, and the scenario is ours. A
		 * class length is the scenario's own: it stays as it is. */
		if (sv.turn_limit != sc->rules.class_turns)
			sc->rules.turns = sv.turn_limit;
		rc = savegame_open(sg, &sv, sc, err);
	} else {
		memset(sg, 0, sizeof *sg);
		strbuf_init(&sg->warn);
	}
	if (rc == 0) {
		sg->own = sc;
		sg->path = xstrdup(path);
		save_clean_temps(path);
	} else if (sc) {
		scenario_release(sc);
		free(sc);
	}
	/* The loader's own messages come before ours. */
	if (msgs.len) {
		strbuf_adds(&msgs, sg->warn.buf);
		strbuf_release(&sg->warn);
		sg->warn = msgs;
	} else {
		strbuf_release(&msgs);
	}
	save_release(&sv);
	return rc;
}
