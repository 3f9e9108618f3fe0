/* replay.c — `detente replay SAVE [--csv] [--lang en|bg] [--branch N]
 * [--scenario DIR]`:
 * a saved game's transcript, played again from its moves and checked
 * turn by turn against the save. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/common.h"
#include "save/savegame.h"
#include "save/transcript.h"
#include "text/lang.h"
#include "util/parse.h"

struct replay_opts {
	const char *path, *lang;
	int csv;
	long branch;
};

static int replay_parse(int argc, char **argv, struct replay_opts *o)
{
	static const struct option opts[] = {
		{ "csv", no_argument, NULL, 'c' },
		{ "lang", required_argument, NULL, 'l' },
		{ "branch", required_argument, NULL, 'b' },
		{ "scenario", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': o->csv = 1; break;
		case 'l':
			if (strcmp(optarg, "en") && strcmp(optarg, "bg"))
				return cmd_usage("unknown language '%s'",
						 optarg);
			o->lang = optarg;
			break;
		case 'b':
			if (parse_int(optarg, 1, 1000000, &o->branch) < 0)
				return cmd_usage("--branch needs a branch "
						 "number, not '%s'", optarg);
			break;
		case 's': save_scenario_dir(optarg); break;
		case 'h':
			fputs("Usage: detente replay SAVE [--csv] "
			      "[--lang en|bg] [--branch N] [--scenario DIR]\n",
			      stdout);
			return 0;
		default:
			return cmd_opt_bad(c, argv);
		}
	}
	if (optind == argc)
		return cmd_usage("%s", "replay needs a save file");
	if (optind + 1 < argc)
		return cmd_usage("unexpected argument '%s'", argv[optind + 1]);
	o->path = argv[optind];
	return -1;
}

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
		fputs(err.buf, stderr);
	transcript_text(&sg->sv, &sg->g, &L, code, out);
	lang_release(&L);
	lang_release(&en);
	strbuf_release(&err);
}

static int replay_load(const struct replay_opts *o, struct savegame *sg)
{
	struct save_err err;

	if (savegame_load(sg, o->path, &err) < 0) {
		fputs(sg->warn.buf, stderr);
		save_err_print(&err, stderr);
		return -1;
	}
	fputs(sg->warn.buf, stderr);
	savegame_detach(sg);	/* reading only: never rewrite the save */
	if (o->branch && savegame_switch(sg, (int)o->branch, &err) != 0) {
		save_err_print(&err, stderr);
		return -1;
	}
	return 0;
}

int cmd_replay(int argc, char **argv)
{
	struct replay_opts o;
	struct savegame sg;
	struct strbuf out = STRBUF_INIT;
	int rc;

	memset(&o, 0, sizeof o);
	rc = replay_parse(argc, argv, &o);
	if (rc >= 0)
		return rc;
	rc = replay_load(&o, &sg);
	if (rc == 0 && o.csv)
		transcript_csv(&sg.g, &out);
	else if (rc == 0)
		replay_text(&sg, o.lang ? o.lang : lang_from_env(), &out);
	fwrite(out.buf, 1, out.len, stdout);
	strbuf_release(&out);
	savegame_release(&sg);
	return rc < 0 ? 1 : 0;
}
