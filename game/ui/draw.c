/* draw.c — text on the screen by display width, with an ASCII fallback. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text/wrap.h"
#include "ui/ui_int.h"
#include "util/utf8.h"

/* ---- attributes by meaning ---------------------------------------------- */

enum { P_HEAD = 1, P_GOOD, P_BAD, P_HIDDEN, P_KEY };

void draw_colors(struct ui *u)
{
	const char *nc = getenv("NO_COLOR");

	u->color = has_colors() && !(nc && *nc);
	if (!u->color)
		return;
	start_color();
	use_default_colors();
	init_pair(P_HEAD, COLOR_WHITE, COLOR_BLUE);
	init_pair(P_GOOD, COLOR_CYAN, -1);
	init_pair(P_BAD, COLOR_RED, -1);
	init_pair(P_HIDDEN, COLOR_MAGENTA, -1);
	init_pair(P_KEY, COLOR_CYAN, -1);
}

int draw_attr(const struct ui *u, int a)
{
	int c = u->color;

	switch (a) {
	case UA_HEAD:
		return c ? (int)(COLOR_PAIR(P_HEAD) | A_BOLD) :
			   (int)A_REVERSE;
	case UA_TITLE: return (int)A_BOLD;
	case UA_GOOD:
		return c ? (int)(COLOR_PAIR(P_GOOD) | A_BOLD) : (int)A_BOLD;
	case UA_BAD:
		return c ? (int)(COLOR_PAIR(P_BAD) | A_BOLD) :
			   (int)(A_BOLD | A_UNDERLINE);
	case UA_HIDDEN:
		return c ? (int)(COLOR_PAIR(P_HIDDEN) | A_BOLD) :
			   (int)A_UNDERLINE;
	case UA_DIM: return (int)A_DIM;
	case UA_SEL: return (int)(A_REVERSE | A_BOLD);
	case UA_KEY:
		return c ? (int)(COLOR_PAIR(P_KEY) | A_BOLD) : (int)A_BOLD;
	case UA_QUOTE: return (int)(A_BOLD | A_UNDERLINE);
	}
	return (int)A_NORMAL;
}

/* ---- text ---------------------------------------------------------------- */

const char *ui_tr(const struct ui *u, const char *key)
{
	return lang_get(&u->L, key);
}

const char *ui_sym(const struct ui *u, const char *utf8, const char *ascii)
{
	return u->ascii ? ascii : utf8;
}

int ui_tone_attr(int tone)
{
	return tone == TONE_GOOD ? UA_GOOD : tone == TONE_BAD ? UA_BAD : UA_NORM;
}

int ui_width(const char *s)
{
	return (int)utf8_width(s, strlen(s));
}

void ui_clear(struct ui *u)
{
	erase();
	u->nhit = 0;
}

void ui_hit(struct ui *u, int y, int x0, int x1, int key)
{
	if (u->nhit >= (int)(sizeof u->hit / sizeof *u->hit))
		return;
	u->hit[u->nhit].y = y;
	u->hit[u->nhit].x0 = x0;
	u->hit[u->nhit].x1 = x1;
	u->hit[u->nhit].key = key;
	u->nhit++;
}

/* ---- ASCII stand-ins ---------------------------------------------------- */

struct fold { uint32_t cp; const char *s; };

/* Punctuation and symbols the game's texts use. */
static const struct fold draw_folds[] = {
	{ 0x00a0, " " }, { 0x00ab, "\"" }, { 0x00bb, "\"" },
	{ 0x00b1, "+-" }, { 0x00b7, "." }, { 0x00d7, "x" }, { 0x00e9, "e" },
	{ 0x00c9, "E" }, { 0x2013, "-" }, { 0x2014, "-" }, { 0x2018, "'" },
	{ 0x2019, "'" }, { 0x201c, "\"" }, { 0x201d, "\"" },
	{ 0x201e, "\"" }, { 0x2022, "*" }, { 0x2026, "..." },
	{ 0x2190, "<-" }, { 0x2192, "->" }, { 0x2212, "-" },
	{ 0x2248, "~" }, { 0x2500, "-" }, { 0x2502, "|" }, { 0x2588, "#" },
	{ 0x2591, "." }, { 0x25b2, "^" }, { 0x25b6, ">" }, { 0x25bc, "v" },
	{ 0x25c6, "*" }, { 0x25cb, "o" }, { 0x25cf, "*" }, { 0x2714, "+" },
	{ 0x2716, "x" }, { 0x2191, "^" }, { 0x2193, "v" },
};

/* Bulgarian (and Russian) letters, by the Streamlined System. */
static const char *const draw_cyr[32] = {
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
	"n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht",
	"a", "y", "y", "e", "yu", "ya"
};

