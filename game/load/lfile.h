/* lfile.h — reading one file of a scenario folder, safely.
 *
 * A name comes from scenario.ini, so it is input like any other: it must
 * be a relative path without '..' components, and what it resolves to
 * (symbolic links followed) must lie inside the folder. The file must be
 * a regular file of at most LFILE_MAX bytes, valid UTF-8 without NUL
 * bytes; a leading byte-order mark is allowed and kept in buf (skip
 * says how long it is). */
#ifndef LOAD_LFILE_H
#define LOAD_LFILE_H

#include <stddef.h>

#include "load/load-msgs.h"

#define LFILE_MAX (1024 * 1024)

struct lfile {
	char *path;		/* for messages: the folder as given, '/', the
				   name; owned */
	char *buf;		/* the bytes, NUL-terminated; owned */
	size_t len;
	size_t skip;		/* 3 when it starts with a BOM, else 0 */
};

/* Where a problem with opening a file is reported: the place that
 * names it. */
struct lfile_at {
	const char *file;
	int line, col;
};

void lfile_init(struct lfile *f);
void lfile_release(struct lfile *f);

/* The folder as given, without trailing slashes, joined with name. */
char *lfile_join(const char *dir, const char *name);

/* Read name inside dir, whose resolved path is rdir. Problems with the
 * name or opening are reported at *at; problems with the contents at
 * their own place in the file. Returns 0, or -1 (f->buf is then NULL
 * unless only the contents were wrong). */
int lfile_read(struct lfile *f, const char *dir, const char *rdir,
	       const char *name, const struct lfile_at *at, struct diag *d);

/* Report the first invalid UTF-8 sequence or NUL byte in buf[0..len)
 * (after a BOM, which it skips) as a problem of file path. Returns 0
 * when there is none, else -1. */
int lfile_check_text(const char *path, const char *buf, size_t len,
		     struct diag *d);

#endif
