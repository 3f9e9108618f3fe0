/* check.c — `detente check [-q] DIR...`: validate scenario folders.
 *
 * For each folder: load it and print every diagnostic to stderr
 * ("file:line:col: message", warnings marked), then one line to stdout:
 * "DIR: ok", "DIR: ok, N warnings" or "DIR: N errors[, N warnings]"
 * (-q, --quiet: nothing on stdout). Exit status: 0 when every folder is valid (warnings
 * allowed), 1 when one is not, 2 on bad usage. */
#include "cmd/cmd.h"
#include "engine/scenario.h"
#include "load/diag.h"
#include "load/load.h"
#include "util/msg.h"

#include <stdio.h>
#include <string.h>

static const char check_usage[] = "usage: detente check [-q] DIR...\n";

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

int cmd_check(int argc, char **argv)
{
	int i = 1, quiet = 0, bad = 0;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (!strcmp(argv[i], "-q") || !strcmp(argv[i], "--quiet")) {
			quiet = 1;
		} else if (!strcmp(argv[i], "-h") ||
			   !strcmp(argv[i], "--help")) {
			fputs(check_usage, stdout);
			return 0;
		} else {
			fprintf(stderr, "detente check: unknown option '%s'\n%s",
				argv[i], check_usage);
			return 2;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "detente check: no scenario folder given\n%s",
			check_usage);
		return 2;
	}
	for (; i < argc; i++)
		if (check_one(argv[i], quiet) < 0)
			bad = 1;
	fflush(stdout);
	return bad;
}
