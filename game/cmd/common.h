/* common.h — helpers shared by the commands. */
#ifndef CMD_COMMON_H
#define CMD_COMMON_H

#include <stdint.h>

#include "cmd/batch.h"
#include "cmd/opt.h"
#include "engine/scenario.h"
#include "util/diag.h"
#include "util/msg.h"
#include "util/paths.h"

/* Options that several commands take, worded once (designated
 * initialisers for struct opt_def). */
#define CMD_OPT_SCENARIO { .name = "scenario", .kind = OPT_TEXT, \
	.arg = "DIR", .what = "a scenario folder", \
	.help = "the scenario folder (default: " PATHS_DEFAULT_SCENARIO ")" }
/* --scenario DIR of load, replay and report: where to look first for
 * the scenario a save names (save_scenario_dir). */
#define CMD_OPT_SAVE_SCENARIO { .name = "scenario", .kind = OPT_TEXT, \
	.arg = "DIR", .what = "a scenario folder", \
	.help = "look here first for the scenario of the save" }
#define CMD_OPT_GAMES(def) { .name = "games", .kind = OPT_INT, \
	.arg = "N", .lo = 1, .hi = 100000000, \
	.help = "games to play (default: " #def ")" }
#define CMD_OPT_SEED { .name = "seed", .kind = OPT_U64, .arg = "N", \
	.help = "the seed of game 0; game i has seed N+i (default: 1)" }
#define CMD_OPT_THREADS { .name = "threads", .kind = OPT_INT, .arg = "N", \
	.lo = 1, .hi = 256, .help = "threads (default: one a core)" }
#define CMD_OPT_CSV(what) { .name = "csv", .kind = OPT_OUT, \
	.arg = "FILE|-", .help = what " ('-': standard output)" }
#define CMD_OPT_LANG { .name = "lang", .kind = OPT_CHOICE, \
	.arg = "en|bg", .choices = "en|bg", \
	.help = "the language (default: from LANG)" }

enum run_code {
#define RUN_MSG(name, sev, text) RUN_##name,
#include "cmd/run-msgs.h"
#undef RUN_MSG
	RUN_N
};

/* The catalogue of the commands' own messages (cmd/run-msgs.h). */
extern const struct diag_cat run_msgs;

/* "WHO: message" on stderr, in the message language; the arguments are
 * those code's format names. */
void cmd_say(const char *who, enum run_code code, ...);

/* OPT_CHECK for a doctrine's name: the AI's own list (ai_find). */
int cmd_doctrine_check(const char *name);

/* Load a scenario folder (NULL: the default one), printing every
 * diagnostic to stderr. NULL when it is invalid. */
struct scenario *cmd_load_scenario(const char *dir);
void cmd_free_scenario(struct scenario *sc);

/* Check that both players can be made on sc (ai_check: a script's file
 * read and parsed), printing every error to stderr. 0, or 1. */
int cmd_check_players(const char *const name[SIDES],
		      const struct scenario *sc);

/* `sim --save` (simsave.c): play game 0 of cfg (the turn limit set to
 * turns when it is not 0) and save it to path, both doctrines as its
 * players. Returns an exit status. */
int cmd_sim_save(struct scenario *sc, const struct batch_cfg *cfg,
		 long turns, const char *path);

#endif
