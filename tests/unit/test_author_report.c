/* test_author_report.c — the class report's table, distribution and CSV,
 * on rows made by hand (the shell suite tests them on real saves). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cmd/report.h"
#include "util/xmalloc.h"

static const char *const bands[] = { "Hostility", "Wary rivalry",
	"Working relationship" };

static void row_make(struct report_row *r, const char *name,
		     const char *scen, const char *pa, const char *pb,
		     int ending, int band, double score_a)
{
	int b;

	memset(r, 0, sizeof *r);
	r->file = xasprintf("saves/%s.sav", name);
	r->name = xstrdup(name);
	snprintf(r->scenario, sizeof r->scenario, "%s", scen);
	r->seed = 7;
	strcpy(r->side_id[0], "ru");
	strcpy(r->side_id[1], "us");
	r->side_name[0] = xstrdup("Russia");
	r->side_name[1] = xstrdup("the United States");
	snprintf(r->player[0], sizeof r->player[0], "%s", pa);
	snprintf(r->player[1], sizeof r->player[1], "%s", pb);
	r->turns = 6;
	r->turn_limit = 24;
	r->ending = ending;
	r->nbands = 3;
	r->band_ids = xcalloc(3, sizeof *r->band_ids);
	r->band_names = xcalloc(3, sizeof *r->band_names);
	for (b = 0; b < 3; b++) {
		snprintf(r->band_ids[b], SC_ID_MAX, "band%d", b);
		r->band_names[b] = xstrdup(bands[b]);
	}
	r->band = band;
	strcpy(r->band_id, r->band_ids[band]);
	r->band_name = xstrdup(bands[band]);
	r->trust[0] = 12.5;
	r->trust[1] = 40;
	r->tension = 55;
	r->score[0] = score_a;
	r->score[1] = -3.25;
	r->signed_n = 2;
	r->in_force = 1;
	r->agreements = xstrdup("channels");
	r->breaches = 1;
	r->hidden = 2;
}

static void class_make(struct report *r)
{
	struct report_row row;

	report_init(r);
	row_make(&row, "alice", "info-security-2020", "human", "tft",
		 END_AGREEMENT, 2, 40);
	report_add(r, &row);
	row_make(&row, "bob, the second", "korvel-dam", "hawk", "human",
		 END_CONFLICT, 0, -12.5);
	report_add(r, &row);
	row_make(&row, "carol", "info-security-2020", "planner:3", "human",
		 END_NONE, 1, 3);
	report_add(r, &row);
}

static void test_table(void **state)
{
	struct report r;
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	class_make(&r);
	report_table(&r, &sb);
	/* Grouped by scenario, in the order first seen; a person is a
	 * person. */
	assert_non_null(strstr(sb.buf, "info-security-2020: a = Russia (ru), "
			       "b = the United States (us)\n"));
	assert_true(strstr(sb.buf, "alice") < strstr(sb.buf, "carol"));
	assert_true(strstr(sb.buf, "carol") < strstr(sb.buf, "korvel-dam:"));
	assert_non_null(strstr(sb.buf, "  alice  person     tft         "
			       "6  agreement   Working relationship     40.0"
			       "     -3.2       2         1         1       2"
			       "\n"));
	assert_non_null(strstr(sb.buf, "unfinished"));
	report_release(&r);
	strbuf_release(&sb);
}

static void test_distribution(void **state)
{
	struct report r;
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	class_make(&r);
	report_distribution(&r, &sb);
	assert_non_null(strstr(sb.buf, "Endings across 3 games:\n"
			       "  agreement      1   33.3%  #######\n"
			       "  conflict       1   33.3%  #######\n"
			       "  collapse       0    0.0%\n"
			       "  limit          0    0.0%\n"
			       "  unfinished     1   33.3%  #######\n"));
	assert_non_null(strstr(sb.buf, "Trust bands, info-security-2020 "
			       "(2 games):\n"
			       "  Hostility                0    0.0%\n"
			       "  Wary rivalry             1   50.0%  "
			       "##########\n"));
	assert_non_null(strstr(sb.buf, "Trust bands, korvel-dam (1 game):\n"
			       "  Hostility                1  100.0%  "
			       "####################\n"));
	report_release(&r);
	strbuf_release(&sb);
}

static void test_csv(void **state)
{
	struct report r;
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	class_make(&r);
	report_csv(&r, &sb);
	assert_non_null(strstr(sb.buf, "file,name,scenario,seed,side_a,side_b,"
			       "a,b,turns,turn_limit,outcome,band,band_name,"
			       "trust_a,trust_b,tension,score_a,score_b,"
			       "signed,in_force,agreements,breaches,"
			       "hidden_breaches,person_a,person_b\n"));
	assert_non_null(strstr(sb.buf, "\nsaves/alice.sav,alice,"
			       "info-security-2020,7,ru,us,human,tft,6,24,"
			       "agreement,band2,Working relationship,12.50,"
			       "40.00,55.00,40.00,-3.25,2,1,channels,1,2,,\n"));
	/* A comma in a name is quoted. */
	assert_non_null(strstr(sb.buf, "\n\"saves/bob, the second.sav\","
			       "\"bob, the second\",korvel-dam,"));
	assert_non_null(strstr(sb.buf, ",unfinished,band1,"));
	report_release(&r);
	strbuf_release(&sb);
}

static void test_outcomes(void **state)
{
	(void)state;
	assert_string_equal(report_outcome(END_LIMIT), "limit");
	assert_string_equal(report_outcome(END_NONE), "unfinished");
	assert_string_equal(report_outcome(99), "unfinished");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_distribution),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_outcomes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
