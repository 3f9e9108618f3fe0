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
 * a buffer of the calling thread's own. */
const char *msg_strerror(int err);

/* 1 when s[0..len) holds a control character other than tab and newline
 * (C0, DEL, C1 as UTF-8), a CR right before a newline excepted; *at is
 * then its offset and *cp its code point. Invalid UTF-8 is not judged
 * here (the callers report it on its own). */
int msg_control_at(const char *s, size_t len, size_t *at, unsigned *cp);

#endif