static void draw_fold(uint32_t cp, char *out)
{
	size_t i;

	if (cp < 0x80) {
		out[0] = (char)cp;
		out[1] = '\0';
		return;
	}
	if (cp >= 0x0430 && cp <= 0x044f) {
		strcpy(out, draw_cyr[cp - 0x0430]);
		return;
	}
	if (cp >= 0x0410 && cp <= 0x042f) {
		strcpy(out, draw_cyr[cp - 0x0410]);
		out[0] = (char)(out[0] - 'a' + 'A');
		return;
	}
	for (i = 0; i < sizeof draw_folds / sizeof *draw_folds; i++) {
		if (draw_folds[i].cp == cp) {
			strcpy(out, draw_folds[i].s);
			return;
		}
	}
	strcpy(out, cp >= 0x2580 && cp <= 0x2588 ? "#" : "?");
}

/* ---- text ---------------------------------------------------------------- */

static void draw_cp(struct ui *u, int y, int x, uint32_t cp, int attr)
{
	attr_t a = (attr_t)attr & ~(attr_t)A_COLOR;
	short pair = (short)PAIR_NUMBER(attr);

	if (u->ascii) {
		char s[8];

		draw_fold(cp, s);
		attr_set(a, pair, NULL);
		mvaddstr(y, x, s);
		attr_set(A_NORMAL, 0, NULL);
	} else {
		wchar_t w[2] = { (wchar_t)cp, 0 };
		cchar_t cc;

		setcchar(&cc, w, a, pair, NULL);
		mvadd_wch(y, x, &cc);
	}
}

/* Columns cp takes when drawn (ASCII stand-ins may be longer). */
static int draw_cpw(const struct ui *u, uint32_t cp)
{
	char s[8];

	if (!u->ascii)
		return utf8_cpwidth(cp);
	draw_fold(cp, s);
	return (int)strlen(s);
}

/* ---- what did not fit --------------------------------------------------- */

void ui_cut(const struct ui *u, const char *kind, const char *text,
	    const char *rest)
{
	static FILE *log;
	static int tried;
	const char *path;

	if (!tried) {
		tried = 1;
		path = getenv("DETENTE_CUT_LOG");
		log = path && *path ? fopen(path, "a") : NULL;
	}
	if (!log)
		return;
	fprintf(log, "%s\t%s\t%s\t%s\n", kind, u->topic ? u->topic : "",
		text, rest);
	fflush(log);
}

/* Is there anything to see in s (not only highlight markers)? */
static int draw_visible(const char *s)
{
	for (; *s; s++)
		if (*s != WRAP_HL_ON && *s != WRAP_HL_OFF && *s != ' ')
			return 1;
	return 0;
}

/* Text in at most w columns; returns the columns used and sets *rest
 * to what did not fit. */
static int draw_put(struct ui *u, int y, int x, int w, int attr,
		    const char *s, const char **rest)
{
	size_t len = strlen(s), i = 0, n;
	int used = 0, cw, hl = 0, base = draw_attr(u, attr);
	uint32_t cp;

	while (i < len && used < w) {
		n = utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			n = 1;
			cp = '?';
		}
		i += n;
		if (cp == (uint32_t)WRAP_HL_ON || cp == (uint32_t)WRAP_HL_OFF) {
			hl = cp == (uint32_t)WRAP_HL_ON;
			continue;
		}
		cw = draw_cpw(u, cp);
		if (cw == 0 && cp != 0x200b)
			continue;
		if (used + cw > w) {
			i -= n;
			break;
		}
		draw_cp(u, y, x + used, cp,
			hl ? draw_attr(u, UA_QUOTE) | base : base);
		used += cw;
	}
	*rest = s + i;
	return used;
}

int ui_put(struct ui *u, int y, int x, int w, int attr, const char *s)
{
	const char *rest;
	int used = draw_put(u, y, x, w, attr, s, &rest);

	if (draw_visible(rest))
		ui_cut(u, "cut", s, rest);
	return used;
}

int ui_put_clip(struct ui *u, int y, int x, int w, int attr, const char *s)
{
	const char *rest;
	int used;

	if (w <= 0)
		return 0;
	if (ui_width(s) <= w)
		return ui_put(u, y, x, w, attr, s);
	/* Cut short, and say so: an abbreviation, for names only. */
	used = draw_put(u, y, x, w - 1, attr, s, &rest);
	ui_cut(u, "abbrev", s, rest);
	return used + ui_put(u, y, x + used, 1, attr,
			     ui_sym(u, "\u2026", "~"));
}

void ui_put_right(struct ui *u, int y, int x, int w, int attr,
		  const char *s)
{
	int sw = ui_width(s);

	if (sw > w)
		sw = w;
	ui_put(u, y, x + w - sw, sw, attr, s);
}

int ui_para(struct ui *u, int y, int x, int w, int h, int attr,
	    const char *s)
{
	size_t len = strlen(s), n, adv;
	int lines = 0;
	char *line;

	while (lines < h) {
		n = wrap_next(s, len, (size_t)(w > 0 ? w : 1), &adv);
		line = strndup(s, n);
		if (line) {
			ui_put(u, y + lines, x, w, attr, line);
			free(line);
		}
		lines++;
		s += adv;
		len -= adv;
		if (len == 0)
			break;
	}
	if (len && draw_visible(s))
		ui_cut(u, "para", s, "");
	return lines;
}

