/* msg.c — text that is safe to show (msg.h). */
#include "util/msg.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"
#include "util/xmalloc.h"

static int msg_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

int msg_control_at(const char *s, size_t len, size_t *at, unsigned *cp)
{
	size_t i = 0, n;
	uint32_t c;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &c);
		if (n == 0) {
			i++;	/* not UTF-8: the caller's own message */
			continue;
		}
		if (msg_is_control(c) && c != '\t' && c != '\n' &&
		    !(c == '\r' && i + 1 < len && s[i + 1] == '\n')) {
			*at = i;
			*cp = c;
			return 1;
		}
		i += n;
	}
	return 0;
}

void msg_escape(struct strbuf *sb, const char *s, size_t len,
		int keep_lines, size_t max_chars)
{
	size_t i = 0, n, chars = 0;
	uint32_t c;

	while (i < len) {
		if (max_chars && chars == max_chars) {
			strbuf_adds(sb, "...");
			return;
		}
		n = utf8_decode(s + i, len - i, &c);
		if (n == 0)
			strbuf_addf(sb, "\\x%02X", (unsigned char)s[i]);
		else if (msg_is_control(c) &&
			 !(keep_lines && (c == '\n' || c == '\t')))
			strbuf_addf(sb, "\\u%04X", (unsigned)c);
		else
			strbuf_add(sb, s + i, n);
		i += n ? n : 1;
		chars++;
	}
}

void msg_write(FILE *f, const char *buf, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	size_t at;
	unsigned cp;

	/* The common case, clean text, goes out as it is. */
	if (!msg_control_at(buf, len, &at, &cp) &&
	    utf8_invalid_at(buf, len) == len) {
		fwrite(buf, 1, len, f);
		return;
	}
	msg_escape(&sb, buf, len, 1, 0);
	fwrite(sb.buf, 1, sb.len, f);
	strbuf_release(&sb);
}

void msg_puts(FILE *f, const char *s)
{
	msg_write(f, s, strlen(s));
}

/* ---- printf with escaped strings ---------------------------------------- */

/* One conversion of fmt, rewritten as "%FLAGS*.*LENGTH CONV" so that one
 * snprintf call shape serves it whether its width and precision were
 * written out or given as arguments. */
struct msg_spec {
	char text[16];
	char conv;
	char len[3];
	int star_width, star_prec;
	int width, prec;	/* prec -1: none (printf's own meaning) */
	int left;		/* the '-' flag */
};

static int msg_digits(const char **p)
{
	int v = 0;

	for (; isdigit((unsigned char)**p); (*p)++)
		if (v < 10000)
			v = v * 10 + (**p - '0');
	return v;
}

static const char *msg_parse_spec(const char *p, struct msg_spec *sp)
{
	size_t nf, nl;
	const char *flags = ++p;

	memset(sp, 0, sizeof *sp);
	sp->prec = -1;
	nf = strspn(p, "-+ #0");
	if (nf > 5)
		nf = 5;
	sp->left = memchr(p, '-', nf) != NULL;
	p += nf;
	if (*p == '*') {
		sp->star_width = 1;
		p++;
	} else {
		sp->width = msg_digits(&p);
	}
	if (*p == '.') {
		p++;
		if (*p == '*') {
			sp->star_prec = 1;
			p++;
		} else {
			sp->prec = msg_digits(&p);
		}
	}
	nl = strspn(p, "hlzjtL");
	if (nl > 2)
		nl = 2;
	memcpy(sp->len, p, nl);
	p += nl;
	sp->conv = *p ? *p++ : '%';
	snprintf(sp->text, sizeof sp->text, "%%%.*s*.*%s%c", (int)nf, flags,
		 sp->len, sp->conv);
	return p;
}

/* The format of one conversion is rebuilt from a literal that the
 * compiler checked at the caller, never taken from input. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void msg_int(struct strbuf *sb, const struct msg_spec *sp, va_list *ap)
{
	const char *l = sp->len, *t = sp->text;
	int sgn = sp->conv == 'd' || sp->conv == 'i';
	int w = sp->width, pr = sp->prec;
	char buf[64];

	if (!strcmp(l, "ll")) {
		if (sgn)
			snprintf(buf, sizeof buf, t, w, pr,
				 va_arg(*ap, long long));
		else
			snprintf(buf, sizeof buf, t, w, pr,
				 va_arg(*ap, unsigned long long));
	} else if (l[0] == 'l' || l[0] == 'z' || l[0] == 'j' ||
		   l[0] == 't') {
		/* size_t, intmax_t and ptrdiff_t are long wide on the
		 * machines we build for (LP64 and ILP32 alike) */
		if (sgn)
			snprintf(buf, sizeof buf, t, w, pr,
				 va_arg(*ap, long));
		else
			snprintf(buf, sizeof buf, t, w, pr,
				 va_arg(*ap, unsigned long));
	} else if (sgn) {
		snprintf(buf, sizeof buf, t, w, pr, va_arg(*ap, int));
	} else {
		snprintf(buf, sizeof buf, t, w, pr, va_arg(*ap, unsigned));
	}
	strbuf_adds(sb, buf);
}

