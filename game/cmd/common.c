/* common.c — helpers shared by the commands. */
#include "cmd/common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "load/diag.h"
#include "load/load.h"
#include "util/paths.h"
#include "util/xmalloc.h"

int cmd_doctrine_check(const char *name)
{
	return ai_find(name) >= 0 ? 0 : -1;
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
