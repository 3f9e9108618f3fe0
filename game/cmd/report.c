/* report.c — `detente report [--csv FILE|-] [--turns-csv FILE|-]
 * [--html FILE] [--scenario DIR] [--lang xx] SAVE|DIR...`: a class
 * summary of saved games.
 *
 * Each save is loaded as `detente load` and `replay` load it: its
 * scenario is found, every turn played again and checked. A save that
 * does not load is reported with its place ("x.sav:12:9: ...") and
 * skipped; the others are still summed up, and the exit status is 1 at
 * the end. A folder stands for the .sav files in it, by name. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/out.h"
#include "cmd/report.h"
#include "save/file.h"
#include "save/savegame.h"
#include "text/lang.h"
#include "util/xmalloc.h"

struct report_opts {
	const char *csv, *lang, *turns_csv, *html;
};

/* After a player whose saved moves its doctrine would not choose. */
#define REPORT_NOT_OWN "*"

/* ---- one game ------------------------------------------------------- */

/* "x/y/class-1.sav" -> "class-1" */
static char *report_base(const char *file)
{
	const char *b = strrchr(file, '/');
	size_t n;

	b = b ? b + 1 : file;
	n = strlen(b);
	if (n > 4 && !strcmp(b + n - 4, SAVE_EXT))
		n -= 4;
	return xstrndup(b, n);
}

/* Signed agreements and breaches, from every turn's records. */
static void report_count(struct report_row *row, const struct game *g)
{
	const struct gev *e;
	size_t t, i;

	for (t = 0; t < g->nlogs; t++) {
		for (i = 0; i < g->logs[t].n; i++) {
			e = &g->logs[t].ev[i];
			if (e->type == GEV_PROP && (int)e->after == PS_SIGNED)
				row->signed_n++;
			else if (e->type == GEV_BREACH && e->actor >= 0 &&
				 (e->seen & (1u << side_other(e->actor))))
				row->breaches++;
			else if (e->type == GEV_BREACH)
				row->hidden++;
		}
	}
}

static void report_agreements(struct report_row *row, const struct game *g)
{
	struct strbuf sb = STRBUF_INIT;
	int p;

	for (p = 0; p < g->sc->nproposals; p++) {
		if (!game_in_force(g, p))
			continue;
		row->in_force++;
		strbuf_addf(&sb, "%s%s", sb.len ? " " : "",
			    g->sc->proposal[p].id);
	}
	row->agreements = strbuf_detach(&sb);
}

static void report_bands(struct report_row *row, const struct scenario *sc,
			 const char *lang)
{
	int b;

	row->nbands = sc->nbands;
	row->band_ids = xcalloc((size_t)sc->nbands + 1, sizeof *row->band_ids);
	row->band_names = xcalloc((size_t)sc->nbands + 1,
				  sizeof *row->band_names);
	for (b = 0; b < sc->nbands; b++) {
		memcpy(row->band_ids[b], sc->band[b].id, SC_ID_MAX);
		row->band_names[b] = xstrdup(scenario_text(sc,
					     &sc->band[b].name, lang));
	}
}

/* The people's names, when the save keeps them; a game without a name
 * of its own is named after them ("Ana", "Ana and Boris"). */
static void report_people(struct report_row *row, const struct savegame *sg)
{
	int s;

	for (s = 0; s < SIDES; s++)
		if (sg->sv.player[s] && savegame_human(sg, s))
			row->person[s] = xstrdup(sg->sv.player[s]);
	if (sg->sv.name || (!row->person[0] && !row->person[1]))
		return;
	free(row->name);
	if (row->person[0] && row->person[1])
		row->name = xasprintf("%s and %s", row->person[0],
				      row->person[1]);
	else
		row->name = xstrdup(row->person[0] ? row->person[0] :
				    row->person[1]);
}

