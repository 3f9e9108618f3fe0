/* diag.c — format, collect, sort and print diagnostics (diag.h). */
#include "util/diag.h"

#include <stdlib.h>
#include <string.h>

#include "util/msg.h"
#include "util/xmalloc.h"

/* ---- catalogues --------------------------------------------------------- */

enum diag_sev diag_cat_sev(const struct diag_cat *cat, int code)
{
	if (code < 0 || code >= cat->n)
		return DIAG_ERROR;
	switch (cat->def[code].sev) {
	case 'W':
		return DIAG_WARNING;
	case 'H':
		return DIAG_HINT;
	default:
		return DIAG_ERROR;
	}
}

const char *diag_cat_name(const struct diag_cat *cat, int code)
{
	return code >= 0 && code < cat->n ? cat->def[code].name : "?";
}

int diag_cat_key(const struct diag_cat *cat, int code, struct strbuf *sb)
{
	if (!cat->key || code < 0 || code >= cat->n)
		return -1;
	strbuf_addf(sb, "diag.%s.%s", cat->key, cat->def[code].name);
	return 0;
}

/* The one place where a format is not a literal: it comes from a
 * catalogue, never from input, and each caller passes the arguments its
 * entry names. msg_vaddk escapes every string and cuts a quoted subject
 * short; a language's words are a template it fills, never a format. */
void diag_cat_vaddf(const struct diag_cat *cat, struct strbuf *sb,
		    int code, va_list ap)
{
	struct strbuf key = STRBUF_INIT;

	if (code < 0 || code >= cat->n) {
		strbuf_adds(sb, "?");
		return;
	}
	diag_cat_key(cat, code, &key);
	msg_vaddk(sb, key.len ? key.buf : NULL, cat->def[code].fmt, ap);
	strbuf_release(&key);
}

void diag_cat_addf(const struct diag_cat *cat, struct strbuf *sb,
		   int code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_cat_vaddf(cat, sb, code, ap);
	va_end(ap);
}

/* ---- the one formatter -------------------------------------------------- */

static const char *const diag_sev_words[DIAG_NSEV] = {
	[DIAG_ERROR] = "error",
	[DIAG_WARNING] = "warning",
	[DIAG_HINT] = "hint",
};

const char *diag_sev_prefix(enum diag_sev sev)
{
	switch (sev) {
	case DIAG_WARNING:
		return "warning: ";
	case DIAG_HINT:
		return "hint: ";
	default:
		return "";	/* an error needs no word: it is the norm */
	}
}

void diag_format(struct strbuf *sb, const char *file, int line, int col,
		 enum diag_sev sev, const char *text)
{
	/* "" is how a list holds a message added without a file. */
	if (file && *file && line > 0)
		msg_addf(sb, "%s:%d:%d: ", file, line, col > 0 ? col : 1);
	else if (file && *file)
		msg_addf(sb, "%s: ", file);
	strbuf_adds(sb, diag_sev_prefix(sev));
	msg_escape(sb, text, strlen(text), 0, 0);
}

/* ---- the list ----------------------------------------------------------- */

void diag_init(struct diag *d, const struct diag_cat *cat)
{
	memset(d, 0, sizeof *d);
	d->cat = cat;
}

void diag_release(struct diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		free(d->msg[i].text);
	for (i = 0; i < d->nfiles; i++)
		free(d->files[i]);
	free(d->msg);
	free(d->files);
	diag_init(d, d->cat);
}

static int diag_file_index(const struct diag *d, const char *file)
{
	size_t i;

	for (i = 0; i < d->nfiles; i++)
		if (!strcmp(d->files[i], file))
			return (int)i;
	return -1;
}

static int diag_intern(struct diag *d, const char *file)
{
	int i = diag_file_index(d, file);

	if (i >= 0)
		return i;
	d->files = xgrow(d->files, &d->capfiles, d->nfiles + 1,
			 sizeof *d->files);
	d->files[d->nfiles] = xstrdup(file);
	return (int)d->nfiles++;
}

