/* main.c — the command line: picks a command, and is the only place that
 * exits. Commands that need no screen live in game/cmd/; the game itself
 * in game/ui/. */
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "save/savegame.h"
#include "ui/ui.h"
#include "util/parse.h"
#include "util/paths.h"

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
	      "  (none) [--saves DIR] [--lang en|bg]\n"
	      "                         the game, on the default scenario\n"
	      "  play [--scenario DIR] [--side a|b] [--vs human|LEVEL|DOCTRINE]\n"
	      "       [--seed N] [--turns N] [--lang en|bg] [--saves DIR]\n"
	      "                         a new game with those settings\n"
	      "  load SAVE [--saves DIR] [--lang en|bg] [--scenario DIR]\n"
	      "                         resume a saved game (a file, or a "
	      "name in DIR)\n"
	      "  check DIR...           validate scenarios\n"
	      "  sim --scenario DIR --a DOCTRINE --b DOCTRINE [--games N]\n"
	      "      [--turns N] [--seed N] [--csv FILE|-] [--threads N]\n"
	      "      [--shard K/N] [--save FILE]\n"
	      "                         batch games and their statistics\n"
	      "  tournament --scenario DIR [--games N] [--csv FILE|-]\n"
	      "                         every doctrine against every other\n"
	      "  replay SAVE [--csv] [--lang en|bg] [--branch N] "
	      "[--scenario DIR]\n"
	      "                         the transcript of a saved game\n"
	      "  new DIR --article FILE [--lang xx]\n"
	      "                         a draft scenario from an article\n"
	      "  report [--csv FILE|-] [--turns-csv FILE|-] [--html FILE]\n"
	      "         [--scenario DIR] SAVE|DIR...\n"
	      "                         a class summary of saved games\n"
	      "  balance --scenario DIR [--games N] [--seed N] "
	      "[--scripts DIR]\n"
	      "                         is the dilemma worth playing? seven "
	      "properties\n"
	      "\n"
	      "Options:\n"
	      "  -h, --help             show this help and exit\n"
	      "  -V, --version          show the version and exit\n"
	      "\n"
	      "Levels (the computer opponent by difficulty):\n"
	      "  easy        generous tit for tat (gtft)\n"
	      "  normal      tit for tat (tft)\n"
	      "  hard        planner, looking 2 turns ahead\n"
	      "  expert      planner, looking 4 turns ahead\n"
	      "\n"
	      "Doctrines:\n", f);
	for (i = 0; i < ai_count(); i++)
		fprintf(f, "  %-11s %s\n", ai_name(i), ai_summary(i));
	fputs("\nExit status: 0 success, 1 bad input, 2 bad usage.\n", f);
	fprintf(f, "\nScenarios and assets: %s\n", paths_data());
	if (paths_in_tree())
		fprintf(f, "Saves: --saves DIR, else %s/saves\n", paths_data());
	else
		fputs("Saves: --saves DIR, else $XDG_DATA_HOME/detente/saves "
		      "(~/.local/share/...)\n", f);
	fputs("\nFull documentation: man 6 detente, and README.md with the "
	      "sources.\n"
	      "Report bugs to the Détente maintainers, with the command and "
	      "the message.\n", f);
}

/* GNU's layout: name and version, copyright, then the terms. No licence
 * has been chosen for Détente yet, so the terms are GCC's wording, which
 * names none. */
static void version(void)
{
	fputs("detente " DETENTE_VERSION "\n"
	      "Copyright (C) 2026 the Détente authors.\n"
	      "This is free software; see the source for copying conditions. "
	      " There is NO\n"
	      "warranty; not even for MERCHANTABILITY or FITNESS FOR A "
	      "PARTICULAR PURPOSE.\n", stdout);
}


/* The difficulty levels the new-game screen offers (game/ui/newgame.c):
 * easy (gtft), normal (tft), hard (planner, 2 turns ahead) and expert
 * (planner, 4 turns ahead). */
