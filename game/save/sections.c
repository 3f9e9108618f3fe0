/* sections.c — what a save's sections mean: [save], [branch.N], [end]. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "save/parse-int.h"
#include "util/parse.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/* Column of byte off of an entry's value. */
static int val_col(const struct rd_ent *e, size_t off)
{
	return e->vcol + (int)utf8_chars(e->val, off);
}

static int fail_at(struct rd *r, const struct rd_ent *e, size_t off,
		   enum save_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	save_err_vset(r->err, r->file, e->line, val_col(e, off), code, ap);
	va_end(ap);
	return -1;
}

/* ---- values ------------------------------------------------------------- */

static int v_long(struct rd *r, const struct rd_ent *e, long lo, long hi,
		  long *out)
{
	if (parse_int(e->val, LONG_MIN, LONG_MAX, out) < 0 ||
	    (e->val[0] == '0' && e->val[1]))
		return fail_at(r, e, 0, e->val[0] ? SAVE_NUMBER :
			       SAVE_EMPTY_VALUE, e->val[0] ? e->val : e->key);
	if (*out < lo || *out > hi)
		return fail_at(r, e, 0, SAVE_RANGE, e->val, e->key, lo, hi);
	return 0;
}

static int v_int(struct rd *r, const struct rd_ent *e, int lo, int hi,
		 int *out)
{
	long v;

	if (v_long(r, e, lo, hi, &v) < 0)
		return -1;
	*out = (int)v;
	return 0;
}

static int v_u64(struct rd *r, const struct rd_ent *e, uint64_t *out)
{
	if (!e->val[0])
		return fail_at(r, e, 0, SAVE_EMPTY_VALUE, e->key);
	if (parse_u64(e->val, out) < 0)
		return fail_at(r, e, 0, SAVE_NUMBER, e->val);
	return 0;
}

static int v_hex(struct rd *r, const struct rd_ent *e, uint64_t *out)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 16; i++) {
		char c = e->val[i];
		int d = c >= '0' && c <= '9' ? c - '0' :
			c >= 'a' && c <= 'f' ? c - 'a' + 10 :
			c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

		if (d < 0)
			break;
		v = v << 4 | (uint64_t)d;
	}
	if (i < 16 || e->val[16])
		return fail_at(r, e, 0, SAVE_HEX, e->val);
	*out = v;
	return 0;
}

static int id_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '-';
}

/* Length of the id at s (up to a character not in ids), or -1 when
 * it is empty or too long. */
static int id_len(const char *s)
{
	int n = 0;

	while (id_char(s[n]))
		n++;
	return n == 0 || n >= SC_ID_MAX ? -1 : n;
}

static int v_id(struct rd *r, const struct rd_ent *e, char *out)
{
	int n = id_len(e->val);

	if (n < 0 || e->val[n])
		return fail_at(r, e, 0, e->val[0] ? SAVE_ID :
			       SAVE_EMPTY_VALUE, e->val[0] ? e->val : e->key);
	memcpy(out, e->val, (size_t)n + 1);
	return 0;
}

static int v_time(struct rd *r, const struct rd_ent *e, int64_t *out)
{
	if (save_time_parse(e->val, out) < 0)
		return fail_at(r, e, 0, SAVE_TIME, e->val);
	return 0;
}

/* Free text: tabs are the only control characters the line reader
 * lets through, and they have no place in a name. */
static int v_text(struct rd *r, const struct rd_ent *e, char **out)
{
	const char *tab = strchr(e->val, '\t');

	if (tab)
		return fail_at(r, e, (size_t)(tab - e->val), SAVE_TEXT,
			       e->key);
	free(*out);
	*out = e->val[0] ? xstrdup(e->val) : NULL;
	return 0;
}

static int v_lang(struct rd *r, const struct rd_ent *e, char *out)
{
	size_t i, n = strlen(e->val);

	for (i = 0; i < n; i++)
		if (e->val[i] < 'a' || e->val[i] > 'z')
			break;
	if (i < n || n == 1 || n >= SC_LANG_MAX)
		return fail_at(r, e, 0, SAVE_LANG, e->val);
	memcpy(out, e->val, n + 1);
	return 0;
}

