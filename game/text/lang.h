/* lang.h — the game's own words, from language files in assets/lang/.
 *
 * A language file is UTF-8 text, one entry a line:
 *
 *     # a comment (only at the start of a line)
 *     menu.new = New game
 *     turn.head = Turn {turn} of {turns}
 *     help.long = First line\n\
 *                 second line
 *
 * Keys are letters, digits and ". _ -". The value is the rest of the
 * line with surrounding blanks trimmed; "\n", "\t", "\\" are escapes,
 * and a backslash at the very end of a line joins the next line (its
 * leading blanks dropped). Placeholders are {name}, filled by lang_fmt().
 * Errors are diagnostics (util/diag.h) from the catalogue lang_msgs
 * (text/lang-msgs.h): "file:line:col: message", all of them at once,
 * like the scenario checker's.
 *
 * The loader never touches curses or the C locale: the terminal game,
 * the transcript writer and the tests share it. */
#ifndef TEXT_LANG_H
#define TEXT_LANG_H

#include <stddef.h>

#include "util/diag.h"
#include "util/strbuf.h"

/* Caps, each an error naming it: far above our files (16 KB, 300
 * entries, lines of 140 bytes), low enough that a file made to hurt
 * costs nothing (duplicate keys are looked for entry by entry). */
#define LANG_MAX_BYTES (1024 * 1024)
#define LANG_MAX_LINE 4096
#define LANG_MAX_ENTRIES 4000

struct lang_entry {
	char *key, *val;	/* owned */
	int line;
};

struct lang {
	char code[8];			/* "en", "bg" */
	char *file;			/* for messages; owned */
	size_t n, cap;
	struct lang_entry *e;		/* owned, sorted by key once loaded */
	const struct lang *fallback;	/* borrowed, or NULL */
};

void lang_init(struct lang *l, const char *code);
void lang_release(struct lang *l);

/* The language files' message catalogue, for diag_init(). */
extern const struct diag_cat lang_msgs;

/* Parse text (len bytes) named file into l. Errors are added to d (a
 * list on lang_msgs), or only counted when d is NULL. Returns the number
 * of errors; on errors the entries that did parse are kept. */
int lang_parse(struct lang *l, const char *file, const char *text,
	       size_t len, struct diag *d);
/* Read and parse a file. A file that cannot be read is one error. */
int lang_load(struct lang *l, const char *path, struct diag *d);
/* Load assets/lang/CODE.txt from the data folder into l, with English
 * loaded into en as its fallback; for "en" itself, l holds English and
 * en stays empty. The errors, printed as diag_str() prints them, are
 * appended to err. Returns the error count over the files read. */
int lang_load_pair(struct lang *l, struct lang *en, const char *code,
		   struct strbuf *err);

/* The value of key: in l, else in its fallback, else the key itself
 * (so a missing word shows as its name, never as a crash). */
const char *lang_get(const struct lang *l, const char *key);
/* The value in l alone, or NULL. */
const char *lang_find(const struct lang *l, const char *key);
/* lang_get() of a key made from a printf format ("status.%d"). */
const char *lang_getf(const struct lang *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The end of lang_fmt's list: a null pointer of the right type, since
 * a bare NULL may be an int in a variadic call. */
#define LANG_END ((const char *)0)

/* Append tmpl to sb with each {name} replaced by the value that follows
 * name in the NULL-terminated list of (name, value) string pairs. An
 * unknown {name} is copied as is. One rule of English spelling is built
 * in: "{side}'s" after a value ending in s becomes "States'". */
void lang_fmt(struct strbuf *sb, const char *tmpl, ...)
	__attribute__((sentinel));

/* The placeholder names in tmpl, sorted and joined by spaces, into sb:
 * the tests check that translations use the same ones. */
void lang_placeholders(const char *tmpl, struct strbuf *sb);

/* Pick a language code from the environment (LANGUAGE, LC_ALL,
 * LC_MESSAGES, LANG, in that order): "bg" for bg*, else "en". */
const char *lang_from_env(void);

#endif
