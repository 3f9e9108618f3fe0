/* main.c — the command line: picks a command, and is the only place that
 * exits. Commands that need no screen live in game/cmd/; the game itself
 * in game/ui/. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/opt.h"
#include "save/savegame.h"
#include "ui/ui.h"
#include "util/paths.h"

#ifndef DETENTE_VERSION
#define DETENTE_VERSION "0"
#endif

/* ---- the commands that open the game's screen -------------------------- */

static int main_vs_check(const char *v)
{
	/* A script cannot be a saved game's player: play takes none. */
	return !strcmp(v, "human") || ai_level_find(v) >= 0 ||
	       ai_find(v) >= 0 ? 0 : -1;
}

#define MAIN_OPT_SAVES { .name = "saves", .kind = OPT_TEXT, .arg = "DIR", \
	.what = "a folder", .help = "the saves folder (default: below)" }
#define MAIN_OPT_LANG { .name = "lang", .kind = OPT_CHOICE, \
	.arg = "en|bg", .choices = "en|bg", \
	.help = "the language of the game (default: from LANG)" }

enum { TITLE_SAVES, TITLE_LANG, TITLE_N };
static const struct opt_def main_title_opts[TITLE_N + 1] = {
	[TITLE_SAVES] = MAIN_OPT_SAVES,
	[TITLE_LANG] = MAIN_OPT_LANG,
};
static const struct cmd_spec main_title_spec = {
	.summary = "the game: the title screen, on the default scenario",
	.opts = main_title_opts,
};

enum { PLAY_SCENARIO, PLAY_SIDE, PLAY_VS, PLAY_SEED, PLAY_TURNS, PLAY_LANG,
       PLAY_SAVES, PLAY_N };
static const struct opt_def main_play_opts[PLAY_N + 1] = {
	[PLAY_SCENARIO] = CMD_OPT_SCENARIO,
	[PLAY_SIDE] = { .name = "side", .kind = OPT_CHOICE, .arg = "a|b",
			.choices = "a|b", .help = "your side (default: ask)" },
	[PLAY_VS] = { .name = "vs", .kind = OPT_CHECK,
		      .arg = "human|LEVEL|DOCTRINE", .check = main_vs_check,
		      .what = "human, a level or a doctrine",
		      .help = "your opponent (default: ask)" },
	[PLAY_SEED] = { .name = "seed", .kind = OPT_U64, .arg = "N",
			.help = "the game's seed (default: from the clock)" },
	/* Whether the scenario has this length is known once it is loaded
	 * (ui_main). */
	[PLAY_TURNS] = { .name = "turns", .kind = OPT_INT, .arg = "N",
			 .lo = 1, .hi = SC_MAX_TURNS,
			 .help = "the game's length: the scenario's full or "
				 "class length" },
	[PLAY_LANG] = MAIN_OPT_LANG,
	[PLAY_SAVES] = MAIN_OPT_SAVES,
};
static const struct cmd_spec main_play_spec = {
	.summary = "a new game with those settings",
	.opts = main_play_opts,
};

enum { LOAD_SAVES, LOAD_LANG, LOAD_SCENARIO, LOAD_N };
static const struct opt_def main_load_opts[LOAD_N + 1] = {
	[LOAD_SAVES] = MAIN_OPT_SAVES,
	[LOAD_LANG] = MAIN_OPT_LANG,
	[LOAD_SCENARIO] = CMD_OPT_SAVE_SCENARIO,
};
static const struct cmd_spec main_load_spec = {
	.synopsis_args = "SAVE", .args_what = "a save file",
	.min_args = 1, .max_args = 1,
	.summary = "resume a saved game (a file, or a save's name in the "
		   "saves folder)",
	.opts = main_load_opts,
};

static void main_ui_opts(const struct cmd_args *a, int saves, int lang,
			 struct ui_opts *o)
{
	memset(o, 0, sizeof *o);
	o->side = -1;
	o->saves_dir = a->v[saves].s;
	o->lang = a->v[lang].s;
}

static int main_title(const struct cmd_args *a)
{
	struct ui_opts o;

	main_ui_opts(a, TITLE_SAVES, TITLE_LANG, &o);
	return ui_main(&o);
}

