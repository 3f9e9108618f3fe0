/* doc.c — a scrollable document of paragraphs, wrapped to the screen. */
#include "ui/tui.h"
#include <stdlib.h>
#include <string.h>

#include "text/wrap.h"
#include "ui/ui_int.h"
#include "util/xmalloc.h"

#define DOC_GUTTER 2

void doc_init(struct doc *d)
{
	memset(d, 0, sizeof *d);
	rlines_init(&d->l);
}

void doc_release(struct doc *d)
{
	rlines_release(&d->l);
	memset(d, 0, sizeof *d);
}

void doc_head(struct doc *d, const char *text)
{
	if (d->l.n)
		rlines_add(&d->l, RL_NOTE, TONE_NEUTRAL, "");
	if (d->nsections < (int)(sizeof d->sections / sizeof *d->sections))
		d->sections[d->nsections++] = (int)d->l.n;
	rlines_add(&d->l, RL_HEAD, TONE_NEUTRAL, text);
}

void doc_line(struct doc *d, int tone, const char *text)
{
	rlines_add(&d->l, RL_NOTE, tone, text);
}

void doc_blank(struct doc *d)
{
	rlines_add(&d->l, RL_NOTE, TONE_NEUTRAL, "");
}

void doc_lines(struct doc *d, const struct rlines *rl)
{
	size_t i;

	for (i = 0; i < rl->n; i++) {
		struct rline *l = rlines_add(&d->l, rl->v[i].kind,
					     rl->v[i].tone, rl->v[i].text);

		l->hidden = rl->v[i].hidden;
		l->priv = rl->v[i].priv;
		l->side = rl->v[i].side;
		l->turn = rl->v[i].turn;
	}
}

/* One screen line of the document. */
struct doc_wl {
	size_t line, off, len;
	int first;	/* the paragraph's first screen line */
	int hl;		/* the quote highlight is on at its start */
};

static int doc_is_head(const struct rline *l)
{
	return l->kind == RL_HEAD;
}

/* Lay the document out at width w; returns the screen line count. */
static size_t doc_layout(const struct doc *d, int w, struct doc_wl **out)
{
	struct doc_wl *v = NULL;
	size_t n = 0, cap = 0, i, len, adv, k;
	int tw, hl;

	for (i = 0; i < d->l.n; i++) {
		const char *s = d->l.v[i].text;
		int first = 1;

		tw = doc_is_head(&d->l.v[i]) ? w : w - DOC_GUTTER;
		len = strlen(s);
		hl = 0;
		do {
			size_t ln = wrap_next(s, len, (size_t)(tw > 1 ? tw : 1),
					      &adv);

			v = xgrow(v, &cap, n + 1, sizeof *v);
			v[n].line = i;
			v[n].off = (size_t)(s - d->l.v[i].text);
			v[n].len = ln;
			v[n].first = first;
			v[n].hl = hl;
			for (k = 0; k < adv; k++)
				if (s[k] == WRAP_HL_ON || s[k] == WRAP_HL_OFF)
					hl = s[k] == WRAP_HL_ON;
			n++;
			first = 0;
			s += adv;
			len -= adv;
		} while (len > 0);
	}
	*out = v;
	return n;
}

static int doc_attr(const struct rline *l)
{
	if (doc_is_head(l))
		return UA_TITLE;
	if (l->hidden || l->priv)
		return UA_HIDDEN;
	return ui_tone_attr(l->tone);
}

static const char *doc_mark(const struct ui *u, const struct rline *l)
{
	if (l->hidden || l->priv)
		return ui_sym(u, "\u25c6", "*");
	if (l->kind == RL_NOTE)
		return l->tone == TONE_GOOD ? ui_sym(u, "\u25b2", "+") :
		       l->tone == TONE_BAD ? ui_sym(u, "\u25bc", "!") : "";
	if (l->tone == TONE_GOOD)
		return ui_sym(u, "\u25b2", "+");
	if (l->tone == TONE_BAD)
		return ui_sym(u, "\u25bc", "!");
	return ui_sym(u, "\u2022", "*");
}

