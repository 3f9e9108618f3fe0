/* load-csv.c — scenario tables: columns by name, cells by type. */
#include "load/load-csv.h"
#include "load/suggest.h"
#include "load/value.h"
#include "util/xmalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- reporting ------------------------------------------------------- */

void ld_tab_err(struct ld_tab *tb, const struct csvt_field *f, size_t off,
		enum diag_code code, ...)
{
	va_list ap;
	int line, col;

	csvt_pos(&tb->t, f, off, &line, &col);
	va_start(ap, code);
	diag_addv(tb->ld->d, tb->t.path, line, col, code, ap);
	va_end(ap);
}

void ld_tab_head_err(struct ld_tab *tb, enum diag_code code, ...)
{
	const struct csvt_row *h = &tb->t.head;
	va_list ap;

	va_start(ap, code);
	diag_addv(tb->ld->d, tb->t.path, h->n ? h->line : 1,
		  h->n ? h->f[0].col : 1, code, ap);
	va_end(ap);
}

/* ---- the header ------------------------------------------------------- */

/* Which column and language a header name is: *k and *lang, or -1 with
 * an error reported. */
static int ld_head_name(struct ld_tab *tb, const struct csvt_field *f,
			int *k, int *lang)
{
	const char *name = f->s, *dot = strrchr(name, '.');
	size_t n = dot ? (size_t)(dot - name) : f->len;
	struct suggest sg;
	int i;

	for (i = 0; i < tb->ncols; i++) {
		if (!strcmp(tb->cols[i].name, name)) {
			*k = i;
			*lang = tb->base[i];
			return 0;
		}
		if (!dot || !tb->cols[i].text || strlen(tb->cols[i].name) != n
		    || strncmp(tb->cols[i].name, name, n) ||
		    !value_lang(dot + 1, strlen(dot + 1)))
			continue;
		*k = i;
		*lang = scenario_lang(tb->ld->sc, dot + 1);
		if (*lang >= 0)
			return 0;
		if (tb->ld->langs_ok)
			ld_tab_err(tb, f, n + 1, DIAG_LANG_UNKNOWN, dot + 1);
		return -1;
	}
	suggest_init(&sg, name);
	for (i = 0; i < tb->ncols; i++)
		suggest_try(&sg, tb->cols[i].name);
	if (sg.found)
		ld_tab_err(tb, f, 0, DIAG_COL_UNKNOWN_MEAN, name, sg.best);
	else
		ld_tab_err(tb, f, 0, DIAG_COL_UNKNOWN, name);
	return -1;
}

/* Warn once a table about a text column without a translation. */
static void ld_head_warn(struct ld_tab *tb, int k)
{
	const struct scenario *sc = tb->ld->sc;
	const struct csvt_field *f;
	char name[64];
	int i, b = tb->base[k];

	if (!tb->cols[k].text || tb->col[k][b] < 0 || !tb->ld->langs_ok)
		return;
	f = &tb->t.head.f[tb->col[k][b]];
	for (i = 0; i < sc->nlangs; i++) {
		if (i == b || tb->col[k][i] >= 0)
			continue;
		snprintf(name, sizeof name, "%s.%s", tb->cols[k].name,
			 sc->langs[i]);
		ld_tab_err(tb, f, 0, DIAG_NO_TRANSLATION_COLUMN, name,
			   sc->langs[i]);
	}
}

static void ld_head(struct ld_tab *tb)
{
	const struct csvt_row *h = &tb->t.head;
	int i, k, lang;

	for (i = 0; i < h->n; i++) {
		if (ld_head_name(tb, &h->f[i], &k, &lang) < 0)
			continue;
		if (tb->col[k][lang] >= 0) {
			ld_tab_err(tb, &h->f[i], 0, DIAG_COL_DUP, h->f[i].s);
			continue;
		}
		tb->col[k][lang] = i;
	}
	for (k = 0; k < tb->ncols; k++) {
		if (tb->cols[k].req && tb->col[k][tb->base[k]] < 0) {
			ld_tab_head_err(tb, DIAG_COL_MISSING, tb->cols[k].name);
			tb->failed = 1;
		}
		ld_head_warn(tb, k);
	}
}

/* Is the header name (a text column, or its translation "name.bg") one
 * of free text? (csvt.h) */
static int ld_tab_is_text(const void *ctx, const char *name)
{
	const struct ld_tab *tb = ctx;
	size_t n = strcspn(name, ".");
	int k;

	for (k = 0; k < tb->ncols; k++)
		if (tb->cols[k].text && strlen(tb->cols[k].name) == n &&
		    !strncmp(tb->cols[k].name, name, n))
			return 1;
	return 0;
}

