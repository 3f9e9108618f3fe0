/* save_parse.c — reading a save: lines into sections, sections into a save.
 *
 * One pass over the lines. A section's entries are gathered until the
 * next header (or the end), then interpreted, so problems come out close
 * to file order and the format line is judged before anything a newer
 * format might spell differently. The first problem stops the reading:
 * after it, nothing in a save can be trusted. */
#include "save/save.h"

#include <stdlib.h>
#include <string.h>

#include "save/parse-int.h"
#include "util/msg.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/* ---- places ------------------------------------------------------------- */

int rd_col(const struct rd *r, const char *p)
{
	return (int)utf8_chars(r->ls, (size_t)(p - r->ls)) + 1;
}

int rd_fail(struct rd *r, int line, int col, enum save_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	save_err_vset(r->err, r->file, line, col, code, ap);
	va_end(ap);
	return -1;
}

/* ---- one line ----------------------------------------------------------- */

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static int is_key_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '_' || c == '-';
}

/* Invalid UTF-8, or a control character other than tab (C0, DEL, C1). */
static int line_text_ok(struct rd *r, const char *s, const char *e)
{
	size_t bad = utf8_invalid_at(s, (size_t)(e - s)), at;
	unsigned cp;

	if (msg_control_at(s, bad, &at, &cp))
		return rd_fail(r, r->line, rd_col(r, s + at), SAVE_CONTROL,
			       cp);
	if (s + bad < e)
		return rd_fail(r, r->line, rd_col(r, s + bad), SAVE_UTF8);
	return 0;
}

static int line_section(struct rd *r, const char *p, const char *e)
{
	const char *name = p + 1, *q = name, *close;
	struct rd_seen *s;

	if (rd_section_done(r) < 0)
		return -1;
	while (q < e && *q != ']')
		q++;
	if (q == e)
		return rd_fail(r, r->line, rd_col(r, e), SAVE_BRACKET);
	close = q;
	for (q = close + 1; q < e; q++)
		if (!is_blank(*q))
			return rd_fail(r, r->line, rd_col(r, q),
				       SAVE_AFTER_BRACKET);
	for (q = name; q < close && is_key_char(*q); q++)
		;
	if (q != close || close == name)
		return rd_fail(r, r->line, rd_col(r, name), SAVE_SECTION_CHARS,
			       (int)(close - name), name);
	s = &r->sect;
	s->name = xstrndup(name, (size_t)(close - name));
	s->line = r->line;
	r->sect_col = rd_col(r, p);
	r->have_sect = 1;
	r->nent = 0;
	return rd_section_start(r);
}

static int line_key(struct rd *r, const char *p, const char *e)
{
	const char *k = p, *kend, *v;
	struct rd_ent *ent;

	while (p < e && is_key_char(*p))
		p++;
	if (p == k)
		return rd_fail(r, r->line, rd_col(r, k),
			       *k == '=' ? SAVE_SYNTAX : SAVE_KEY_CHARS);
	if (p < e && !is_blank(*p) && *p != '=')
		return rd_fail(r, r->line, rd_col(r, p), SAVE_KEY_CHARS);
	kend = p;
	while (p < e && is_blank(*p))
		p++;
	if (p == e || *p != '=')
		return rd_fail(r, r->line, rd_col(r, p), SAVE_NO_EQUALS,
			       (int)(kend - k), k);
	for (v = p + 1; v < e && is_blank(*v); v++)
		;
	while (e > v && is_blank(e[-1]))
		e--;
	r->ent = xgrow(r->ent, &r->capent, r->nent + 1, sizeof *r->ent);
	ent = &r->ent[r->nent++];
	ent->line = r->line;
	ent->kcol = rd_col(r, k);
	ent->vcol = rd_col(r, v);
	ent->key = xstrndup(k, (size_t)(kend - k));
	ent->val = xstrndup(v, (size_t)(e - v));
	return 0;
}

static int rd_line(struct rd *r, const char *s, const char *e, int last)
{
	const char *p = s;

	r->ls = s;
	while (p < e && is_blank(*p))
		p++;
	/* Before [save], anything but a comment says "not a save", even
	 * bytes that are not text: a picture opened by mistake. */
	if (!r->have_sect && p < e && *p != '#' && *p != ';' &&
	    (e - p < 6 || strncmp(p, "[save]", 6) != 0))
		return rd_fail(r, r->line, rd_col(r, p), SAVE_NOT_SAVE);
	if (e - s > SAVE_MAX_LINE)
		return rd_fail(r, r->line, rd_col(r, s + SAVE_MAX_LINE),
			       SAVE_LINE_LONG, SAVE_MAX_LINE);
	if (line_text_ok(r, s, e) < 0)
		return -1;
	if (p == e || *p == '#' || *p == ';')
		return 0;
	if (r->ended)
		return rd_fail(r, r->line, rd_col(r, p), SAVE_AFTER_END);
	if (last && (e - p < 5 || strncmp(p, "[end]", 5) != 0))
		return rd_fail(r, r->line, rd_col(r, e), SAVE_CUT);
	if (*p == '[')
		return line_section(r, p, e);
	if (!r->have_sect)
		return rd_fail(r, r->line, rd_col(r, p), SAVE_SYNTAX);
	return line_key(r, p, e);
}

static int rd_lines(struct rd *r)
{
	const char *p = r->buf, *end = r->buf + r->len, *nl, *e;

	if (r->len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;	/* a byte-order mark, from an editor */
	if (p == end)
		return rd_fail(r, 0, 0, SAVE_EMPTY, r->file);
	while (p < end) {
		r->line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		e = nl ? nl : end;
		if (e > p && e[-1] == '\r')
			e--;
		if (rd_line(r, p, e, nl == NULL) < 0)
			return -1;
		p = nl ? nl + 1 : end;
	}
	if (rd_section_done(r) < 0)
		return -1;
	if (!r->ended)
		return rd_fail(r, r->line, 1, SAVE_NO_END);
	return rd_finish(r);
}

/* ---- entry points ------------------------------------------------------- */

static void rd_release(struct rd *r)
{
	size_t i;

	for (i = 0; i < r->nent; i++) {
		free(r->ent[i].key);
		free(r->ent[i].val);
	}
	free(r->ent);
	free(r->sect.name);
	for (i = 0; i < r->nseen; i++)
		free(r->seen[i].name);
	free(r->seen);
}

int save_parse(struct save *sv, const char *file, const char *buf,
	       size_t len, struct save_err *err)
{
	struct rd r;
	int rc;

	save_release(sv);
	save_err_clear(err);
	memset(&r, 0, sizeof r);
	r.file = file;
	r.buf = buf;
	r.len = len;
	r.sv = sv;
	r.err = err;
	rc = rd_lines(&r);
	rd_release(&r);
	if (rc < 0)
		save_release(sv);
	else
		sv->file = xstrdup(file);
	return rc;
}

int save_read(struct save *sv, const char *path, struct save_err *err)
{
	struct strbuf sb = STRBUF_INIT;
	int rc = -1;

	save_err_clear(err);
	if (save_read_file(path, &sb, err) == 0)
		rc = save_parse(sv, path, sb.buf, sb.len, err);
	strbuf_release(&sb);
	return rc;
}
