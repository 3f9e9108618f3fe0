/* effects.c — parser for the effects language. */
#include "load/effects.h"
#include "load/load-msgs.h"
#include "load/suggest.h"
#include "load/value.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* A parse in progress: the text, where we are, and the error slot. */
struct fxp {
	const char *s;
	size_t len, i;
	enum effects_ctx ctx;
	struct effects_error *err;
};

struct fx_name {
	const char *name;
	int val;
};

static const struct fx_name fx_stats[] = {
	{ "tension", STAT_TENSION }, { "trust", STAT_TRUST },
	{ "security", STAT_SECURITY }, { "support", STAT_SUPPORT },
	{ "score", STAT_SCORE }, { "misattribution", STAT_MISATTRIBUTION },
	{ "detection", STAT_DETECTION }, { "accident", STAT_ACCIDENT },
};

static const struct fx_name fx_whos[] = {
	{ "self", WHO_SELF }, { "other", WHO_OTHER }, { "both", WHO_BOTH },
	{ "a", WHO_A }, { "b", WHO_B },
};

#define FX_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int fx_lookup(const struct fx_name *t, size_t n, const char *s,
		     size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(t[i].name) == len && !memcmp(t[i].name, s, len))
			return t[i].val;
	return -1;
}

double effects_limit(int stat)
{
	return stat == STAT_SCORE ? 1000 : 100;
}

/* Record the error at byte offset at; formats with the code's text. */
static int fx_fail(struct fxp *p, size_t at, enum diag_code code, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	p->err->at = at;
	p->err->code = code;
	va_start(ap, code);
	diag_cat_vaddf(&load_msgs, &sb, code, ap);
	va_end(ap);
	snprintf(p->err->msg, sizeof p->err->msg, "%s", sb.buf);
	strbuf_release(&sb);
	return -1;
}

static void fx_skip_space(struct fxp *p)
{
	while (p->i < p->len && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
				 p->s[p->i] == '\n' || p->s[p->i] == '\r'))
		p->i++;
}

static int fx_word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/* One character at i (a whole UTF-8 sequence), for messages. */
static size_t fx_char_len(const struct fxp *p, size_t i)
{
	size_t n = 1;

	while (i + n < p->len && n < 4 &&
	       ((unsigned char)p->s[i + n] & 0xc0) == 0x80)
		n++;
	return n;
}

/* A token at i for messages: with run set, everything up to a space,
 * ';' or an operator; else a word (letters, digits, '_', '.'); at least
 * one character either way; cut to fit out, never inside a character. */
static void fx_token(const struct fxp *p, size_t i, int run, char *out,
		     size_t size)
{
	size_t n = 0, k;

	while (i + n < p->len && (run ? !strchr(" \t\n\r;+-=", p->s[i + n])
				      : fx_word_char(p->s[i + n])))
		n++;
	if (n == 0 && i < p->len)
		n = fx_char_len(p, i);
	k = n < size ? n : size - 1;
	while (k > 0 && k < n && ((unsigned char)p->s[i + k] & 0xc0) == 0x80)
		k--;
	memcpy(out, p->s + i, k);
	out[k] = '\0';
}

static const char *fx_ctx_name(enum effects_ctx ctx)
{
	switch (ctx) {
	case EFX_ACTION:
		return "an action";
	case EFX_EVENT:
		return "an event";
	case EFX_EVENT_NOVICTIM:
		return "an event with victim 'none'";
	default:
		return "a proposal";
	}
}

static int fx_ab_ctx(enum effects_ctx ctx)
{
	return ctx == EFX_PROPOSAL || ctx == EFX_EVENT_NOVICTIM;
}

static const char *fx_suffixes(enum effects_ctx ctx)
{
	return fx_ab_ctx(ctx) ? "'.a', '.b' or '.both'"
			      : "'.self', '.other' or '.both'";
}

static int fx_who_ok(enum effects_ctx ctx, int who)
{
	if (who == WHO_BOTH)
		return 1;
	if (fx_ab_ctx(ctx))
		return who == WHO_A || who == WHO_B;
	return who == WHO_SELF || who == WHO_OTHER;
}

/* The targets a context allows, for a message. */
static const char *fx_targets(enum effects_ctx ctx)
{
	if (ctx == EFX_PROPOSAL)
		return "tension; trust, security, support or score with '.a', "
		       "'.b' or '.both'; misattribution, detection, accident";
	if (ctx == EFX_EVENT_NOVICTIM)
		return "tension; trust, security, support or score with '.a', "
		       "'.b' or '.both'";
	return "tension; trust, security, support or score with '.self', "
	       "'.other' or '.both'";
}

/* An unknown target: the valid ones listed, and the nearest of them
 * when word looks like a slip ("trsut.self": "trust.self"). */
static int fx_unknown(struct fxp *p, size_t at, const char *word)
{
	struct suggest sg;
	char full[40];
	size_t s, w;

	suggest_init(&sg, word);
	for (s = 0; s < FX_COUNT(fx_stats); s++) {
		int stat = fx_stats[s].val;

		if (stat >= STAT_MISATTRIBUTION && p->ctx != EFX_PROPOSAL)
			continue;
		if (stat == STAT_TENSION || stat >= STAT_MISATTRIBUTION) {
			suggest_try(&sg, fx_stats[s].name);
			continue;
		}
		for (w = 0; w < FX_COUNT(fx_whos); w++) {
			if (!fx_who_ok(p->ctx, fx_whos[w].val))
				continue;
			snprintf(full, sizeof full, "%s.%s", fx_stats[s].name,
				 fx_whos[w].name);
			suggest_try(&sg, full);
		}
	}
	if (sg.found)
		return fx_fail(p, at, DIAG_FX_TARGET_MEAN, word, sg.best,
			       fx_targets(p->ctx));
	return fx_fail(p, at, DIAG_FX_TARGET, word, fx_targets(p->ctx));
}

