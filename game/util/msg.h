/* msg.h — text that is safe to show: the one escaping function for
 * everything the program writes to a terminal or to standard output from
 * data or arguments, quoting for messages, and strerror in our style.
 *
 * A scenario, a save or a command-line argument can carry bytes that a
 * terminal obeys (ESC, BEL, the C1 controls, as raw bytes or as UTF-8):
 * printed raw they could retitle or recolour the terminal, or write the
 * clipboard (OSC 52). The loaders refuse such bytes in their files; this
 * module is the second wall, for whatever still reaches the output. */
#ifndef UTIL_MSG_H
#define UTIL_MSG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "util/strbuf.h"

/* Characters of a subject quoted in a message ('...') before it is cut
 * short with "...". */
#define MSG_QUOTE_MAX 60

/* Append s[0..len) to sb with every control character shown as an
 * escape: C0 controls, DEL and the C1 controls (U+0080..U+009F) as
 * "\u001B", "\u0085"; a byte that is not UTF-8 as "\xFF". keep_lines:
 * newline and tab pass through (a transcript's layout); else they are
 * escaped too (a subject inside a one-line message). max_chars: cut
 * after that many characters, adding "..." (0: no limit). */
void msg_escape(struct strbuf *sb, const char *s, size_t len,
		int keep_lines, size_t max_chars);

/* The escaped bytes of buf[0..len), newlines and tabs kept, to f. For
 * output whose text comes from files or arguments. */
void msg_write(FILE *f, const char *buf, size_t len);
void msg_puts(FILE *f, const char *s);

/* printf into sb, where every %s argument is escaped: a %s between
 * single quotes ('%s': a subject) is also cut at MSG_QUOTE_MAX
 * characters. The other conversions are printf's own. */
void msg_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void msg_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The same, printed to f. */
void msg_printf(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* strerror(err) with a lowercase first letter, as our messages are, in
 * a buffer of the calling thread's own; the message language's words
 * for it (key errno.NAME, msg_errno_key) when it has them. */
const char *msg_strerror(int err);
/* "errno.ENOENT" for ENOENT, for the errors that have a key; else NULL. */
const char *msg_errno_key(int err);

/* ---- messages in the message language ----
 *
 * Our messages are written in English, as printf formats. The command
 * line chooses a message language (cmd/opt.h) and installs its words
 * here; a message with a key is then said in them when the language has
 * the key. Such words are a template, not a format: {1}, {2}... stand
 * for the format's conversions in order, each formatted (and escaped,
 * and a quoted subject cut) as the English would show it; everything
 * else is shown escaped. Without a hook, or a key, the English. */
#define MSG_TMPL_ARGS 9		/* conversions a template may name */

/* The words for key, or NULL (say it in English). */
typedef const char *msg_tr_fn(const char *key);
void msg_set_tr(msg_tr_fn *tr);		/* NULL: English */
const char *msg_tr(const char *key);

/* fmt's English as a template: "cannot open '%s': %s" becomes
 * "cannot open '{1}': {2}" (what the English file must say). */
void msg_template(struct strbuf *sb, const char *fmt);
/* fmt's conversions, filled from ap, in tmpl's {N}. */
void msg_vaddt(struct strbuf *sb, const char *tmpl, const char *fmt,
	       va_list ap);
/* msg_vaddf in the words of key when the language has them (key may be
 * NULL). */
void msg_vaddk(struct strbuf *sb, const char *key, const char *fmt,
	       va_list ap);

/* 1 when s[0..len) holds a control character other than tab and newline
 * (C0, DEL, C1 as UTF-8), a CR right before a newline excepted; *at is
 * then its offset and *cp its code point. Invalid UTF-8 is not judged
 * here (the callers report it on its own). */
int msg_control_at(const char *s, size_t len, size_t *at, unsigned *cp);

#endif
