/* newgame.c — the new-game form: scenario, side, opponent, seed. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai/ai.h"
#include "ui/ui_int.h"

enum { NG_SCENARIO, NG_SIDE, NG_VS, NG_LENGTH, NG_SEED, NG_START, NG_N };

/* Difficulty levels come from the AI module's one table (ai.h): the
 * same names play from the command line, in sim and in saves. */
#define NG_LEVELS ai_level_count()
#define NG_NORMAL 1
#define NG_NAME_MAX 40		/* columns of a player's name */

struct ng {
	int field;
	int sc;		/* index into u->scs */
	int side;
	int vs;		/* 0: a person here; 1..NG_LEVELS: a level; then
			   doctrine i - 1 - NG_LEVELS */
	uint64_t seed;
	int class_len;	/* 1: the scenario's class length, 0: its full */
};

/* The game's length as chosen: 0 for the full one (the default). */
static int ng_turns(const struct ui *u, const struct ng *f)
{
	const struct rules *r = &u->scs[f->sc].rules;

	return f->class_len && r->class_turns ? r->class_turns : 0;
}

/* "24 turns (full length)", "12 turns (a lesson)", into sb. */
static void ng_length_words(struct ui *u, const struct ng *f,
			    struct strbuf *name, struct strbuf *desc)
{
	const struct rules *r = &u->scs[f->sc].rules;
	int cl = f->class_len && r->class_turns;
	char n[16];

	snprintf(n, sizeof n, "%d", cl ? r->class_turns : r->turns);
	lang_fmt(name, ui_tr(u, cl ? "new.length.class" : "new.length.full"),
		 "n", n, LANG_END);
	strbuf_adds(desc, ui_tr(u, !r->class_turns ? "new.length.only" :
				cl ? "new.length.class.desc" :
				"new.length.full.desc"));
}

static void ng_vs_player(int vs, struct save_player *p)
{
	memset(p, 0, sizeof *p);
	if (vs == 0) {
		snprintf(p->name, sizeof p->name, "human");
	} else if (vs <= NG_LEVELS) {
		snprintf(p->name, sizeof p->name, "%s",
			 ai_level_name(vs - 1));
	} else {
		snprintf(p->name, sizeof p->name, "%s",
			 ai_name(vs - 1 - NG_LEVELS));
	}
}

static int ng_vs_count(void)
{
	return 1 + NG_LEVELS + ai_count();
}

/* The opponent's name and its description. */
static void ng_vs_words(struct ui *u, int vs, struct strbuf *name,
			struct strbuf *desc)
{
	struct save_player p;

	ng_vs_player(vs, &p);
	if (vs == 0) {
		strbuf_adds(name, ui_tr(u, "new.human"));
		strbuf_adds(desc, ui_tr(u, "new.human.desc"));
	} else if (vs <= NG_LEVELS) {
		lang_fmt(name, ui_tr(u, "new.level"), "level",
			 lang_getf(&u->L, "level.%s", p.name), "doctrine",
			 ui_doctrine_name(u, ai_level_doctrine(vs - 1)),
			 LANG_END);
		strbuf_adds(desc, lang_getf(&u->L, "level.%s.desc", p.name));
	} else {
		strbuf_adds(name, ui_doctrine_name(u, p.name));
		strbuf_adds(desc, ui_doctrine_desc(u, p.name));
	}
}

/* A field's label on the left, its value on the right; returns rows. */
static int ng_field(struct ui *u, const struct ng *f, int i, int y,
		    const char *label, const char *value, const char *note)
{
	int x = 4, vx = 22, w = u->cols - vx - 2, rows = 1, sel = f->field == i;
	char num[16];

	snprintf(num, sizeof num, "%d", i + 1);
	ui_put(u, y, 1, 2, sel ? UA_SEL : UA_KEY, sel ? ui_sym(u, "\u25b6", ">") :
	       "");
	ui_put(u, y, x - 1, 2, UA_KEY, num);
	ui_put(u, y, x + 1, vx - x - 2, sel ? UA_TITLE : UA_NORM, label);
	if (i == NG_SEED) {
		ui_put(u, y, vx, w, sel ? UA_SEL : UA_NORM, value);
	} else {
		struct strbuf sb = STRBUF_INIT;

		strbuf_addf(&sb, "%s %s %s", ui_sym(u, "\u25c0", "<"), value,
			    ui_sym(u, "\u25b6", ">"));
		ui_put(u, y, vx, w, sel ? UA_SEL : UA_NORM, sb.buf);
		strbuf_release(&sb);
	}
	ui_hit(u, y, 0, u->cols, K_HIT_FIELD + i);
	if (note && *note)
		rows += ui_para(u, y + 1, vx + 2, w - 2, 5, UA_DIM, note);
	return rows + 1;
}