static void msg_other(struct strbuf *sb, const struct msg_spec *sp,
		      va_list *ap)
{
	int w = sp->width, pr = sp->prec;
	char buf[512];

	if (strchr("eEfFgGaA", sp->conv))
		snprintf(buf, sizeof buf, sp->text, w, pr,
			 va_arg(*ap, double));
	else if (sp->conv == 'c')
		snprintf(buf, sizeof buf, sp->text, w, pr, va_arg(*ap, int));
	else
		snprintf(buf, sizeof buf, "%s", "?");
	strbuf_adds(sb, buf);
}
#pragma GCC diagnostic pop

/* Pad what was added to sb since before to width columns, on the left
 * unless left-aligned ('-'), as printf pads. */
static void msg_pad(struct strbuf *sb, size_t before, int width, int left)
{
	size_t w = utf8_width(sb->buf + before, sb->len - before), n;
	char *t;

	if (width < 0) {
		left = 1;
		width = -width;
	}
	if (w >= (size_t)width)
		return;
	n = (size_t)width - w;
	if (left) {
		while (n--)
			strbuf_addc(sb, ' ');
		return;
	}
	t = xstrndup(sb->buf + before, sb->len - before);
	sb->len = before;
	while (n--)
		strbuf_addc(sb, ' ');
	strbuf_adds(sb, t);
	free(t);
}

static void msg_string(struct strbuf *sb, const struct msg_spec *sp,
		       int quoted, va_list *ap)
{
	const char *s = va_arg(*ap, const char *);
	size_t n, before = sb->len;

	if (!s)
		s = "(null)";
	/* with a precision, s need not end within it (printf's rule) */
	n = sp->prec >= 0 ? strnlen(s, (size_t)sp->prec) : strlen(s);
	msg_escape(sb, s, n, 0, quoted ? MSG_QUOTE_MAX : 0);
	if (sp->width)
		msg_pad(sb, before, sp->width, sp->left);
}

/* One conversion of fmt, at pct, into sb; returns where fmt goes on. */
static const char *msg_conv(struct strbuf *sb, const char *fmt,
			    const char *pct, va_list *aq)
{
	struct msg_spec sp;
	const char *p = msg_parse_spec(pct, &sp);

	if (sp.conv == '%') {
		strbuf_addc(sb, '%');
		return p;
	}
	if (sp.star_width)
		sp.width = va_arg(*aq, int);
	if (sp.star_prec)
		sp.prec = va_arg(*aq, int);
	if (sp.conv == 's')
		msg_string(sb, &sp, pct > fmt && pct[-1] == '\'' && *p == '\'',
			   aq);
	else if (strchr("diouxX", sp.conv))
		msg_int(sb, &sp, aq);
	else
		msg_other(sb, &sp, aq);
	return p;
}

void msg_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	const char *p = fmt, *pct;
	va_list aq;

	va_copy(aq, ap);
	while ((pct = strchr(p, '%'))) {
		strbuf_add(sb, p, (size_t)(pct - p));
		p = msg_conv(sb, fmt, pct, &aq);
	}
	strbuf_adds(sb, p);
	va_end(aq);
}

/* ---- messages in the message language ----------------------------------- */

static msg_tr_fn *msg_tr_hook;

void msg_set_tr(msg_tr_fn *tr)
{
	msg_tr_hook = tr;
}

const char *msg_tr(const char *key)
{
	return msg_tr_hook ? msg_tr_hook(key) : NULL;
}

/* Is pct a conversion that takes an argument (not "%%")? */
static int msg_is_arg(const char *pct)
{
	struct msg_spec sp;

	msg_parse_spec(pct, &sp);
	return sp.conv != '%';
}

