/* load-ini.c — scenario.ini's sections into the scenario. */
#include "load/load-int.h"
#include "load/suggest.h"
#include "load/value.h"
#include "util/xmalloc.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum sk { SK_SCENARIO, SK_FILES, SK_SIDE, SK_RULES, SK_SCORE, SK_RUNG,
	  SK_BAND, SK_ENDING, SK_N };

enum kt {
	KT_TEXT,		/* a translatable text */
	KT_ID,
	KT_NUM,			/* a double at off */
	KT_INT,			/* an int at off */
	KT_LANGS,		/* the language list */
	KT_LANG,		/* one listed language */
	KT_FILE			/* a file name */
};

struct keyspec {
	const char *key;
	uint8_t type;		/* enum kt */
	uint8_t req;
	struct ld_num num;
	double def;
	size_t off;		/* KT_NUM, KT_INT: in the section's struct;
				   KT_FILE: enum ld_file */
};

#define NUM(k, lo, hi, d, type, f) \
	{ k, KT_NUM, 0, { lo, hi, 0 }, d, offsetof(type, f) }
#define INT(k, lo, hi, d, type, f) \
	{ k, KT_INT, 0, { lo, hi, 1 }, d, offsetof(type, f) }
#define TEXT(k, req) { k, KT_TEXT, req, { 0, 0, 0 }, 0, 0 }
#define FILEKEY(k, req, which) { k, KT_FILE, req, { 0, 0, 0 }, 0, which }

