/* opt.h — one option parser and one way to describe a command, for every
 * command of the command line (game/main.c holds the table of them).
 *
 * A command is described by a struct cmd_spec: its options (a table of
 * struct opt_def), its arguments and a line of summary. From it come the
 * parsing, the usage errors, the command's -h and its lines in
 * `detente --help`; the README's table and the man page's synopsis are
 * tested against the same text (tests/suites/cli.sh).
 *
 * The rules, the same for every command:
 * - an option takes its value as the next word (--games 10) or after
 *   '=' (--games=10); a next word that begins with '-' (other than "-"
 *   alone) is refused as a value, since it is surely a forgotten value
 *   followed by another option; --csv=-x passes such a value on purpose;
 * - an option given twice is an error;
 * - options and arguments may come in any order; "--" ends the options;
 * - numbers are checked against both bounds, and a message names them;
 * - every message is "detente: ..." and the --help hint, exit status 2;
 * - messages and help are in the language opt_lang chose, each under a
 *   key of assets/lang/ (cli.*): a command's summary cli.NAME.summary,
 *   its -h cli.NAME.about, an option's help cli.NAME.OPTION and what
 *   it takes cli.NAME.OPTION.what, its arguments cli.NAME.args (NAME
 *   "title" for the title screen's); the English in the tables is the
 *   fallback, and assets/lang/en.txt must say the same. */
#ifndef CMD_OPT_H
#define CMD_OPT_H

#include <stdint.h>
#include <stdio.h>

#include "text/lang.h"

enum opt_kind {
	OPT_FLAG,	/* no value */
	OPT_TEXT,	/* a value, not empty (a folder, a file to read) */
	OPT_OUT,	/* a file to write, or "-" for standard output */
	OPT_INT,	/* a number from lo to hi */
	OPT_U64,	/* a whole number from 0 to 2^64-1 */
	OPT_CHOICE,	/* one of the words in choices ("en|bg") */
	OPT_CHECK,	/* a value that check() accepts */
};

struct opt_def {
	const char *name;	/* "games" for --games; NULL ends a table */
	char letter;		/* a short form (-q), or 0 */
	enum opt_kind kind;
	const char *arg;	/* the value in the usage: "N", "FILE|-" */
	const char *help;	/* one line for the command's -h */
	long lo, hi;		/* OPT_INT's bounds */
	const char *choices;	/* OPT_CHOICE: "a|b" */
	/* OPT_CHECK: 0 when the value is good; what: the values it takes,
	 * for the message ("a doctrine"). */
	int (*check)(const char *value);
	const char *what;
	int required;		/* the command needs it */
};

/* An option's value after parsing. */
struct opt_val {
	const char *s;		/* as given; NULL when the option is absent */
	long n;			/* OPT_INT */
	uint64_t u;		/* OPT_U64 */
	int set;		/* given (a flag: 1 when present) */
};

struct cmd_spec {
	const char *synopsis_args;	/* "SAVE", "DIR...", NULL: none */
	const char *args_what;		/* "a save file", for messages */
	int min_args, max_args;		/* max_args -1: no limit */
	const char *summary;		/* one line for --help */
	const char *about;		/* more lines for -h, or NULL */
	const struct opt_def *opts;	/* ends with a NULL name */
};

#define OPT_MAX 16		/* options a command may have */

/* What a command receives. */
struct cmd_args {
	const char *name;		/* "sim"; "" for the title screen */
	const struct cmd_spec *spec;
	struct opt_val v[OPT_MAX];	/* v[i] for spec->opts[i] */
	char **arg;			/* the arguments, in order */
	int narg;
};

/* Parse argv[1..argc) (argv[0] is the command's name) into a. Returns
 * -1 to go on; 0 after printing the command's help (-h, --help) to
 * stdout; 2 after a usage error on stderr. a->arg points into a block
 * that opt_release frees. */
int opt_parse(const char *name, const struct cmd_spec *spec, int argc,
	      char **argv, struct cmd_args *a);
void opt_release(struct cmd_args *a);

/* prefix, then "detente sim [--scenario DIR] --a DOCTRINE ..." into f,
 * wrapped at 79 columns with continuation lines indented by indent. */
void opt_synopsis(FILE *f, const char *prefix, const char *name,
		  const struct cmd_spec *spec, int indent);
/* The command's -h: usage, summary, about, and its options. */
void opt_help(FILE *f, const char *name, const struct cmd_spec *spec);

/* The command's summary, in the language. */
const char *opt_summary(const char *name, const struct cmd_spec *spec);

/* Print "detente: MESSAGE" and the --help hint to stderr; returns 2.
 * The message is the language's text for key, else en (its English),
 * with {name} placeholders filled from the (name, value) pairs that
 * follow, ended by LANG_END: each value escaped, and cut short where
 * en quotes it as the subject ('{name}'). */
int opt_usage(const char *key, const char *en, ...)
	__attribute__((sentinel));

/* The language of usage messages and help (the screens choose their
 * own): CODE's language file over English, whose words in turn stand
 * in for any key a file lacks; without the files, the English written
 * in the code. -1 (and English) when CODE's file gave no words. Other
 * than English, it is also the message language of util/msg.h: the
 * words of messages about files (diag.*, errno.* keys). */
int opt_lang(const char *code);
void opt_lang_release(void);
/* key's words in that language, else en. */
const char *opt_tr(const char *key, const char *en);

#endif
