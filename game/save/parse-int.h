/* parse-int.h — inside the save reader: shared by save_parse.c (lines) and
 * sections.c (what the sections mean). Not for other modules. */
#ifndef SAVE_PARSE_INT_H
#define SAVE_PARSE_INT_H

#include <stdarg.h>
#include <stddef.h>

#include "save/save.h"

/* One "key = value" line of the section being gathered. */
struct rd_ent {
	char *key, *val;	/* owned, NUL-terminated, trimmed */
	int line, kcol, vcol;	/* of the line, the key, the value */
};

/* A section header seen so far (to catch duplicates). */
struct rd_seen {
	char *name;		/* owned */
	int line;
};

struct rd {
	const char *file;	/* for messages */
	const char *buf;
	size_t len;
	struct save *sv;
	struct save_err *err;

	int line;		/* the line being read, from 1 */
	const char *ls;		/* its first byte */
	int have_sect;		/* a section has begun */
	int ended;		/* [end] has been read */

	struct rd_seen sect;	/* the section being gathered */
	int sect_col;
	struct rd_ent *ent;	/* its entries; owned */
	size_t nent, capent;
	struct rd_seen *seen;	/* earlier sections; owned */
	size_t nseen, capseen;

	int save_line;		/* of [save] */
	int cur_line, cur_col;	/* of [save] branch's value */
};

/* Column (from 1, in characters) of p on the current line. */
int rd_col(const struct rd *r, const char *p);
/* Record the problem in r->err; returns -1. */
int rd_fail(struct rd *r, int line, int col, enum save_code code, ...);

/* sections.c: a header was read (r->sect is set): check its name. */
int rd_section_start(struct rd *r);
/* The current section's entries are complete: interpret them and let
 * them go. Nothing happens before the first section. */
int rd_section_done(struct rd *r);
/* The whole file was read: the checks across sections. */
int rd_finish(struct rd *r);

#endif