static const struct keyspec keys_scenario[] = {
	{ "id", KT_ID, 1, { 0, 0, 0 }, 0, 0 },
	TEXT("title", 1), TEXT("description", 0), TEXT("intro", 0),
	{ "languages", KT_LANGS, 1, { 0, 0, 0 }, 0, 0 },
	FILEKEY("article", 0, LF_ARTICLE),
	{ "article_lang", KT_LANG, 0, { 0, 0, 0 }, 0, 0 },
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_files[] = {
	FILEKEY("actions", 1, LF_ACTIONS),
	FILEKEY("proposals", 0, LF_PROPOSALS),
	FILEKEY("events", 0, LF_EVENTS),
	FILEKEY("payoff", 0, LF_PAYOFF),
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_side[] = {
	{ "id", KT_ID, 1, { 0, 0, 0 }, 0, 0 },
	TEXT("name", 1), TEXT("briefing", 0), TEXT("objectives", 0),
	NUM("trust", 0, 100, 50, struct side_def, trust),
	NUM("security", 0, 100, 50, struct side_def, security),
	NUM("support", 0, 100, 50, struct side_def, support),
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_rules[] = {
	INT("turns", 1, SC_MAX_TURNS, 20, struct rules, turns),
	INT("class_turns", 1, SC_MAX_TURNS, 0, struct rules, class_turns),
	INT("start_year", 1, 9999, 0, struct rules, start_year),
	INT("start_month", 1, 12, 1, struct rules, start_month),
	INT("turn_months", 1, 120, 1, struct rules, turn_months),
	NUM("tension", 0, 100, 20, struct rules, tension),
	NUM("drift", -100, 100, 0, struct rules, drift),
	NUM("trust_min", 0, 50, 1, struct rules, trust_min),
	NUM("trust_max", 50, 100, 99, struct rules, trust_max),
	NUM("breach_lr", 0.01, 1, 0.3, struct rules, breach_lr),
	NUM("withdraw", 0, 100, 50, struct rules, withdraw),
	NUM("collapse_trust", 0, 100, 0, struct rules, collapse_trust),
	INT("collapse_turns", 0, 1000, 3, struct rules, collapse_turns),
	NUM("agreement_trust", 0, 100, 60, struct rules, agreement_trust),
	INT("agreement_signed", 0, SC_MAX_PROPOSALS, 0, struct rules,
	    agreement_signed),
	INT("agreement_hold", 1, SC_MAX_TURNS, 1, struct rules,
	    agreement_hold),
	NUM("attention", 0, 100, 0, struct rules, attention),
	NUM("betrayal", 0, 10, 1, struct rules, betrayal),
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_score[] = {
	NUM("security", -100, 100, 0, struct weights, security),
	NUM("support", -100, 100, 0, struct weights, support),
	NUM("tension", -100, 100, 0, struct weights, tension),
	NUM("agreement", -1000, 1000, 0, struct weights,
	    ending[END_AGREEMENT]),
	NUM("conflict", -1000, 1000, 0, struct weights, ending[END_CONFLICT]),
	NUM("collapse", -1000, 1000, 0, struct weights, ending[END_COLLAPSE]),
	NUM("limit", -1000, 1000, 0, struct weights, ending[END_LIMIT]),
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_rung[] = {
	TEXT("name", 1), TEXT("description", 0),
	{ "from", KT_NUM, 1, { 0, 100, 0 }, 0, offsetof(struct rung, from) },
	NUM("accident", 0, 100, 0, struct rung, accident),
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_band[] = {
	TEXT("name", 1), TEXT("description", 0),
	{ "from", KT_NUM, 1, { 0, 100, 0 }, 0, offsetof(struct band, from) },
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec keys_ending[] = {
	TEXT("name", 0), TEXT("text", 0),
	{ NULL, 0, 0, { 0, 0, 0 }, 0, 0 }
};

static const struct keyspec *const sk_keys[SK_N] = {
	keys_scenario, keys_files, keys_side, keys_rules, keys_score,
	keys_rung, keys_band, keys_ending,
};

static const char *const ending_ids[] = {
	"agreement", "conflict", "collapse", "limit", NULL
};

/* What each section of the scan is: its kind and, for side, rung, band
 * and ending, which one (-1: unknown or refused, skipped). */
struct ld_sects {
	int *kind;		/* owned, one a section of the scan */
	int *which;
	int n;
};

/* ---- small helpers ---------------------------------------------------- */

static const char *ld_ini_path(const struct ld *ld)
{
	return ld->ini_file.path;
}

static const struct ini_sect *ld_sect(const struct ld *ld, int si)
{
	return &ld->ini.scan.sect[si];
}

/* The value of entry ei, never NULL. */
static const char *ld_val(const struct ld *ld, int ei)
{
	const struct ini_ent *e = &ld->ini.scan.ent[ei];
	const char *v = ini_get(&ld->ini, ld_sect(ld, e->sect)->lname,
				e->key);

	return v ? v : "";
}

static void ld_missing_key(struct ld *ld, int si, const char *key)
{
	const struct ini_sect *s = ld_sect(ld, si);

	diag_add(ld->d, ld_ini_path(ld), s->line, s->col, DIAG_MISSING_KEY,
		 key, s->name);
}

static const struct keyspec *ld_spec(int kind, const char *key)
{
	const struct keyspec *k;

	for (k = sk_keys[kind]; k->key; k++)
		if (!strcmp(k->key, key))
			return k;
	return NULL;
}

/* ---- sections ---------------------------------------------------------- */

static int ld_prefixed(const char *lname, const char *prefix)
{
	size_t n = strlen(prefix);

	return !strncmp(lname, prefix, n) && lname[n];
}

/* A rung or band section: check its count and its id, which goes into
 * ids[*count]. Returns its index, or -1. */
static int ld_sect_listed(struct ld *ld, int si, size_t plen, int *count,
			  int cap, const char *what, char (*ids)[SC_ID_MAX],
			  size_t stride)
{
	const struct ini_sect *s = ld_sect(ld, si);
	char id[SC_ID_MAX];

	if (ld_id(ld, ld_ini_path(ld), s->line, s->ncol + (int)plen, "id",
		  s->name + plen, id) < 0)
		return -1;
	if (*count >= cap) {
		diag_add(ld->d, ld_ini_path(ld), s->line, s->col,
			 DIAG_TOO_MANY, what, cap);
		return -1;
	}
	memcpy((char *)ids + stride * (size_t)*count, id, sizeof id);
	return (*count)++;
}

/* An unknown section, with the nearest known name when it looks like a
 * slip ("[rule]", "[side.c]" do not: "[sidea]" does). */
static void ld_unknown_section(struct ld *ld, const struct ini_sect *s)
{
	static const char *const known[] = {
		"scenario", "files", "side.a", "side.b", "rules", "score"
	};
	struct suggest sg;
	size_t i;

	suggest_init(&sg, s->lname);
	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		suggest_try(&sg, known[i]);
	if (sg.found)
		diag_add(ld->d, ld_ini_path(ld), s->line, s->ncol,
			 DIAG_UNKNOWN_SECTION_MEAN, s->name, sg.best);
	else
		diag_add(ld->d, ld_ini_path(ld), s->line, s->ncol,
			 DIAG_UNKNOWN_SECTION, s->name);
}

static void ld_classify_one(struct ld *ld, struct ld_sects *ks, int si)
{
	static const char *const fixed[] = { "scenario", "files", "side.a",
		"side.b", "rules", "score", NULL };
	static const int fixed_kind[] = { SK_SCENARIO, SK_FILES, SK_SIDE,
		SK_SIDE, SK_RULES, SK_SCORE };
	const struct ini_sect *s = ld_sect(ld, si);
	struct scenario *sc = ld->sc;
	int i;

	ks->kind[si] = SK_N;
	ks->which[si] = -1;
	for (i = 0; fixed[i]; i++)
		if (!strcmp(s->lname, fixed[i])) {
			ks->kind[si] = fixed_kind[i];
			ks->which[si] = i == 3;
			return;
		}
	if (ld_prefixed(s->lname, "rung.")) {
		ks->kind[si] = SK_RUNG;
		ks->which[si] = ld_sect_listed(ld, si, 5, &sc->nrungs,
			SC_MAX_RUNGS, "rungs", &sc->rung[0].id,
			sizeof sc->rung[0]);
		ld->rung_refused |= ks->which[si] < 0;
	} else if (ld_prefixed(s->lname, "band.")) {
		ks->kind[si] = SK_BAND;
		ks->which[si] = ld_sect_listed(ld, si, 5, &sc->nbands,
			SC_MAX_BANDS, "bands", &sc->band[0].id,
			sizeof sc->band[0]);
	} else if (ld_prefixed(s->lname, "ending.")) {
		ks->kind[si] = SK_ENDING;
		ks->which[si] = ld_enum(ld, ld_ini_path(ld), s->line,
			s->ncol + 7, "ending", "agreement, conflict, collapse "
			"or limit", ending_ids, s->lname + 7);
	} else {
		ld_unknown_section(ld, s);
	}
}

static void ld_classify(struct ld *ld, struct ld_sects *ks)
{
	int si;

	ks->n = ld->ini.scan.nsect;
	ks->kind = xcalloc((size_t)ks->n + 1, sizeof *ks->kind);
	ks->which = xcalloc((size_t)ks->n + 1, sizeof *ks->which);
	for (si = 0; si < ks->n; si++)
		ld_classify_one(ld, ks, si);
}

/* The section of a kind (and which one), or -1. */
static int ld_find_kind(const struct ld_sects *ks, int kind, int which)
{
	int si;

	for (si = 0; si < ks->n; si++)
		if (ks->kind[si] == kind && ks->which[si] == which)
			return si;
	return -1;
}

static void ld_required_sections(struct ld *ld)
{
	static const char *const names[] = { "scenario", "files", "side.a",
		"side.b" };
	int i;

	for (i = 0; i < 4; i++)
		if (ini_scan_section(&ld->ini.scan, names[i]) < 0)
			diag_add(ld->d, ld_ini_path(ld), 1, 1,
				 DIAG_MISSING_SECTION, names[i]);
}

/* ---- languages ------------------------------------------------------- */

static void ld_lang_add(struct ld *ld, const struct ini_ent *e, size_t at,
			const char *code, size_t n)
{
	struct scenario *sc = ld->sc;
	char buf[64];
	int line, col;

	snprintf(buf, sizeof buf, "%.*s", (int)(n < 40 ? n : 40), code);
	ini_scan_pos(&ld->ini.scan, e, at, &line, &col);
	if (!value_lang(code, n))
		diag_add(ld->d, ld_ini_path(ld), line, col, DIAG_LANG_CODE,
			 buf);
	else if (scenario_lang(sc, buf) >= 0)
		diag_add(ld->d, ld_ini_path(ld), line, col, DIAG_LANG_DUP, buf);
	else if (sc->nlangs >= SC_MAX_LANGS)
		diag_add(ld->d, ld_ini_path(ld), line, col, DIAG_LANG_MANY);
	else {
		memcpy(sc->langs[sc->nlangs++], buf, n + 1);
		return;
	}
	ld->langs_ok = 0;
}

static void ld_languages(struct ld *ld, int ei)
{
	const struct ini_ent *e = &ld->ini.scan.ent[ei];
	const char *v = ld_val(ld, ei), *p = v;
	size_t a, b, n;

	ld->langs_ok = 1;
	while (*p) {
		n = strcspn(p, ",");
		for (a = 0; a < n && (p[a] == ' ' || p[a] == '\t'); a++)
			;
		for (b = n; b > a && (p[b - 1] == ' ' || p[b - 1] == '\t'); b--)
			;
		ld_lang_add(ld, e, (size_t)(p - v) + a, p + a, b - a);
		p += n + (p[n] == ',');
	}
	if (!ld->sc->nlangs && ld->langs_ok) {
		diag_add(ld->d, ld_ini_path(ld), e->vline, e->vcol,
			 DIAG_EMPTY_VALUE, "languages");
		ld->langs_ok = 0;
	}
}

/* ---- keys ------------------------------------------------------------- */

/* Language index of a text key: base itself (the first language) or
 * base.xx; -1 when key is not base's; -2 for an unknown language. */
static int ld_text_lang(const struct ld *ld, const char *key,
			const char *base)
{
	size_t n = strlen(base);
	int i;

	if (strncmp(key, base, n))
		return -1;
	if (!key[n])
		return 0;
	if (key[n] != '.' || !value_lang(key + n + 1, strlen(key + n + 1)))
		return -1;
	i = scenario_lang(ld->sc, key + n + 1);
	return i >= 0 ? i : -2;
}

/* Report a key section kind does not have. */
static void ld_check_key(struct ld *ld, int kind, const struct ini_ent *e)
{
	const struct keyspec *k;
	struct suggest sg;
	const char *dot = strrchr(e->key, '.');
	char base[64];

	if (ld_spec(kind, e->key))
		return;
	if (dot && (size_t)(dot - e->key) < sizeof base) {
		snprintf(base, sizeof base, "%.*s", (int)(dot - e->key),
			 e->key);
		k = ld_spec(kind, base);
		if (k && k->type == KT_TEXT) {
			switch (ld_text_lang(ld, e->key, base)) {
			case -2:
				if (ld->langs_ok)
					diag_add(ld->d, ld_ini_path(ld),
						 e->line, e->col +
						 (int)strlen(base) + 1,
						 DIAG_LANG_UNKNOWN, dot + 1);
				return;
			case -1:
				break;
			default:
				return;
			}
		}
	}
	suggest_init(&sg, e->key);
	for (k = sk_keys[kind]; k->key; k++)
		suggest_try(&sg, k->key);
	if (sg.found)
		diag_add(ld->d, ld_ini_path(ld), e->line, e->col,
			 DIAG_UNKNOWN_KEY_MEAN, e->rawkey,
			 ld_sect(ld, e->sect)->name, sg.best);
	else
		diag_add(ld->d, ld_ini_path(ld), e->line, e->col,
			 DIAG_UNKNOWN_KEY, e->rawkey,
			 ld_sect(ld, e->sect)->name);
}

static void ld_check_keys(struct ld *ld, const struct ld_sects *ks)
{
	int ei, si;

	for (ei = 0; ei < ld->ini.scan.nent; ei++) {
		si = ld->ini.scan.ent[ei].sect;
		if (si < ks->n && ks->kind[si] < SK_N && ks->which[si] >= 0)
			ld_check_key(ld, ks->kind[si], &ld->ini.scan.ent[ei]);
	}
}

/* ---- values ------------------------------------------------------------ */

/* Warn about the languages a text lacks (when it has the first, and
 * the languages themselves were read without a problem). */
static void ld_text_warn(struct ld *ld, const struct ini_ent *first,
			 const struct text *t, const char *base)
{
	int i;

	if (!first || !t->s[0] || !ld->langs_ok)
		return;
	for (i = 1; i < ld->sc->nlangs; i++)
		if (!t->s[i])
			diag_add(ld->d, ld_ini_path(ld), first->line,
				 first->col, DIAG_NO_TRANSLATION,
				 ld->sc->langs[i], base);
}

/* The columns the game's screens give a short text at 80 columns
 * (the header, the players' line, the ladder, the outcome), or 0 for a
 * text that is wrapped, not cut. */
static int ld_text_room(const char *lname, const char *base)
{
	static const struct {
		const char *sect, *key;
		int room;
	} rooms[] = {
		{ "scenario", "title", 50 }, { "side.", "name", 20 },
		{ "rung.", "name", 24 }, { "band.", "name", 30 },
		{ "ending.", "name", 40 },
	};
	size_t i, n;

	for (i = 0; i < sizeof rooms / sizeof rooms[0]; i++) {
		n = strlen(rooms[i].sect);
		if (!strncmp(lname, rooms[i].sect, n) &&
		    (rooms[i].sect[n - 1] == '.' || !lname[n]) &&
		    !strcmp(base, rooms[i].key))
			return rooms[i].room;
	}
	return 0;
}

/* Read text key base of section si (every language) into *t. */
static void ld_text(struct ld *ld, int si, const char *base, int req,
		    struct text *t)
{
	const struct ini_scan *s = &ld->ini.scan;
	const struct ini_ent *seen[SC_MAX_LANGS] = { NULL };
	int ei, lang;

	for (ei = 0; ei < s->nent; ei++) {
		const struct ini_ent *e = &s->ent[ei];

		if (e->sect != si ||
		    (lang = ld_text_lang(ld, e->key, base)) < 0)
			continue;
		if (seen[lang]) {
			diag_add(ld->d, ld_ini_path(ld), e->line, e->col,
				 DIAG_TEXT_TWICE, ld->sc->langs[lang],
				 seen[lang]->line);
			continue;
		}
		seen[lang] = e;
		if (*ld_val(ld, ei))
			t->s[lang] = xstrdup(ld_val(ld, ei));
	}
	if (req && !seen[0])
		ld_missing_key(ld, si, base);
	else if (req && !t->s[0])
		diag_add(ld->d, ld_ini_path(ld), seen[0]->vline,
			 seen[0]->vcol, DIAG_EMPTY_VALUE, base);
	ld_text_warn(ld, seen[0], t, base);
	if (seen[0])
		ld_width(ld, ld_ini_path(ld), seen[0]->vline, seen[0]->vcol,
			 base, t, ld_text_room(ld_sect(ld, si)->lname, base));
}

static void ld_value(struct ld *ld, const struct keyspec *k, void *base,
		     int ei);

/* Store a number into the field k names, a double or an int. */
static void ld_store(const struct keyspec *k, void *base, double x)
{
	int i = (int)x;

	if (k->type == KT_NUM)
		memcpy((char *)base + k->off, &x, sizeof x);
	else
		memcpy((char *)base + k->off, &i, sizeof i);
}

/* Every key of a section kind, from section si, into base (the
 * section's struct, for numbers) and texts (NULL for a kind that has
 * no text keys). */
static void ld_keys(struct ld *ld, int si, int kind, void *base,
		    struct text *const *texts)
{
	const struct keyspec *k;
	int ei, ti = 0;

	for (k = sk_keys[kind]; k->key; k++) {
		if (k->type == KT_TEXT) {
			if (texts)
				ld_text(ld, si, k->key, k->req, texts[ti++]);
			continue;
		}
		if (k->type == KT_NUM || k->type == KT_INT)
			ld_store(k, base, k->def);
		ei = si < 0 ? -1 : ini_scan_entry(&ld->ini.scan, si, k->key);
		if (ei < 0 && k->req && si >= 0)
			ld_missing_key(ld, si, k->key);
		else if (ei >= 0)
			ld_value(ld, k, base, ei);
	}
}

static void ld_number_key(struct ld *ld, const struct keyspec *k,
			  void *base, int ei)
{
	const struct ini_ent *e = &ld->ini.scan.ent[ei];
	const char *v = ld_val(ld, ei);
	double x;

	if (!*v) {
		if (k->req)
			diag_add(ld->d, ld_ini_path(ld), e->vline, e->vcol,
				 DIAG_EMPTY_VALUE, k->key);
		return;
	}
	if (ld_number(ld, ld_ini_path(ld), e->vline, e->vcol, k->key, v,
		      &k->num, &x) < 0)
		return;
	ld_store(k, base, x);
	if (!strcmp(k->key, "agreement_signed"))
		ld->signed_at = (struct ld_place){ e->vline, e->vcol };
	if (!strcmp(k->key, "class_turns"))
		ld->class_at = (struct ld_place){ e->vline, e->vcol };
}

static void ld_value(struct ld *ld, const struct keyspec *k, void *base,
		     int ei)
{
	const struct ini_ent *e = &ld->ini.scan.ent[ei];
	const char *v = ld_val(ld, ei);
	int lang;

	switch (k->type) {
	case KT_NUM:
	case KT_INT:
		ld_number_key(ld, k, base, ei);
		break;
	case KT_ID:
		ld_id(ld, ld_ini_path(ld), e->vline, e->vcol, k->key, v,
		      base);
		break;
	case KT_FILE:
		if (!*v && k->req)
			diag_add(ld->d, ld_ini_path(ld), e->vline, e->vcol,
				 DIAG_EMPTY_VALUE, k->key);
		if (!*v)
			break;
		ld->name[k->off] = xstrdup(v);
		ld->name_at[k->off] = (struct ld_place){ e->vline, e->vcol };
		break;
	case KT_LANG:
		lang = scenario_lang(ld->sc, v);
		if (lang >= 0) {
			ld->alang = lang;
			strcpy(ld->sc->article_lang, ld->sc->langs[lang]);
		} else if (*v && ld->langs_ok) {
			diag_add(ld->d, ld_ini_path(ld), e->vline, e->vcol,
				 DIAG_LANG_UNKNOWN, v);
		}
		break;
	default:
		break;		/* KT_LANGS: read first, apart */
	}
}

/* ---- the sections' contents ------------------------------------------ */

static void ld_sect_scenario(struct ld *ld, int si)
{
	struct scenario *sc = ld->sc;
	struct text *texts[] = { &sc->title, &sc->desc, &sc->intro };

	ld_keys(ld, si, SK_SCENARIO, sc->id, texts);
}

static void ld_sect_side(struct ld *ld, int si, int s)
{
	struct side_def *sd = &ld->sc->side[s];
	struct text *texts[] = { &sd->name, &sd->briefing, &sd->objectives };

	/* ld_value() writes the id at base, the numbers at offsets:
	 * side_def starts with its id, as the scenario does. */
	ld_keys(ld, si, SK_SIDE, sd, texts);
}

static void ld_place_from(struct ld *ld, int si, struct ld_place *p)
{
	int ei = ini_scan_entry(&ld->ini.scan, si, "from");
	const struct ini_sect *s = ld_sect(ld, si);

	if (ei >= 0)
		*p = (struct ld_place){ ld->ini.scan.ent[ei].vline,
					ld->ini.scan.ent[ei].vcol };
	else
		*p = (struct ld_place){ s->line, s->col };
}

static void ld_sect_one(struct ld *ld, int si, int kind, int w)
{
	struct scenario *sc = ld->sc;
	int before = diag_errors(ld->d);

	switch (kind) {
	case SK_SIDE:
		ld_sect_side(ld, si, w);
		break;
	case SK_RUNG: {
		struct text *t[] = { &sc->rung[w].name, &sc->rung[w].desc };

		ld_keys(ld, si, SK_RUNG, &sc->rung[w], t);
		ld_place_from(ld, si, &ld->rung_from[w]);
		ld->rung_bad[w] = diag_errors(ld->d) > before;
		break;
	}
	case SK_BAND: {
		struct text *t[] = { &sc->band[w].name, &sc->band[w].desc };

		ld_keys(ld, si, SK_BAND, &sc->band[w], t);
		ld_place_from(ld, si, &ld->band_from[w]);
		ld->band_bad[w] = diag_errors(ld->d) > before;
		break;
	}
	case SK_ENDING: {
		struct text *t[] = { &sc->ending_name[w + 1],
				     &sc->ending_text[w + 1] };

		ld_keys(ld, si, SK_ENDING, NULL, t);
		break;
	}
	default:
		break;
	}
}

/* Defaults for sections that may be left out. */
static void ld_defaults(struct ld *ld)
{
	struct scenario *sc = ld->sc;
	int s;

	ld_keys(ld, -1, SK_RULES, &sc->rules, NULL);
	ld_keys(ld, -1, SK_SCORE, &sc->w, NULL);
	for (s = 0; s < SIDES; s++) {
		sc->side[s].trust = sc->side[s].security = 50;
		sc->side[s].support = 50;
	}
}

static void ld_sections(struct ld *ld, const struct ld_sects *ks)
{
	struct scenario *sc = ld->sc;
	int si;

	for (si = 0; si < ks->n; si++) {
		if (ks->which[si] < 0)
			continue;
		switch (ks->kind[si]) {
		case SK_SCENARIO:
			ld_sect_scenario(ld, si);
			break;
		case SK_FILES:
			ld_keys(ld, si, SK_FILES, NULL, NULL);
			break;
		case SK_RULES:
			ld_keys(ld, si, SK_RULES, &sc->rules, NULL);
			break;
		case SK_SCORE:
			ld_keys(ld, si, SK_SCORE, &sc->w, NULL);
			break;
		default:
			ld_sect_one(ld, si, ks->kind[si], ks->which[si]);
			break;
		}
	}
}

/* The two sides need two names. */
static void ld_side_ids(struct ld *ld, const struct ld_sects *ks)
{
	const struct scenario *sc = ld->sc;
	int si = ld_find_kind(ks, SK_SIDE, 1), ei, first;

	if (si < 0 || !sc->side[0].id[0] || strcmp(sc->side[0].id,
						   sc->side[1].id))
		return;
	ei = ini_scan_entry(&ld->ini.scan, si, "id");
	first = ld_find_kind(ks, SK_SIDE, 0);
	first = ini_scan_entry(&ld->ini.scan, first, "id");
	if (ei >= 0 && first >= 0)
		diag_add(ld->d, ld_ini_path(ld), ld->ini.scan.ent[ei].vline,
			 ld->ini.scan.ent[ei].vcol, DIAG_DUP_ID,
			 sc->side[1].id, ld->ini.scan.ent[first].line);
}

int ld_ini(struct ld *ld)
{
	struct ld_sects sects, *ks = &sects;
	int si, ei;

	ld_defaults(ld);
	ld_classify(ld, ks);
	ld_required_sections(ld);
	si = ld_find_kind(ks, SK_SCENARIO, 0);
	ei = si < 0 ? -1 : ini_scan_entry(&ld->ini.scan, si, "languages");
	if (ei >= 0)
		ld_languages(ld, ei);
	else if (si >= 0)
		ld_missing_key(ld, si, "languages");
	if (ld->sc->nlangs)
		strcpy(ld->sc->article_lang, ld->sc->langs[0]);
	ld_check_keys(ld, ks);
	ld_sections(ld, ks);
	ld_side_ids(ld, ks);
	free(ks->kind);
	free(ks->which);
	return diag_file_errors(ld->d, ld_ini_path(ld)) ? -1 : 0;
}