void ui_rule(struct ui *u, int y, const char *label)
{
	const char *h = ui_sym(u, "\u2500", "-");
	int x = 0, i;

	if (label && *label) {
		x += ui_put(u, y, 0, 2, UA_DIM, u->ascii ? "--" :
			    "\u2500\u2500");
		x += ui_put(u, y, x, u->cols - x, UA_TITLE, " ");
		x += ui_put(u, y, x, u->cols - x - 1, UA_TITLE, label);
		x += ui_put(u, y, x, 1, UA_TITLE, " ");
	}
	for (i = x; i < u->cols; i++)
		ui_put(u, y, i, 1, UA_DIM, h);
}

void ui_message_row(struct ui *u, int keyrows, const char *text)
{
	int w = u->cols - 2, n = (int)wrap_count(text, (size_t)w), i, x;

	if (n > 3)
		n = 3;
	for (i = 0; i < n; i++)
		for (x = 0; x < u->cols; x++)
			ui_put(u, u->rows - keyrows - n + i, x, 1, UA_NORM, " ");
	ui_para(u, u->rows - keyrows - n, 1, w, n, UA_BAD, text);
}

void ui_header(struct ui *u, const char *left, const char *right)
{
	int i, rw = ui_width(right ? right : "");

	/* The right side is context (the scenario, the side): when both
	 * do not fit, the screen's own title keeps its words. */
	if (right && ui_width(left) + rw + 3 > u->cols) {
		right = NULL;
		rw = 0;
	}
	attr_set((attr_t)draw_attr(u, UA_HEAD) & ~(attr_t)A_COLOR,
		 (short)PAIR_NUMBER(draw_attr(u, UA_HEAD)), NULL);
	for (i = 0; i < u->cols; i++)
		mvaddch(0, i, ' ');
	attr_set(A_NORMAL, 0, NULL);
	ui_put(u, 0, 1, u->cols - rw - 3, UA_HEAD, left);
	if (right)
		ui_put_right(u, 0, 0, u->cols - 1, UA_HEAD, right);
}

/* The next "key:label" pair of keys into key and label; returns where
 * the one after it starts, or NULL at the end. */
static const char *kl_next(const char *p, char key[64], char label[128])
{
	const char *bar = strchr(p, '|'), *colon;
	size_t n = bar ? (size_t)(bar - p) : strlen(p), k;

	key[0] = label[0] = '\0';
	colon = memchr(p, ':', n);
	if (colon) {
		k = (size_t)(colon - p) < 63 ? (size_t)(colon - p) : 63;
		memcpy(key, p, k);
		key[k] = '\0';
		n -= (size_t)(colon - p) + 1;
		n = n < 127 ? n : 127;
		memcpy(label, colon + 1, n);
		label[n] = '\0';
	}
	return bar ? bar + 1 : NULL;
}

/* Lay the pairs out from row y0 (draw: 1) and return the rows used: a
 * pair that does not fit goes to the next row, up to two rows. */
static int kl_layout(struct ui *u, const char *keys, int y0, int draw)
{
	const char *p = keys;
	char key[64], label[128];
	int x = 1, row = 0, w;

	while (p && *p) {
		p = kl_next(p, key, label);
		if (!key[0])
			continue;
		w = ui_width(key) + 1 + ui_width(label);
		if (x + w >= u->cols) {
			if (row == 1 || x == 1)
				break;
			row++;
			x = 1;
		}
		if (draw) {
			x += ui_put(u, y0 + row, x, u->cols - x, UA_KEY, key);
			x += ui_put(u, y0 + row, x, 1, UA_NORM, " ");
			x += ui_put(u, y0 + row, x, u->cols - x, UA_NORM,
				    label);
		} else {
			x += w;
		}
		x += 2;
	}
	return row + 1;
}

int ui_keyline_rows(struct ui *u, const char *keys)
{
	return kl_layout(u, keys, 0, 0);
}

/* keys is "Enter:choose|Esc:back|?:help": each pair drawn as a bold
 * key and its label, on the last row, or the last two when one is too
 * short for them all. */
void ui_keyline(struct ui *u, const char *keys)
{
	int rows = ui_keyline_rows(u, keys), y;

	for (y = u->rows - rows; y < u->rows; y++) {
		move(y, 0);
		clrtoeol();
	}
	kl_layout(u, keys, u->rows - rows, 1);
}

void ui_bar(struct ui *u, int y, int x, int width, double v, int attr)
{
	int i, fill;

	if (v < 0)
		v = 0;
	if (v > 100)
		v = 100;
	fill = (int)(v / 100.0 * width + 0.5);
	for (i = 0; i < width; i++)
		ui_put(u, y, x + i, 1, i < fill ? attr : UA_DIM,
		       i < fill ? ui_sym(u, "\u2588", "#") :
		       ui_sym(u, "\u2591", "."));
}