static void doc_draw_wl(struct ui *u, const struct doc *d,
			const struct doc_wl *wl, int y, int x, int w)
{
	const struct rline *l = &d->l.v[wl->line];
	char *s = xmalloc(wl->len + 2), *p = s;
	int head = doc_is_head(l);

	if (wl->hl)
		*p++ = WRAP_HL_ON;
	memcpy(p, l->text + wl->off, wl->len);
	p[wl->len] = '\0';
	if (!head && wl->first)
		ui_put(u, y, x, DOC_GUTTER, doc_attr(l), doc_mark(u, l));
	ui_put(u, y, head ? x : x + DOC_GUTTER, head ? w : w - DOC_GUTTER,
	       doc_attr(l), s);
	free(s);
}

int doc_height(const struct doc *d, int w)
{
	struct doc_wl *wl;
	size_t n = doc_layout(d, w, &wl);

	free(wl);
	return (int)n;
}

int doc_draw(struct ui *u, struct doc *d, int y, int x, int h, int w)
{
	struct doc_wl *wl;
	size_t n = doc_layout(d, w, &wl);
	int i;

	if (d->top > (int)n - h)
		d->top = (int)n - h;
	if (d->top < 0)
		d->top = 0;
	for (i = 0; i < h && d->top + i < (int)n; i++)
		doc_draw_wl(u, d, &wl[d->top + i], y + i, x, w);
	/* Lines below the box are lost unless the screen says where the
	 * reader is (doc_view) and lets them scroll. */
	if (d->top + h < (int)n && !d->scrolls)
		ui_cut(u, "doc", d->l.n ? d->l.v[d->l.n - 1].text : "", "");
	free(wl);
	return (int)n;
}

/* The screen line where paragraph line starts. */
static int doc_line_at(const struct doc *d, int w, int line)
{
	struct doc_wl *wl;
	size_t n = doc_layout(d, w, &wl), i;
	int at = 0;

	for (i = 0; i < n; i++) {
		if ((int)wl[i].line == line) {
			at = (int)i;
			break;
		}
	}
	free(wl);
	return at;
}

void doc_goto(struct doc *d, int line, int w)
{
	d->top = doc_line_at(d, w, line);
}

int doc_scroll(struct ui *u, struct doc *d, int key, int h, int w)
{
	(void)u;
	switch (key) {
	case K_UP: d->top--; return 1;
	case K_DOWN: d->top++; return 1;
	case K_PGUP: case K_BTAB: d->top -= h - 1; return 1;
	case K_PGDN: case ' ': d->top += h - 1; return 1;
	case K_HOME: case 'g': d->top = 0; return 1;
	case K_END: case 'G': d->top = 1 << 20; return 1;
	}
	if (key >= '1' && key <= '9' && key - '1' < d->nsections) {
		d->top = doc_line_at(d, w, d->sections[key - '1']);
		return 1;
	}
	return 0;
}

/* "lines 1–20 of 64" at the right of the key line. */
static void doc_where(struct ui *u, const struct doc *d, int y, int h,
		      int n)
{
	struct strbuf sb = STRBUF_INIT;
	char a[16], b[16], c[16];
	int last = d->top + h < n ? d->top + h : n;

	if (n <= h)
		return;
	snprintf(a, sizeof a, "%d", d->top + 1);
	snprintf(b, sizeof b, "%d", last);
	snprintf(c, sizeof c, "%d", n);
	lang_fmt(&sb, ui_tr(u, "doc.where"), "from", a, "to", b, "of", c,
		 LANG_END);
	if (last < n)
		strbuf_adds(&sb, ui_sym(u, " \u2193", " v"));
	ui_put_right(u, y, 0, u->cols - 1, UA_DIM, sb.buf);
	strbuf_release(&sb);
}

int doc_view(struct ui *u, const char *title, const char *right,
	     struct doc *d, const char *keys)
{
	int key, h, w, n, kr;

	d->scrolls = 1;
	for (;;) {
		kr = ui_keyline_rows(u, keys);
		h = u->rows - 2 - kr;
		w = u->cols - 2;
		ui_clear(u);
		ui_header(u, title, right);
		n = doc_draw(u, d, 1, 1, h, w);
		doc_where(u, d, 1 + h, h, n);
		ui_keyline(u, keys);
		refresh();
		key = ui_key(u);
		if (key == K_QUIT)
			return key;
		if (key == K_REDRAW || doc_scroll(u, d, key, h, w))
			continue;
		return key;
	}
}
