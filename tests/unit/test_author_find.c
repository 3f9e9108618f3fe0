/* test_author_find.c — cue words, finding proposals, and the draft: its
 * files load without an error, its quotes are found in the article, and
 * a missing translation falls back to the first language. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "author/cues.h"
#include "author/draft.h"
#include "author/find.h"
#include "load/load-msgs.h"
#include "load/load.h"
#include "util/xmalloc.h"

#include "author_lists.h"

static int score(const char *lang, const char *s, int *act)
{
	struct author_score sc;

	author_cues_score(lang, s, strlen(s), &sc, NULL);
	*act = sc.act;
	return author_cues_proposal(&sc);
}

static void test_cues_english(void **state)
{
	int act;

	(void)state;
	assert_true(score("en", "The minister proposed a hotline.", &act));
	assert_true(score("en", "She called on Ruritania to sign a treaty.",
			  &act));
	assert_true(score("en", "Both sides should commit to a moratorium.",
			  &act));
	/* An agreement merely mentioned is not proposed. */
	assert_false(score("en", "The 1972 agreement and its hotline "
			   "remain in force.", &act));
	assert_int_equal(act, 0);
	/* The summary at the top of a report is not a proposal. */
	assert_false(score("en", "He proposed a package of measures on "
			   "Monday.", &act));
	/* A refusal weighs against. */
	assert_false(score("en", "They rejected the proposal for talks.",
			  &act));
}

static void test_cues_bulgarian_russian(void **state)
{
	int act;

	(void)state;
	assert_true(score("bg", "Путин предложи да се постигне глобално "
			  "споразумение.", &act));
	assert_true(score("bg", "Той призова САЩ да обменят гаранции.", &act));
	assert_false(score("bg", "Тези мерки са насочени към доверие.", &act));
	assert_true(score("ru", "Министр призвал заключить соглашение.",
			  &act));
	assert_true(score("ru", "Норвелия готова обмениваться данными и "
			  "уведомлять соседей.", &act));
	assert_false(score("ru", "Переговоры намечены на ноябрь.", &act));
}

static void test_cues_why_and_unknown_language(void **state)
{
	struct author_score sc;
	struct strbuf why = STRBUF_INIT;
	static const char s[] = "We propose a joint inquiry.";

	(void)state;
	author_cues_score("en", s, strlen(s), &sc, &why);
	assert_string_equal(why.buf, "propos* +3, joint +1, inquir* +1");
	assert_int_equal(sc.score, 5);
	assert_int_equal(sc.first_object, strlen("We propose a "));
	/* A language without a table is read with every table. */
	assert_false(author_cues_known("de"));
	author_cues_score("de", s, strlen(s), &sc, NULL);
	assert_int_equal(sc.score, 5);
	strbuf_release(&why);
}

static void test_guess_language(void **state)
{
	(void)state;
	assert_string_equal(author_guess_lang("Путин предложи САЩ.", 30),
			    "bg");
	assert_string_equal(author_guess_lang("Hello, USA.", 11), "en");
	assert_string_equal(author_guess_lang("", 0), "en");
}

/* ---- finding ------------------------------------------------------------ */

static const char article[] =
	"Ruritania offers talks\n\n"
	"The president of Ruritania on Monday proposed to Freedonia to "
	"exchange guarantees of non-interference in elections, the agency "
	"said.\n\n"
	"\"We propose to exchange guarantees of non-interference in each "
	"other's elections, including by cyber means,\" the president said.\n\n"
	"He also called for a hotline between the two response teams.\n\n"
	"The 1987 treaty on rivers is still in force. Freedonia rejected "
	"the idea last year.\n";

static void test_find_merges_repeats(void **state)
{
	struct author_props p;

	(void)state;
	author_find(article, strlen(article), "en", &p);
	assert_int_equal(p.candidates, 3);
	assert_int_equal(p.repeats, 1);
	assert_int_equal(p.n, 2);
	/* The quoted words of the president win over the report of them,
	 * trimmed of the reporter's comma. */
	assert_string_equal(p.v[0].quote, "We propose to exchange guarantees "
			    "of non-interference in each other's elections, "
			    "including by cyber means");
	assert_int_equal(p.v[0].line, 5);
	assert_int_equal(p.v[0].col, 2);
	assert_string_equal(p.v[1].quote, "He also called for a hotline "
			    "between the two response teams.");
	assert_string_equal(p.v[1].title, "Hotline between the two response "
			    "teams");
	assert_string_equal(p.headline, "Ruritania offers talks");
	author_props_release(&p);
}

static void test_find_nothing(void **state)
{
	static const char text[] = "The weather was fine. Nobody said "
		"anything.";
	struct author_props p;

	(void)state;
	author_find(text, strlen(text), "en", &p);
	assert_int_equal(p.n, 0);
	assert_int_equal(p.sentences, 2);
	assert_null(p.headline);
	author_props_release(&p);
}

