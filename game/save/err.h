/* err.h — messages about saves: codes from one list (save-msgs.h), a
 * catalogue of them for the diagnostics module (util/diag.h), which
 * formats every message, and one problem with its place.
 *
 * Apart from save.h so that code without the engine's headers (file.c)
 * can still report. */
#ifndef SAVE_ERR_H
#define SAVE_ERR_H

#include <stdarg.h>
#include <stdio.h>

#include "util/diag.h"
#include "util/strbuf.h"

enum save_code {
	SAVE_OK,
#define SAVE_MSG(name, sev, text) SAVE_##name,
#include "save/save-msgs.h"
#undef SAVE_MSG
	SAVE_N
};

/* The catalogue, for the diagnostics module: severities and names. */
extern const struct diag_cat save_msgs;

/* One problem, with its place. Fixed buffers, so that a caller can keep
 * one on the stack and never free it: the file as long as a path can be,
 * and the text room for the longest message, since every subject quoted
 * in it is cut at MSG_QUOTE_MAX characters (a long path keeps its
 * reason). */
struct save_err {
	int code;		/* enum save_code; SAVE_OK when none */
	int line, col;		/* from 1; line 0: no place (the text
				   names the file) */
	char file[4096];	/* the file as the caller named it */
	char text[1024];	/* the message, without the place */
	int errnum;		/* the system's error number, or 0 */
};

void save_err_clear(struct save_err *e);
/* Record a problem (the arguments are those its format names). */
void save_err_set(struct save_err *e, const char *file, int line, int col,
		  enum save_code code, ...);
/* The problem as diag_format() writes it: "file:line:col: message", or
 * the message alone when it has no place; "warning: " before the
 * message of a W code. Appended to sb. */
void save_err_str(const struct save_err *e, struct strbuf *sb);
/* The same, with a newline, to f. */
void save_err_print(const struct save_err *e, FILE *f);
/* What a failed write comes down to, from errnum, as a word a screen can
 * look its advice up by: "space" (disk or quota full, file too large),
 * "access" (permissions, a read-only file system), "busy" (another
 * writer holds the file) or "other". */
const char *save_err_cause(const struct save_err *e);
void save_err_vset(struct save_err *e, const char *file, int line, int col,
		   enum save_code code, va_list ap);

#endif