static int v_player(struct rd *r, const struct rd_ent *e,
		    struct save_player *p)
{
	if (save_player_parse(e->val, p, r->err) < 0) {
		r->err->line = e->line;
		r->err->col = e->vcol;
		snprintf(r->err->file, sizeof r->err->file, "%s", r->file);
		return -1;
	}
	return 0;
}

/* ---- keys --------------------------------------------------------------- */

/* Index of key in keys[] (n of them), or -1; a duplicate is an error. */
static int key_find(struct rd *r, const struct rd_ent *e,
		    const char *const *keys, int n, int *seen)
{
	int i;

	for (i = 0; i < n; i++) {
		if (strcmp(e->key, keys[i]) != 0)
			continue;
		if (seen[i]) {
			rd_fail(r, e->line, e->kcol, SAVE_DUP_KEY, e->key,
				seen[i]);
			return -2;
		}
		seen[i] = e->line;
		return i;
	}
	return -1;
}

static int key_unknown(struct rd *r, const struct rd_ent *e)
{
	return rd_fail(r, e->line, e->kcol, SAVE_UNKNOWN_KEY, e->key,
		       r->sect.name);
}

static int key_missing(struct rd *r, const char *key)
{
	return rd_fail(r, r->sect.line, r->sect_col, SAVE_MISSING_KEY, key,
		       r->sect.name);
}

/* ---- [save] ------------------------------------------------------------- */

enum { K_FORMAT, K_SCENARIO, K_DIR, K_DIGEST, K_SEED, K_AI_A, K_AI_B,
       K_LIMIT, K_LANG, K_CREATED, K_UPDATED, K_NAME, K_BRANCH,
       K_PLAYER_A, K_PLAYER_B, K_FILES, K_N };

static const char *const save_keys[K_N] = {
	"format", "scenario", "scenario_dir", "scenario_digest", "seed",
	"ai_seed.a", "ai_seed.b", "turn_limit", "lang", "created",
	"updated", "name", "branch", "player.a", "player.b",
	"scenario_files"
};

/* Keys a save may leave out. */
static int save_key_optional(int k)
{
	return k == K_DIR || k == K_NAME || k == K_PLAYER_A ||
	       k == K_PLAYER_B || k == K_FILES;
}

static int save_format_ok(struct rd *r)
{
	size_t i;
	long v;

	for (i = 0; i < r->nent; i++) {
		const struct rd_ent *e = &r->ent[i];

		if (strcmp(e->key, "format") != 0)
			continue;
		if (v_long(r, e, LONG_MIN, LONG_MAX, &v) < 0)
			return -1;
		if (v > SAVE_FORMAT)
			return fail_at(r, e, 0, SAVE_FORMAT_NEW, v,
				       SAVE_FORMAT);
		if (v < SAVE_FORMAT)
			return fail_at(r, e, 0, SAVE_FORMAT_OLD, v,
				       SAVE_FORMAT);
		return 0;
	}
	return key_missing(r, "format");
}

static int save_value(struct rd *r, const struct rd_ent *e, int k)
{
	struct save *sv = r->sv;

	switch (k) {
	case K_SCENARIO:
		sv->scenario_line = e->line;
		sv->scenario_col = e->vcol;
		return v_id(r, e, sv->scenario);
	case K_DIR: return v_text(r, e, &sv->scenario_dir);
	case K_DIGEST:
		sv->digest_line = e->line;
		sv->digest_col = e->vcol;
		return v_hex(r, e, &sv->digest);
	case K_SEED: return v_u64(r, e, &sv->seed);
	case K_AI_A: return v_u64(r, e, &sv->ai_seed[0]);
	case K_AI_B: return v_u64(r, e, &sv->ai_seed[1]);
	case K_LIMIT:
		sv->limit_line = e->line;
		sv->limit_col = e->vcol;
		return v_int(r, e, 1, SC_MAX_TURNS, &sv->turn_limit);
	case K_LANG: return v_lang(r, e, sv->lang);
	case K_CREATED: return v_time(r, e, &sv->created);
	case K_UPDATED: return v_time(r, e, &sv->updated);
	case K_NAME: return v_text(r, e, &sv->name);
	case K_PLAYER_A: return v_text(r, e, &sv->player[0]);
	case K_PLAYER_B: return v_text(r, e, &sv->player[1]);
	case K_FILES: return v_text(r, e, &sv->files);
	case K_BRANCH:
		r->cur_line = e->line;
		r->cur_col = e->vcol;
		return v_int(r, e, 1, INT_MAX, &sv->current);
	}
	return 0;	/* K_FORMAT: judged first */
}

