/* cmd.h — the command-line commands that need no screen.
 *
 * Each is a spec (its options and arguments, cmd/opt.h) and a function
 * that main.c's table of commands pairs with its name. The function
 * gets the parsed options and returns the exit status: 0 success, 1 bad
 * input (a message naming the file and place has been printed to
 * stderr), 2 bad usage. Only main.c exits. */
#ifndef CMD_CMD_H
#define CMD_CMD_H

#include "cmd/opt.h"

extern const struct cmd_spec cmd_check_spec, cmd_sim_spec,
	cmd_tournament_spec, cmd_replay_spec, cmd_new_spec, cmd_report_spec,
	cmd_balance_spec;

int cmd_check(const struct cmd_args *a);
int cmd_sim(const struct cmd_args *a);
int cmd_tournament(const struct cmd_args *a);
int cmd_replay(const struct cmd_args *a);
int cmd_new(const struct cmd_args *a);
int cmd_report(const struct cmd_args *a);
int cmd_balance(const struct cmd_args *a);

#endif
