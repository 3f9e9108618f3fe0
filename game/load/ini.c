/* ini.c — scenario.ini: our pre-scan, then iniparser. */

/* memfd_create() is a GNU extension. */
#define _GNU_SOURCE

#include "load/ini.h"
#include "load/value.h"
#include "util/msg.h"
#include "util/xmalloc.h"

#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Where a piece of a logical line came from: continued lines are joined
 * into one, as iniparser does, and each physical line is a segment. */
struct ini_seg {
	size_t joff;		/* offset in the joined text */
	size_t raw;		/* start of the physical line in the buffer */
	int line;
};

struct ini_st {
	struct ini_scan *s;
	struct diag *d;
	size_t i;		/* next byte to read */
	int line;		/* its line */
	char text[INI_MAX_LINE + 1];	/* the joined logical line */
	size_t n;
	struct ini_seg *seg;
	size_t nseg, capseg;
	int bad;		/* this logical line already has an error */
	int cur;		/* current section, -1 before the first,
				   INI_LOST after a broken header */
	int failed;
	int full;		/* a cap was reached: the scan stops */
};

/* Keys after a broken section header belong nowhere we know: they are
 * skipped rather than each reported as outside any section. */
#define INI_LOST (-2)

static const unsigned char ini_bom[3] = { 0xef, 0xbb, 0xbf };

void ini_scan_init(struct ini_scan *s)
{
	memset(s, 0, sizeof *s);
}

void ini_scan_release(struct ini_scan *s)
{
	int i;

	for (i = 0; i < s->nsect; i++) {
		free(s->sect[i].name);
		free(s->sect[i].lname);
	}
	for (i = 0; i < s->nent; i++) {
		free(s->ent[i].key);
		free(s->ent[i].rawkey);
		free(s->ent[i].value);
	}
	free(s->sect);
	free(s->ent);
	free(s->path);
	ini_scan_init(s);
}

static void ini_err(struct ini_st *st, int line, int col,
		    enum diag_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_addv(st->d, st->s->path, line, col, code, ap);
	va_end(ap);
	st->failed = 1;
	st->bad = 1;
}

static int ini_space(char c)
{
	return c == ' ' || c == '\t';
}

static char *ini_lower(const char *s, size_t n)
{
	char *o = xstrndup(s, n);
	size_t i;

	for (i = 0; i < n; i++)
		if (o[i] >= 'A' && o[i] <= 'Z')
			o[i] = (char)(o[i] - 'A' + 'a');
	return o;
}

/* The segment holding joined offset off. */
static const struct ini_seg *ini_seg_of(const struct ini_st *st, size_t off)
{
	size_t k = 0;

	while (k + 1 < st->nseg && st->seg[k + 1].joff <= off)
		k++;
	return &st->seg[k];
}

static size_t ini_raw(const struct ini_st *st, size_t off)
{
	const struct ini_seg *g = ini_seg_of(st, off);

	return g->raw + (off - g->joff);
}

static void ini_pos(const struct ini_st *st, size_t off, int *line,
		    int *col)
{
	const struct ini_seg *g = ini_seg_of(st, off);

	*line = g->line;
	*col = 1 + value_cols(st->s->buf + g->raw, off - g->joff);
}

/* Report code at joined offset off. */
static void ini_err_at(struct ini_st *st, size_t off, enum diag_code code,
		       ...)
{
	va_list ap;
	int line, col;

	ini_pos(st, off, &line, &col);
	va_start(ap, code);
	diag_addv(st->d, st->s->path, line, col, code, ap);
	va_end(ap);
	st->failed = 1;
	st->bad = 1;
}

/* Control characters other than tab have no business in the file (a
 * terminal obeys them when a value is shown), and a NUL would cut
 * iniparser's line short. */
static void ini_check_bytes(struct ini_st *st, size_t start, size_t end)
{
	const char *b = st->s->buf;
	size_t at;
	unsigned cp;

	if (!msg_control_at(b + start, end - start, &at, &cp))
		return;
	ini_err(st, st->line, 1 + value_cols(b + start, at), DIAG_CONTROL,
		cp);
}

static void ini_check_length(struct ini_st *st, size_t start, size_t end)
{
	size_t room = INI_MAX_LINE - st->n;

	if (end - start > room)
		ini_err(st, st->line, 1 + value_cols(st->s->buf + start,
						     room),
			DIAG_INI_LONG);
}

/* Read one physical line into the joined text. Returns 1 when it ends
 * in a backslash, that is, continues on the next line. */
