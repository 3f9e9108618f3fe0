/* lang.c — language files: parse, look up, fill placeholders. */
#include "text/lang.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/msg.h"
#include "util/paths.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

void lang_init(struct lang *l, const char *code)
{
	memset(l, 0, sizeof *l);
	snprintf(l->code, sizeof l->code, "%s", code ? code : "");
}

void lang_release(struct lang *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->e[i].key);
		free(l->e[i].val);
	}
	free(l->e);
	free(l->file);
	memset(l, 0, sizeof *l);
}

/* ---- messages ----------------------------------------------------------- */

enum lang_code {
#define LANG_MSG(name, sev, text) LANG_##name,
#include "text/lang-msgs.h"
#undef LANG_MSG
	LANG_N
};

static const struct diag_def lang_defs[LANG_N] = {
#define LANG_MSG(name, sev, text) [LANG_##name] = { #name, #sev[0], text },
#include "text/lang-msgs.h"
#undef LANG_MSG
};

/* No key: a language file that cannot be read has no words to say so. */
const struct diag_cat lang_msgs = { lang_defs, LANG_N, NULL };

/* ---- parsing ------------------------------------------------------------ */

/* One physical line being read, for error positions. */
struct lang_src {
	const char *file;
	const char *text, *end;	/* the whole file */
	const char *line;	/* start of the current line */
	size_t llen;		/* its length, without the newline */
	int lineno;
	int errors;
	struct diag *d;		/* NULL: count only */
};

/* A problem at byte at of the current line. */
static void lang_err(struct lang_src *s, const char *at,
		     enum lang_code code, ...)
{
	va_list ap;
	size_t col = utf8_chars(s->line, (size_t)(at - s->line)) + 1;

	s->errors++;
	if (!s->d)
		return;
	va_start(ap, code);
	diag_addv(s->d, s->file, s->lineno, (int)col, code, ap);
	va_end(ap);
}

/* Move to the next physical line; 0 at the end of the text. */
static int lang_next_line(struct lang_src *s)
{
	const char *p = s->text, *nl;

	if (s->line) {
		p = s->line + s->llen;
		if (p >= s->end)
			return 0;
		p++;	/* the newline */
	}
	if (p >= s->end)
		return 0;
	nl = memchr(p, '\n', (size_t)(s->end - p));
	s->line = p;
	s->llen = (size_t)((nl ? nl : s->end) - p);
	s->lineno++;
	return 1;
}

/* A line over the cap is an error, and is skipped. */
static int lang_too_long(struct lang_src *s)
{
	if (s->llen <= LANG_MAX_LINE)
		return 0;
	lang_err(s, s->line + LANG_MAX_LINE, LANG_LINE_LONG, LANG_MAX_LINE);
	return 1;
}

static int lang_key_char(int c)
{
	return isalnum(c) || c == '.' || c == '_' || c == '-';
}

static int lang_name_char(int c)
{
	return isalnum(c) || c == '_';
}

/* Length of a {name} placeholder at p (up to end), or 0. */
static size_t lang_placeholder_len(const char *p, const char *end)
{
	const char *q = p + 1;

	while (q < end && lang_name_char((unsigned char)*q))
		q++;
	if (q == p + 1 || q >= end || *q != '}')
		return 0;
	return (size_t)(q - p) + 1;
}

/* Strip a CR and trailing blanks: the visible end of the line. */
static const char *lang_rtrim(const char *b, const char *e)
{
	while (e > b && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return e;
}

static const char *lang_skip_blanks(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return p;
}

/* Read a value from p to the line's end, following continuations.
 * Returns 0, or -1 after reporting an error. */
static int lang_value(struct lang_src *s, const char *p, struct strbuf *v)
{
	const char *e = lang_rtrim(s->line, s->line + s->llen);
	size_t ph;

	for (;;) {
		if (p >= e)
			return 0;
		if (*p == '{') {
			ph = lang_placeholder_len(p, e);
			if (!ph) {
				lang_err(s, p, LANG_BRACE);
				return -1;
			}
			strbuf_add(v, p, ph);
			p += ph;
			continue;
		}
		if (*p != '\\') {
			strbuf_addc(v, *p++);
			continue;
		}
		if (p + 1 == e) {
			/* A continuation: the value goes on. */
			if (!lang_next_line(s))
				return 0;
			if (lang_too_long(s))
				return -1;
			e = lang_rtrim(s->line, s->line + s->llen);
			p = lang_skip_blanks(s->line, e);
			continue;
		}
		switch (p[1]) {
		case 'n': strbuf_addc(v, '\n'); break;
		case 't': strbuf_addc(v, '\t'); break;
		case '\\': strbuf_addc(v, '\\'); break;
		case '{': strbuf_addc(v, '{'); break;
		default:
			lang_err(s, p, LANG_ESCAPE, p[1]);
			return -1;
		}
		p += 2;
	}
}

static struct lang_entry *lang_lookup_linear(struct lang *l, const char *k)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!strcmp(l->e[i].key, k))
			return &l->e[i];
	return NULL;
}