void report_row_from_game(struct report_row *row, const struct savegame *sg,
			  const char *file, const char *lang)
{
	const struct scenario *sc = sg->sc;
	const struct game *g = &sg->g;
	const struct save_branch *br = savegame_current(sg);
	struct strbuf sb = STRBUF_INIT;
	int s;

	memset(row, 0, sizeof *row);
	row->file = xstrdup(file);
	row->name = sg->sv.name ? xstrdup(sg->sv.name) : report_base(file);
	memcpy(row->scenario, sc->id, SC_ID_MAX);
	row->seed = sg->sv.seed;
	for (s = 0; s < SIDES; s++) {
		memcpy(row->side_id[s], sc->side[s].id, SC_ID_MAX);
		row->side_name[s] = xstrdup(scenario_text(sc,
					    &sc->side[s].name, lang));
		strbuf_reset(&sb);
		save_player_str(&br->player[s], &sb);
		/* A doctrine whose saved moves are not its own is not shown
		 * as that doctrine: the name may have been edited. */
		snprintf(row->player[s], sizeof row->player[s], "%s%s",
			 sb.buf, sg->differs[s] ? REPORT_NOT_OWN : "");
		row->trust[s] = g->st.side[s].trust;
		row->score[s] = g->st.side[s].score;
	}
	strbuf_release(&sb);
	row->turns = g->st.turn;
	row->turn_limit = sc->rules.turns;
	row->ending = g->st.ending;
	row->tension = g->st.tension;
	report_bands(row, sc, lang);
	row->band = g->st.band < sc->nbands ? g->st.band : 0;
	memcpy(row->band_id, row->band_ids[row->band], SC_ID_MAX);
	row->band_name = xstrdup(row->band_names[row->band]);
	report_count(row, g);
	report_agreements(row, g);
	report_people(row, sg);
	report_row_turns(row, sg);
}

/* ---- the saves named on the command line --------------------------- */

static int report_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .sav files in dir, by name (hidden ones, such as a write's
 * temporary file, left out). 0, or -1 when dir cannot be read. */
static int report_dir(const char *dir, char ***out, size_t *n)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	size_t cap = 0, len;

	*out = NULL;
	*n = 0;
	if (!dp) {
		cmd_say("detente report", RUN_DIR_READ, dir,
			msg_strerror(errno));
		return -1;
	}
	while ((e = readdir(dp))) {
		len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len <= 4 ||
		    strcmp(e->d_name + len - 4, SAVE_EXT))
			continue;
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		(*out)[(*n)++] = xasprintf("%s%s%s", dir,
			dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
	}
	closedir(dp);
	if (*n)
		qsort(*out, *n, sizeof **out, report_name_cmp);
	return 0;
}

/* Load one save and add its row. 0, or -1 (reported) when it is bad. */
static int report_file(struct report *r, const char *path, const char *lang)
{
	struct savegame sg;
	struct save_err err;
	struct report_row row;
	int rc = savegame_load(&sg, path, &err);

	msg_puts(stderr, sg.warn.buf);
	if (rc < 0) {
		save_err_print(&err, stderr);
	} else {
		savegame_detach(&sg);	/* reading only: never rewrite */
		report_row_from_game(&row, &sg, path, lang);
		report_add(r, &row);
	}
	savegame_release(&sg);
	return rc;
}

/* A file, or every save in a folder. Returns the number of problems. */
static int report_arg(struct report *r, const char *arg, const char *lang)
{
	struct stat st;
	char **files;
	size_t n, i;
	int bad = 0;

	if (stat(arg, &st) != 0 || !S_ISDIR(st.st_mode))
		return report_file(r, arg, lang) < 0;
	if (report_dir(arg, &files, &n) < 0)
		return 1;
	if (!n)
		cmd_say("detente report", RUN_NO_SAVES, arg);
	for (i = 0; i < n; i++) {
		bad += report_file(r, files[i], lang) < 0;
		free(files[i]);
	}
	free(files);
	return bad;
}

/* ---- the command ------------------------------------------------------- */

enum { REPORT_CSV, REPORT_TURNS_CSV, REPORT_HTML, REPORT_SCENARIO,
       REPORT_LANG, REPORT_N };

static const struct opt_def report_opt_defs[REPORT_N + 1] = {
	[REPORT_CSV] = CMD_OPT_CSV("the rows as CSV to FILE (with '-', the "
				   "table goes to standard error)"),
	[REPORT_TURNS_CSV] = { .name = "turns-csv", .kind = OPT_OUT,
			       .arg = "FILE|-",
			       .help = "one row a game and turn: trusts, "
				       "tension, rung, scores, acts, what was "
				       "detected and blamed" },
	[REPORT_HTML] = { .name = "html", .kind = OPT_OUT, .arg = "FILE|-",
			  .help = "one self-contained page to project in "
				  "class: endings, bands, trust and tension "
				  "over time, the table" },
	[REPORT_SCENARIO] = CMD_OPT_SAVE_SCENARIO,
	[REPORT_LANG] = { .name = "lang", .kind = OPT_TEXT, .arg = "xx",
			  .what = "a language code",
			  .help = "the language of names (default: from "
				  "LANG)" },
};

