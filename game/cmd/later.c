/* later.c — commands whose issues are still open. Each says so plainly
 * and exits 2 rather than pretending to work. */
#include <stdio.h>

#include "cmd/cmd.h"

static int later(const char *what)
{
	fprintf(stderr, "detente: '%s' is not available yet\n", what);
	return 2;
}

int cmd_replay(int argc, char **argv)
{
	(void)argc; (void)argv;
	return later("replay");
}

int cmd_new(int argc, char **argv)
{
	(void)argc; (void)argv;
	return later("new");
}

int cmd_report(int argc, char **argv)
{
	(void)argc; (void)argv;
	return later("report");
}