static int sect_save(struct rd *r)
{
	int seen[K_N] = { 0 }, k;
	size_t i;

	r->save_line = r->sect.line;
	if (save_format_ok(r) < 0)
		return -1;
	for (i = 0; i < r->nent; i++) {
		const struct rd_ent *e = &r->ent[i];

		k = key_find(r, e, save_keys, K_N, seen);
		if (k == -2)
			return -1;
		if (k < 0)
			return key_unknown(r, e);
		if (save_value(r, e, k) < 0)
			return -1;
	}
	for (k = 0; k < K_N; k++)
		if (!seen[k] && !save_key_optional(k))
			return key_missing(r, save_keys[k]);
	return 0;
}

/* ---- moves -------------------------------------------------------------- */

/* One token of a move: '-', "id" or "id:proposal". */
static int move_token(struct rd *r, const struct rd_ent *e, const char *t,
		      size_t n, struct save_move *m, int k)
{
	size_t off = (size_t)(t - e->val);
	int a = id_len(t), p;

	m->col[k] = val_col(e, off);
	if (n == 1 && t[0] == '-')
		return 0;
	if (a < 0 || ((size_t)a != n && t[a] != ':'))
		goto bad;
	memcpy(m->act[k], t, (size_t)a);
	m->act[k][a] = '\0';
	if ((size_t)a == n)
		return 0;
	p = id_len(t + a + 1);
	if (p < 0 || (size_t)(a + 1 + p) != n)
		goto bad;
	if (m->pkind >= 0)
		return fail_at(r, e, off, SAVE_MOVE_PROPS);
	m->pkind = (int8_t)k;
	memcpy(m->prop, t + a + 1, (size_t)p);
	m->prop[p] = '\0';
	m->pcol = val_col(e, off + (size_t)a + 1);
	return 0;
bad:
	return fail_at(r, e, off, SAVE_MOVE_TOKEN, (int)n, t);
}

/* "d c / d c": KINDS tokens a side, a slash between. */
static int v_moves(struct rd *r, const struct rd_ent *e,
		   struct save_move mv[SIDES])
{
	const char *p = e->val, *tok[2 * KINDS + 1];
	size_t len[2 * KINDS + 1];
	int n = 0, s, k;

	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		if (n == 2 * KINDS + 1)
			return fail_at(r, e, 0, SAVE_MOVE);
		tok[n] = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		len[n] = (size_t)(p - tok[n]);
		n++;
	}
	if (n != 2 * KINDS + 1 || len[KINDS] != 1 || *tok[KINDS] != '/')
		return fail_at(r, e, 0, SAVE_MOVE);
	for (s = 0; s < SIDES; s++) {
		memset(&mv[s], 0, sizeof mv[s]);
		mv[s].pkind = -1;
		for (k = 0; k < KINDS; k++) {
			int i = s * (KINDS + 1) + k;

			if (move_token(r, e, tok[i], len[i], &mv[s], k) < 0)
				return -1;
		}
	}
	return 0;
}

/* ---- [branch.N] --------------------------------------------------------- */

enum { B_PARENT, B_FORK, B_A, B_B, B_N };

static const char *const branch_keys[B_N] = { "parent", "fork", "a", "b" };

/* A "turn.T" or "check.T" key: 1 or 2 and *t, 0 for neither, -1 for a
 * bad number (reported). */