static int main_is_level(const char *s)
{
	return !strcmp(s, "easy") || !strcmp(s, "normal") ||
	       !strcmp(s, "hard") || !strcmp(s, "expert");
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
		{ "turns", required_argument, NULL, 't' },
		{ "lang", required_argument, NULL, 'l' },
		{ "saves", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	long n;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+:h", opts, NULL)) != -1) {
		switch (c) {
		case 's': o->scenario = optarg; break;
		case 'S':
			o->side = parse_side(optarg);
			if (o->side < 0)
				return cmd_usage("side must be 'a' or 'b', "
						   "not '%s'", optarg);
			break;
		case 'v':
			if (strcmp(optarg, "human") && ai_find(optarg) < 0 &&
			    !main_is_level(optarg))
				return cmd_usage("unknown opponent '%s'",
						   optarg);
			o->vs = optarg;
			break;
		case 'r':
			if (parse_u64(optarg, &o->seed) < 0)
				return cmd_usage("seed must be a whole "
						   "number, not '%s'", optarg);
			o->have_seed = 1;
			break;
		case 't':
			/* Whether the scenario has this length is known
			 * once it is loaded (ui_main). */
			if (parse_int(optarg, 1, 1000, &n) < 0)
				return cmd_usage("turns must be a whole "
						   "number from 1 to 1000, not "
						   "'%s'", optarg);
			o->turns = (int)n;
			break;
		case 'l':
			if (strcmp(optarg, "en") && strcmp(optarg, "bg"))
				return cmd_usage("unknown language '%s'",
						   optarg);
			o->lang = optarg;
			break;
		case 'd': o->saves_dir = optarg; break;
		case 'h': usage(stdout); return 0;
		default:
			return cmd_opt_bad(c, argv);
		}
	}
	if (optind < argc)
		return cmd_usage("unexpected argument '%s'", argv[optind]);
	o->direct = 1;
	return -1;
}

/* --saves DIR and --lang CODE, which the title screen and `load` take;
 * argv[*i] is one of them. 0, or a usage error's status. */
static int main_common(int argc, char **argv, int *i, struct ui_opts *o)
{
	const char *opt = argv[*i];

	if (*i + 1 >= argc)
		return cmd_usage("option '%s' needs a value", opt);
	if (!strcmp(opt, "--saves")) {
		o->saves_dir = argv[++*i];
		return 0;
	}
	if (strcmp(argv[*i + 1], "en") && strcmp(argv[*i + 1], "bg"))
		return cmd_usage("unknown language '%s'", argv[*i + 1]);
	o->lang = argv[++*i];
	return 0;
}

static int main_is_common(const char *a)
{
	return !strcmp(a, "--saves") || !strcmp(a, "--lang");
}

/* detente [--saves DIR] [--lang en|bg]: the title screen. */
static int main_title(int argc, char **argv, struct ui_opts *o)
{
	int i, rc;

	for (i = 1; i < argc; i++) {
		if (!main_is_common(argv[i]))
			return cmd_usage("unknown option '%s'", argv[i]);
		rc = main_common(argc, argv, &i, o);
		if (rc)
			return rc;
	}
	return -1;
}

static int main_load(int argc, char **argv, struct ui_opts *o)
{
	int i, rc;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--scenario")) {
			if (i + 1 >= argc)
				return cmd_usage("option '%s' needs a value",
						 argv[i]);
			save_scenario_dir(argv[++i]);
		} else if (main_is_common(argv[i])) {
			rc = main_common(argc, argv, &i, o);
			if (rc)
				return rc;
		} else if (argv[i][0] == '-' && argv[i][1])
			return cmd_usage("unknown option '%s'", argv[i]);
		else if (o->load)
			return cmd_usage("unexpected argument '%s'",
					   argv[i]);
		else
			o->load = argv[i];
	}
	if (!o->load)
		return cmd_usage("%s", "load needs a save file");
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
		version();
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
	if (!strcmp(cmd, "balance"))
		return cmd_balance(argc - 1, argv + 1);
	if (main_is_common(cmd))
		rc = main_title(argc, argv, &o);
	else if (!strcmp(cmd, "play"))
		rc = main_play(argc - 1, argv + 1, &o);
	else if (!strcmp(cmd, "load"))
		rc = main_load(argc - 1, argv + 1, &o);
	else if (cmd[0] == '-')
		return cmd_usage("unknown option '%s'", cmd);
	else
		return cmd_usage("unknown command '%s'", cmd);
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