static int ini_physical(struct ini_st *st)
{
	const char *b = st->s->buf;
	size_t start = st->i, eol = start, end, tend;
	int cont;

	while (eol < st->s->len && b[eol] != '\n')
		eol++;
	end = eol;
	if (end > start && b[end - 1] == '\r')
		end--;
	if (!st->bad)
		ini_check_bytes(st, start, end);
	if (!st->bad)
		ini_check_length(st, start, end);
	tend = end;
	while (tend > start && ini_space(b[tend - 1]))
		tend--;
	cont = tend > start && b[tend - 1] == '\\';
	tend -= (size_t)cont;
	st->seg = xgrow(st->seg, &st->capseg, st->nseg + 1, sizeof *st->seg);
	st->seg[st->nseg++] = (struct ini_seg){ st->n, start, st->line };
	if (!st->bad) {
		memcpy(st->text + st->n, b + start, tend - start);
		st->n += tend - start;
	}
	st->i = eol < st->s->len ? eol + 1 : eol;
	if (cont && st->i >= st->s->len) {
		/* iniparser would drop the line: nothing follows to join. */
		if (!st->bad)
			ini_err(st, st->line, 1 + value_cols(b + start,
							   tend - start),
				DIAG_INI_CONTINUED_EOF);
		cont = 0;
	}
	st->line++;
	return cont;
}

static void ini_add_section(struct ini_st *st, size_t a, size_t na,
			    size_t nb)
{
	struct ini_scan *s = st->s;
	struct ini_sect *x;
	char *lname = ini_lower(st->text + na, nb - na);
	int dup = ini_scan_section(s, lname), line, col;

	ini_pos(st, a, &line, &col);
	if (dup < 0 && s->nsect == INI_MAX_SECTIONS) {
		ini_err(st, line, col, DIAG_TOO_MANY, "sections",
			INI_MAX_SECTIONS);
		st->full = 1;
		free(lname);
		return;
	}
	if (dup >= 0) {
		ini_err(st, line, col, DIAG_INI_DUP_SECTION, s->sect[dup].name,
			s->sect[dup].line);
		st->cur = dup;
		free(lname);
		return;
	}
	s->sect = xgrow(s->sect, &s->capsect, (size_t)s->nsect + 1,
			sizeof *s->sect);
	x = &s->sect[s->nsect];
	x->name = xstrndup(st->text + na, nb - na);
	x->lname = lname;
	x->line = line;
	x->col = col;
	ini_pos(st, na, &line, &x->ncol);
	st->cur = s->nsect++;
}

/* "[name]" from a to b (trimmed). */
static void ini_section(struct ini_st *st, size_t a, size_t b)
{
	const char *close = memchr(st->text + a + 1, ']', b - a - 1);
	size_t na = a + 1, nb, k;

	st->cur = INI_LOST;	/* until the header proves good */
	if (!close) {
		ini_err_at(st, a, DIAG_INI_BRACKET);
		return;
	}
	nb = (size_t)(close - st->text);
	if (nb + 1 != b) {
		for (k = nb + 1; ini_space(st->text[k]); k++)
			;
		ini_err_at(st, k, DIAG_INI_AFTER_BRACKET);
		return;
	}
	while (na < nb && ini_space(st->text[na]))
		na++;
	while (nb > na && ini_space(st->text[nb - 1]))
		nb--;
	if (na == nb) {
		ini_err_at(st, a, DIAG_INI_EMPTY_SECTION);
		return;
	}
	ini_add_section(st, a, na, nb);
}

/* The value's start after '=' at v, checking a quoted value's close.
 * Returns the offset of its first character, or (size_t)-1. */
static size_t ini_value(struct ini_st *st, size_t v, size_t b, int *quoted)
{
	const char *close;
	char q;
	size_t k;

	while (v < b && ini_space(st->text[v]))
		v++;
	*quoted = 0;
	if (v >= b || (st->text[v] != '"' && st->text[v] != '\''))
		return v;
	q = st->text[v];
	close = memchr(st->text + v + 1, q, b - v - 1);
	if (!close) {
		ini_err_at(st, v, DIAG_INI_QUOTE, q == '"' ? "'\"'" : "\"'\"");
		return (size_t)-1;
	}
	for (k = (size_t)(close - st->text) + 1; k < b &&
	     ini_space(st->text[k]); k++)
		;
	if (k < b && st->text[k] != ';' && st->text[k] != '#') {
		ini_err_at(st, k, DIAG_INI_AFTER_QUOTE);
		return (size_t)-1;
	}
	*quoted = 1;
	return v + 1;
}

