/* ini.h — scenario.ini: a pre-scan of our own, then iniparser.
 *
 * iniparser 4.1 (Debian 12) keeps no line numbers, prints its errors to
 * stderr, does not skip a UTF-8 byte-order mark, and crashes on
 * iniparser_getint() of a section name (CVE-2023-33461). So:
 *
 * - ini_scan() reads the text first, from memory, and finds every
 *   section and key with its line and column, and every syntax error
 *   with its place. It accepts only lines that iniparser reads the same
 *   way (so it is a little stricter: text after a closing quote or
 *   after ']' is an error here, silently dropped there), and it caps a
 *   line at INI_MAX_LINE bytes, continued lines counted together, below
 *   iniparser's own limit of 1023.
 * - ini_load() runs the scan and, only when it found no error, hands
 *   the same bytes (without a BOM) to iniparser through a temporary
 *   file, with iniparser's error printing silenced.
 * - ini_get() looks a value up only as "section:key" and returns the
 *   string or NULL; numbers are converted by the caller (load/value.h).
 *
 * Comments are whole lines only: a ';' or '#' inside an unquoted value
 * is text ("name = China #2 economy"), where iniparser would silently
 * cut the value there; the scan keeps such values whole and ini_get
 * returns them.
 *
 * Section names and keys are case-insensitive, as in iniparser. */
#ifndef LOAD_INI_H
#define LOAD_INI_H

#include <stddef.h>
#include <stdint.h>

#include "load/load-msgs.h"

#define INI_MAX_LINE 1000
/* Far above what a scenario needs (about 40 sections, 500 keys with
 * eight languages), and low enough that a megabyte of "[x1]" or "k=1"
 * lines is refused at once rather than looked up key by key. */
#define INI_MAX_SECTIONS 100
#define INI_MAX_KEYS 2000

struct ini_sect {
	char *name;		/* as written, trimmed; owned */
	char *lname;		/* lowercase; owned */
	int line, col;		/* of '[' */
	int ncol;		/* of the name's first character */
};

struct ini_ent {
	int sect;		/* index into ini_scan.sect */
	char *key;		/* lowercase; owned */
	char *rawkey;		/* as written; owned */
	int line, col;		/* of the key */
	int vline, vcol;	/* of the value's first character (after
				   an opening quote) */
	size_t vraw;		/* byte offset of that character */
	uint8_t quoted;
	char *value;		/* when unquoted and holding ';' or '#':
				   the whole value, which iniparser would
				   cut there (else NULL); owned */
};

struct ini_scan {
	char *path;		/* for messages; owned */
	const char *buf;	/* borrowed */
	size_t len;
	struct ini_sect *sect;
	int nsect;
	size_t capsect;
	struct ini_ent *ent;
	int nent;
	size_t capent;
};

void ini_scan_init(struct ini_scan *s);
void ini_scan_release(struct ini_scan *s);

/* Scan buf[0..len) as the file path. Returns 0, or -1 after adding the
 * syntax errors to d (sections and keys read so far are kept). */
int ini_scan(struct ini_scan *s, const char *path, const char *buf,
	     size_t len, struct diag *d);

/* The place of byte off of entry e's value as iniparser returns it
 * (continued lines joined). */
void ini_scan_pos(const struct ini_scan *s, const struct ini_ent *e,
		  size_t off, int *line, int *col);

/* Index of the section whose lowercase name is lname, or -1. */
int ini_scan_section(const struct ini_scan *s, const char *lname);
/* Index of key (lowercase) in section sect, or -1. */
int ini_scan_entry(const struct ini_scan *s, int sect, const char *key);

struct ini {
	struct ini_scan scan;
	void *dict;		/* iniparser's dictionary, or NULL */
};

void ini_init(struct ini *ini);
void ini_release(struct ini *ini);

/* Scan buf (the contents of the file at fspath, shown as path) and
 * load it into iniparser. Returns 0, or -1 with errors in d. */
int ini_load(struct ini *ini, const char *path, const char *fspath,
	     const char *buf, size_t len, struct diag *d);

/* The value of key in section (both lowercase), or NULL. */
const char *ini_get(const struct ini *ini, const char *sect,
		    const char *key);

#endif