static void ng_count(struct ui *u, struct strbuf *sb, int i, int n)
{
	char a[16], b[16];

	snprintf(a, sizeof a, "%d", i + 1);
	snprintf(b, sizeof b, "%d", n);
	lang_fmt(sb, ui_tr(u, "new.count"), "n", a, "of", b, LANG_END);
}

static void ng_draw(struct ui *u, const struct ng *f)
{
	const struct scenario *sc = &u->scs[f->sc];
	char seed[32];
	int y = 2, vs = f->vs;
	struct strbuf opp = STRBUF_INIT, desc = STRBUF_INIT;

	ui_clear(u);
	ui_header(u, ui_tr(u, "new.title"), NULL);
	/* "(1 of 4)": there are more to see with the arrows. */
	strbuf_addf(&opp, "%s  ", ui_sctext(u, sc, &sc->title));
	ng_count(u, &opp, f->sc, u->nsc);
	y += ng_field(u, f, NG_SCENARIO, y, ui_tr(u, "new.scenario"),
		      opp.buf, ui_sctext(u, sc, &sc->desc));
	strbuf_reset(&opp);
	y += ng_field(u, f, NG_SIDE, y, ui_tr(u, "new.side"),
		      ui_sctext(u, sc, &sc->side[f->side].name), NULL);
	ng_vs_words(u, vs, &opp, &desc);
	strbuf_adds(&opp, "  ");
	ng_count(u, &opp, vs, ng_vs_count());
	y += ng_field(u, f, NG_VS, y, ui_tr(u, "new.vs"), opp.buf, desc.buf);
	strbuf_reset(&opp);
	strbuf_reset(&desc);
	ng_length_words(u, f, &opp, &desc);
	y += ng_field(u, f, NG_LENGTH, y, ui_tr(u, "new.length"), opp.buf,
		      desc.buf);
	snprintf(seed, sizeof seed, "[ %llu ]", (unsigned long long)f->seed);
	y += ng_field(u, f, NG_SEED, y, ui_tr(u, "new.seed"), seed,
		      ui_tr(u, "new.seed.desc"));
	ui_put(u, y, 1, 2, UA_KEY, f->field == NG_START ?
	       ui_sym(u, "\u25b6", ">") : "");
	ui_put(u, y, 5, u->cols - 6, f->field == NG_START ? UA_SEL : UA_TITLE,
	       ui_tr(u, "new.start"));
	ui_hit(u, y, 0, u->cols, K_HIT_FIELD + NG_START);
	ui_keyline(u, ui_tr(u, f->field == NG_SEED ? "keys.new.seed" :
			    "keys.new"));
	refresh();
	strbuf_release(&opp);
	strbuf_release(&desc);
}

static int ng_wrap(int v, int n)
{
	return (v % n + n) % n;
}

/* Left or right on a field. */
static void ng_change(struct ui *u, struct ng *f, int dir)
{
	switch (f->field) {
	case NG_SCENARIO:
		f->sc = ng_wrap(f->sc + dir, u->nsc);
		break;
	case NG_SIDE: f->side ^= 1; break;
	case NG_VS: f->vs = ng_wrap(f->vs + dir, ng_vs_count()); break;
	case NG_LENGTH: f->class_len ^= 1; break;
	case NG_SEED:
		f->seed = 1 + rng_below(&u->cosmetic, 999999);
		break;
	}
}

static void ng_seed_key(struct ng *f, int key)
{
	if (key == K_DEL) {
		f->seed /= 10;
	} else if (key >= '0' && key <= '9' &&
		   f->seed < 1000000000000000000ULL) {
		f->seed = f->seed * 10 + (uint64_t)(key - '0');
	}
}

