/* script.c — reading a script (script.h) and playing it. */
#include "ai/script.h"
#include "ai/ai_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/msg.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define SCRIPT_LINE_MAX 4096
#define SCRIPT_FILE_MAX (1 << 20)
#define SCRIPT_QUOTE_MAX 40	/* bytes of a subject quoted in a message */

enum script_code {
#define SCRIPT_MSG(name, sev, text) SCRIPT_##name,
#include "ai/script-msgs.h"
#undef SCRIPT_MSG
	SCRIPT_N
};

static const struct diag_def script_defs[SCRIPT_N] = {
#define SCRIPT_MSG(name, sev, text) [SCRIPT_##name] = { #name, #sev[0], text },
#include "ai/script-msgs.h"
#undef SCRIPT_MSG
};

const struct diag_cat script_msgs = { script_defs, SCRIPT_N, "script" };

struct rule {
	int from, to;		/* turns; 0..0 for '*' */
	int16_t act[KINDS];	/* -1: the scenario has no such kind */
	int16_t prop;		/* -1: any open one */
};

struct script {
	int n, star;		/* rules; index of the '*' rule or -1 */
	int star_line;		/* where the '*' rule is */
	struct rule *rule;
	int line_of[SC_MAX_TURNS + 1];	/* line naming each turn, or 0 */
};

/* Where the parser is, and what it reports. */
struct sp {
	const char *file, *s;	/* the line */
	size_t len, at;
	int line;
	const struct scenario *sc;
	struct diag *d;
	struct script *out;
	int kinds[KINDS];	/* the scenario has actions of the kind */
};

/* A subject for a message: at most a few dozen bytes (never half a
 * character), control bytes shown as '?', so that a message stays one
 * printable line; in q, NUL-ended. */
static const char *sp_quote(struct strbuf *q, const char *s, size_t n)
{
	size_t i, cut = n;

	if (n > SCRIPT_QUOTE_MAX)
		for (cut = SCRIPT_QUOTE_MAX;
		     cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80; cut--)
			;
	strbuf_reset(q);
	for (i = 0; i < cut; i++)
		strbuf_addc(q, (unsigned char)s[i] < 0x20 || s[i] == 0x7f ?
			    '?' : s[i]);
	if (n > SCRIPT_QUOTE_MAX)
		strbuf_adds(q, "...");
	return q->buf;
}

/* A message at byte col of the line (shown in characters); the
 * arguments are those code's format names. */
static void sp_err(struct sp *p, size_t col, enum script_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_addv(p->d, p->file, p->line,
		  (int)utf8_chars(p->s, col < p->len ? col : p->len) + 1,
		  code, ap);
	va_end(ap);
}

/* A message whose one argument is the subject s[0..n). */
static void sp_err_on(struct sp *p, size_t col, enum script_code code,
		      const char *s, size_t n)
{
	struct strbuf q = STRBUF_INIT;

	sp_err(p, col, code, sp_quote(&q, s, n));
	strbuf_release(&q);
}

static int sp_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static void sp_skip(struct sp *p)
{
	while (p->at < p->len && sp_ws(p->s[p->at]))
		p->at++;
}

static int sp_end(struct sp *p)
{
	sp_skip(p);
	return p->at >= p->len || p->s[p->at] == '#';
}

/* A whole number from 1 to SC_MAX_TURNS at p->at; -1 on error. */
static int sp_turn(struct sp *p)
{
	size_t start = p->at;
	long v = 0;

	while (p->at < p->len && p->s[p->at] >= '0' && p->s[p->at] <= '9') {
		if (v <= SC_MAX_TURNS)
			v = v * 10 + (p->s[p->at] - '0');
		p->at++;
	}
	if (p->at == start) {
		size_t e = start;

		while (e < p->len && !sp_ws(p->s[e]) && p->s[e] != ':')
			e++;
		if (e > start)
			sp_err_on(p, start, SCRIPT_NOT_TURN, p->s + start,
				  e - start);
		else
			sp_err(p, start, SCRIPT_NO_TURN);
		return -1;
	}
	if (v < 1 || v > SC_MAX_TURNS) {
		struct strbuf q = STRBUF_INIT;

		sp_err(p, start, SCRIPT_TURN_RANGE,
		       sp_quote(&q, p->s + start, p->at - start),
		       SC_MAX_TURNS);
		strbuf_release(&q);
		return -1;
	}
	return (int)v;
}

/* The turns of a rule: N, N-M or '*'. */
static int sp_turns(struct sp *p, struct rule *r)
{
	size_t start = p->at;

	if (p->s[p->at] == '*') {
		p->at++;
		r->from = r->to = 0;
		return 0;
	}
	if ((r->from = sp_turn(p)) < 0)
		return -1;
	r->to = r->from;
	if (p->at < p->len && p->s[p->at] == '-') {
		p->at++;
		if ((r->to = sp_turn(p)) < 0)
			return -1;
		if (r->to < r->from) {
			sp_err_on(p, start, SCRIPT_BACKWARDS, p->s + start,
				  p->at - start);
			return -1;
		}
	}
	return 0;
}