static void test_find_caps_the_count(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct author_props p;
	int i;

	(void)state;
	/* Sentences alike in their cues, each about its own things. */
	for (i = 0; i < AUTHOR_MAX_PROPS + 5; i++)
		strbuf_addf(&sb, "The minister urged a treaty on %c%czone, "
			    "%c%cfield and %c%criver.\n\n", 'a' + i,
			    'a' + i, 'b' + i, 'a' + i, 'c' + i, 'a' + i);
	author_find(sb.buf, sb.len, "en", &p);
	assert_int_equal(p.candidates, AUTHOR_MAX_PROPS + 5);
	assert_int_equal(p.repeats, 0);
	assert_int_equal(p.dropped, 5);
	assert_int_equal(p.n, AUTHOR_MAX_PROPS);
	author_props_release(&p);
	strbuf_release(&sb);
}

static void test_names(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	static const char text[] = "Talks in Velna. The envoy of Arvenia's "
		"government, Ms Malek, met Ms Varnholt in Velna. The farmers "
		"of Arvenia and the EU wait. Malek said no. The EU and "
		"Varnholt did not.";

	(void)state;
	/* Not the first word of a sentence, not "Ms", without "'s", at
	 * least twice; most frequent first, then by first appearance. */
	author_names(text, strlen(text), 3, &sb);
	assert_string_equal(sb.buf, "Velna (2), Arvenia (2), Varnholt (2)");
	strbuf_release(&sb);
}

/* ---- the draft ---------------------------------------------------------- */

static void test_draft_id(void **state)
{
	char id[SC_ID_MAX];

	(void)state;
	author_draft_id("scenarios/My Dam (2024)/", id);
	assert_string_equal(id, "my-dam-2024");
	author_draft_id("/", id);
	assert_string_equal(id, "draft");
	author_draft_id("a-very-long-folder-name-that-goes-on-and-on", id);
	assert_int_equal(strlen(id), SC_ID_MAX - 1);
}

static void test_topics(void **state)
{
	struct author_topic t;

	(void)state;
	author_draft_topic("a hotline between the teams", &t);
	assert_int_equal(t.index, 0);
	assert_string_equal(t.effects, "misattribution -15; tension -1");
	author_draft_topic("споразумение за предотвратяване на инциденти", &t);
	assert_int_equal(t.index, 1);
	/* Binding pledges wait for more trust than talks. */
	author_draft_topic("гаранции за ненамеса", &t);
	assert_int_equal(t.index, 2);
	assert_int_equal(t.min_trust, 50);
	author_draft_topic("an expert dialogue", &t);
	assert_int_equal(t.min_trust, 0);
	author_draft_topic("pay the farmers", &t);
	assert_int_equal(t.index, -1);
	assert_string_equal(t.effects, "tension -1");
}

static int write_file(const char *dir, const char *name,
		      const struct strbuf *sb)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	if (!f)
		return -1;
	fwrite(sb->buf, 1, sb->len, f);
	return fclose(f);
}

/* Write the draft of text (in lang) into a fresh folder and load it. */
static void draft_load(const char *text, const char *lang,
		       struct scenario *sc, struct diag *d, char *dir)
{
	struct author_props p;
	struct author_draft dr;
	struct strbuf sb = STRBUF_INIT;
	char name[32];

	strcpy(dir, "/tmp/detente-author-XXXXXX");
	assert_non_null(mkdtemp(dir));
	author_find(text, strlen(text), lang, &p);
	author_draft_article_name(lang, name, sizeof name);
	dr = (struct author_draft){ "unit", lang, name, "unit", &p, 5,
		p.headline, "" };
	strbuf_adds(&sb, text);
	assert_int_equal(write_file(dir, name, &sb), 0);
	strbuf_reset(&sb);
	author_draft_ini(&dr, &sb);
	assert_int_equal(write_file(dir, "scenario.ini", &sb), 0);
	strbuf_reset(&sb);
	author_draft_proposals(&dr, &sb);
	if (p.n)
		assert_int_equal(write_file(dir, "proposals.csv", &sb), 0);
	strbuf_reset(&sb);
	author_draft_actions(&dr, &sb);
	assert_int_equal(write_file(dir, "actions.csv", &sb), 0);
	strbuf_reset(&sb);
	author_draft_events(&dr, &sb);
	assert_int_equal(write_file(dir, "events.csv", &sb), 0);
	strbuf_release(&sb);
	author_props_release(&p);
	memset(sc, 0, sizeof *sc);
	diag_init(d, &load_msgs);
	if (scenario_load(sc, dir, d) < 0) {
		diag_print(d, stderr);
		fail_msg("the draft in %s does not load", dir);
	}
}