/* A copy of text with control characters shown as '?'. */
static char *diag_clean(const char *text)
{
	char *t = xstrdup(text), *p;

	for (p = t; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return t;
}

static void diag_push(struct diag *d, const char *file, int line, int col,
		      int code, char *text)
{
	struct diag_msg *m;

	d->msg = xgrow(d->msg, &d->cap, d->n + 1, sizeof *d->msg);
	m = &d->msg[d->n++];
	m->file = diag_intern(d, file ? file : "");
	m->line = line;
	m->col = col;
	m->code = code;
	m->sev = diag_cat_sev(d->cat, code);
	m->text = text;
	d->count[m->sev]++;
}

void diag_add_text(struct diag *d, const char *file, int line, int col,
		   int code, const char *text)
{
	diag_push(d, file, line, col, code, diag_clean(text));
}

void diag_addv(struct diag *d, const char *file, int line, int col,
	       int code, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;

	diag_cat_vaddf(d->cat, &sb, code, ap);
	diag_push(d, file, line, col, code, diag_clean(sb.buf));
	strbuf_release(&sb);
}

void diag_add(struct diag *d, const char *file, int line, int col,
	      int code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_addv(d, file, line, col, code, ap);
	va_end(ap);
}

int diag_file_errors(const struct diag *d, const char *file)
{
	int f = diag_file_index(d, file), n = 0;
	size_t i;

	if (f < 0)
		return 0;
	for (i = 0; i < d->n; i++)
		if (d->msg[i].file == f && d->msg[i].sev == DIAG_ERROR)
			n++;
	return n;
}

/* ---- printing ----------------------------------------------------------- */

/* Sort key: file, line, col, then order of addition (for stability,
 * since qsort is not stable). */
static int diag_cmp(const void *pa, const void *pb)
{
	const struct diag_msg *const *a = pa, *const *b = pb;

	if ((*a)->file != (*b)->file)
		return (*a)->file < (*b)->file ? -1 : 1;
	if ((*a)->line != (*b)->line)
		return (*a)->line < (*b)->line ? -1 : 1;
	if ((*a)->col != (*b)->col)
		return (*a)->col < (*b)->col ? -1 : 1;
	return *a < *b ? -1 : *a > *b;
}

/* "file: 2 more errors and 1 more warning not shown" */
static void diag_left_out(struct strbuf *sb, const char *file,
			  const int more[DIAG_NSEV])
{
	int s, said = 0, left = 0;

	for (s = 0; s < DIAG_NSEV; s++)
		left += more[s] > 0;
	if (!left)
		return;
	if (*file)
		msg_addf(sb, "%s: ", file);
	for (s = 0; s < DIAG_NSEV; s++) {
		if (!more[s])
			continue;
		if (said)
			strbuf_adds(sb, said == left - 1 ? " and " : ", ");
		strbuf_addf(sb, "%d more %s%s", more[s], diag_sev_words[s],
			    more[s] == 1 ? "" : "s");
		said++;
	}
	strbuf_adds(sb, " not shown\n");
}

/* The messages of one file, v[0..n), sorted. */
static void diag_str_file(const struct diag *d, const struct diag_msg **v,
			  size_t n, struct strbuf *sb)
{
	const char *file = d->files[v[0]->file];
	int seen[DIAG_NSEV] = { 0 }, more[DIAG_NSEV] = { 0 }, s;
	size_t i;

	for (i = 0; i < n; i++) {
		if (++seen[v[i]->sev] > DIAG_CAP)
			continue;
		diag_format(sb, file, v[i]->line, v[i]->col, v[i]->sev,
			    v[i]->text);
		strbuf_addc(sb, '\n');
	}
	for (s = 0; s < DIAG_NSEV; s++)
		more[s] = seen[s] > DIAG_CAP ? seen[s] - DIAG_CAP : 0;
	diag_left_out(sb, file, more);
}

void diag_str(const struct diag *d, struct strbuf *sb)
{
	const struct diag_msg **v;
	size_t i, j;

	if (!d->n)
		return;
	v = xmalloc(d->n * sizeof *v);
	for (i = 0; i < d->n; i++)
		v[i] = &d->msg[i];
	qsort(v, d->n, sizeof *v, diag_cmp);
	for (i = 0; i < d->n; i = j) {
		for (j = i; j < d->n && v[j]->file == v[i]->file; j++)
			;
		diag_str_file(d, v + i, j - i, sb);
	}
	free(v);
}

void diag_print(const struct diag *d, FILE *f)
{
	struct strbuf sb = STRBUF_INIT;

	diag_str(d, &sb);
	fwrite(sb.buf, 1, sb.len, f);
	strbuf_release(&sb);
}
