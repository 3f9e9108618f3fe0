/* newgame.c — the new-game form: scenario, side, opponent, seed. */
#include "ui/tui.h"
#include <stdio.h>
#include <string.h>

#include "ai/ai.h"
#include "ui/ui_int.h"

enum { NG_SCENARIO, NG_SIDE, NG_VS, NG_SEED, NG_START, NG_N };

struct ng {
	int field;
	int sc;		/* index into u->scs */
	int side;
	int vs;		/* 0: a person here; i > 0: doctrine i - 1 */
	uint64_t seed;
};

static const char *ng_vs_name(int vs)
{
	return vs == 0 ? "human" : ai_name(vs - 1);
}

static int ng_vs_count(void)
{
	return ai_count() + 1;
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
	struct strbuf opp = STRBUF_INIT;

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
	if (vs == 0)
		strbuf_adds(&opp, ui_tr(u, "new.human"));
	else
		strbuf_adds(&opp, ui_doctrine_name(u, ng_vs_name(vs)));
	strbuf_adds(&opp, "  ");
	ng_count(u, &opp, vs, ng_vs_count());
	y += ng_field(u, f, NG_VS, y, ui_tr(u, "new.vs"), opp.buf,
		      vs == 0 ? ui_tr(u, "new.human.desc") :
		      ui_doctrine_desc(u, ng_vs_name(vs)));
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
		if (key >= '1' && key <= '5')
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
	i = ai_find(o->vs && strcmp(o->vs, "human") ? o->vs : "tft");
	f->vs = o->vs && !strcmp(o->vs, "human") ? 0 : i >= 0 ? i + 1 :
		ng_vs_count() > 1 ? 1 : 0;
	f->seed = o->have_seed ? o->seed :
		  1 + rng_below(&u->cosmetic, 999999);
}

int newgame_run(struct ui *u, struct session *s, int preset)
{
	struct ng f;
	int rc = 0;

	ng_preset(u, &f);
	/* `detente play` with everything given starts at once. */
	if (!(preset && u->o->side >= 0 && u->o->vs)) {
		u->topic = "new";
		do {
			ng_draw(u, &f);
			rc = ng_key(u, &f, ui_key(u));
		} while (rc == 0);
		if (rc < 0)
			return -1;
	}
	if (session_new(s, &u->scs[f.sc], f.seed, f.side,
			ng_vs_name(f.vs)) < 0)
		return -1;
	return 0;
}