/* The next word (up to white space or '#'); its start in *at. */
static size_t sp_word(struct sp *p, size_t *at)
{
	sp_skip(p);
	*at = p->at;
	while (p->at < p->len && !sp_ws(p->s[p->at]) && p->s[p->at] != '#')
		p->at++;
	return p->at - *at;
}

static int sp_find(const char *s, size_t n, const char *id)
{
	return strlen(id) == n && !memcmp(s, id, n);
}

static int sp_action(const struct sp *p, const char *s, size_t n)
{
	int a;

	for (a = 0; a < p->sc->nactions; a++)
		if (sp_find(s, n, p->sc->action[a].id))
			return a;
	return -1;
}

static int sp_proposal(const struct sp *p, const char *s, size_t n)
{
	int i;

	for (i = 0; i < p->sc->nproposals; i++)
		if (sp_find(s, n, p->sc->proposal[i].id))
			return i;
	return -1;
}


/* The action of kind k (and its proposal, for a diplomatic one). */
static int sp_act(struct sp *p, int k, struct rule *r)
{
	size_t at, n = sp_word(p, &at), idn = n;
	const char *colon = memchr(p->s + at, ':', n);
	int a;

	if (!n) {
		sp_err(p, at, k == KIND_DIPLO ? SCRIPT_NO_DIPLO :
		       p->kinds[KIND_DIPLO] ? SCRIPT_NO_CYBER_AFTER :
		       SCRIPT_NO_CYBER);
		return -1;
	}
	if (colon)
		idn = (size_t)(colon - (p->s + at));
	a = sp_action(p, p->s + at, idn);
	if (a < 0) {
		sp_err_on(p, at, SCRIPT_UNKNOWN_ACTION, p->s + at, idn);
		return -1;
	}
	if (p->sc->action[a].kind != k) {
		sp_err_on(p, at, k == KIND_DIPLO ? SCRIPT_CYBER_FIRST :
			  SCRIPT_NOT_CYBER, p->s + at, idn);
		return -1;
	}
	r->act[k] = (int16_t)a;
	if (!colon)
		return 0;
	if (p->sc->action[a].op == POP_NONE) {
		sp_err_on(p, at, SCRIPT_NO_PROPOSAL_OP, p->s + at, idn);
		return -1;
	}
	r->prop = (int16_t)sp_proposal(p, colon + 1, n - idn - 1);
	if (r->prop < 0) {
		sp_err_on(p, at + idn + 1, SCRIPT_UNKNOWN_PROPOSAL, colon + 1,
			  n - idn - 1);
		return -1;
	}
	return 0;
}

/* Each turn is named by one rule only. */
static int sp_claim(struct sp *p, const struct rule *r, size_t col)
{
	struct script *s = p->out;
	int t;

	if (r->from == 0) {
		if (s->star >= 0) {
			sp_err(p, col, SCRIPT_STAR_TWICE, s->star_line);
			return -1;
		}
		s->star_line = p->line;
		return 0;
	}
	for (t = r->from; t <= r->to; t++) {
		if (s->line_of[t]) {
			sp_err(p, col, SCRIPT_TURN_TWICE, t, s->line_of[t]);
			return -1;
		}
	}
	for (t = r->from; t <= r->to; t++)
		s->line_of[t] = p->line;
	return 0;
}

static void sp_line(struct sp *p)
{
	struct rule r;
	size_t col, at;
	int k;

	if (sp_end(p))
		return;
	col = p->at;
	r.prop = -1;
	r.act[0] = r.act[1] = -1;
	if (sp_turns(p, &r) < 0)
		return;
	sp_skip(p);
	if (p->at >= p->len || p->s[p->at] != ':') {
		sp_err(p, p->at, SCRIPT_NO_COLON);
		return;
	}
	p->at++;
	for (k = 0; k < KINDS; k++)
		if (p->kinds[k] && sp_act(p, k, &r) < 0)
			return;
	if (!sp_end(p)) {
		size_t n = sp_word(p, &at);

		sp_err_on(p, at, SCRIPT_EXTRA, p->s + at, n);
		return;
	}
	if (p->out->n >= SCRIPT_MAX_RULES) {
		sp_err(p, col, SCRIPT_TOO_MANY, SCRIPT_MAX_RULES);
		return;
	}
	if (sp_claim(p, &r, col) < 0)
		return;
	if (r.from == 0)
		p->out->star = p->out->n;
	p->out->rule[p->out->n++] = r;
}

/* Parse into d; NULL when d has errors. */
static struct script *script_parse_diag(const char *file, const char *text,
					size_t len, const struct scenario *sc,
					struct diag *d)
{
	struct sp p;
	size_t i = 0, e;
	int a;