/* Resolve the target w[0..n) at offset at into e->stat and e->who;
 * word is the same, NUL-terminated, for messages. */
static int fx_target(struct fxp *p, const char *w, size_t n, size_t at,
		     const char *word, struct effect *e)
{
	const char *dot = memchr(w, '.', n);
	size_t base = dot ? (size_t)(dot - w) : n;
	int stat = fx_lookup(fx_stats, FX_COUNT(fx_stats), w, base), who;
	int shared = stat == STAT_TENSION || stat >= STAT_MISATTRIBUTION;

	if (stat < 0 || (dot && shared))
		return fx_unknown(p, at, word);
	if (stat >= STAT_MISATTRIBUTION && p->ctx != EFX_PROPOSAL)
		return fx_fail(p, at, DIAG_FX_MODIFIER, word);
	e->stat = (uint8_t)stat;
	e->who = WHO_NONE;
	if (shared)
		return 0;
	if (!dot)
		return fx_fail(p, at, DIAG_FX_NEEDS_WHO, word,
			       fx_suffixes(p->ctx));
	who = fx_lookup(fx_whos, FX_COUNT(fx_whos), dot + 1, n - base - 1);
	if (who < 0)
		return fx_unknown(p, at, word);
	if (!fx_who_ok(p->ctx, who))
		return fx_fail(p, at, DIAG_FX_WHO, word,
			       fx_ctx_name(p->ctx), fx_suffixes(p->ctx));
	e->who = (uint8_t)who;
	return 0;
}

/* The operator: '+', '-' or '='. */
static int fx_op(struct fxp *p, const char *word, char *op)
{
	char tok[8];
	size_t n;

	fx_skip_space(p);
	if (p->i >= p->len || p->s[p->i] == ';' ||
	    (p->s[p->i] >= '0' && p->s[p->i] <= '9'))
		return fx_fail(p, p->i, DIAG_FX_OP_MISSING, word);
	*op = p->s[p->i];
	if (*op != '+' && *op != '-' && *op != '=') {
		n = fx_char_len(p, p->i);
		memcpy(tok, p->s + p->i, n);
		tok[n] = '\0';
		return fx_fail(p, p->i, DIAG_FX_OP, tok);
	}
	p->i++;
	return 0;
}

/* The number after the operator, range-checked for the stat. */
static int fx_number(struct fxp *p, char op, const char *word,
		     struct effect *e)
{
	size_t at, n;
	enum diag_code why;
	double lim = effects_limit(e->stat), v;
	char opstr[2] = { op, '\0' }, num[40];

	fx_skip_space(p);
	at = p->i;
	while (p->i < p->len && ((p->s[p->i] >= '0' && p->s[p->i] <= '9') ||
				 p->s[p->i] == '.'))
		p->i++;
	n = p->i - at;
	if (!n)
		return fx_fail(p, at, DIAG_FX_NUMBER, opstr);
	snprintf(num, sizeof num, "%s%.*s", op == '-' ? "-" : "",
		 (int)(n < 32 ? n : 32), p->s + at);
	if (value_number(p->s + at, n, &v, &why) < 0)
		return fx_fail(p, at, why, num + (op == '-'));
	if (v > lim)
		return fx_fail(p, at, DIAG_RANGE, word, num,
			       op == '=' ? 0.0 : -lim, lim);
	e->set = op == '=';
	e->value = op == '-' ? -v : v;
	return 0;
}

/* One effect at p->i (spaces already skipped). */
static int fx_effect(struct fxp *p, struct effects *out)
{
	struct effect e = { 0 };
	size_t at = p->i;
	char word[48], op = 0;

	while (p->i < p->len && fx_word_char(p->s[p->i]))
		p->i++;
	fx_token(p, at, 1, word, sizeof word);
	if (p->i == at)
		return fx_unknown(p, at, word);
	if (fx_target(p, p->s + at, p->i - at, at, word, &e) < 0)
		return -1;
	if (out->n >= EFF_MAX)
		return fx_fail(p, at, DIAG_FX_MANY);
	if (fx_op(p, word, &op) < 0 || fx_number(p, op, word, &e) < 0)
		return -1;
	out->e[out->n++] = e;
	return 0;
}

int effects_parse(struct effects *out, const char *s, size_t len,
		  enum effects_ctx ctx, struct effects_error *err)
{
	struct fxp p = { s, len, 0, ctx, err };
	char tok[32];

	memset(out, 0, sizeof *out);
	memset(err, 0, sizeof *err);
	fx_skip_space(&p);
	while (p.i < p.len) {
		if (p.s[p.i] == ';')
			return fx_fail(&p, p.i, DIAG_FX_EMPTY);
		if (fx_effect(&p, out) < 0)
			return -1;
		fx_skip_space(&p);
		if (p.i >= p.len)
			break;
		if (p.s[p.i] != ';') {
			fx_token(&p, p.i, 0, tok, sizeof tok);
			return fx_fail(&p, p.i, DIAG_FX_END, tok);
		}
		p.i++;
		fx_skip_space(&p);
	}
	return 0;
}
