/* replay.c — `detente replay SAVE [--csv FILE|-] [--lang en|bg]
 * [--branch N] [--scenario DIR]`: a saved game's transcript, played
 * again from its moves and checked turn by turn against the save. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/out.h"
#include "save/savegame.h"
#include "save/transcript.h"
#include "text/lang.h"
#include "util/parse.h"

enum { REPLAY_CSV, REPLAY_LANG, REPLAY_BRANCH, REPLAY_SCENARIO, REPLAY_N };

static const struct opt_def replay_opt_defs[REPLAY_N + 1] = {
	[REPLAY_CSV] = CMD_OPT_CSV("the transcript as CSV to FILE, instead "
				   "of the text"),
	[REPLAY_LANG] = CMD_OPT_LANG,
	[REPLAY_BRANCH] = { .name = "branch", .kind = OPT_INT, .arg = "N",
			    .lo = 1, .hi = 1000000,
			    .help = "that branch of the game (default: the "
				    "current one)" },
	[REPLAY_SCENARIO] = CMD_OPT_SAVE_SCENARIO,
};

const struct cmd_spec cmd_replay_spec = {
	.synopsis_args = "SAVE", .args_what = "a save file",
	.min_args = 1, .max_args = 1,
	.summary = "a saved game's transcript, everything hidden revealed",
	.opts = replay_opt_defs,
};

struct replay_opts {
	const char *path, *lang, *csv;
	long branch;
};

/* The words for the text transcript; a problem with the language files
 * is said, and the transcript still comes (missing words show as keys). */
static void replay_text(const struct savegame *sg, const char *code,
			struct strbuf *out)
{
	struct lang L, en;
	struct strbuf err = STRBUF_INIT;

	lang_init(&L, code);
	lang_init(&en, "en");
	if (lang_load_pair(&L, &en, code, &err) > 0)
		msg_puts(stderr, err.buf);
	transcript_text(&sg->sv, &sg->g, &L, code, out);
	lang_release(&L);
	lang_release(&en);
	strbuf_release(&err);
}

static int replay_load(const struct replay_opts *o, struct savegame *sg)
{
	struct save_err err;

	if (savegame_load(sg, o->path, &err) < 0) {
		msg_puts(stderr, sg->warn.buf);
		save_err_print(&err, stderr);
		return -1;
	}
	msg_puts(stderr, sg->warn.buf);
	savegame_detach(sg);	/* reading only: never rewrite the save */
	if (o->branch && savegame_switch(sg, (int)o->branch, &err) != 0) {
		save_err_print(&err, stderr);
		return -1;
	}
	return 0;
}

int cmd_replay(const struct cmd_args *a)
{
	struct replay_opts o;
	struct savegame sg;
	struct strbuf out = STRBUF_INIT;
	int rc;

	memset(&o, 0, sizeof o);
	o.path = a->arg[0];
	o.csv = a->v[REPLAY_CSV].s;
	o.lang = a->v[REPLAY_LANG].s;
	o.branch = a->v[REPLAY_BRANCH].n;
	save_scenario_dir(a->v[REPLAY_SCENARIO].s);
	if (o.csv && out_check("--csv", o.csv, &o.path, 1, NULL, 0))
		return 2;
	rc = replay_load(&o, &sg);
	if (rc == 0 && o.csv) {
		transcript_csv(&sg.g, &out);
		rc = out_write(o.csv, out.buf, out.len);
	} else if (rc == 0) {
		replay_text(&sg, o.lang ? o.lang : lang_from_env(), &out);
		msg_write(stdout, out.buf, out.len);
	}
	strbuf_release(&out);
	savegame_release(&sg);
	return rc < 0 ? 1 : 0;
}