static void ini_add_entry(struct ini_st *st, size_t a, size_t kb,
			  size_t v, size_t b, int quoted)
{
	struct ini_scan *s = st->s;
	struct ini_ent *e;
	char *key = ini_lower(st->text + a, kb - a);
	int dup = ini_scan_entry(s, st->cur, key);

	if (dup < 0 && s->nent == INI_MAX_KEYS) {
		ini_err_at(st, a, DIAG_TOO_MANY, "keys", INI_MAX_KEYS);
		st->full = 1;
		free(key);
		return;
	}
	if (dup >= 0) {
		ini_err_at(st, a, DIAG_INI_DUP_KEY, s->ent[dup].rawkey,
			   s->ent[dup].line);
		free(key);
		return;
	}
	s->ent = xgrow(s->ent, &s->capent, (size_t)s->nent + 1,
		       sizeof *s->ent);
	e = &s->ent[s->nent++];
	e->sect = st->cur;
	e->key = key;
	e->rawkey = xstrndup(st->text + a, kb - a);
	ini_pos(st, a, &e->line, &e->col);
	ini_pos(st, v, &e->vline, &e->vcol);
	e->vraw = ini_raw(st, v);
	e->quoted = (uint8_t)quoted;
	e->value = !quoted && (memchr(st->text + v, ';', b - v) ||
			       memchr(st->text + v, '#', b - v)) ?
		   xstrndup(st->text + v, b - v) : NULL;
}

/* "key = value" from a to b (trimmed). */
static void ini_keyval(struct ini_st *st, size_t a, size_t b)
{
	const char *eq = memchr(st->text + a, '=', b - a);
	size_t kb, v;
	int quoted;
	char *key;

	if (!eq) {
		ini_err_at(st, a, DIAG_INI_SYNTAX);
		return;
	}
	kb = (size_t)(eq - st->text);
	while (kb > a && ini_space(st->text[kb - 1]))
		kb--;
	if (kb == a) {
		ini_err_at(st, (size_t)(eq - st->text), DIAG_INI_EMPTY_KEY);
		return;
	}
	v = ini_value(st, (size_t)(eq - st->text) + 1, b, &quoted);
	if (v == (size_t)-1)
		return;
	if (st->cur == INI_LOST)
		return;
	if (st->cur < 0) {
		key = xstrndup(st->text + a, kb - a);
		ini_err_at(st, a, DIAG_INI_OUTSIDE, key);
		free(key);
		return;
	}
	ini_add_entry(st, a, kb, v, b, quoted);
}

static void ini_classify(struct ini_st *st)
{
	size_t a = 0, b = st->n;

	while (a < b && ini_space(st->text[a]))
		a++;
	while (b > a && ini_space(st->text[b - 1]))
		b--;
	if (a == b || st->text[a] == '#' || st->text[a] == ';')
		return;
	if (st->text[a] == '[')
		ini_section(st, a, b);
	else
		ini_keyval(st, a, b);
}

int ini_scan(struct ini_scan *s, const char *path, const char *buf,
	     size_t len, struct diag *d)
{
	struct ini_st st;

	ini_scan_release(s);
	s->path = xstrdup(path);
	s->buf = buf;
	s->len = len;
	memset(&st, 0, sizeof st);
	st.s = s;
	st.d = d;
	st.line = 1;
	st.cur = -1;
	if (len >= 3 && !memcmp(buf, ini_bom, 3))
		st.i = 3;
	while (st.i < len && !st.full) {
		st.n = st.nseg = 0;
		st.bad = 0;
		while (ini_physical(&st))
			;
		if (!st.bad)
			ini_classify(&st);
	}
	free(st.seg);
	return st.failed ? -1 : 0;
}

/* Is the backslash at j the one that continues its line? */
static int ini_continues(const struct ini_scan *s, size_t j)
{
	if (s->buf[j] != '\\')
		return 0;
	for (j++; j < s->len && s->buf[j] != '\n'; j++)
		if (!ini_space(s->buf[j]) && s->buf[j] != '\r')
			return 0;
	return j < s->len;
}

void ini_scan_pos(const struct ini_scan *s, const struct ini_ent *e,
		  size_t off, int *line, int *col)
{
	size_t j = e->vraw, k = 0;

	*line = e->vline;
	*col = e->vcol;
	for (;;) {
		while (j < s->len && ini_continues(s, j)) {
			while (s->buf[j] != '\n')
				j++;
			j++;
			(*line)++;
			*col = 1;
		}
		if (k >= off || j >= s->len)
			break;
		if (((unsigned char)s->buf[j] & 0xc0) != 0x80)
			(*col)++;
		j++;
		k++;
	}
}