int ld_tab_open(struct ld_tab *tb, struct ld *ld, const struct lfile *f,
		const struct ld_col *cols, int ncols, int quote_col)
{
	int k, i;

	memset(tb, 0, sizeof *tb);
	tb->ld = ld;
	tb->cols = cols;
	tb->ncols = ncols < LD_MAXCOLS ? ncols : LD_MAXCOLS;
	for (k = 0; k < LD_MAXCOLS; k++) {
		for (i = 0; i < SC_MAX_LANGS; i++)
			tb->col[k][i] = -1;
		tb->base[k] = k == quote_col ? ld->alang : 0;
	}
	csvt_init(&tb->t);
	tb->t.is_text = ld_tab_is_text;
	tb->t.ctx = tb;
	csvt_parse(&tb->t, f->path, f->buf, f->len, ld->d);
	if (!tb->t.has_head) {
		tb->failed = 1;
		return -1;
	}
	ld_head(tb);
	return tb->failed ? -1 : 0;
}

void ld_tab_close(struct ld_tab *tb)
{
	csvt_release(&tb->t);
}

/* ---- cells ------------------------------------------------------------ */

const struct csvt_field *ld_cell_lang(const struct ld_tab *tb,
					     size_t r, int k, int lang)
{
	int c = tb->col[k][lang];

	return c < 0 ? NULL : &tb->t.rows[r].f[c];
}

const struct csvt_field *ld_cell(const struct ld_tab *tb, size_t r, int k)
{
	return ld_cell_lang(tb, r, k, tb->base[k]);
}

const char *ld_str(const struct ld_tab *tb, size_t r, int k)
{
	const struct csvt_field *f = ld_cell(tb, r, k);

	return f ? f->s : "";
}

int ld_empty(const struct ld_tab *tb, size_t r, int k)
{
	return !*ld_str(tb, r, k);
}

int ld_cell_num(struct ld_tab *tb, size_t r, int k, const struct ld_num *ns,
		double *out)
{
	const struct csvt_field *f = ld_cell(tb, r, k);
	int line, col;

	if (!f || !f->len)
		return 0;
	csvt_pos(&tb->t, f, 0, &line, &col);
	return ld_number(tb->ld, tb->t.path, line, col, tb->cols[k].name, f->s,
			 ns, out);
}

int ld_cell_enum(struct ld_tab *tb, size_t r, int k, const char *what,
		 const char *expected, const char *const *names, int *out)
{
	const struct csvt_field *f = ld_cell(tb, r, k);
	int line, col, i;

	if (!f || !f->len)
		return 0;
	csvt_pos(&tb->t, f, 0, &line, &col);
	i = ld_enum(tb->ld, tb->t.path, line, col, what, expected, names,
		    f->s);
	if (i < 0)
		return -1;
	*out = i;
	return 0;
}

int ld_cell_effects(struct ld_tab *tb, size_t r, int k,
		    enum effects_ctx ctx, struct effects *out)
{
	const struct csvt_field *f = ld_cell(tb, r, k);
	struct effects_error err = { 0, 0, "" };
	int line, col;

	if (!f || !f->len)
		return 0;
	if (effects_parse(out, f->s, f->len, ctx, &err) == 0)
		return 0;
	memset(out, 0, sizeof *out);
	csvt_pos(&tb->t, f, err.at, &line, &col);
	diag_add_text(tb->ld->d, tb->t.path, line, col,
		      (enum diag_code)err.code, err.msg);
	return -1;
}

void ld_cell_text(struct ld_tab *tb, size_t r, int k, struct text *t)
{
	const struct scenario *sc = tb->ld->sc;
	const struct csvt_field *f, *plain = ld_cell(tb, r, k);
	int i;

	for (i = 0; i < SC_MAX_LANGS; i++) {
		f = ld_cell_lang(tb, r, k, i);
		if (f && f->len)
			t->s[i] = xstrdup(f->s);
	}
	if (plain && !plain->len && tb->cols[k].req)
		ld_tab_err(tb, plain, 0, DIAG_EMPTY_VALUE, tb->cols[k].name);
	if (plain && plain->len)
		ld_width(tb->ld, tb->t.path, plain->line, plain->col,
			 tb->cols[k].name, t, tb->cols[k].width);
	if (!plain || !plain->len || !tb->ld->langs_ok)
		return;
	for (i = 0; i < sc->nlangs; i++) {
		f = ld_cell_lang(tb, r, k, i);
		if (f && !f->len)
			ld_tab_err(tb, f, 0, DIAG_NO_TRANSLATION, sc->langs[i],
				   tb->cols[k].name);
	}
}

int ld_cell_id(struct ld_tab *tb, size_t r, int k, char *out,
	       const char *ids, const int *lines, size_t stride, int n)
{
	const struct csvt_field *f = ld_cell(tb, r, k);
	int line, col, j;

	if (!f)
		return -1;
	csvt_pos(&tb->t, f, 0, &line, &col);
	if (ld_id(tb->ld, tb->t.path, line, col, tb->cols[k].name, f->s,
		  out) < 0)
		return -1;
	for (j = 0; j < n; j++)
		if (!strcmp(ids + stride * (size_t)j, out)) {
			ld_tab_err(tb, f, 0, DIAG_DUP_ID, out,
				   *(const int *)((const char *)lines +
						  stride * (size_t)j));
			return -1;
		}
	return 0;
}
