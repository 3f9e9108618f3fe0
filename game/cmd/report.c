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
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd/cmd.h"
#include "cmd/common.h"
#include "cmd/report.h"
#include "save/file.h"
#include "save/savegame.h"
#include "text/lang.h"
#include "util/xmalloc.h"

struct report_opts {
	const char *csv, *lang, *turns_csv, *html;
	int first;		/* argv index of the first save */
};

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
		snprintf(row->player[s], sizeof row->player[s], "%s", sb.buf);
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
		fprintf(stderr, "detente report: cannot read '%s': %s\n", dir,
			cmd_strerror(errno));
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

	fputs(sg.warn.buf, stderr);
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
		fprintf(stderr, "detente report: warning: no saves in '%s'\n",
			arg);
	for (i = 0; i < n; i++) {
		bad += report_file(r, files[i], lang) < 0;
		free(files[i]);
	}
	free(files);
	return bad;
}

/* ---- the command ------------------------------------------------------- */

static const char report_usage[] =
	"Usage: detente report [--csv FILE|-] [--turns-csv FILE|-]\n"
	"                      [--html FILE] [--scenario DIR] [--lang xx]\n"
	"                      SAVE|DIR...\n"
	"A class summary of saved games: a table (one row a game), the\n"
	"distribution of endings and trust bands, and each game in detail.\n"
	"  --csv FILE        the same rows as CSV ('-': to standard output,\n"
	"                    the table then going to standard error)\n"
	"  --turns-csv FILE  one row a game and turn: trusts, tension, rung,\n"
	"                    scores, acts by stance, what was detected and\n"
	"                    blamed\n"
	"  --html FILE       one self-contained page to project in class:\n"
	"                    endings, bands, the class's trust and tension\n"
	"                    over time, each game's trust, the table\n"
	"  --scenario DIR    look for the saves' scenario in DIR first\n"
	"A folder stands for the .sav files in it. A save finds its scenario\n"
	"by id and digest: beside the save, where it was played,\n"
	"./scenarios/ID, or the data folder.\n";

static int report_parse(int argc, char **argv, struct report_opts *o)
{
	static const struct option opts[] = {
		{ "csv", required_argument, NULL, 'c' },
		{ "turns-csv", required_argument, NULL, 't' },
		{ "html", required_argument, NULL, 'H' },
		{ "scenario", required_argument, NULL, 's' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': o->csv = optarg; break;
		case 't': o->turns_csv = optarg; break;
		case 'H': o->html = optarg; break;
		case 's': save_scenario_dir(optarg); break;
		case 'l': o->lang = optarg; break;
		case 'h': fputs(report_usage, stdout); return 0;
		default:
			return cmd_opt_bad(c, argv);
		}
	}
	if (optind == argc)
		return cmd_usage("%s", "report needs saves or folders of saves");
	o->first = optind;
	return -1;
}

/* One of the files (written atomically), or standard output for "-". */
static int report_write(const struct report *r, const char *path,
			void (*fmt)(const struct report *, struct strbuf *))
{
	struct strbuf sb = STRBUF_INIT;
	struct save_err err;
	int rc = 0;

	fmt(r, &sb);
	if (!strcmp(path, "-"))
		fwrite(sb.buf, 1, sb.len, stdout);
	else if (save_write_file(path, sb.buf, sb.len, &err) < 0) {
		save_err_print(&err, stderr);
		rc = -1;
	}
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

int cmd_report(int argc, char **argv)
{
	struct report_opts o;
	struct report r;
	struct strbuf out = STRBUF_INIT;
	int rc, i, bad = 0;

	memset(&o, 0, sizeof o);
	rc = report_parse(argc, argv, &o);
	if (rc >= 0)
		return rc;
	if (!o.lang)
		o.lang = lang_from_env();
	report_init(&r);
	for (i = o.first; i < argc; i++)
		bad += report_arg(&r, argv[i], o.lang);
	if (r.n) {
		report_table(&r, &out);
		strbuf_addc(&out, '\n');
		report_distribution(&r, &out);
		strbuf_addc(&out, '\n');
		report_details(&r, &out);
		fflush(stdout);
		fputs(out.buf, report_stdout_taken(&o) ? stderr : stdout);
	} else {
		fprintf(stderr, "detente report: no games to report\n");
		bad++;
	}
	if (r.n && o.csv && report_write(&r, o.csv, report_csv) < 0)
		bad++;
	if (r.n && o.turns_csv &&
	    report_write(&r, o.turns_csv, report_turns_csv) < 0)
		bad++;
	if (r.n && o.html && report_write(&r, o.html, report_html) < 0)
		bad++;
	strbuf_release(&out);
	report_release(&r);
	return bad ? 1 : 0;
}