	memset(&p, 0, sizeof p);
	p.file = file;
	p.sc = sc;
	p.d = d;
	p.out = xcalloc(1, sizeof *p.out);
	p.out->star = -1;
	p.out->rule = xmalloc(SCRIPT_MAX_RULES * sizeof *p.out->rule);
	for (a = 0; a < sc->nactions; a++)
		p.kinds[sc->action[a].kind] = 1;
	while (i < len) {
		for (e = i; e < len && text[e] != '\n'; e++)
			;
		p.line++;
		p.s = text + i;
		p.len = e - i;
		p.at = 0;
		if (p.len > SCRIPT_LINE_MAX)
			sp_err(&p, SCRIPT_LINE_MAX, SCRIPT_LINE_LONG,
			       SCRIPT_LINE_MAX);
		else
			sp_line(&p);
		i = e + 1;
	}
	if (!diag_errors(d) && !p.out->n) {
		p.line = 1;
		p.s = "";
		sp_err(&p, 0, SCRIPT_NO_RULES);
	}
	if (diag_errors(d)) {
		script_free(p.out);
		return NULL;
	}
	return p.out;
}

/* d's messages to err; s as it is. */
static struct script *script_done(struct script *s, struct diag *d,
				  struct strbuf *err)
{
	diag_str(d, err);
	diag_release(d);
	return s;
}

struct script *script_parse(const char *file, const char *text, size_t len,
			    const struct scenario *sc, struct strbuf *err)
{
	struct diag d;

	diag_init(&d, &script_msgs);
	return script_done(script_parse_diag(file, text, len, sc, &d), &d,
			   err);
}

/* The whole file at path, in *buf (to free) and *n; -1 with a message
 * in d. */
static int script_read(const char *path, char **buf, size_t *n,
		       struct diag *d)
{
	FILE *f = fopen(path, "rb");

	*buf = NULL;
	if (!f) {
		diag_add(d, NULL, 0, 0, SCRIPT_OPEN, path, msg_strerror(errno));
		return -1;
	}
	*buf = xmalloc(SCRIPT_FILE_MAX + 1);
	*n = fread(*buf, 1, SCRIPT_FILE_MAX + 1, f);
	if (ferror(f) || *n > SCRIPT_FILE_MAX)
		diag_add(d, NULL, 0, 0, ferror(f) ? SCRIPT_READ :
			 SCRIPT_TOO_BIG, path);
	fclose(f);
	return diag_errors(d) ? -1 : 0;
}

struct script *script_load(const char *path, const struct scenario *sc,
			   struct strbuf *err)
{
	struct script *s = NULL;
	struct diag d;
	char *buf;
	size_t n;

	diag_init(&d, &script_msgs);
	if (script_read(path, &buf, &n, &d) == 0)
		s = script_parse_diag(path, buf, n, sc, &d);
	free(buf);
	return script_done(s, &d, err);
}

void script_free(struct script *s)
{
	if (!s)
		return;
	free(s->rule);
	free(s);
}

int script_rule(const struct script *s, int turn, int16_t act[KINDS],
		int16_t *prop)
{
	const struct rule *r = NULL;
	int i;

	for (i = 0; i < s->n && !r; i++)
		if (s->rule[i].from && s->rule[i].from <= turn &&
		    turn <= s->rule[i].to)
			r = &s->rule[i];
	if (!r && s->star >= 0)
		r = &s->rule[s->star];
	if (!r)
		return -1;
	act[0] = r->act[0];
	act[1] = r->act[1];
	*prop = r->prop;
	return 0;
}

/* ---- playing it ------------------------------------------------------- */

/* The open target of t this side values most, or -1. */
static int script_target(const struct scenario *sc, int side, uint32_t t)
{
	int p, best = -1;

	for (p = 0; p < sc->nproposals; p++)
		if ((t & (1u << p)) && (best < 0 ||
		    sc->proposal[p].value[side] > sc->proposal[best].value[side]))
			best = p;
	return best;
}

/* Kind k of the move as the rule names it, if legal now; else the
 * neutral move of that kind (and a fallback when a rule named it). */
static void script_kind(struct ai *ai, const struct game *g, int k,
			int a, int prop, struct move *out,
			const struct move *neutral)
{
	const struct scenario *sc = ai->sc;
	int side = ai->side;
	uint32_t t;

	out->act[k] = neutral->act[k];
	if (a < 0 || !game_kind_count(g, side, k))
		return;
	if (game_action_open(g, side, a) && sc->action[a].op == POP_NONE) {
		out->act[k] = (int16_t)a;
		return;
	}
	if (game_action_open(g, side, a)) {
		t = game_targets(g, side, a);
		if (prop < 0)
			prop = script_target(sc, side, t);
		if (prop >= 0 && (t & (1u << prop))) {
			out->act[k] = (int16_t)a;
			out->prop = (int16_t)prop;
			return;
		}
	}
	ai->fallbacks++;
}

void choose_script(struct ai *ai, const struct game *g, struct move *out)
{
	struct move neutral;
	int16_t act[KINDS], prop;
	int k;

	game_default_move(g, ai->side, &neutral);
	*out = neutral;
	if (script_rule(ai->script, g->st.turn + 1, act, &prop) == 0)
		for (k = 0; k < KINDS; k++)
			script_kind(ai, g, k, act[k], prop, out, &neutral);
	ai->mem.intent = ai_move_intent(ai->sc, out);
}