static int main_play(const struct cmd_args *a)
{
	const struct opt_val *v = a->v;
	struct ui_opts o;

	main_ui_opts(a, PLAY_SAVES, PLAY_LANG, &o);
	o.scenario = v[PLAY_SCENARIO].s;
	if (v[PLAY_SIDE].s)
		o.side = v[PLAY_SIDE].s[0] - 'a';
	o.vs = v[PLAY_VS].s;
	o.seed = v[PLAY_SEED].u;
	o.have_seed = v[PLAY_SEED].set;
	o.turns = (int)v[PLAY_TURNS].n;
	o.direct = 1;
	return ui_main(&o);
}

static int main_load(const struct cmd_args *a)
{
	struct ui_opts o;

	main_ui_opts(a, LOAD_SAVES, LOAD_LANG, &o);
	o.load = a->arg[0];
	save_scenario_dir(a->v[LOAD_SCENARIO].s);
	o.direct = 1;
	return ui_main(&o);
}

/* ---- the table of commands --------------------------------------------- */

/* Every command: its name, its function, its options and usage. The
 * first, without a name, is the game's title screen. */
static const struct main_cmd {
	const char *name;
	int (*run)(const struct cmd_args *a);
	const struct cmd_spec *spec;
} main_cmds[] = {
	{ "", main_title, &main_title_spec },
	{ "play", main_play, &main_play_spec },
	{ "load", main_load, &main_load_spec },
	{ "check", cmd_check, &cmd_check_spec },
	{ "sim", cmd_sim, &cmd_sim_spec },
	{ "tournament", cmd_tournament, &cmd_tournament_spec },
	{ "replay", cmd_replay, &cmd_replay_spec },
	{ "new", cmd_new, &cmd_new_spec },
	{ "report", cmd_report, &cmd_report_spec },
	{ "balance", cmd_balance, &cmd_balance_spec },
};
#define MAIN_NCMDS (sizeof main_cmds / sizeof *main_cmds)

/* A level's or doctrine's line in --help, in the language. */
static void usage_doctrine(FILE *f, const char *kind, const char *name,
			   const char *en)
{
	char key[64];

	snprintf(key, sizeof key, "cli.%s.%s", kind, name);
	fprintf(f, "  %-11s %s\n", name, opt_tr(key, en));
}

/* Where the data and the saves are. */
static void usage_paths(FILE *f)
{
	struct strbuf sb = STRBUF_INIT;

	lang_fmt(&sb, opt_tr("cli.main.data", "Scenarios and assets: {dir}"),
		 "dir", paths_data(), LANG_END);
	strbuf_addc(&sb, '\n');
	if (paths_in_tree())
		lang_fmt(&sb, opt_tr("cli.main.saves_tree", "Saves: --saves "
				     "DIR, else {dir}/saves"),
			 "dir", paths_data(), LANG_END);
	else
		strbuf_adds(&sb, opt_tr("cli.main.saves", "Saves: --saves "
					"DIR, else $XDG_DATA_HOME/detente/saves "
					"(~/.local/share/...)"));
	fprintf(f, "%s\n", sb.buf);
	strbuf_release(&sb);
}