int ini_scan_section(const struct ini_scan *s, const char *lname)
{
	int i;

	for (i = 0; i < s->nsect; i++)
		if (!strcmp(s->sect[i].lname, lname))
			return i;
	return -1;
}

int ini_scan_entry(const struct ini_scan *s, int sect, const char *key)
{
	int i;

	for (i = 0; i < s->nent; i++)
		if (s->ent[i].sect == sect && !strcmp(s->ent[i].key, key))
			return i;
	return -1;
}

/* ---- iniparser ---------------------------------------------------- */

void ini_init(struct ini *ini)
{
	ini_scan_init(&ini->scan);
	ini->dict = NULL;
}

void ini_release(struct ini *ini)
{
	if (ini->dict)
		iniparser_freedict(ini->dict);
	ini_scan_release(&ini->scan);
	ini->dict = NULL;
}

/* iniparser would print to stderr; every problem it could see has been
 * reported by the scan already, with a place. */
static int ini_silent(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

/* A stream holding buf[0..len): an anonymous file in memory (memfd)
 * where the kernel has them, else an unlinked temporary file in $TMPDIR
 * (or /tmp). NULL with errno. */
static FILE *ini_bytes(const char *buf, size_t len)
{
	const char *dir = getenv("TMPDIR");
	char *name;
	FILE *f;
	int fd = -1, e;

#ifdef MFD_CLOEXEC
	fd = memfd_create("scenario.ini", MFD_CLOEXEC);
#endif
	if (fd < 0) {
		name = xasprintf("%s/detente-ini.XXXXXX",
				 dir && *dir ? dir : "/tmp");
		fd = mkstemp(name);
		if (fd >= 0)
			unlink(name);
		free(name);
	}
	f = fd < 0 ? NULL : fdopen(fd, "w");
	if (!f) {
		e = errno;
		if (fd >= 0)
			close(fd);
		errno = e;
		return NULL;
	}
	if (fwrite(buf, 1, len, f) != len || fflush(f) != 0) {
		e = errno;
		fclose(f);
		errno = e;
		return NULL;
	}
	return f;
}

/* Give iniparser exactly the bytes that were scanned (and hashed), minus
 * a byte-order mark it cannot read, without a file others can touch:
 * nothing can change the file between the scan and the load. iniparser
 * 4.1 reads only from a path, so it opens /dev/fd/N of ini_bytes (a
 * fresh open, at the start of the bytes). */
static dictionary *ini_dict(const char *path, const char *fspath,
			    const char *buf, size_t len, struct diag *d)
{
	size_t skip = len >= 3 && !memcmp(buf, ini_bom, 3) ? 3 : 0;
	dictionary *dict = NULL;
	char name[64];
	FILE *f;
	int err = 0;

	iniparser_set_error_callback(ini_silent);
	f = ini_bytes(buf + skip, len - skip);
	if (!f) {
		err = errno;
	} else {
		snprintf(name, sizeof name, "/dev/fd/%d", fileno(f));
		if (access(name, R_OK) == 0)
			dict = iniparser_load(name);
		else
			err = errno;
		fclose(f);
	}
	/* Without a copy, iniparser reads the file itself: the same bytes
	 * unless someone edits it this very moment, and only when there is
	 * no byte-order mark to leave out. */
	if (!dict && !skip)
		dict = iniparser_load(fspath);
	if (!dict && skip)
		diag_add(d, path, 1, 1, DIAG_TEMP, "scenario.ini",
			 msg_strerror(err ? err : EIO));
	else if (!dict)
		diag_add(d, path, 1, 1, DIAG_INI_LOAD);
	return dict;
}

int ini_load(struct ini *ini, const char *path, const char *fspath,
	     const char *buf, size_t len, struct diag *d)
{
	if (ini_scan(&ini->scan, path, buf, len, d) < 0)
		return -1;
	ini->dict = ini_dict(path, fspath, buf, len, d);
	return ini->dict ? 0 : -1;
}

const char *ini_get(const struct ini *ini, const char *sect,
		    const char *key)
{
	int si = ini_scan_section(&ini->scan, sect), ei;
	char k[256];
	int n;

	if (!ini->dict)
		return NULL;
	ei = si < 0 ? -1 : ini_scan_entry(&ini->scan, si, key);
	if (ei >= 0 && ini->scan.ent[ei].value)
		return ini->scan.ent[ei].value;
	n = snprintf(k, sizeof k, "%s:%s", sect, key);
	if (n < 0 || (size_t)n >= sizeof k)
		return NULL;
	return iniparser_getstring(ini->dict, k, NULL);
}
