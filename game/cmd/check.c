/* check.c — `detente check [-q] DIR...`: validate scenario folders.
 *
 * For each folder: load it and print every diagnostic to stderr
 * ("file:line:col: message", warnings marked), then one line to stdout:
 * "DIR: ok", "DIR: ok, N warnings" or "DIR: N errors[, N warnings]"
 * (-q, --quiet: nothing on stdout). Exit status: 0 when every folder is valid (warnings
 * allowed), 1 when one is not, 2 on bad usage. */
#include "cmd/cmd.h"
#include "cmd/opt.h"
#include "engine/scenario.h"
#include "load/diag.h"
#include "load/load.h"
#include "util/msg.h"

#include <stdio.h>
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

static int check_one(const char *dir, int quiet)
{
	struct scenario sc;
	struct diag d;
	int rc;

	memset(&sc, 0, sizeof sc);
	diag_init(&d);
	rc = scenario_load(&sc, dir, &d);
	/* stdout first: the summary must not land between messages when
	 * both streams go to one terminal. */
	fflush(stdout);
	diag_print(&d, stderr);
	if (!quiet)
		check_summary(dir, d.errors, d.warnings);
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
