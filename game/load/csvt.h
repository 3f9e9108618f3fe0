/* csvt.h — a CSV table read from memory, with the place of every field.
 *
 * libcsv does the CSV (strict mode: a stray quote or an unterminated
 * quoted field is an error) but keeps no positions, so the buffer is fed
 * to it one byte at a time while this module counts lines and columns
 * and notes where each field starts. It also skips what libcsv does not
 * know about: a leading UTF-8 byte-order mark, and lines that start with
 * '#'. Blank lines are skipped. Problems go to a struct diag:
 * a line over CSVT_MAX_LINE bytes, more than CSVT_MAX_ROWS rows, CSV
 * syntax, a row whose field count differs from the header's (the row
 * is dropped), an empty table, a header separated by ';' instead of
 * ',' (a spreadsheet's export in some locales: one error, and nothing
 * more is read). What the columns mean is the caller's business. */
#ifndef LOAD_CSVT_H
#define LOAD_CSVT_H

#include <stddef.h>
#include <stdint.h>

#include "load/load-msgs.h"

#define CSVT_MAX_ROWS 1000	/* data rows, after the header */
#define CSVT_MAX_LINE 8000	/* bytes a line, without the line end */

struct csvt_field {
	char *s;		/* the value, NUL-terminated, owned; CR LF
				   inside a quoted field becomes LF */
	size_t len;
	int line, col;		/* where it starts: its first character
				   after leading spaces, or its quote */
	size_t raw;		/* byte offset of that place in the buffer */
	uint8_t quoted;
};

struct csvt_row {
	int line;		/* the line of its first field */
	int n;
	struct csvt_field *f;	/* owned */
};

struct csvt {
	char *path;		/* for messages, owned */
	const char *buf;	/* borrowed: must outlive csvt_pos() calls */
	size_t len;
	int has_head;
	struct csvt_row head;
	struct csvt_row *rows;	/* owned */
	size_t nrows, caprows;
	/* Optional, set before csvt_parse: is the column of this header
	 * name free text? Then a row with too many fields is blamed on
	 * its first unquoted text field, where a comma most likely split
	 * a sentence ("quote a field that contains a comma"). */
	int (*is_text)(const void *ctx, const char *name);
	const void *ctx;
};

void csvt_init(struct csvt *t);
void csvt_release(struct csvt *t);

/* Parse buf[0..len) as the file path. Returns 0, or -1 when it added an
 * error to d; the rows read without problems are kept either way. */
int csvt_parse(struct csvt *t, const char *path, const char *buf,
	       size_t len, struct diag *d);

/* The place of byte off of field f's value (off <= f->len). */
void csvt_pos(const struct csvt *t, const struct csvt_field *f, size_t off,
	      int *line, int *col);

/* Index of the header column named name, or -1. */
int csvt_column(const struct csvt *t, const char *name);

#endif
