/* csvt.c — CSV tables through libcsv, with positions. */
#include "load/csvt.h"
#include "util/xmalloc.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

/* The state of one parse. */
struct csvt_st {
	struct csvt *t;
	struct diag *d;
	struct csv_parser p;
	size_t i;		/* the byte being fed */
	int line, col;		/* its place */
	size_t linelen;		/* bytes so far on this line */
	int long_told;		/* this line's length was reported */
	int boundary;		/* the next non-blank byte starts a field */
	int row_open;		/* libcsv is inside a row */
	struct csvt_field start;	/* where the current field began */
	struct csvt_row cur;	/* the row being read */
	size_t capcur;
	int stop;		/* too many rows: ignore the rest */
	int failed;
};

static const unsigned char csvt_bom[3] = { 0xef, 0xbb, 0xbf };

void csvt_init(struct csvt *t)
{
	memset(t, 0, sizeof *t);
}

static void csvt_row_release(struct csvt_row *r)
{
	int i;

	for (i = 0; i < r->n; i++)
		free(r->f[i].s);
	free(r->f);
	memset(r, 0, sizeof *r);
}

void csvt_release(struct csvt *t)
{
	size_t i;

	for (i = 0; i < t->nrows; i++)
		csvt_row_release(&t->rows[i]);
	csvt_row_release(&t->head);
	free(t->rows);
	free(t->path);
	csvt_init(t);
}

static void csvt_error(struct csvt_st *st, int line, int col,
		       enum diag_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_addv(st->d, st->t->path, line, col, code, ap);
	va_end(ap);
	st->failed = 1;
}

/* Copy a field's bytes, turning CR LF into LF (a quoted field in a file
 * with Windows line ends would otherwise keep the CRs). */
static char *csvt_copy(const char *s, size_t n, size_t *outlen)
{
	char *o = xmalloc(n + 1);
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!(s[i] == '\r' && i + 1 < n && s[i + 1] == '\n'))
			o[k++] = s[i];
	o[k] = '\0';
	*outlen = k;
	return o;
}

static void csvt_here(struct csvt_st *st, struct csvt_field *f)
{
	f->line = st->line;
	f->col = st->col;
	f->raw = st->i;
	f->quoted = 0;
}

/* libcsv: a field ended. An empty field never saw a first byte; it is
 * placed at the byte that ended it. */
static void csvt_on_field(void *s, size_t n, void *data)
{
	struct csvt_st *st = data;
	struct csvt_field *f;

	if (st->stop)
		return;
	if (st->boundary)
		csvt_here(st, &st->start);
	st->cur.f = xgrow(st->cur.f, &st->capcur, (size_t)st->cur.n + 1,
			  sizeof *st->cur.f);
	f = &st->cur.f[st->cur.n++];
	*f = st->start;
	f->s = csvt_copy(s ? s : "", s ? n : 0, &f->len);
	if (st->cur.n == 1)
		st->cur.line = f->line;
	st->boundary = 1;
}

static void csvt_drop_row(struct csvt_st *st)
{
	csvt_row_release(&st->cur);
	st->capcur = 0;
	st->row_open = 0;
	st->boundary = 1;
}

static void csvt_keep_row(struct csvt_st *st)
{
	struct csvt *t = st->t;

	if (t->nrows >= CSVT_MAX_ROWS) {
		csvt_error(st, st->cur.line, 1, DIAG_CSV_ROWS);
		st->stop = 1;
		csvt_drop_row(st);
		return;
	}
	t->rows = xgrow(t->rows, &t->caprows, t->nrows + 1, sizeof *t->rows);
	t->rows[t->nrows++] = st->cur;
	memset(&st->cur, 0, sizeof st->cur);
	st->capcur = 0;
}

/* A header of one field with ';' in it: the table was saved with ';'
 * between fields. Said once, at the first ';'; the rest is not read. */
static int csvt_semicolons(struct csvt_st *st)
{
	const struct csvt_field *f = &st->cur.f[0];
	const char *semi = st->cur.n == 1 ? strchr(f->s, ';') : NULL;
	int line, col;

	if (!semi)
		return 0;
	csvt_pos(st->t, f, (size_t)(semi - f->s), &line, &col);
	csvt_error(st, line, col, DIAG_CSV_SEMICOLON);
	st->stop = 1;
	csvt_drop_row(st);
	return 1;
}

/* A row whose field count is not the header's. With more fields, an
 * unquoted text field followed by a field that starts with a space is
 * where a comma most likely split a sentence ("Talk, listen"). */
static void csvt_fields(struct csvt_st *st)
{
	const struct csvt *t = st->t;
	const struct csvt_row *r = &st->cur;
	int i;

	for (i = 0; r->n > t->head.n && t->is_text && i < t->head.n; i++)
		if (!r->f[i].quoted && r->f[i + 1].raw > 0 &&
		    t->buf[r->f[i + 1].raw - 1] == ' ' &&
		    t->is_text(t->ctx, t->head.f[i].s)) {
			csvt_error(st, r->f[i].line, r->f[i].col,
				   DIAG_CSV_FIELDS_COMMA, t->head.n, r->n,
				   t->head.f[i].s);
			return;
		}
	csvt_error(st, r->line, r->f[0].col, DIAG_CSV_FIELDS, t->head.n,
		   r->n);
}

