/* test_load.c — scenario_load() on whole folders: every field of the
 * base test scenario, the same scenario with BOMs and CR LF, defaults,
 * the digest, and safe failure. Runs from the repository root. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "engine/game.h"
#include "engine/scenario.h"
#include "load/load-msgs.h"
#include "load/load.h"
#include "util/xmalloc.h"

#define BASE "tests/data/good/base"

static char *print_diag(const struct diag *d)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	assert_non_null(f);
	diag_print(d, f);
	fclose(f);
	return buf;
}

/* Load dir, which must load without a message. */
static void load_clean(struct scenario *sc, const char *dir);

/* A proposal in force from the first turn; one an agreement requires:
 * with both trusts high and every other proposal in force, no
 * agreement until the required one is signed too. */
static void test_in_force_and_required(void **state)
{
	struct scenario sc;
	struct game g;

	(void)state;
	load_clean(&sc, "tests/data/good/in-force-required");
	assert_true(sc.proposal[0].in_force);
	assert_false(sc.proposal[0].required);
	assert_true(sc.proposal[1].required);
	game_init(&g, &sc, 1);
	assert_int_equal(g.st.prop[0], PS_SIGNED);
	assert_int_equal(g.st.prop[1], PS_NOT_TABLED);
	assert_true(game_in_force(&g, 0));
	game_release(&g);
	scenario_release(&sc);
}

static void load_clean(struct scenario *sc, const char *dir)
{
	struct diag d;
	char *msg;
	int rc;

	memset(sc, 0, sizeof *sc);
	diag_init(&d, &load_msgs);
	rc = scenario_load(sc, dir, &d);
	msg = print_diag(&d);
	if (rc != 0 || *msg)
		fail_msg("%s: rc %d\n%s", dir, rc, msg);
	free(msg);
	diag_release(&d);
}

static void want_fx(const struct effect *e, int stat, int who, double v)
{
	assert_int_equal(e->stat, stat);
	assert_int_equal(e->who, who);
	assert_int_equal(e->set, 0);
	assert_true(e->value == v);
}

static void check_identity(const struct scenario *sc)
{
	assert_string_equal(sc->id, "base");
	assert_int_equal(sc->nlangs, 2);
	assert_string_equal(sc->langs[0], "en");
	assert_string_equal(sc->langs[1], "bg");
	assert_string_equal(sc->title.s[0], "Base");
	assert_string_equal(sc->title.s[1], "База");
	assert_string_equal(scenario_text(sc, &sc->desc, "bg"),
			    "Малък сценарий за тестове.");
	assert_null(sc->intro.s[0]);
	assert_string_equal(sc->article_file, "article.txt");
	assert_string_equal(sc->article_lang, "en");
	assert_non_null(sc->article);
	assert_int_equal(strlen(sc->article), sc->article_len);
	assert_memory_equal(sc->article, "Talks between East", 18);
}

static void check_sides_rules(const struct scenario *sc)
{
	assert_string_equal(sc->side[0].id, "east");
	assert_string_equal(sc->side[1].id, "west");
	assert_string_equal(sc->side[1].name.s[0], "West; the other side");
	assert_string_equal(sc->side[1].name.s[1], "Запад");
	assert_true(sc->side[0].trust == 40 && sc->side[0].security == 50);
	assert_true(sc->side[1].trust == 50 && sc->side[1].security == 60);
	assert_true(sc->side[1].support == 50);
	assert_int_equal(sc->rules.turns, 10);
	assert_true(sc->rules.tension == 30 && sc->rules.drift == -1.5);
	assert_true(sc->rules.breach_lr == 0.25);
	assert_int_equal(sc->rules.agreement_signed, 2);
	/* Defaults. */
	assert_true(sc->rules.trust_min == 1 && sc->rules.trust_max == 99);
	assert_true(sc->rules.withdraw == 50 && sc->rules.collapse_trust == 0);
	assert_int_equal(sc->rules.collapse_turns, 3);
	assert_true(sc->rules.agreement_trust == 60);
	assert_true(sc->w.security == 1 && sc->w.support == 0.5 &&
		    sc->w.tension == 2);
}