static int turn_key(struct rd *r, const struct rd_ent *e, int *t)
{
	const char *num;
	long v;
	int kind;

	if (!strncmp(e->key, "turn.", 5))
		kind = 1, num = e->key + 5;
	else if (!strncmp(e->key, "check.", 6))
		kind = 2, num = e->key + 6;
	else
		return 0;
	if (parse_int(num, 1, INT_MAX, &v) < 0 || num[0] == '0')
		return key_unknown(r, e);
	if (v > SC_MAX_TURNS)
		return rd_fail(r, e->line, e->kcol, SAVE_TURN_MAX,
			       SC_MAX_TURNS);
	*t = (int)v;
	return kind;
}

/* Parent and fork: none for the first branch; an earlier branch and a
 * turn on its line for the others. */
static int branch_parent(struct rd *r, struct save_branch *b,
			 const struct rd_ent *pe, const struct rd_ent *fe)
{
	const struct save_branch *p;

	if (r->sv->nbr == 0) {
		if ((pe && b->parent) || (fe && b->fork))
			return rd_fail(r, pe && b->parent ? pe->line : fe->line,
				       pe && b->parent ? pe->kcol : fe->kcol,
				       SAVE_ROOT_PARENT);
		return 0;
	}
	if (!pe)
		return key_missing(r, "parent");
	if (!fe)
		return key_missing(r, "fork");
	p = save_branch_find(r->sv, b->parent);
	if (!p)
		return fail_at(r, pe, 0, SAVE_PARENT, (long)b->parent);
	if (b->fork > save_branch_turns(p))
		return fail_at(r, fe, 0, SAVE_FORK, (long)b->fork, p->id,
			       save_branch_turns(p));
	return 0;
}

/* The fixed keys, in file order; turn and check keys are checked for
 * their numbers and left for branch_turns. */
static int branch_keys_read(struct rd *r, struct save_branch *b,
			    const struct rd_ent **ke)
{
	int seen[B_N] = { 0 }, k, t;
	size_t i;

	for (i = 0; i < r->nent; i++) {
		const struct rd_ent *e = &r->ent[i];

		k = key_find(r, e, branch_keys, B_N, seen);
		if (k == -2)
			return -1;
		if (k >= 0)
			ke[k] = e;
		if (k == B_PARENT && v_int(r, e, 0, INT_MAX, &b->parent) < 0)
			return -1;
		if (k == B_FORK &&
		    v_int(r, e, 0, SC_MAX_TURNS, &b->fork) < 0)
			return -1;
		if ((k == B_A || k == B_B) &&
		    v_player(r, e, &b->player[k - B_A]) < 0)
			return -1;
		if (k < 0 && turn_key(r, e, &t) <= 0)
			return r->err->code ? -1 : key_unknown(r, e);
	}
	if (!ke[B_A])
		return key_missing(r, "a");
	if (!ke[B_B])
		return key_missing(r, "b");
	return 0;
}

static int branch_turn(struct rd *r, struct save_branch *b,
		       const struct rd_ent *e, int kind, int t)
{
	struct save_turn *st;

	if (t <= b->fork)
		return rd_fail(r, e->line, e->kcol, SAVE_TURN_RANGE, (long)t,
			       b->id, b->fork);
	st = &b->turn[t - b->fork - 1];
	if (kind == 1) {
		if (st->line)
			return rd_fail(r, e->line, e->kcol, SAVE_DUP_KEY,
				       e->key, st->line);
		st->line = e->line;
		return v_moves(r, e, st->mv);
	}
	if (st->cline)
		return rd_fail(r, e->line, e->kcol, SAVE_DUP_KEY, e->key,
			       st->cline);
	st->cline = e->line;
	st->ccol = e->vcol;
	return v_hex(r, e, &st->check);
}

/* Turns fork+1 .. the highest named, each with its check, no gaps. */
static int branch_turns(struct rd *r, struct save_branch *b)
{
	int t, kind, max = b->fork;
	size_t i;

	for (i = 0; i < r->nent; i++)
		if (turn_key(r, &r->ent[i], &t) > 0 && t > max)
			max = t;
	b->n = b->cap = (size_t)(max - b->fork);
	b->turn = b->n ? xcalloc(b->n, sizeof *b->turn) : NULL;
	for (i = 0; i < r->nent; i++) {
		kind = turn_key(r, &r->ent[i], &t);
		if (kind > 0 && branch_turn(r, b, &r->ent[i], kind, t) < 0)
			return -1;
	}
	for (i = 0; i < b->n; i++) {
		const struct save_turn *st = &b->turn[i];

		t = b->fork + (int)i + 1;
		if (!st->line && st->cline)
			return rd_fail(r, st->cline, 1, SAVE_CHECK_ALONE, t, t);
		if (!st->line)
			return rd_fail(r, r->sect.line, r->sect_col,
				       SAVE_TURN_GAP, t, r->sect.name);
		if (!st->cline)
			return rd_fail(r, st->line, 1, SAVE_NO_CHECK, t, t);
	}
	return 0;
}