/* libcsv: a row ended (c is its terminator, or -1 at the end). */
static void csvt_on_row(int c, void *data)
{
	struct csvt_st *st = data;
	struct csvt *t = st->t;

	(void)c;
	if (st->stop)
		return;
	if (!t->has_head) {
		if (csvt_semicolons(st))
			return;
		t->head = st->cur;
		t->has_head = 1;
		memset(&st->cur, 0, sizeof st->cur);
		st->capcur = 0;
	} else if (st->cur.n != t->head.n) {
		csvt_fields(st);
	} else {
		csvt_keep_row(st);
	}
	csvt_drop_row(st);
}

/* Step past byte i: count lines, columns (code points) and line length.
 * A CR counts as a line end only when no LF follows. */
static void csvt_advance(struct csvt_st *st)
{
	const struct csvt *t = st->t;
	unsigned char c = (unsigned char)t->buf[st->i];

	st->i++;
	if (c == '\n' || (c == '\r' && (st->i >= t->len ||
					t->buf[st->i] != '\n'))) {
		st->line++;
		st->col = 1;
		st->linelen = 0;
		st->long_told = 0;
		return;
	}
	if (c == '\r')
		return;
	if (++st->linelen > CSVT_MAX_LINE && !st->long_told) {
		csvt_error(st, st->line, st->col, DIAG_CSV_LONG);
		st->long_told = 1;
	}
	if ((c & 0xc0) != 0x80)
		st->col++;
}

/* Leave the rest of the line unread (a comment, or after an error). */
static void csvt_skip_line(struct csvt_st *st)
{
	int line = st->line;

	while (st->i < st->t->len && st->line == line)
		csvt_advance(st);
}

/* libcsv allocates through xrealloc, so it never fails for memory
 * (csv_init itself allocates nothing). */
static void csvt_parser_init(struct csvt_st *st)
{
	csv_init(&st->p, CSV_STRICT | CSV_STRICT_FINI);
	csv_set_realloc_func(&st->p, xrealloc);
	csv_set_free_func(&st->p, free);
}

static void csvt_syntax(struct csvt_st *st)
{
	csvt_error(st, st->line, st->col, st->start.quoted ?
		   DIAG_CSV_AFTER_QUOTE : DIAG_CSV_STRAY_QUOTE);
	csv_free(&st->p);
	csvt_parser_init(st);
	csvt_drop_row(st);
	csvt_skip_line(st);
}

static void csvt_feed(struct csvt_st *st)
{
	char c = st->t->buf[st->i];

	if (!st->row_open && st->col == 1 && st->linelen == 0 && c == '#') {
		csvt_skip_line(st);
		return;
	}
	if (st->boundary && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
		csvt_here(st, &st->start);
		st->start.quoted = c == '"';
		st->boundary = 0;
		st->row_open = 1;
	}
	if (csv_parse(&st->p, &c, 1, csvt_on_field, csvt_on_row, st) != 1) {
		csvt_syntax(st);
		return;
	}
	csvt_advance(st);
}

static void csvt_finish(struct csvt_st *st)
{
	if (csv_fini(&st->p, csvt_on_field, csvt_on_row, st) != 0 &&
	    !st->stop) {
		csvt_error(st, st->start.line, st->start.col, DIAG_CSV_QUOTE);
		csvt_drop_row(st);
	}
	csv_free(&st->p);
	csvt_row_release(&st->cur);
	if (!st->t->has_head && !st->failed && !st->stop)
		csvt_error(st, 1, 1, DIAG_CSV_NO_HEADER);
}

int csvt_parse(struct csvt *t, const char *path, const char *buf,
	       size_t len, struct diag *d)
{
	struct csvt_st st;
	int (*is_text)(const void *, const char *) = t->is_text;
	const void *ctx = t->ctx;

	csvt_release(t);
	t->is_text = is_text;
	t->ctx = ctx;
	t->path = xstrdup(path);
	t->buf = buf;
	t->len = len;
	memset(&st, 0, sizeof st);
	st.t = t;
	st.d = d;
	st.line = st.col = 1;
	st.boundary = 1;
	csvt_parser_init(&st);
	if (len >= 3 && !memcmp(buf, csvt_bom, 3))
		st.i = 3;
	while (st.i < len && !st.stop)
		csvt_feed(&st);
	csvt_finish(&st);
	return st.failed ? -1 : 0;
}

/* Step over one raw byte at *j of the buffer, keeping line and col. */
static void csvt_pos_step(const struct csvt *t, size_t *j, int *line,
			  int *col)
{
	unsigned char c = (unsigned char)t->buf[*j];

	(*j)++;
	if (c == '\n') {
		(*line)++;
		*col = 1;
	} else if (c != '\r' && (c & 0xc0) != 0x80) {
		(*col)++;
	}
}

void csvt_pos(const struct csvt *t, const struct csvt_field *f, size_t off,
	      int *line, int *col)
{
	size_t j = f->raw, k = 0;

	*line = f->line;
	*col = f->col;
	if (f->quoted && j < t->len)
		csvt_pos_step(t, &j, line, col);
	while (k < off && j < t->len) {
		if (f->quoted && t->buf[j] == '"')
			csvt_pos_step(t, &j, line, col);	/* "" */
		else if (t->buf[j] == '\r' && j + 1 < t->len &&
			 t->buf[j + 1] == '\n')
			csvt_pos_step(t, &j, line, col);	/* CR LF */
		csvt_pos_step(t, &j, line, col);
		k++;
	}
}

int csvt_column(const struct csvt *t, const char *name)
{
	int i;

	for (i = 0; i < t->head.n; i++)
		if (!strcmp(t->head.f[i].s, name))
			return i;
	return -1;
}
