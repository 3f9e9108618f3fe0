/* diag.c — collect, sort and print diagnostics. */
#include "load/diag.h"
#include "util/msg.h"
#include "util/xmalloc.h"

#include <stdlib.h>
#include <string.h>

static const char *const diag_fmt[DIAG_N] = {
#define DIAG(name, sev, text) [DIAG_##name] = text,
#include "load/diag-list.h"
#undef DIAG
};

static const char diag_sev[DIAG_N] = {
#define DIAG(name, sev, text) [DIAG_##name] = #sev[0],
#include "load/diag-list.h"
#undef DIAG
};

static const char *const diag_names[DIAG_N] = {
#define DIAG(name, sev, text) [DIAG_##name] = #name,
#include "load/diag-list.h"
#undef DIAG
};

void diag_init(struct diag *d)
{
	memset(d, 0, sizeof *d);
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
	diag_init(d);
}

int diag_is_warning(enum diag_code code)
{
	return (unsigned)code < DIAG_N && diag_sev[code] == 'W';
}

const char *diag_name(enum diag_code code)
{
	return (unsigned)code < DIAG_N ? diag_names[code] : "?";
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

/* A copy of text with control characters (a line break inside a quoted
 * CSV field, say) shown as '?', so that a message stays on its line. */
static char *diag_clean(const char *text)
{
	char *t = xstrdup(text), *p;

	for (p = t; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return t;
}

void diag_add_text(struct diag *d, const char *file, int line, int col,
		   enum diag_code code, const char *text)
{
	struct diag_msg *m;

	d->msg = xgrow(d->msg, &d->cap, d->n + 1, sizeof *d->msg);
	m = &d->msg[d->n++];
	m->file = diag_intern(d, file);
	m->line = line;
	m->col = col;
	m->code = code;
	m->text = diag_clean(text);
	if (diag_is_warning(code))
		d->warnings++;
	else
		d->errors++;
}

/* The one place where a format is not a literal: it comes from the
 * table above, never from input, and each caller passes the arguments
 * its entry in diag-list.h names. msg_vaddf escapes every string and
 * cuts a quoted subject short, so that a scenario's bytes never reach
 * the terminal raw. */
static char *diag_vstrdup(enum diag_code code, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;

	msg_vaddf(&sb, diag_fmt[code], ap);
	return strbuf_detach(&sb);
}

void diag_addv(struct diag *d, const char *file, int line, int col,
	       enum diag_code code, va_list ap)
{
	char *text = diag_vstrdup(code, ap);

	diag_add_text(d, file, line, col, code, text);
	free(text);
}

void diag_add(struct diag *d, const char *file, int line, int col,
	      enum diag_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_addv(d, file, line, col, code, ap);
	va_end(ap);
}

void diag_vformat(char *buf, size_t size, enum diag_code code, va_list ap)
{
	char *t;

	if (!size)
		return;
	t = diag_vstrdup(code, ap);
	snprintf(buf, size, "%s", t);
	free(t);
}

int diag_file_errors(const struct diag *d, const char *file)
{
	int f = diag_file_index(d, file), n = 0;
	size_t i;

	if (f < 0)
		return 0;
	for (i = 0; i < d->n; i++)
		if (d->msg[i].file == f && !diag_is_warning(d->msg[i].code))
			n++;
	return n;
}

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

static void diag_print_one(const struct diag *d, const struct diag_msg *m,
			   FILE *f)
{
	const char *w = diag_is_warning(m->code) ? "warning: " : "";

	if (m->line > 0)
		msg_printf(f, "%s:%d:%d: %s%s\n", d->files[m->file], m->line,
			   m->col, w, m->text);
	else
		msg_printf(f, "%s: %s%s\n", d->files[m->file], w, m->text);
}

static void diag_print_left_out(const char *file, int errs, int warns,
				FILE *f)
{
	if (errs && warns)
		msg_printf(f, "%s: %d more error%s and %d more warning%s not "
			"shown\n", file, errs, errs == 1 ? "" : "s", warns,
			warns == 1 ? "" : "s");
	else if (errs)
		msg_printf(f, "%s: %d more error%s not shown\n", file, errs,
			errs == 1 ? "" : "s");
	else if (warns)
		msg_printf(f, "%s: %d more warning%s not shown\n", file, warns,
			warns == 1 ? "" : "s");
}

void diag_print(const struct diag *d, FILE *f)
{
	const struct diag_msg **v;
	size_t i, j;
	int errs, warns, w;

	if (!d->n)
		return;
	v = xmalloc(d->n * sizeof *v);
	for (i = 0; i < d->n; i++)
		v[i] = &d->msg[i];
	qsort(v, d->n, sizeof *v, diag_cmp);
	for (i = 0; i < d->n; i = j) {
		errs = warns = 0;
		for (j = i; j < d->n && v[j]->file == v[i]->file; j++) {
			w = diag_is_warning(v[j]->code);
			if ((w ? ++warns : ++errs) <= DIAG_CAP)
				diag_print_one(d, v[j], f);
		}
		diag_print_left_out(d->files[v[i]->file],
				    errs > DIAG_CAP ? errs - DIAG_CAP : 0,
				    warns > DIAG_CAP ? warns - DIAG_CAP : 0, f);
	}
	free(v);
}
