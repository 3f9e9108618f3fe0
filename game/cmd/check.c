/* check.c — `detente check [-q] DIR...`: validate scenario folders.
 *
 * For each folder: load it and print every diagnostic to stderr
 * ("file:line:col: message", warnings marked), then one line to stdout:
 * "DIR: ok", "DIR: ok, N warnings" or "DIR: N errors[, N warnings]"
 * (-q, --quiet: nothing on stdout). Exit status: 0 when every folder is valid (warnings
 * allowed), 1 when one is not, 2 on bad usage. */
#include "cmd/batch.h"
#include "cmd/cmd.h"
#include "cmd/opt.h"
#include "engine/game.h"
#include "engine/scenario.h"
#include "load/load-msgs.h"
#include "load/load.h"
#include "util/msg.h"
#include "util/xmalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHECK_QUIET, CHECK_N };

static const struct opt_def check_opts[CHECK_N + 1] = {
	[CHECK_QUIET] = { .name = "quiet", .letter = 'q', .kind = OPT_FLAG,
			  .help = "no summary line on standard output" },
};

const struct cmd_spec cmd_check_spec = {
	.synopsis_args = "DIR...", .args_what = "a scenario folder",
	.min_args = 1, .max_args = -1,
	.summary = "validate scenarios: errors as file:line:col: message",
	.about = "Exit status: 0 when every folder is valid (warnings "
		 "allowed), 1 when one is not.\n",
	.opts = check_opts,
};

/* "N errors, N warnings" without the parts that are zero. */
static void check_summary(const char *dir, int errors, int warnings)
{
	msg_printf(stdout, "%s: ", dir);
	if (!errors)
		printf("ok");
	else
		printf("%d error%s", errors, errors == 1 ? "" : "s");
	if (warnings)
		printf(", %d warning%s", warnings, warnings == 1 ? "" : "s");
	putchar('\n');
}

#define CHECK_GAMES 50	/* a pairing, for the late-inject warning */

/* The turn by which most games of cooperative doctrines (dove and
 * generous tit for tat against themselves) have ended, and how many
 * were played, into *games. */
static int check_coop_end(const struct scenario *sc, int *games)
{
	static const char *const coop[] = { "dove", "gtft" };
	int ends[2 * CHECK_GAMES] = { 0 }, n = 0, i, k, t, by = 0;
	struct batch_cfg cfg;
	struct batch_result r;
	struct game g;

	memset(&cfg, 0, sizeof cfg);
	cfg.sc = sc;
	for (k = 0; k < 2; k++) {
		cfg.doctrine[0] = cfg.doctrine[1] = coop[k];
		for (i = 0; i < CHECK_GAMES; i++) {
			game_init(&g, sc, (uint64_t)i + 1);
			g.lean = 1;
			if (batch_play(&g, &cfg, &r) == 0)
				ends[n++] = r.turns;
			game_release(&g);
		}
	}
	*games = n;
	for (t = 1; t <= sc->rules.turns && !by; t++) {
		for (i = 0, k = 0; i < n; i++)
			k += ends[i] <= t;
		if (2 * k > n)
			by = t;
	}
	return by ? by : sc->rules.turns;
}

/* Warn about injects that most cooperative games never reach: an
 * instructor's scripted event should be met by every class. */
static void check_late_events(const struct scenario *sc, struct diag *d)
{
	char why[160], *path;
	int i, by, games;
	size_t n;

	for (i = 0; i < sc->nevents; i++)
		if (sc->event[i].kind == EVK_SCRIPTED)
			break;
	if (i == sc->nevents || !sc->events_file)
		return;
	by = check_coop_end(sc, &games);
	snprintf(why, sizeof why, "half of %d games of dove or gtft against "
		 "itself end by turn %d", games, by);
	n = strlen(sc->dir);
	path = xasprintf("%s%s%s", sc->dir, n && sc->dir[n - 1] == '/' ? "" :
			 "/", sc->events_file);
	for (i = 0; i < sc->nevents; i++)
		if (sc->event[i].kind == EVK_SCRIPTED && sc->event[i].turn > by)
			diag_add(d, path, sc->event[i].line, 1,
				 DIAG_SCRIPTED_LATE, sc->event[i].id,
				 sc->event[i].turn, why);
	free(path);
}

static int check_one(const char *dir, int quiet)
{
	struct scenario sc;
	struct diag d;
	int rc;

	memset(&sc, 0, sizeof sc);
	diag_init(&d, &load_msgs);
	d.lint = 1;
	rc = scenario_load(&sc, dir, &d);
	if (rc == 0)
		check_late_events(&sc, &d);
	/* stdout first: the summary must not land between messages when
	 * both streams go to one terminal. */
	fflush(stdout);
	diag_print(&d, stderr);
	if (!quiet)
		check_summary(dir, diag_errors(&d), diag_warnings(&d));
	scenario_release(&sc);
	diag_release(&d);
	return rc;
}

int cmd_check(const struct cmd_args *a)
{
	int i, bad = 0;

	for (i = 0; i < a->narg; i++)
		if (check_one(a->arg[i], a->v[CHECK_QUIET].set) < 0)
			bad = 1;
	fflush(stdout);
	return bad;
}