static void usage(FILE *f)
{
	size_t i;
	int d;

	fprintf(f, "%s\n%s\n\n%s\n",
		opt_tr("cli.main.usage", "Usage: detente [COMMAND] "
		       "[OPTION]..."),
		opt_tr("cli.main.about", "A negotiation game: two states "
		       "trade guarantees and cyber actions, turn by turn."),
		opt_tr("cli.main.commands", "Commands:"));
	for (i = 0; i < MAIN_NCMDS; i++) {
		opt_synopsis(f, "  ", main_cmds[i].name, main_cmds[i].spec,
			     6);
		fprintf(f, "      %s\n",
			opt_summary(main_cmds[i].name, main_cmds[i].spec));
	}
	fprintf(f, "  detente --help | --version\n\n%s\n\n%s\n",
		opt_tr("cli.main.rules", "'detente COMMAND -h' describes a "
		       "command's options. An option's value is the\nnext "
		       "word, or follows '=' (--csv=-x: a value that begins "
		       "with '-'); an option\nmay be given once; FILE|- is a "
		       "file written whole or not at all, or '-' for\n"
		       "standard output, never one of the command's inputs "
		       "or a save."),
		opt_tr("cli.options", "Options:"));
	fprintf(f, "  -h, --help             %s\n"
		"  -V, --version          %s\n\n%s\n",
		opt_tr("cli.help_opt", "show this help and exit"),
		opt_tr("cli.version_opt", "show the version and exit"),
		opt_tr("cli.main.levels", "Levels (the computer opponent by "
		       "difficulty):"));
	for (d = 0; d < ai_level_count(); d++)
		usage_doctrine(f, "level", ai_level_name(d),
			       ai_level_summary(d));
	fprintf(f, "\n%s\n", opt_tr("cli.main.doctrines", "Doctrines (and "
		"script:FILE, moves from a file; see the man page):"));
	for (d = 0; d < ai_count(); d++)
		usage_doctrine(f, "doctrine", ai_name(d), ai_summary(d));
	fprintf(f, "\n%s\n\n%s\n\n",
		opt_tr("cli.main.exit", "Exit status: 0 success, 1 bad input, "
		       "2 bad usage."),
		opt_tr("cli.main.lang", "Language of messages and screens: "
		       "--lang en|bg, else the first of LANGUAGE,\nLC_ALL, "
		       "LC_MESSAGES and LANG that is set (bg...: Bulgarian, "
		       "else English).\n'new --lang' names the article's "
		       "language: new follows the environment."));
	usage_paths(f);
	fprintf(f, "\n%s\n", opt_tr("cli.main.docs", "Full documentation: "
		"man 6 detente, and README.md with the sources.\nReport bugs "
		"to the Détente maintainers, with the command and the "
		"message."));
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


static const struct main_cmd *main_find(const char *name)
{
	size_t i;

	for (i = 0; i < MAIN_NCMDS; i++)
		if (*name && !strcmp(main_cmds[i].name, name))
			return &main_cmds[i];
	return NULL;
}

/* A language code as a file name may hold: 2 to 7 lowercase letters. */
static int main_lang_code(const char *code)
{
	size_t n = strspn(code, "abcdefghijklmnopqrstuvwxyz");

	return !code[n] && n >= 2 && n <= 7;
}

/* Does c take --lang as the language of the game or of its output?
 * new's is the article's language, and no command's when unknown. */
static int main_takes_lang(const struct main_cmd *c)
{
	const struct opt_def *o;

	if (!c || !strcmp(c->name, "new"))
		return 0;
	for (o = c->spec->opts; o && o->name; o++)
		if (!strcmp(o->name, "lang"))
			return 1;
	return 0;
}

/* The language of what is printed before any screen (usage errors,
 * help): c's --lang when it takes one (main_takes_lang), else the
 * environment's, as the screens choose. Found before the options are
 * parsed, so that their errors are in it too; a value without a
 * language file is left for the parser to judge. */
static void main_lang(const struct main_cmd *c, int argc, char **argv)
{
	const char *code = NULL;
	int i;

	for (i = 1; main_takes_lang(c) && i < argc && strcmp(argv[i], "--");
	     i++)
		if (!strcmp(argv[i], "--lang") && i + 1 < argc)
			code = argv[i + 1];
		else if (!strncmp(argv[i], "--lang=", 7))
			code = argv[i] + 7;
	if (code && main_lang_code(code) && opt_lang(code) == 0)
		return;
	opt_lang(lang_from_env());
}

static int main_dispatch(int argc, char **argv)
{
	const char *word = argc > 1 ? argv[1] : NULL;
	/* Without a command, the title screen and its options. */
	const struct main_cmd *c = !word || word[0] == '-' ? &main_cmds[0] :
				   main_find(word);
	struct cmd_args a;
	int rc, skip = c != &main_cmds[0];

	main_lang(c, argc, argv);
	if (word && (!strcmp(word, "-h") || !strcmp(word, "--help"))) {
		usage(stdout);
		return 0;
	}
	if (word && (!strcmp(word, "-V") || !strcmp(word, "--version"))) {
		version();
		return 0;
	}
	if (!c)
		return opt_usage("cli.unknown_command", "unknown command "
				 "'{command}'", "command", word, LANG_END);
	rc = opt_parse(c->name, c->spec, argc - skip, argv + skip, &a);
	if (rc < 0)
		rc = c->run(&a);
	opt_release(&a);
	return rc;
}

int main(int argc, char **argv)
{
	int rc;

	/* A file-size limit should fail a write with EFBIG, which the saves
	 * report, rather than kill the game with SIGXFSZ. */
	signal(SIGXFSZ, SIG_IGN);
	rc = main_dispatch(argc, argv);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int e = errno;

		/* perror's words in English (strerror's capital too);
		 * the message language's when it has them. */
		cmd_say("detente", RUN_STDOUT, msg_tr("diag.run.STDOUT") ?
			msg_strerror(e) : strerror(e));
		rc = rc ? rc : 1;
	}
	opt_lang_release();
	exit(rc);
}
