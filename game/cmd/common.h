/* common.h — helpers shared by the commands. */
#ifndef CMD_COMMON_H
#define CMD_COMMON_H

#include <stdint.h>

#include "cmd/batch.h"
#include "engine/scenario.h"
#include "util/msg.h"

/* Print "detente: MESSAGE" and the --help hint; returns 2. */
int cmd_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The message for what getopt_long returned on a bad option: ':' (the
 * optstring starts with ':') for a missing value, anything else for an
 * unknown option. Returns the usage status, 2. */
int cmd_opt_bad(int c, char **argv);

/* Option values shared by sim and tournament: 0, or the usage status
 * (2) after the message. */
int cmd_opt_games(const char *arg, long *games);
int cmd_opt_seed(const char *arg, uint64_t *seed);
int cmd_opt_threads(const char *arg, int *threads);

/* Load a scenario folder (NULL: the default one), printing every
 * diagnostic to stderr. NULL when it is invalid. */
struct scenario *cmd_load_scenario(const char *dir);
void cmd_free_scenario(struct scenario *sc);

/* `sim --save` (simsave.c): play game 0 of cfg (the turn limit set to
 * turns when it is not 0) and save it to path, both doctrines as its
 * players. Returns an exit status. */
int cmd_sim_save(struct scenario *sc, const struct batch_cfg *cfg,
		 long turns, const char *path);

#endif
