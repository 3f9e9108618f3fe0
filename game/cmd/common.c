/* common.c — helpers shared by the commands. */
#include "cmd/common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "load/load-msgs.h"
#include "load/load.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "util/xmalloc.h"

static const struct diag_def run_defs[RUN_N] = {
#define RUN_MSG(name, sev, text) [RUN_##name] = { #name, #sev[0], text },
#include "cmd/run-msgs.h"
#undef RUN_MSG
};

const struct diag_cat run_msgs = { run_defs, RUN_N, "run" };

void cmd_say(const char *who, enum run_code code, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	msg_addf(&sb, "%s: ", who);
	va_start(ap, code);
	diag_cat_vaddf(&run_msgs, &sb, (int)code, ap);
	va_end(ap);
	strbuf_addc(&sb, '\n');
	fwrite(sb.buf, 1, sb.len, stderr);
	strbuf_release(&sb);
}

int cmd_doctrine_check(const char *name)
{
	/* A script's file is read once the scenario is loaded
	 * (cmd_check_players), to check its action ids against it. */
	return ai_find(name) >= 0 || ai_level_find(name) >= 0 ||
	       !strncmp(name, AI_SCRIPT_PREFIX, strlen(AI_SCRIPT_PREFIX)) ?
	       0 : -1;
}

struct scenario *cmd_load_scenario(const char *dir)
{
	struct scenario *sc = xcalloc(1, sizeof *sc);
	char *def = NULL;
	struct diag d;
	int rc;

	if (!dir)
		dir = def = paths_default_scenario();
	diag_init(&d, &load_msgs);
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

int cmd_check_players(const char *const name[SIDES],
		      const struct scenario *sc)
{
	struct strbuf err = STRBUF_INIT;
	int s, rc = 0;

	for (s = 0; s < SIDES; s++) {
		strbuf_reset(&err);
		if (ai_check(name[s], sc, &err) != 0) {
			/* A script's own messages carry their place. */
			fputs(err.buf, stderr);
			if (err.len && err.buf[err.len - 1] != '\n')
				fputc('\n', stderr);
			rc = 1;
		}
	}
	strbuf_release(&err);
	return rc;
}
