/* report_game.c — a reported game turn by turn: the turns CSV and the
 * per-game details (move profile, what stayed hidden, incidents blamed
 * on the wrong side, turning points). */
#include "cmd/report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/game.h"
#include "save/savegame.h"
#include "util/xmalloc.h"

#define TURNING_POINTS 3	/* shown a game */
#define TURNING_MIN 5.0		/* trust points that make a turn stand out */

/* ---- one turn ---------------------------------------------------------- */

static void turn_act(struct report_turn *t, const struct scenario *sc,
		     const struct gev *e, struct strbuf acts[SIDES])
{
	const struct action *a = &sc->action[e->ref];
	int s = e->side, other = side_other(e->side);

	t->stance[s][a->stance < 3 ? a->stance : 1]++;
	if (a->covert) {
		t->covert[s]++;
		if (!(e->seen & (1u << other)))
			t->unseen[s]++;
	}
	strbuf_addf(&acts[s], "%s%s", acts[s].len ? " " : "", a->id);
}

/* An incident blamed on the other side: no side did it, so the blame
 * is always misplaced (game/MODEL.md, misattribution). */
static void turn_blame(struct report_turn *t, const struct scenario *sc,
		       const struct gev *e, struct strbuf *blame)
{
	int victim = e->side;

	if (e->ref2 < 0 || e->ref2 >= SIDES || victim < 0 || victim >= SIDES)
		return;
	t->blamed++;
	strbuf_addf(blame, "%s%s: %s blamed %s", blame->len ? "; " : "",
		    sc->event[e->ref].id, sc->side[victim].id,
		    sc->side[e->ref2].id);
}

static void turn_events(struct report_turn *t, const struct game *g)
{
	struct strbuf acts[SIDES] = { STRBUF_INIT, STRBUF_INIT };
	struct strbuf blame = STRBUF_INIT;
	const struct gev *e;
	size_t i;

	for (i = 0; i < g->last.n; i++) {
		e = &g->last.ev[i];
		if (e->type == GEV_ACT && e->side >= 0 && e->ref >= 0)
			turn_act(t, g->sc, e, acts);
		else if (e->type == GEV_DETECT && e->side >= 0)
			t->detected[e->side]++;
		else if (e->type == GEV_BREACH && e->actor >= 0 &&
			 (e->seen & (1u << side_other(e->actor))))
			t->breaches++;
		else if (e->type == GEV_BREACH)
			t->hidden++;
		else if (e->type == GEV_EVENT)
			turn_blame(t, g->sc, e, &blame);
		else if (e->type == GEV_PROP && (int)e->after == PS_SIGNED)
			t->signed_n++;
	}
	t->acts[0] = strbuf_detach(&acts[0]);
	t->acts[1] = strbuf_detach(&acts[1]);
	t->blame = blame.len ? strbuf_detach(&blame) : NULL;
	strbuf_release(&blame);
}

static void turn_state(struct report_turn *t, const struct game *g)
{
	int s;

	for (s = 0; s < SIDES; s++) {
		t->trust[s] = g->st.side[s].trust;
		t->score[s] = g->st.side[s].score;
	}
	t->tension = g->st.tension;
	t->rung = g->st.rung;
}

void report_row_turns(struct report_row *row, const struct savegame *sg)
{
	const struct game *src = &sg->g;
	struct game g;
	size_t t;
	int s;

	game_init(&g, sg->sc, src->seed);
	for (s = 0; s < SIDES; s++)
		row->trust0[s] = g.st.side[s].trust;
	row->tension0 = g.st.tension;
	row->turn = xcalloc(src->nmoves + 1, sizeof *row->turn);
	for (t = 0; t < src->nmoves; t++) {
		if (game_play(&g, src->moves[t]) < 0)
			break;
		turn_state(&row->turn[t], &g);
		turn_events(&row->turn[t], &g);
		row->nturn++;
	}
	game_release(&g);
}

/* ---- the turns CSV ------------------------------------------------------ */

static void turns_row(const struct report_row *row, int i, struct strbuf *out)
{
	const struct report_turn *t = &row->turn[i];
	int s;

	report_csv_field(out, row->file);
	report_csv_field(out, row->name);
	strbuf_addf(out, "%s,%d,%.2f,%.2f,%.2f,%d,%.2f,%.2f,", row->scenario,
		    i + 1, t->trust[0], t->trust[1], t->tension, t->rung + 1,
		    t->score[0], t->score[1]);
	for (s = 0; s < SIDES; s++) {
		report_csv_field(out, t->acts[s]);
		strbuf_addf(out, "%d,%d,%d,%d,%d,%d,", t->stance[s][0],
			    t->stance[s][1], t->stance[s][2], t->covert[s],
			    t->detected[s], t->unseen[s]);
	}
	strbuf_addf(out, "%d,%d,%d,%d,", t->signed_n, t->breaches, t->hidden,
		    t->blamed);
	report_csv_field(out, t->blame ? t->blame : "");
	out->buf[out->len - 1] = '\n';
}

