/* main.c — the command line: picks a command, and is the only place that
 * exits. Commands that need no screen live in game/cmd/; the game itself
 * in game/ui/. */
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/cmd.h"
#include "ui/ui.h"
#include "util/parse.h"

#ifndef DETENTE_VERSION
#define DETENTE_VERSION "0"
#endif

static void usage(FILE *f)
{
	int i;

	fputs("Usage: detente [COMMAND] [OPTION]...\n"
	      "A negotiation game: two states trade guarantees and cyber "
	      "actions, turn by turn.\n"
	      "\n"
	      "Commands:\n"
	      "  (none)                 the game, on the default scenario\n"
	      "  play [--scenario DIR] [--side a|b] [--vs human|DOCTRINE]\n"
	      "       [--seed N] [--lang en|bg] [--saves DIR]\n"
	      "                         a new game with those settings\n"
	      "  load SAVE              resume a saved game\n"
	      "  check DIR...           validate scenarios\n"
	      "  sim --scenario DIR --a DOCTRINE --b DOCTRINE [--games N]\n"
	      "      [--turns N] [--seed N] [--csv FILE|-] [--threads N]\n"
	      "      [--shard K/N] [--save FILE]\n"
	      "                         batch games and their statistics\n"
	      "  tournament --scenario DIR [--games N] [--csv FILE|-]\n"
	      "                         every doctrine against every other\n"
	      "  replay SAVE [--csv] [--lang en|bg] [--branch N]\n"
	      "                         the transcript of a saved game\n"
	      "  new DIR --article FILE [--lang xx]\n"
	      "                         a draft scenario from an article\n"
	      "  report SAVE|DIR...     a class summary of saved games\n"
	      "\n"
	      "Options:\n"
	      "  -h, --help             show this help and exit\n"
	      "  -V, --version          show the version and exit\n"
	      "\n"
	      "Doctrines:\n", f);
	for (i = 0; i < ai_count(); i++)
		fprintf(f, "  %-11s %s\n", ai_name(i), ai_summary(i));
	fputs("\nExit status: 0 success, 1 bad input, 2 bad usage.\n", f);
}

static int usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("detente: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 'detente --help' for more information.\n", stderr);
	return 2;
}

static int parse_side(const char *s)
{
	if (!strcmp(s, "a"))
		return 0;
	if (!strcmp(s, "b"))
		return 1;
	return -1;
}

/* detente play [options] */
static int main_play(int argc, char **argv, struct ui_opts *o)
{
	static const struct option opts[] = {
		{ "scenario", required_argument, NULL, 's' },
		{ "side", required_argument, NULL, 'S' },
		{ "vs", required_argument, NULL, 'v' },
		{ "seed", required_argument, NULL, 'r' },
		{ "lang", required_argument, NULL, 'l' },
		{ "saves", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 's': o->scenario = optarg; break;
		case 'S':
			o->side = parse_side(optarg);
			if (o->side < 0)
				return usage_error("side must be 'a' or 'b', "
						   "not '%s'", optarg);
			break;
		case 'v':
			if (strcmp(optarg, "human") && ai_find(optarg) < 0)
				return usage_error("unknown opponent '%s'",
						   optarg);
			o->vs = optarg;
			break;
		case 'r':
			if (parse_u64(optarg, &o->seed) < 0)
				return usage_error("seed must be a whole "
						   "number, not '%s'", optarg);
			o->have_seed = 1;
			break;
		case 'l':
			if (strcmp(optarg, "en") && strcmp(optarg, "bg"))
				return usage_error("unknown language '%s'",
						   optarg);
			o->lang = optarg;
			break;
		case 'd': o->saves_dir = optarg; break;
		case 'h': usage(stdout); return 0;
		default:
			return usage_error("unknown option '%s'",
					   argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("unexpected argument '%s'", argv[optind]);
	o->direct = 1;
	return -1;
}

static int main_load(int argc, char **argv, struct ui_opts *o)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--saves") && i + 1 < argc)
			o->saves_dir = argv[++i];
		else if (!strcmp(argv[i], "--lang") && i + 1 < argc)
			o->lang = argv[++i];
		else if (argv[i][0] == '-' && argv[i][1])
			return usage_error("unknown option '%s'", argv[i]);
		else if (o->load)
			return usage_error("unexpected argument '%s'",
					   argv[i]);
		else
			o->load = argv[i];
	}
	if (!o->load)
		return usage_error("%s", "load needs a save file");
	o->direct = 1;
	return -1;
}

static int main_dispatch(int argc, char **argv)
{
	struct ui_opts o;
	const char *cmd = argc > 1 ? argv[1] : NULL;
	int rc = -1;

	memset(&o, 0, sizeof o);
	o.side = -1;
	if (!cmd)
		return ui_main(&o);
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
		printf("detente " DETENTE_VERSION "\n");
		return 0;
	}
	if (!strcmp(cmd, "check"))
		return cmd_check(argc - 1, argv + 1);
	if (!strcmp(cmd, "sim"))
		return cmd_sim(argc - 1, argv + 1);
	if (!strcmp(cmd, "tournament"))
		return cmd_tournament(argc - 1, argv + 1);
	if (!strcmp(cmd, "replay"))
		return cmd_replay(argc - 1, argv + 1);
	if (!strcmp(cmd, "new"))
		return cmd_new(argc - 1, argv + 1);
	if (!strcmp(cmd, "report"))
		return cmd_report(argc - 1, argv + 1);
	if (!strcmp(cmd, "play"))
		rc = main_play(argc - 1, argv + 1, &o);
	else if (!strcmp(cmd, "load"))
		rc = main_load(argc - 1, argv + 1, &o);
	else if (cmd[0] == '-')
		return usage_error("unknown option '%s'", cmd);
	else
		return usage_error("unknown command '%s'", cmd);
	if (rc >= 0)
		return rc;
	return ui_main(&o);
}

int main(int argc, char **argv)
{
	int rc;

	/* A file-size limit should fail a write with EFBIG, which the saves
	 * report, rather than kill the game with SIGXFSZ. */
	signal(SIGXFSZ, SIG_IGN);
	rc = main_dispatch(argc, argv);

	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("detente: write error");
		rc = rc ? rc : 1;
	}
	exit(rc);
}