void msg_template(struct strbuf *sb, const char *fmt)
{
	const char *p = fmt, *pct;
	struct msg_spec sp;
	int n = 0;

	while ((pct = strchr(p, '%'))) {
		strbuf_add(sb, p, (size_t)(pct - p));
		if (msg_is_arg(pct))
			strbuf_addf(sb, "{%d}", ++n);
		else
			strbuf_addc(sb, '%');
		p = msg_parse_spec(pct, &sp);
	}
	strbuf_adds(sb, p);
}

/* {N} of tmpl at p: N from 1 to max, and its length in *len; else 0. */
static int msg_slot(const char *p, int max, size_t *len)
{
	int n = 0;
	size_t i = 1;

	while (p[i] >= '0' && p[i] <= '9' && n <= max)
		n = n * 10 + (p[i++] - '0');
	if (i == 1 || p[i] != '}' || n < 1 || n > max)
		return 0;
	*len = i + 1;
	return n;
}

void msg_vaddt(struct strbuf *sb, const char *tmpl, const char *fmt,
	       va_list ap)
{
	struct strbuf arg[MSG_TMPL_ARGS];
	const char *p = fmt, *pct, *q;
	size_t len;
	int n = 0, i;
	va_list aq;

	va_copy(aq, ap);
	while ((pct = strchr(p, '%')) && n < MSG_TMPL_ARGS) {
		if (!msg_is_arg(pct)) {
			p = pct + 2;
			continue;
		}
		strbuf_init(&arg[n]);
		p = msg_conv(&arg[n++], fmt, pct, &aq);
	}
	va_end(aq);
	/* The template is words from a language file: shown escaped, and
	 * its {N} filled, never read as a format. */
	for (p = tmpl; *p; p = q) {
		if (*p == '{' && (i = msg_slot(p, n, &len)) > 0) {
			strbuf_add(sb, arg[i - 1].buf, arg[i - 1].len);
			q = p + len;
			continue;
		}
		q = strchr(p + 1, '{');
		if (!q)
			q = p + strlen(p);
		msg_escape(sb, p, (size_t)(q - p), 0, 0);
	}
	for (i = 0; i < n; i++)
		strbuf_release(&arg[i]);
}

void msg_vaddk(struct strbuf *sb, const char *key, const char *fmt,
	       va_list ap)
{
	const char *t = key ? msg_tr(key) : NULL;

	if (t)
		msg_vaddt(sb, t, fmt, ap);
	else
		msg_vaddf(sb, fmt, ap);
}

void msg_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msg_vaddf(sb, fmt, ap);
	va_end(ap);
}

void msg_printf(FILE *f, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	msg_vaddf(&sb, fmt, ap);
	va_end(ap);
	fwrite(sb.buf, 1, sb.len, f);
	strbuf_release(&sb);
}

/* The errors a file or a folder most often meets, by name: their words
 * in the message language are keys errno.NAME. */
static const struct { int err; const char *key; } msg_errnos[] = {
	{ ENOENT, "errno.ENOENT" }, { EACCES, "errno.EACCES" },
	{ EPERM, "errno.EPERM" }, { EISDIR, "errno.EISDIR" },
	{ ENOTDIR, "errno.ENOTDIR" }, { ENOSPC, "errno.ENOSPC" },
	{ EDQUOT, "errno.EDQUOT" }, { EFBIG, "errno.EFBIG" },
	{ EROFS, "errno.EROFS" }, { EEXIST, "errno.EEXIST" },
	{ EIO, "errno.EIO" }, { ENAMETOOLONG, "errno.ENAMETOOLONG" },
	{ ELOOP, "errno.ELOOP" }, { EMFILE, "errno.EMFILE" },
	{ ENOTEMPTY, "errno.ENOTEMPTY" }, { EBUSY, "errno.EBUSY" },
	{ EXDEV, "errno.EXDEV" }, { ENXIO, "errno.ENXIO" },
};

const char *msg_errno_key(int err)
{
	size_t i;

	for (i = 0; i < sizeof msg_errnos / sizeof *msg_errnos; i++)
		if (msg_errnos[i].err == err)
			return msg_errnos[i].key;
	return NULL;
}

const char *msg_strerror(int err)
{
	static _Thread_local char buf[128];
	const char *key = msg_errno_key(err), *t = key ? msg_tr(key) : NULL;

	if (t) {
		snprintf(buf, sizeof buf, "%s", t);
		return buf;
	}
	snprintf(buf, sizeof buf, "%s", strerror(err));
	buf[0] = (char)tolower((unsigned char)buf[0]);
	return buf;
}