static void check_ladder(const struct scenario *sc)
{
	assert_int_equal(sc->nrungs, 3);
	assert_string_equal(sc->rung[1].id, "tense");
	assert_true(sc->rung[1].from == 40 && sc->rung[1].accident == 5);
	assert_true(sc->rung[2].from == 90 && sc->rung[0].accident == 0);
	assert_string_equal(sc->rung[2].name.s[1], "Открит конфликт");
	assert_int_equal(sc->nbands, 2);
	assert_string_equal(sc->band[1].id, "high");
	assert_true(sc->band[1].from == 60);
	assert_string_equal(sc->ending_name[END_LIMIT].s[1],
			    "Времето изтече");
	assert_null(sc->ending_name[END_AGREEMENT].s[0]);
	assert_int_equal(scenario_rung_of(sc, 45), 1);
}

static void check_actions(const struct scenario *sc)
{
	const struct action *a;

	assert_int_equal(sc->nactions, 5);
	a = &sc->action[scenario_action(sc, "sign")];
	assert_int_equal(a->kind, KIND_DIPLO);
	assert_int_equal(a->op, POP_ACCEPT);
	assert_int_equal(a->stance, STANCE_COOP);
	assert_true(a->lr == 2 && a->detect == 50 && !a->covert);
	assert_int_equal(a->line, 4);
	a = &sc->action[4];
	assert_string_equal(a->id, "probe");
	assert_string_equal(a->name.s[0], "Probe, quietly");
	assert_string_equal(a->name.s[1], "Сондиране");
	assert_int_equal(a->kind, KIND_CYBER);
	assert_int_equal(a->stance, STANCE_HOSTILE);
	assert_true(a->covert && a->detect == 40 && a->lr == 0.5);
	assert_int_equal(a->sides, 3);
	assert_int_equal(a->effects.n, 2);
	want_fx(&a->effects.e[0], STAT_SECURITY, WHO_OTHER, -3);
	want_fx(&a->effects.e[1], STAT_TENSION, WHO_NONE, 2);
	assert_int_equal(a->seen.n, 1);
	want_fx(&a->seen.e[0], STAT_TRUST, WHO_OTHER, -8);
	assert_int_equal(a->breaches, 1u << scenario_proposal(sc, "channels"));
	assert_true(sc->action[0].lr == 1);	/* default */
}

static void check_proposals(const struct scenario *sc)
{
	const struct proposal *p = &sc->proposal[0];
	static const char q0[] = "to keep communication channels working\n"
				 "continuously";

	assert_int_equal(sc->nproposals, 2);
	assert_string_equal(p->id, "channels");
	/* The quote as written; where it is in the article, as there. */
	assert_string_equal(p->quote, "to keep communication  channels "
			    "working continuously");
	assert_int_equal(p->quote_len, strlen(q0));
	assert_memory_equal(sc->article + p->quote_at, q0, strlen(q0));
	assert_string_equal(p->quote_tr.s[0], p->quote);
	assert_string_equal(p->quote_tr.s[1], "да поддържат каналите за връзка");
	assert_true(p->signal == 2);
	assert_true(p->value[0] == 1 && p->value[1] == 1);
	assert_int_equal(p->tabled_by, SIDE_A);
	assert_int_equal(p->effects.n, 2);
	want_fx(&p->effects.e[0], STAT_MISATTRIBUTION, WHO_NONE, -10);
	p = &sc->proposal[1];
	assert_true(p->signal == 1.5);		/* default */
	assert_int_equal(p->tabled_by, -1);
	assert_memory_equal(sc->article + p->quote_at,
			    "agree on \xe2\x80\x9crules of the road\xe2\x80\x9d",
			    p->quote_len);
	assert_int_equal(p->line, 3);
}

static void check_events_payoff(const struct scenario *sc)
{
	const struct event *e = &sc->event[0];
	const double *pay;
	int w = scenario_action(sc, "wait"), p = scenario_action(sc, "probe");

	assert_int_equal(sc->nevents, 3);
	assert_int_equal(e->kind, EVK_SCRIPTED);
	assert_int_equal(e->turn, 2);
	assert_int_equal(e->victim, VIC_NONE);
	want_fx(&e->effects.e[0], STAT_TENSION, WHO_NONE, -5);
	e = &sc->event[1];
	assert_int_equal(e->kind, EVK_RANDOM);
	assert_true(e->chance == 10 && e->ambiguity == 30 && e->lr == 0.6);
	assert_int_equal(e->min_rung, 1);
	assert_int_equal(e->victim, VIC_ANY);
	want_fx(&e->blamed.e[0], STAT_TRUST, WHO_SELF, -5);
	e = &sc->event[2];
	assert_int_equal(e->kind, EVK_ACCIDENT);
	assert_true(e->lr == 0.5 && e->min_rung == 0);
	assert_int_equal(e->victim, VIC_BOTH);
	assert_non_null(sc->payoff);
	assert_int_equal(sc->payoff_kind, KIND_CYBER);
	pay = &sc->payoff[((size_t)w * (size_t)sc->nactions + (size_t)p) * 2];
	assert_true(pay[0] == 0 && pay[1] == 5);
	pay = &sc->payoff[((size_t)p * (size_t)sc->nactions + (size_t)w) * 2];
	assert_true(pay[0] == 5 && pay[1] == 0);
}

