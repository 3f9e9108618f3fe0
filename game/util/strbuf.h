/* strbuf.h — a growable, always NUL-terminated string.
 *
 * struct strbuf sb = STRBUF_INIT; strbuf_addf(&sb, ...); use sb.buf;
 * strbuf_release(&sb). An initialised buffer's buf is never NULL. */
#ifndef UTIL_STRBUF_H
#define UTIL_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len, cap;
};

extern char strbuf_empty[];
#define STRBUF_INIT { strbuf_empty, 0, 0 }

void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const char *s, size_t n);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addc(struct strbuf *sb, char c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* s as one CSV field (RFC 4180): as it is, or in double quotes (inner
 * quotes doubled) when it holds a comma, a quote or a line break, or
 * begins with a space or '#' (which our loader would trim, or read as a
 * comment). The one CSV quoting of every file we write. */
void strbuf_add_csv(struct strbuf *sb, const char *s);
/* Hand the string to the caller (to free) and reset the buffer. */
char *strbuf_detach(struct strbuf *sb);

#endif