static int sect_branch(struct rd *r, int id)
{
	const struct rd_ent *ke[B_N] = { NULL };
	struct save *sv = r->sv;
	struct save_branch b;
	int rc;

	memset(&b, 0, sizeof b);
	b.id = id;
	b.line = r->sect.line;
	rc = branch_keys_read(r, &b, ke);
	if (rc == 0)
		rc = branch_parent(r, &b, ke[B_PARENT], ke[B_FORK]);
	if (rc == 0)
		rc = branch_turns(r, &b);
	if (rc < 0) {
		free(b.turn);
		return -1;
	}
	b.pline[0] = ke[B_A]->line;
	b.pcol[0] = ke[B_A]->vcol;
	b.pline[1] = ke[B_B]->line;
	b.pcol[1] = ke[B_B]->vcol;
	sv->br = xgrow(sv->br, &sv->capbr, sv->nbr + 1, sizeof *sv->br);
	sv->br[sv->nbr++] = b;
	return 0;
}

/* ---- sections ----------------------------------------------------------- */

/* N of "branch.N", or 0 when name is not one. */
static int branch_id(const char *name)
{
	long v;

	if (strncmp(name, "branch.", 7) != 0 || name[7] == '0' ||
	    parse_int(name + 7, 1, INT_MAX, &v) < 0)
		return 0;
	return (int)v;
}

int rd_section_start(struct rd *r)
{
	const char *name = r->sect.name;
	size_t i;

	for (i = 0; i < r->nseen; i++)
		if (!strcmp(r->seen[i].name, name))
			return rd_fail(r, r->sect.line, r->sect_col,
				       SAVE_DUP_SECTION, name,
				       r->seen[i].line);
	if (r->nseen == 0 && strcmp(name, "save") != 0)
		return rd_fail(r, r->sect.line, r->sect_col, SAVE_NOT_SAVE);
	if (branch_id(name) && r->sv->nbr >= SAVE_MAX_BRANCHES)
		return rd_fail(r, r->sect.line, r->sect_col, SAVE_BRANCH_MAX,
			       SAVE_MAX_BRANCHES);
	if (!strcmp(name, "end"))
		r->ended = 1;
	else if (strcmp(name, "save") != 0 && !branch_id(name))
		return rd_fail(r, r->sect.line, r->sect_col,
			       SAVE_UNKNOWN_SECTION, name);
	return 0;
}

static void section_forget(struct rd *r)
{
	size_t i;

	for (i = 0; i < r->nent; i++) {
		free(r->ent[i].key);
		free(r->ent[i].val);
	}
	r->nent = 0;
	r->seen = xgrow(r->seen, &r->capseen, r->nseen + 1, sizeof *r->seen);
	r->seen[r->nseen++] = r->sect;
	r->sect.name = NULL;
}

int rd_section_done(struct rd *r)
{
	const char *name = r->sect.name;
	int rc = 0;

	if (!name)
		return 0;
	if (!strcmp(name, "save"))
		rc = sect_save(r);
	else if (branch_id(name))
		rc = sect_branch(r, branch_id(name));
	section_forget(r);
	return rc;
}

int rd_finish(struct rd *r)
{
	struct save *sv = r->sv;

	if (sv->nbr == 0)
		return rd_fail(r, r->save_line, 1, SAVE_NO_BRANCH);
	if (!save_branch_find(sv, sv->current))
		return rd_fail(r, r->cur_line, r->cur_col, SAVE_CURRENT,
			       (long)sv->current);
	return 0;
}