void report_turns_csv(const struct report *r, struct strbuf *out)
{
	size_t i;
	int t;

	strbuf_adds(out, "file,name,scenario,turn,trust_a,trust_b,tension,"
		    "rung,score_a,score_b,"
		    "acts_a,cooperative_a,neutral_a,hostile_a,covert_a,"
		    "detected_a,unseen_a,"
		    "acts_b,cooperative_b,neutral_b,hostile_b,covert_b,"
		    "detected_b,unseen_b,"
		    "signed,breaches,hidden_breaches,blamed,blame\n");
	for (i = 0; i < r->n; i++)
		for (t = 0; t < r->v[i].nturn; t++)
			turns_row(&r->v[i], t, out);
}

/* ---- details ------------------------------------------------------------ */

struct profile {
	int stance[SIDES][3], covert[SIDES], unseen[SIDES], detected[SIDES];
	int breaches, hidden, blamed;
};

static void details_profile(const struct report_row *row, struct profile *p)
{
	const struct report_turn *t;
	int i, s, k;

	memset(p, 0, sizeof *p);
	for (i = 0; i < row->nturn; i++) {
		t = &row->turn[i];
		for (s = 0; s < SIDES; s++) {
			for (k = 0; k < 3; k++)
				p->stance[s][k] += t->stance[s][k];
			p->covert[s] += t->covert[s];
			p->unseen[s] += t->unseen[s];
			p->detected[s] += t->detected[s];
		}
		p->breaches += t->breaches;
		p->hidden += t->hidden;
		p->blamed += t->blamed;
	}
}

/* The lower trust, which names the outcome (the trust bands). */
static double low_trust(const double *trust)
{
	return trust[0] < trust[1] ? trust[0] : trust[1];
}

/* How much turn i moved the lower trust. */
static double turn_swing(const struct report_row *row, int i)
{
	double before = i ? low_trust(row->turn[i - 1].trust) :
			    low_trust(row->trust0);

	return low_trust(row->turn[i].trust) - before;
}

/* Why turn i mattered, in a few words. */
static void turning_why(const struct report_row *row, int i,
			struct strbuf *out)
{
	const struct report_turn *t = &row->turn[i], *p = i ?
		&row->turn[i - 1] : NULL;
	int rung0 = p ? p->rung : -1;

	strbuf_addf(out, "turn %d: lower trust %+.0f", i + 1,
		    turn_swing(row, i));
	if (t->signed_n)
		strbuf_addf(out, ", %d signed", t->signed_n);
	if (t->breaches)
		strbuf_addf(out, ", %d breach%s", t->breaches,
			    t->breaches == 1 ? "" : "es");
	if (t->blame)
		strbuf_addf(out, ", %s", t->blame);
	if (p && t->rung != rung0)
		strbuf_addf(out, ", rung %d to %d", rung0 + 1, t->rung + 1);
}

/* The turns that moved the lower trust most (at least TURNING_MIN), in
 * the order they came. */
static void details_turning(const struct report_row *row, struct strbuf *out)
{
	int pick[TURNING_POINTS] = { 0 }, n = 0, i, k, best;
	double w;

	for (k = 0; k < TURNING_POINTS; k++) {
		best = -1;
		for (i = 0; i < row->nturn; i++) {
			int taken = 0, j;

			for (j = 0; j < n; j++)
				taken |= pick[j] == i;
			w = fabs(turn_swing(row, i));
			if (!taken && w >= TURNING_MIN &&
			    (best < 0 || w > fabs(turn_swing(row, best))))
				best = i;
		}
		if (best >= 0)
			pick[n++] = best;
	}
	for (i = 0; i < row->nturn; i++)
		for (k = 0; k < n; k++)
			if (pick[k] == i) {
				strbuf_adds(out, "      ");
				turning_why(row, i, out);
				strbuf_addc(out, '\n');
			}
	if (!n)
		strbuf_adds(out, "      none: trust moved by less than 5 "
			    "points a turn\n");
}

static void details_blame(const struct report_row *row, struct strbuf *out)
{
	int i;

	for (i = 0; i < row->nturn; i++)
		if (row->turn[i].blame)
			strbuf_addf(out, "      turn %d: %s\n", i + 1,
				    row->turn[i].blame);
}

static void details_one(const struct report_row *row, struct strbuf *out)
{
	struct profile p;
	int s;

	details_profile(row, &p);
	strbuf_addf(out, "  %s: %s after %d turns\n", row->name,
		    report_outcome(row->ending), row->turns);
	for (s = 0; s < SIDES; s++)
		strbuf_addf(out, "    %s (%s): %d cooperative, %d neutral, %d "
			    "hostile; %d covert, %d never seen\n",
			    row->side_name[s], report_who(row, s),
			    p.stance[s][0], p.stance[s][1], p.stance[s][2],
			    p.covert[s], p.unseen[s]);
	strbuf_addf(out, "    breaches: %d seen, %d hidden; incidents blamed "
		    "on the wrong side: %d\n", p.breaches, p.hidden, p.blamed);
	details_blame(row, out);
	strbuf_adds(out, "    turning points:\n");
	details_turning(row, out);
}

void report_details(const struct report *r, struct strbuf *out)
{
	size_t i;

	strbuf_adds(out, "Games in detail (acts by stance, covert acts the "
		    "other side never saw):\n");
	for (i = 0; i < r->n; i++)
		details_one(&r->v[i], out);
}