const struct cmd_spec cmd_report_spec = {
	.synopsis_args = "SAVE|DIR...",
	.args_what = "saves or folders of saves",
	.min_args = 1, .max_args = -1,
	.summary = "a class summary of saved games: a table, CSVs, a page",
	.about = "A folder stands for the .sav files in it. A save finds its "
		 "scenario by id and\ndigest: in the --scenario folder, beside "
		 "the save, where it was played,\n./scenarios/ID, or the data "
		 "folder. When an output is '-', the table goes\nto standard "
		 "error.\n",
	.opts = report_opt_defs,
};

/* One of the files (written atomically), or standard output for "-". */
static int report_write(const struct report *r, const char *path,
			void (*fmt)(const struct report *, struct strbuf *))
{
	struct strbuf sb = STRBUF_INIT;
	int rc;

	fmt(r, &sb);
	rc = out_write(path, sb.buf, sb.len);
	strbuf_release(&sb);
	return rc;
}

/* Does a file go to standard output ("-"), so the table must not? */
static int report_stdout_taken(const struct report_opts *o)
{
	return (o->csv && !strcmp(o->csv, "-")) ||
	       (o->turns_csv && !strcmp(o->turns_csv, "-")) ||
	       (o->html && !strcmp(o->html, "-"));
}

static void report_note_not_own(const struct report *r, struct strbuf *out)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strstr(r->v[i].player[0], REPORT_NOT_OWN) ||
		    strstr(r->v[i].player[1], REPORT_NOT_OWN)) {
			strbuf_adds(out, REPORT_NOT_OWN " its saved moves are "
				    "not what this doctrine plays: the save "
				    "was edited, or the doctrine has changed "
				    "since\n");
			return;
		}
}

/* No output over an input, a save or another output: the saves named
 * and the --scenario folder are the inputs (those in a folder are
 * saves, which out_check knows by content). 0, or 2 after a message. */
static int report_check_out(const struct cmd_args *a,
			    const struct report_opts *o, const char *scenario)
{
	static const char *const names[] = { "--csv", "--turns-csv",
					     "--html" };
	const char *outs[] = { o->csv, o->turns_csv, o->html };
	const char **in = xcalloc((size_t)a->narg + 1, sizeof *in);
	int i, n = 0, rc = 0, n_stdout = 0;

	for (i = 0; i < a->narg; i++)
		in[n++] = a->arg[i];
	if (scenario)
		in[n++] = scenario;
	for (i = 0; i < 3 && !rc; i++)
		if (outs[i] && !strcmp(outs[i], "-") && n_stdout++)
			rc = opt_usage("cli.stdout_twice", "{option} '-': "
				       "standard output is already another "
				       "output", "option", names[i], LANG_END);
		else if (outs[i])
			rc = out_check(names[i], outs[i], in, n, outs, i);
	free(in);
	return rc;
}

/* The files asked for; the number that failed. */
static int report_files(const struct report *r, const struct report_opts *o)
{
	int bad = 0;

	if (o->csv && report_write(r, o->csv, report_csv) < 0)
		bad++;
	if (o->turns_csv && report_write(r, o->turns_csv,
					 report_turns_csv) < 0)
		bad++;
	if (o->html && report_write(r, o->html, report_html) < 0)
		bad++;
	return bad;
}

int cmd_report(const struct cmd_args *a)
{
	struct report_opts o;
	struct report r;
	struct strbuf out = STRBUF_INIT;
	int i, bad = 0;

	memset(&o, 0, sizeof o);
	o.csv = a->v[REPORT_CSV].s;
	o.turns_csv = a->v[REPORT_TURNS_CSV].s;
	o.html = a->v[REPORT_HTML].s;
	o.lang = a->v[REPORT_LANG].s;
	if (report_check_out(a, &o, a->v[REPORT_SCENARIO].s))
		return 2;
	save_scenario_dir(a->v[REPORT_SCENARIO].s);
	if (!o.lang)
		o.lang = lang_from_env();
	report_init(&r);
	for (i = 0; i < a->narg; i++)
		bad += report_arg(&r, a->arg[i], o.lang);
	if (r.n) {
		report_table(&r, &out);
		report_note_not_own(&r, &out);
		strbuf_addc(&out, '\n');
		report_distribution(&r, &out);
		strbuf_addc(&out, '\n');
		report_details(&r, &out);
		fflush(stdout);
		msg_puts(report_stdout_taken(&o) ? stderr : stdout, out.buf);
	} else {
		cmd_say("detente report", RUN_NO_GAMES);
		bad++;
	}
	if (r.n)
		bad += report_files(&r, &o);
	strbuf_release(&out);
	report_release(&r);
	return bad ? 1 : 0;
}