static void test_base_fields(void **state)
{
	struct scenario sc;

	(void)state;
	load_clean(&sc, BASE);
	assert_string_equal(sc.dir, BASE);
	check_identity(&sc);
	check_sides_rules(&sc);
	check_ladder(&sc);
	check_actions(&sc);
	check_proposals(&sc);
	check_events_payoff(&sc);
	scenario_release(&sc);
}

static void test_bom_crlf_same_scenario(void **state)
{
	struct scenario a, b;
	int i;

	(void)state;
	load_clean(&a, BASE);
	load_clean(&b, "tests/data/good/bom-crlf/");
	assert_string_equal(b.dir, "tests/data/good/bom-crlf/");
	assert_true(a.digest != b.digest);
	assert_string_equal(b.side[1].name.s[0], "West; the other side");
	assert_int_equal(b.nactions, a.nactions);
	for (i = 0; i < a.nactions; i++) {
		assert_string_equal(a.action[i].id, b.action[i].id);
		assert_string_equal(a.action[i].name.s[1],
				    b.action[i].name.s[1]);
		assert_int_equal(a.action[i].line, b.action[i].line);
		assert_memory_equal(&a.action[i].effects, &b.action[i].effects,
				    sizeof a.action[i].effects);
	}
	/* No BOM in the stored article; CR LF are the article's own. */
	assert_memory_equal(b.article, "Talks", 5);
	assert_memory_equal(b.article + b.proposal[0].quote_at,
			    "to keep communication channels working\r\n"
			    "continuously", b.proposal[0].quote_len);
	assert_true(b.payoff[2] == a.payoff[2]);
	scenario_release(&a);
	scenario_release(&b);
}

static void test_minimal_defaults(void **state)
{
	struct scenario sc;

	(void)state;
	load_clean(&sc, "tests/data/good/minimal");
	assert_int_equal(sc.nlangs, 1);
	assert_string_equal(sc.article_lang, "en");
	assert_null(sc.article);
	assert_null(sc.article_file);
	assert_null(sc.payoff);
	assert_int_equal(sc.nproposals + sc.nevents + sc.nrungs, 0);
	assert_int_equal(sc.nbands, 1);
	assert_int_equal(sc.rules.turns, 20);
	assert_true(sc.rules.tension == 20 && sc.rules.breach_lr == 0.3);
	assert_true(sc.side[0].trust == 50 && sc.side[1].support == 50);
	assert_true(sc.w.security == 0 && sc.w.tension == 0);
	assert_int_equal(sc.action[0].sides, 3);
	assert_int_equal(sc.action[0].op, POP_NONE);
	scenario_release(&sc);
}

/* Copy BASE into a fresh directory, with one file replaced. */
static char *copy_base(const char *file, const char *content)
{
	static const char *const files[] = { "scenario.ini", "article.txt",
		"actions.csv", "proposals.csv", "events.csv", "payoff.csv",
		NULL };
	char tmpl[] = "/tmp/detente-test-XXXXXX", *dir, *src, *dst, buf[4096];
	size_t n;
	int i;

	dir = mkdtemp(tmpl);
	assert_non_null(dir);
	dir = xstrdup(dir);
	for (i = 0; files[i]; i++) {
		FILE *in, *out;

		src = xasprintf("%s/%s", BASE, files[i]);
		dst = xasprintf("%s/%s", dir, files[i]);
		in = fopen(src, "rb");
		out = fopen(dst, "wb");
		assert_true(in && out);
		if (!strcmp(files[i], file))
			fputs(content, out);
		else
			while ((n = fread(buf, 1, sizeof buf, in)) > 0)
				fwrite(buf, 1, n, out);
		fclose(in);
		fclose(out);
		free(src);
		free(dst);
	}
	return dir;
}

