/* diag.h — diagnostics: messages about input files, with their places.
 *
 * A loader adds messages as it finds problems and keeps going; the caller
 * prints them all at the end. Each message is
 *
 *	file:line:col: message
 *	file:line:col: warning: message
 *
 * with lines and columns counted from 1 (columns in characters, that is
 * UTF-8 code points). A message with line 0 has no place ("file: msg").
 * Printing sorts by file (in the order files first got a message), then
 * line, then column, keeping the order of addition for ties, and shows
 * at most DIAG_CAP errors and DIAG_CAP warnings a file; one more line
 * then says how many were left out. The counts include those.
 *
 * Codes and texts come from one list, diag-list.h. */
#ifndef LOAD_DIAG_H
#define LOAD_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define DIAG_CAP 20

enum diag_code {
#define DIAG(name, sev, text) DIAG_##name,
#include "load/diag-list.h"
#undef DIAG
	DIAG_N
};

struct diag_msg {
	int file;		/* index into diag.files */
	int line, col;
	int code;		/* enum diag_code */
	char *text;		/* the formatted message, owned */
};

struct diag {
	struct diag_msg *msg;	/* owned */
	size_t n, cap;
	char **files;		/* display paths, owned */
	size_t nfiles, capfiles;
	int errors, warnings;
	int lint;		/* set by `check`: also warn about what only
				   an author needs to hear (texts an
				   80-column screen cuts) */
};

void diag_init(struct diag *d);
void diag_release(struct diag *d);

/* Add a message; the arguments are those that the code's format in
 * diag-list.h names. */
void diag_add(struct diag *d, const char *file, int line, int col,
	      enum diag_code code, ...);
void diag_addv(struct diag *d, const char *file, int line, int col,
	       enum diag_code code, va_list ap);
/* Add a message already formatted (see diag_vformat). */
void diag_add_text(struct diag *d, const char *file, int line, int col,
		   enum diag_code code, const char *text);

/* Format a code's message into buf (always NUL-terminated; cut short
 * when it does not fit). For parsers that report one error to a caller
 * that knows the place. */
void diag_vformat(char *buf, size_t size, enum diag_code code, va_list ap);

int diag_is_warning(enum diag_code code);
/* The code's name without the prefix ("OPEN"), for tests. */
const char *diag_name(enum diag_code code);

/* Number of errors (not warnings) so far. */
static inline int diag_errors(const struct diag *d) { return d->errors; }


/* Errors added for a file so far (0 for a file never named). */
int diag_file_errors(const struct diag *d, const char *file);

/* Print every message, sorted and capped as above. */
void diag_print(const struct diag *d, FILE *f);

#endif