static void remove_dir(const char *dir)
{
	static const char *const files[] = { "scenario.ini", "proposals.csv",
		"actions.csv", "events.csv", "article.en.txt",
		"article.bg.txt", NULL };
	char path[512];
	int i;

	for (i = 0; files[i]; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
}

static void test_draft_loads(void **state)
{
	struct scenario sc;
	struct diag d;
	char dir[64];

	(void)state;
	draft_load(article, "en", &sc, &d, dir);
	assert_int_equal(diag_warnings(&d), 0);
	assert_int_equal(sc.nproposals, 2);
	assert_int_equal(sc.nrungs, 5);
	assert_int_equal(sc.nbands, 3);
	assert_int_equal(sc.rules.agreement_signed, 2);
	/* The quotes are where the finder said, byte for byte. */
	assert_true(!memcmp(sc.article + sc.proposal[1].quote_at,
			    "He also called for a hotline",
			    strlen("He also called for a hotline")));
	/* The attack breaches every proposal; probing, the pledge. */
	assert_int_equal(sc.action[scenario_action(&sc, "attack")].breaches,
			 3);
	assert_int_equal(sc.action[scenario_action(&sc, "probe")].breaches,
			 1);
	scenario_release(&sc);
	diag_release(&d);
	remove_dir(dir);
}

static void test_draft_in_bulgarian(void **state)
{
	static const char text[] = "Путин предложи да се постигне глобално "
		"споразумение за ненамеса.\n";
	struct scenario sc;
	struct diag d;
	char dir[64];

	(void)state;
	draft_load(text, "bg", &sc, &d, dir);
	assert_int_equal(sc.nlangs, 2);
	assert_string_equal(sc.langs[1], "bg");
	assert_string_equal(sc.article_lang, "bg");
	/* Only the quote's English translation is left to write. */
	assert_int_equal(diag_warnings(&d), 1);
	assert_string_equal(scenario_text(&sc, &sc.side[1].name, "bg"),
			    "Страна Б");
	assert_string_equal(scenario_text(&sc, &sc.proposal[0].title, "en"),
			    "Proposal 1");
	/* A language the scenario lacks falls back to the first one. */
	assert_string_equal(scenario_text(&sc, &sc.side[1].name, "de"),
			    "Side B");
	scenario_release(&sc);
	diag_release(&d);
	remove_dir(dir);
}

static void test_draft_without_proposals(void **state)
{
	struct scenario sc;
	struct diag d;
	char dir[64];

	(void)state;
	draft_load("Nothing was proposed. It rained.\n", "en", &sc, &d, dir);
	assert_int_equal(sc.nproposals, 0);
	assert_int_equal(sc.rules.agreement_signed, 0);
	scenario_release(&sc);
	diag_release(&d);
	remove_dir(dir);
}

/* The word lists' own mistakes, each with its place; nothing is kept
 * from a bad set, and the good lists load again after. */
static void test_lists_errors(void **state)
{
	char dir[] = "/tmp/detente-lists-XXXXXX", path[64];
	struct strbuf err = STRBUF_INIT;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/xx.txt", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("# a comment\n"
	      "act 3 propos*\n"
	      "act three call* on\n"
	      "object 2 Agreement\n"
	      "topic weather rain*\n"
	      "verb 2 say\n"
	      "object 2\n", f);
	fclose(f);
	assert_int_equal(author_lists_load(dir, &err), -1);
	assert_non_null(strstr(err.buf, "xx.txt:3:5: a weight from -9 to 9 "
			       "(not 0) must come first\n"));
	assert_non_null(strstr(err.buf, "xx.txt:4:10: 'Agreement' has a "
			       "capital (words are matched in lowercase)\n"));
	assert_non_null(strstr(err.buf, "xx.txt:5:7: unknown topic 'weather' "
			       "(expected channel, incident, restraint, talks "
			       "or sharing)\n"));
	assert_non_null(strstr(err.buf, "xx.txt:6:1: unknown entry 'verb'"));
	assert_non_null(strstr(err.buf, "xx.txt:7:9: the entry has no "
			       "words\n"));
	/* Nothing kept: no list for the language. */
	assert_false(author_cues_known("xx"));
	assert_int_equal(test_author_lists(), 0);
	assert_true(author_cues_known("ru"));
	unlink(path);
	rmdir(dir);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lists_errors),
		cmocka_unit_test(test_cues_english),
		cmocka_unit_test(test_cues_bulgarian_russian),
		cmocka_unit_test(test_cues_why_and_unknown_language),
		cmocka_unit_test(test_guess_language),
		cmocka_unit_test(test_find_merges_repeats),
		cmocka_unit_test(test_find_nothing),
		cmocka_unit_test(test_find_caps_the_count),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_draft_id),
		cmocka_unit_test(test_topics),
		cmocka_unit_test(test_draft_loads),
		cmocka_unit_test(test_draft_in_bulgarian),
		cmocka_unit_test(test_draft_without_proposals),
	};

	if (test_author_lists() < 0)
		return 1;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