static void lang_add(struct lang *l, struct lang_src *s, const char *key,
		     size_t klen, struct strbuf *v)
{
	struct lang_entry *old;
	char *k;

	if (l->n >= LANG_MAX_ENTRIES) {
		lang_err(s, key, LANG_MANY, LANG_MAX_ENTRIES);
		return;
	}
	k = xstrndup(key, klen);
	old = lang_lookup_linear(l, k);
	if (old) {
		lang_err(s, key, LANG_DUP_KEY, k, old->line);
		free(k);
		return;
	}
	l->e = xgrow(l->e, &l->cap, l->n + 1, sizeof *l->e);
	l->e[l->n].key = k;
	l->e[l->n].val = strbuf_detach(v);
	l->e[l->n].line = s->lineno;
	l->n++;
}

/* One logical entry starting on the current line. */
static void lang_entry_line(struct lang *l, struct lang_src *s)
{
	const char *b = s->line, *e = lang_rtrim(b, b + s->llen);
	const char *p = lang_skip_blanks(b, e), *key, *eq, *q;
	struct strbuf v = STRBUF_INIT;
	size_t llen;
	int line;

	if (p == e || *p == '#')
		return;
	eq = memchr(p, '=', (size_t)(e - p));
	if (!eq) {
		lang_err(s, p, LANG_SYNTAX);
		return;
	}
	key = p;
	q = eq;
	while (q > key && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	if (q == key) {
		lang_err(s, eq, LANG_NO_KEY);
		return;
	}
	for (p = key; p < q; p++) {
		if (!lang_key_char((unsigned char)*p)) {
			lang_err(s, p, LANG_KEY_CHARS);
			return;
		}
	}
	line = s->lineno;
	llen = s->llen;
	if (lang_value(s, lang_skip_blanks(eq + 1, e), &v) == 0) {
		const char *now_line = s->line;
		size_t now_llen = s->llen;
		int now = s->lineno;

		/* Report duplicates at the key's own line: its number and
		 * its text, which the column is counted in. */
		s->lineno = line;
		s->line = b;
		s->llen = llen;
		lang_add(l, s, key, (size_t)(q - key), &v);
		s->lineno = now;
		s->line = now_line;
		s->llen = now_llen;
	}
	strbuf_release(&v);
}

static int lang_cmp(const void *a, const void *b)
{
	return strcmp(((const struct lang_entry *)a)->key,
		      ((const struct lang_entry *)b)->key);
}

int lang_parse(struct lang *l, const char *file, const char *text,
	       size_t len, struct diag *d)
{
	struct lang_src s;
	size_t bad, n, at;
	unsigned cp;

	memset(&s, 0, sizeof s);
	s.file = file;
	s.text = text;
	s.end = text + len;
	s.d = d;
	free(l->file);
	l->file = xstrdup(file);
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		s.text += 3;	/* a byte-order mark */
	while (lang_next_line(&s)) {
		if (lang_too_long(&s))
			continue;
		bad = utf8_invalid_at(s.line, s.llen);
		/* a CR of a CRLF line end is the line end's */
		n = bad == s.llen && bad && s.line[bad - 1] == '\r' ?
		    bad - 1 : bad;
		if (msg_control_at(s.line, n, &at, &cp)) {
			lang_err(&s, s.line + at, LANG_CONTROL, cp);
			continue;
		}
		if (bad < s.llen) {
			lang_err(&s, s.line + bad, LANG_UTF8);
			continue;
		}
		lang_entry_line(l, &s);
	}
	if (l->n)	/* qsort must not be given a null array */
		qsort(l->e, l->n, sizeof *l->e, lang_cmp);
	return s.errors;
}

/* A problem with the file as a whole: one error, with no place. */
static int lang_file_err(struct diag *d, const char *path,
			 enum lang_code code, ...)
{
	va_list ap;

	if (d) {
		va_start(ap, code);
		diag_addv(d, path, 0, 0, code, ap);
		va_end(ap);
	}
	return 1;
}

int lang_load(struct lang *l, const char *path, struct diag *d)
{
	FILE *f = fopen(path, "rb");
	struct strbuf text = STRBUF_INIT;
	char buf[4096];
	size_t n;
	int rc;

	if (!f)
		return lang_file_err(d, path, LANG_OPEN, msg_strerror(errno));
	while (text.len <= LANG_MAX_BYTES &&
	       (n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&text, buf, n);
	rc = ferror(f);
	fclose(f);
	if (rc)
		rc = lang_file_err(d, path, LANG_READ);
	else if (text.len > LANG_MAX_BYTES)
		rc = lang_file_err(d, path, LANG_TOO_BIG,
				   LANG_MAX_BYTES >> 20);
	else
		rc = lang_parse(l, path, text.buf, text.len, d);
	strbuf_release(&text);
	return rc;
}

int lang_load_pair(struct lang *l, struct lang *en, const char *code,
		   struct strbuf *err)
{
	char *path = paths_data_file("assets/lang/en.txt");
	struct diag d;
	int errors;

	diag_init(&d, &lang_msgs);
	lang_init(en, "en");
	lang_init(l, code);
	if (!strcmp(code, "en")) {
		/* English needs no fallback: it is the reference. */
		errors = lang_load(l, path, &d);
	} else {
		errors = lang_load(en, path, &d);
		free(path);
		path = xasprintf("%s/assets/lang/%s.txt", paths_data(), code);
		errors += lang_load(l, path, &d);
		l->fallback = en;
	}
	free(path);
	diag_str(&d, err);
	diag_release(&d);
	return errors;
}

/* ---- lookup ------------------------------------------------------------- */

const char *lang_find(const struct lang *l, const char *key)
{
	struct lang_entry k = { 0 }, *e;

	if (!l || !l->n)
		return NULL;
	k.key = (char *)(uintptr_t)key;
	e = bsearch(&k, l->e, l->n, sizeof *l->e, lang_cmp);
	return e ? e->val : NULL;
}

const char *lang_get(const struct lang *l, const char *key)
{
	const char *v = lang_find(l, key);

	if (!v && l && l->fallback)
		v = lang_find(l->fallback, key);
	return v ? v : key;
}

const char *lang_getf(const struct lang *l, const char *fmt, ...)
{
	char key[128];
	va_list ap;
	const char *v;

	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	v = lang_find(l, key);
	if (!v && l && l->fallback)
		v = lang_find(l->fallback, key);
	/* The key is on our stack: a missing key shows as "?". */
	return v ? v : "?";
}

/* ---- placeholders ------------------------------------------------------- */

static const char *lang_arg(va_list ap0, const char *name, size_t len)
{
	va_list ap;
	const char *k, *v = NULL;

	va_copy(ap, ap0);
	while ((k = va_arg(ap, const char *)) != NULL) {
		const char *val = va_arg(ap, const char *);

		if (strlen(k) == len && !memcmp(k, name, len)) {
			v = val ? val : "";
			break;
		}
	}
	va_end(ap);
	return v;
}

void lang_fmt(struct strbuf *sb, const char *tmpl, ...)
{
	const char *p = tmpl, *end = tmpl + strlen(tmpl), *v;
	size_t ph;
	va_list ap;

	va_start(ap, tmpl);
	while (p < end) {
		const char *brace = strchr(p, '{');

		if (!brace) {
			strbuf_add(sb, p, (size_t)(end - p));
			break;
		}
		strbuf_add(sb, p, (size_t)(brace - p));
		ph = lang_placeholder_len(brace, end);
		v = ph ? lang_arg(ap, brace + 1, ph - 2) : NULL;
		if (v) {
			size_t vl = strlen(v);

			strbuf_adds(sb, v);
			p = brace + ph;
			/* English possessive: "the United States' trust",
			 * not "States's". */
			if (vl && (v[vl - 1] == 's' || v[vl - 1] == 'S') &&
			    p[0] == '\'' && p[1] == 's' &&
			    !lang_name_char((unsigned char)p[2]))
			{
				strbuf_addc(sb, '\'');
				p += 2;
			}
		} else {
			strbuf_addc(sb, '{');
			p = brace + 1;
		}
	}
	va_end(ap);
}

static int lang_strcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void lang_placeholders(const char *tmpl, struct strbuf *sb)
{
	const char *p = tmpl, *end = tmpl + strlen(tmpl);
	char *names[64] = { 0 };
	size_t n = 0, i, ph;

	while ((p = strchr(p, '{')) != NULL) {
		ph = lang_placeholder_len(p, end);
		if (ph && n < sizeof names / sizeof *names)
			names[n++] = xstrndup(p + 1, ph - 2);
		p += ph ? ph : 1;
	}
	qsort(names, n, sizeof *names, lang_strcmp);
	for (i = 0; i < n; i++) {
		if (i > 0 && !strcmp(names[i], names[i - 1]))
			continue;
		if (sb->len)
			strbuf_addc(sb, ' ');
		strbuf_adds(sb, names[i]);
	}
	for (i = 0; i < n; i++)
		free(names[i]);
}

const char *lang_from_env(void)
{
	static const char *const vars[] = {
		"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"
	};
	size_t i;
	const char *v;

	for (i = 0; i < sizeof vars / sizeof *vars; i++) {
		v = getenv(vars[i]);
		if (!v || !*v)
			continue;
		if (!strncmp(v, "bg", 2))
			return "bg";
		/* The first variable that is set decides, as in gettext;
		 * "C.UTF-8" and "en_US" mean English. */
		return "en";
	}
	return "en";
}
