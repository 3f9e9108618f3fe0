/* diag.h — diagnostics: messages about input files, with their places
 * and severities. The one way the program reports a problem in a file it
 * reads: a scenario, a save, a language file, a word list, a script.
 *
 * Each kind of input keeps its own message catalogue, one X-macro list
 * (load/diag-list.h, save/save-msgs.h, text/lang-msgs.h,
 * author/lists-msgs.h, ai/script-msgs.h; the commands' own, about their
 * files, cmd/run-msgs.h) turned into a table of struct diag_def; this
 * module formats, collects, sorts and prints. Every message reads
 *
 *	file:line:col: message
 *	file:line:col: warning: message
 *	file:line:col: hint: message
 *
 * with lines and columns counted from 1 (columns in characters, that is
 * UTF-8 code points; a column below 1 is shown as 1). A message with line
 * 0 has no place ("file: message"); one with no file either is the
 * message alone (a save's "cannot open 'x': ..." names its file itself).
 *
 * A reader adds messages as it finds problems and keeps going; the caller
 * prints them all at the end. Printing sorts by file (in the order files
 * first got a message), then line, then column, keeping the order of
 * addition for ties, and shows at most DIAG_CAP messages of each severity
 * a file; one more line then says how many were left out. The counts
 * include those.
 *
 * Every string argument is escaped, and a quoted subject ('%s') cut at
 * MSG_QUOTE_MAX characters, by util/msg.c, so that a file's bytes never
 * reach the terminal raw. */
#ifndef UTIL_DIAG_H
#define UTIL_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "util/strbuf.h"

#define DIAG_CAP 20

enum diag_sev {
	DIAG_ERROR,		/* the input is refused */
	DIAG_WARNING,		/* said, but the input is used */
	DIAG_HINT,		/* advice only */
	DIAG_NSEV
};

/* One entry of a catalogue: the code's name without its prefix (for
 * tests), its severity as the list writes it ('E', 'W' or 'H'), and its
 * printf format. The format comes from our own list, never from input;
 * the list's comment after each entry names its arguments. */
struct diag_def {
	const char *name;
	char sev;
	const char *fmt;
};

/* A catalogue: def[code] for 0 <= code < n. With a key ("save"), a
 * message is said in the message language (util/msg.h) where it has the
 * key "diag.KEY.NAME" (diag.save.OPEN), a template of the format. */
struct diag_cat {
	const struct diag_def *def;
	int n;
	const char *key;
};

/* A code's severity, name ("?" for a code out of range) and message,
 * formatted from the arguments its format names (in the message
 * language when it has the words), appended to sb. */
enum diag_sev diag_cat_sev(const struct diag_cat *cat, int code);
const char *diag_cat_name(const struct diag_cat *cat, int code);
void diag_cat_vaddf(const struct diag_cat *cat, struct strbuf *sb,
		    int code, va_list ap);
void diag_cat_addf(const struct diag_cat *cat, struct strbuf *sb,
		   int code, ...);
/* A code's key in language files ("diag.save.OPEN") into sb; 0, or -1
 * when the catalogue has none. */
int diag_cat_key(const struct diag_cat *cat, int code, struct strbuf *sb);

/* "warning: ", "hint: ", or "" for an error. */
const char *diag_sev_prefix(enum diag_sev sev);

/* The one formatter: "file:line:col: [severity: ]text" as described
 * above, appended to sb without a newline. file may be NULL. */
void diag_format(struct strbuf *sb, const char *file, int line, int col,
		 enum diag_sev sev, const char *text);

struct diag_msg {
	int file;		/* index into diag.files */
	int line, col;
	int code;		/* in the list's catalogue */
	enum diag_sev sev;
	char *text;		/* the formatted message, owned */
};

/* A list of messages. Owns its messages and file names; borrows its
 * catalogue. */
struct diag {
	const struct diag_cat *cat;	/* borrowed */
	struct diag_msg *msg;	/* owned */
	size_t n, cap;
	char **files;		/* display paths, owned */
	size_t nfiles, capfiles;
	int count[DIAG_NSEV];	/* messages of each severity */
	int lint;		/* also say what only an author needs to
				   hear (set by `check`: texts an 80-column
				   screen cuts) */
};

void diag_init(struct diag *d, const struct diag_cat *cat);
void diag_release(struct diag *d);

/* Add a message; the arguments are those that the code's format names. */
void diag_add(struct diag *d, const char *file, int line, int col,
	      int code, ...);
void diag_addv(struct diag *d, const char *file, int line, int col,
	       int code, va_list ap);
/* Add a message already formatted; its control characters (a line break
 * inside a quoted CSV field, say) are shown as '?', so that it stays on
 * its line. */
void diag_add_text(struct diag *d, const char *file, int line, int col,
		   int code, const char *text);

static inline int diag_errors(const struct diag *d)
{
	return d->count[DIAG_ERROR];
}

static inline int diag_warnings(const struct diag *d)
{
	return d->count[DIAG_WARNING];
}

/* Errors added for a file so far (0 for a file never named). */
int diag_file_errors(const struct diag *d, const char *file);

/* Every message, sorted and capped as above, one a line: to sb, or to f. */
void diag_str(const struct diag *d, struct strbuf *sb);
void diag_print(const struct diag *d, FILE *f);

#endif
