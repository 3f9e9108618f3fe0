/* cmd.h — the command-line commands that need no screen.
 *
 * Each takes the arguments after its own name (argv[0] is the command
 * name) and returns the exit status: 0 success, 1 bad input (a message
 * naming the file and place has been printed to stderr), 2 bad usage.
 * Only main.c exits. */
#ifndef CMD_CMD_H
#define CMD_CMD_H

int cmd_check(int argc, char **argv);
int cmd_sim(int argc, char **argv);
int cmd_tournament(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_balance(int argc, char **argv);

#endif
