/* common.c — helpers shared by the commands. */
#include "cmd/common.h"

#include <ctype.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/diag.h"
#include "load/load.h"
#include "util/parse.h"
#include "util/paths.h"
#include "util/xmalloc.h"

int cmd_usage(const char *fmt, ...)
{
	va_list ap;

	fputs("detente: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'detente --help' for more information.\n", stderr);
	return 2;
}

int cmd_opt_bad(int c, char **argv)
{
	if (c == ':')
		return cmd_usage("option '%s' needs a value", argv[optind - 1]);
	return cmd_usage("unknown option '%s'", argv[optind - 1]);
}

int cmd_opt_games(const char *arg, long *games)
{
	if (parse_int(arg, 1, 100000000, games) < 0)
		return cmd_usage("--games needs a number from 1, not '%s'",
				 arg);
	return 0;
}

int cmd_opt_seed(const char *arg, uint64_t *seed)
{
	if (parse_u64(arg, seed) < 0)
		return cmd_usage("--seed needs a whole number, not '%s'", arg);
	return 0;
}

int cmd_opt_threads(const char *arg, int *threads)
{
	long v;

	if (parse_int(arg, 1, 256, &v) < 0)
		return cmd_usage("--threads needs a number from 1 to 256, "
				 "not '%s'", arg);
	*threads = (int)v;
	return 0;
}

struct scenario *cmd_load_scenario(const char *dir)
{
	struct scenario *sc = xcalloc(1, sizeof *sc);
	char *def = NULL;
	struct diag d;
	int rc;

	if (!dir)
		dir = def = paths_default_scenario();
	diag_init(&d);
	rc = scenario_load(sc, dir, &d);
	diag_print(&d, stderr);
	diag_release(&d);
	free(def);
	if (rc < 0) {
		cmd_free_scenario(sc);
		return NULL;
	}
	return sc;
}

void cmd_free_scenario(struct scenario *sc)
{
	if (!sc)
		return;
	scenario_release(sc);
	free(sc);
}