static void remove_copy(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(dir);
}

static void test_digest(void **state)
{
	struct scenario a, b, c;
	char *dir;

	(void)state;
	load_clean(&a, BASE);
	load_clean(&b, BASE);
	assert_true(a.digest == b.digest);
	assert_true(a.digest != 0xcbf29ce484222325ull);
	/* One byte of one file changes it. */
	dir = copy_base("payoff.csv", "a,b,payoff_a,payoff_b\nwait,wait,3,3\n"
			"wait,probe,0,5\nprobe,wait,5,0\nprobe,probe,1,2\n");
	load_clean(&c, dir);
	assert_true(c.digest != a.digest);
	assert_true(c.payoff[(4 * 5 + 4) * 2 + 1] == 2);
	scenario_release(&a);
	scenario_release(&b);
	scenario_release(&c);
	remove_copy(dir);
}

static void test_failure_is_safe(void **state)
{
	struct scenario sc;
	struct diag d;
	char *msg, *dir;

	(void)state;
	memset(&sc, 0, sizeof sc);
	diag_init(&d, &load_msgs);
	assert_int_equal(scenario_load(&sc, "tests/data/no-such-dir", &d), -1);
	msg = print_diag(&d);
	assert_string_equal(msg, "tests/data/no-such-dir/scenario.ini:1:1: "
			    "cannot open 'scenario.ini': no such file or "
			    "directory\n");
	free(msg);
	scenario_release(&sc);
	diag_release(&d);

	/* A broken table: the rest is still read and released. */
	dir = copy_base("events.csv", "id,kind,name\nx,scripted,X\ny,nope,\n");
	memset(&sc, 0, sizeof sc);
	diag_init(&d, &load_msgs);
	assert_int_equal(scenario_load(&sc, dir, &d), -1);
	assert_int_equal(diag_errors(&d), 3);	/* turn, kind, name */
	assert_int_equal(diag_warnings(&d), 1);	/* no name.bg column */
	assert_int_equal(sc.nactions, 5);
	assert_int_equal(sc.nevents, 2);
	scenario_release(&sc);
	diag_release(&d);
	remove_copy(dir);
}

static void test_diag_cap(void **state)
{
	struct diag d;
	char *msg, *nl;
	int i, lines = 0;

	(void)state;
	diag_init(&d, &load_msgs);
	for (i = 30; i > 0; i--)
		diag_add(&d, "f.csv", i, 1, DIAG_UNKNOWN_ACTION, "x");
	diag_add(&d, "g.ini", 0, 0, DIAG_NO_TRANSLATION, "bg", "name");
	diag_add(&d, "f.csv", 3, 2, DIAG_NO_TRANSLATION, "bg", "name");
	assert_int_equal(diag_errors(&d), 30);
	assert_int_equal(diag_warnings(&d), 2);
	assert_int_equal(diag_file_errors(&d, "f.csv"), 30);
	assert_int_equal(diag_file_errors(&d, "g.ini"), 0);
	msg = print_diag(&d);
	for (nl = msg; (nl = strchr(nl, '\n')); nl++)
		lines++;
	assert_int_equal(lines, 20 + 1 + 1 + 1);
	/* Sorted by line, then column; capped; then the other file. */
	assert_memory_equal(msg, "f.csv:1:1: unknown action 'x'\n"
			    "f.csv:2:1: unknown action 'x'\n"
			    "f.csv:3:1: unknown action 'x'\n"
			    "f.csv:3:2: warning: missing 'bg' translation of "
			    "'name'\n", 139);
	assert_non_null(strstr(msg, "f.csv:20:1: unknown action 'x'\n"
			       "f.csv: 10 more errors not shown\n"
			       "g.ini: warning: missing 'bg' translation of "
			       "'name'\n"));
	free(msg);
	diag_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_base_fields),
		cmocka_unit_test(test_bom_crlf_same_scenario),
		cmocka_unit_test(test_minimal_defaults),
		cmocka_unit_test(test_in_force_and_required),
		cmocka_unit_test(test_digest),
		cmocka_unit_test(test_failure_is_safe),
		cmocka_unit_test(test_diag_cap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
