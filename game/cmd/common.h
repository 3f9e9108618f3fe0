/* common.h — helpers shared by the commands. */
#ifndef CMD_COMMON_H
#define CMD_COMMON_H

#include "cmd/batch.h"
#include "engine/scenario.h"

/* Print "detente: MESSAGE" and the --help hint; returns 2. */
int cmd_usage(const char *fmt, const char *arg);

/* strerror with a lowercase first letter, for git-style messages. */
const char *cmd_strerror(int err);

/* Load a scenario folder (NULL: the default one), printing every
 * diagnostic to stderr. NULL when it is invalid. */
struct scenario *cmd_load_scenario(const char *dir);
void cmd_free_scenario(struct scenario *sc);

/* Set by the saves module: play one game of cfg and save it to path.
 * Returns an exit status. */
extern int (*cmd_sim_save_hook)(const struct scenario *sc,
				const struct batch_cfg *cfg,
				const char *path);

#endif
