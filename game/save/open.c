/* open.c — resuming a save from its file: finding and loading its
 * scenario, then savegame_open. */
#include "save/savegame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "load/diag.h"
#include "load/load.h"
#include "util/paths.h"
#include "util/xmalloc.h"

/* The loader's messages as text (they are printed later, or shown). */
static void diag_text(const struct diag *d, struct strbuf *out)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (!f)
		return;
	diag_print(d, f);
	if (fclose(f) == 0)
		strbuf_add(out, buf, len);
	free(buf);
}

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
	diag_init(&d);
	rc = scenario_load(sc, dir, &d);
	if (rc < 0)
		diag_text(&d, msgs);
	diag_release(&d);
	if (rc < 0) {
		scenario_release(sc);
		free(sc);
		return -1;
	}
	*out = sc;
	return 1;
}

/* The folders to look in: the save's, then the data folder's. */
static int scenario_dirs(const struct save *sv, char *dirs[2])
{
	int n = 0;

	if (sv->scenario_dir)
		dirs[n++] = xstrdup(sv->scenario_dir);
	dirs[n] = xasprintf("%s/scenarios/%s", paths_data(), sv->scenario);
	if (n && !strcmp(dirs[0], dirs[1]))
		free(dirs[n]);
	else
		n++;
	return n;
}

int save_load_scenario(const struct save *sv, struct scenario **out,
		       struct strbuf *msgs, struct save_err *err)
{
	char *dirs[2];
	struct strbuf where = STRBUF_INIT;
	struct scenario *sc = NULL, *other = NULL;
	int i, n = scenario_dirs(sv, dirs);

	*out = NULL;
	for (i = 0; i < n && !*out; i++) {
		strbuf_addf(&where, "%s'%s'", i ? " and " : "", dirs[i]);
		if (try_dir(dirs[i], &sc, msgs) <= 0)
			continue;
		if (!strcmp(sc->id, sv->scenario)) {
			*out = sc;
		} else if (!other) {
			other = sc;
		} else {
			scenario_release(sc);
			free(sc);
		}
	}
	if (!*out && other)
		save_err_set(err, sv->file, sv->scenario_line,
			     sv->scenario_col, SAVE_SCENARIO_ID, sv->scenario,
			     other->id);
	else if (!*out)
		save_err_set(err, sv->file, sv->scenario_line,
			     sv->scenario_col, SAVE_SCENARIO, sv->scenario,
			     where.buf);
	if (other && other != *out) {
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