/* Handle a key: 1 start, -1 back, 0 go on. */
static int ng_key(struct ui *u, struct ng *f, int key)
{
	if (key >= K_HIT_FIELD && key < K_HIT_FIELD + NG_N) {
		int was = f->field;

		f->field = key - K_HIT_FIELD;
		if (f->field == NG_START)
			return 1;
		if (was == f->field)
			ng_change(u, f, 1);
		return 0;
	}
	if (f->field == NG_SEED && ((key >= '0' && key <= '9') ||
				   key == K_DEL)) {
		ng_seed_key(f, key);
		return 0;
	}
	switch (key) {
	case K_QUIT: case K_BACK: case 'q': return -1;
	case K_UP: case K_BTAB:
		f->field = f->field ? f->field - 1 : NG_N - 1;
		break;
	case K_DOWN: case K_TAB:
		f->field = (f->field + 1) % NG_N;
		break;
	case K_LEFT: ng_change(u, f, -1); break;
	case K_RIGHT: case ' ': ng_change(u, f, 1); break;
	case 'r': f->seed = 1 + rng_below(&u->cosmetic, 999999); break;
	case 's': return 1;
	case K_ENTER:
		if (f->field == NG_START)
			return 1;
		f->field++;
		break;
	default:
		if (key >= '1' && key < '1' + NG_N - 1)
			f->field = key - '1';
	}
	return 0;
}

static void ng_preset(struct ui *u, struct ng *f)
{
	const struct ui_opts *o = u->o;
	int i;

	memset(f, 0, sizeof *f);
	f->side = o->side >= 0 ? o->side : 0;
	/* A level or doctrine named on the command line, else Normal. */
	i = o->vs ? ai_find(o->vs) : -1;
	f->vs = o->vs && !strcmp(o->vs, "human") ? 0 :
		i >= 0 ? 1 + NG_LEVELS + i : 1 + NG_NORMAL;
	i = o->vs ? ai_level_find(o->vs) : -1;
	if (i >= 0)
		f->vs = 1 + i;
	f->seed = o->have_seed ? o->seed :
		  1 + rng_below(&u->cosmetic, 999999);
	f->class_len = o->turns && o->turns == u->scs[0].rules.class_turns &&
		       o->turns != u->scs[0].rules.turns;
}

/* The names of the people who play, for the class report: one a side
 * a person plays (two in hotseat). Empty or Esc: no name. */
static void ng_names(struct ui *u, const struct ng *f, char *names[SIDES])
{
	const struct scenario *sc = &u->scs[f->sc];
	struct strbuf text = STRBUF_INIT, name = STRBUF_INIT;
	int i;

	for (i = 0; i < SIDES; i++) {
		names[i] = NULL;
		if (i != f->side && f->vs != 0)
			continue;
		strbuf_reset(&text);
		strbuf_reset(&name);
		lang_fmt(&text, ui_tr(u, "new.name.text"), "side",
			 ui_sctext(u, sc, &sc->side[i].name), LANG_END);
		if (ui_prompt(u, ui_tr(u, "new.name.title"), text.buf, &name,
			      NG_NAME_MAX) == 0 && name.len)
			names[i] = strbuf_detach(&name);
		ui_clear(u);
	}
	strbuf_release(&text);
	strbuf_release(&name);
}

enum ui_rc newgame_run(struct ui *u, struct session *s, int preset)
{
	struct save_player pl[SIDES];
	struct session_opts so;
	char *names[SIDES] = { NULL, NULL };
	struct ng f;
	int rc = 0, i;

	ng_preset(u, &f);
	/* `detente play` starts at once: what the command line leaves out
	 * takes its default (the first side, Normal, a random seed). */
	if (!preset) {
		u->topic = "new";
		do {
			ng_draw(u, &f);
			rc = ng_key(u, &f, help_key(u, ui_key(u)));
		} while (rc == 0);
		if (rc < 0)
			return UI_BACK;
		ng_names(u, &f, names);
	}
	for (i = 0; i < SIDES; i++)
		ng_vs_player(i == f.side ? 0 : f.vs, &pl[i]);
	so.seed = f.seed;
	so.turns = ng_turns(u, &f);
	so.name[0] = names[0];
	so.name[1] = names[1];
	rc = session_new(s, &u->scs[f.sc], &so, pl, u->lang, u->saves);
	free(names[0]);
	free(names[1]);
	if (rc < 0) {
		ui_message(u, ui_tr(u, "err.title"), s->why.buf);
		session_release(s);
		return UI_BACK;
	}
	return UI_DONE;
}
