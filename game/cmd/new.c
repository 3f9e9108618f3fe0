/* new.c — `detente new DIR --article FILE [--lang xx]`: a draft scenario
 * from a news article.
 *
 * The folder must be new or empty: an author's work is never
 * overwritten. The article is copied byte for byte (as article.xx.txt),
 * its proposals found (author/find.h) and the draft written
 * (author/draft.h); then the draft is loaded as `detente check` would,
 * so that what we hand over is known to pass. Messages name the file
 * and, for a bad article, the line and column. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "author/cues.h"
#include "author/draft.h"
#include "author/find.h"
#include "author/lists.h"
#include "cmd/cmd.h"
#include "cmd/common.h"
#include "load/diag.h"
#include "load/load.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define NEW_MAX_ARTICLE (1024 * 1024)	/* the loader's limit on a file */
#define NEW_FILES 5

struct new_opts {
	const char *dir, *article, *lang;
};

static const char new_usage[] =
	"Usage: detente new DIR --article FILE [--lang xx]\n"
	"Make a draft scenario in the new folder DIR from a news article:\n"
	"the article is copied, its proposals are found and written with\n"
	"their quotes, and the draft passes 'detente check' at once.\n"
	"  --article FILE   the article, UTF-8 text\n"
	"  --lang xx        its language (default: ru or bg for Cyrillic\n"
	"                   text, else en); word lists exist for en, bg, ru\n";

static int new_lang_ok(const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return n >= 2 && n <= 7;
}

static int new_parse(int argc, char **argv, struct new_opts *o)
{
	static const struct option opts[] = {
		{ "article", required_argument, NULL, 'a' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'a': o->article = optarg; break;
		case 'l':
			if (!new_lang_ok(optarg))
				return cmd_usage("invalid language code '%s' "
						 "(2 to 7 lowercase letters)",
						 optarg);
			o->lang = optarg;
			break;
		case 'h': fputs(new_usage, stdout); return 0;
		default:
			return cmd_opt_bad(c, argv);
		}
	}
	if (optind == argc)
		return cmd_usage("%s", "new needs a folder for the scenario");
	if (optind + 1 < argc)
		return cmd_usage("unexpected argument '%s'", argv[optind + 1]);
	o->dir = argv[optind];
	if (!o->article)
		return cmd_usage("%s", "new needs --article FILE");
	return -1;
}

/* The word lists of the data folder (author/lists.h): a broken
 * installation is said so, rather than a draft without proposals. */
static int new_lists(void)
{
	struct strbuf err = STRBUF_INIT;
	int rc = author_lists_load(NULL, &err);

	if (rc < 0)
		fprintf(stderr, "%s", err.buf);
	strbuf_release(&err);
	return rc;
}

/* 0 when dir does not exist or is an empty folder. */
static int new_dir_free(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	int used = 0;

	if (!dp) {
		if (errno == ENOENT)
			return 0;
		fprintf(stderr, "detente new: '%s' %s\n", dir,
			errno == ENOTDIR ? "exists and is not a folder" :
			cmd_strerror(errno));
		return -1;
	}
	while (!used && (e = readdir(dp)))
		used = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(dp);
	if (used)
		fprintf(stderr, "detente new: '%s' is not empty; name a new "
			"folder (nothing was written)\n", dir);
	return used ? -1 : 0;
}

/* Line and column (characters, from 1) of byte off. */
static void new_place(const char *s, size_t off, int *line, int *col)
{
	size_t a = 0, i;

	*line = 1;
	for (i = 0; i < off; i++)
		if (s[i] == '\n') {
			(*line)++;
			a = i + 1;
		}
	*col = (int)utf8_chars(s + a, off - a) + 1;
}

/* UTF-8, no NUL, not blank: what the loader will ask of the copy. */
static int new_check_text(const char *path, const struct strbuf *t)
{
	size_t bad = utf8_invalid_at(t->buf, t->len);
	const char *nul = memchr(t->buf, '\0', t->len);
	int line, col;

	if (nul && (size_t)(nul - t->buf) < bad)
		bad = (size_t)(nul - t->buf);
	if (bad < t->len) {
		new_place(t->buf, bad, &line, &col);
		fprintf(stderr, "%s:%d:%d: %s\n", path, line, col,
			t->buf[bad] ? "invalid UTF-8 (save the article as "
			"UTF-8 text)" : "NUL byte in a text file");
		return -1;
	}
	if (!t->buf[strspn(t->buf, " \t\r\n\v\f")]) {
		fprintf(stderr, "detente new: '%s' is empty\n", path);
		return -1;
	}
	return 0;
}

/* The article's bytes, checked as the loader will check them. */
static int new_read(const char *path, struct strbuf *out)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t n;
	int err;

	if (!f) {
		fprintf(stderr, "detente new: cannot open '%s': %s\n", path,
			cmd_strerror(errno));
		return -1;
	}
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 &&
	       out->len <= NEW_MAX_ARTICLE)
		strbuf_add(out, buf, n);
	err = ferror(f) ? errno : 0;
	fclose(f);
	if (err) {
		fprintf(stderr, "detente new: cannot read '%s': %s\n", path,
			cmd_strerror(err));
		return -1;
	}
	if (out->len > NEW_MAX_ARTICLE) {
		fprintf(stderr, "detente new: '%s' is too large (at most "
			"1 MiB)\n", path);
		return -1;
	}
	return new_check_text(path, out);
}

/* ---- writing the folder ------------------------------------------- */

struct new_out {
	const char *dir;
	int made_dir;			/* we created it: remove on failure */
	const char *written[NEW_FILES];
	int n;
};

static int new_write(struct new_out *o, const char *name, const char *buf,
		     size_t len)
{
	char *path = xasprintf("%s/%s", o->dir, name);
	FILE *f = fopen(path, "wx");
	int rc = 0;

	if (!f || fwrite(buf, 1, len, f) != len)
		rc = -1;
	if (f && fclose(f) != 0)
		rc = -1;
	if (rc < 0)
		fprintf(stderr, "detente new: cannot write '%s': %s\n", path,
			cmd_strerror(errno));
	else
		o->written[o->n++] = name;
	free(path);
	return rc;
}

/* A failed draft leaves nothing behind. */
static void new_undo(const struct new_out *o)
{
	char *path;
	int i;

	for (i = 0; i < o->n; i++) {
		path = xasprintf("%s/%s", o->dir, o->written[i]);
		remove(path);
		free(path);
	}
	if (o->made_dir)
		rmdir(o->dir);
}

static int new_write_all(struct new_out *o, const struct author_draft *d,
			 const struct strbuf *article)
{
	struct strbuf sb = STRBUF_INIT;
	int rc = new_write(o, d->article, article->buf, article->len);

	if (rc == 0) {
		author_draft_ini(d, &sb);
		rc = new_write(o, "scenario.ini", sb.buf, sb.len);
	}
	if (rc == 0 && d->props->n) {
		strbuf_reset(&sb);
		author_draft_proposals(d, &sb);
		rc = new_write(o, "proposals.csv", sb.buf, sb.len);
	}
	if (rc == 0) {
		strbuf_reset(&sb);
		author_draft_actions(d, &sb);
		rc = new_write(o, "actions.csv", sb.buf, sb.len);
	}
	if (rc == 0) {
		strbuf_reset(&sb);
		author_draft_events(d, &sb);
		rc = new_write(o, "events.csv", sb.buf, sb.len);
	}
	strbuf_release(&sb);
	return rc;
}

/* ---- checking and telling ----------------------------------------- */

/* Load the draft as `check` does; its warnings (translations still to
 * write) are shown, and an error would be our bug. */
static int new_check(const char *dir)
{
	struct scenario sc;
	struct diag d;
	int rc;

	memset(&sc, 0, sizeof sc);
	diag_init(&d);
	rc = scenario_load(&sc, dir, &d);
	diag_print(&d, stderr);
	if (rc < 0)
		fprintf(stderr, "detente new: the draft in '%s' does not pass "
			"'detente check'; please report this\n", dir);
	scenario_release(&sc);
	diag_release(&d);
	return rc;
}

/* Who made proposal i: a side's name, or none. */
static const char *new_by(const struct author_props *p, size_t i)
{
	int by = p->v[i].by;

	if (by < 0)
		return "none: tabled by neither side";
	return p->side_name[by] ? p->side_name[by] : by ? "side b" : "side a";
}

static void new_report(const struct new_opts *o, const struct author_draft *d)
{
	const struct author_props *p = d->props;
	size_t i;

	printf("new scenario '%s' from '%s' (language %s): %zu proposal%s "
	       "in %zu sentences\n", o->dir, o->article, d->lang, p->n,
	       p->n == 1 ? "" : "s", p->sentences);
	if (p->side_name[0] && p->side_name[1])
		printf("  side a: %s, side b: %s (the names said most)\n",
		       p->side_name[0], p->side_name[1]);
	for (i = 0; i < p->n; i++)
		printf("  p%-2zu %s:%d:%d  %s  (by %s)\n       \"%s\"\n",
		       i + 1, d->article, p->v[i].line, p->v[i].col,
		       p->v[i].title, new_by(p, i), p->v[i].quote);
	if (p->repeats)
		printf("  (%zu sentence%s repeating another merged)\n",
		       p->repeats, p->repeats == 1 ? "" : "s");
	if (p->dropped)
		printf("  (%zu weaker candidate%s left out: at most %d)\n",
		       p->dropped, p->dropped == 1 ? "" : "s",
		       AUTHOR_MAX_PROPS);
	printf("next: edit the files in '%s' (scenarios/README.md explains "
	       "each), then\n  detente check %s\n"
	       "  detente sim --scenario %s --a tft --b hawk --games 100\n",
	       o->dir, o->dir, o->dir);
}

static int new_make(const struct new_opts *o, struct author_draft *d,
		    const struct strbuf *article)
{
	struct new_out out;

	memset(&out, 0, sizeof out);
	out.dir = o->dir;
	out.made_dir = access(o->dir, F_OK) != 0;
	if (out.made_dir && paths_mkdirs(o->dir) < 0) {
		fprintf(stderr, "detente new: cannot make '%s': %s\n", o->dir,
			cmd_strerror(errno));
		return 1;
	}
	if (new_write_all(&out, d, article) < 0) {
		new_undo(&out);
		return 1;
	}
	if (new_check(o->dir) < 0)
		return 1;
	new_report(o, d);
	return 0;
}

int cmd_new(int argc, char **argv)
{
	struct new_opts o;
	struct strbuf article = STRBUF_INIT, names = STRBUF_INIT;
	struct author_props props;
	struct author_draft d;
	char id[SC_ID_MAX], name[32];
	int rc;

	memset(&o, 0, sizeof o);
	rc = new_parse(argc, argv, &o);
	if (rc >= 0)
		return rc;
	if (new_lists() < 0 || new_dir_free(o.dir) < 0 ||
	    new_read(o.article, &article) < 0) {
		strbuf_release(&article);
		return 1;
	}
	if (!o.lang)
		o.lang = author_guess_lang(article.buf, article.len);
	else if (!author_cues_known(o.lang))
		fprintf(stderr, "detente new: warning: no cue words for "
			"language '%s'; looking for English, Bulgarian and "
			"Russian ones\n", o.lang);
	author_find(article.buf, article.len, o.lang, &props);
	author_names(article.buf, article.len, 6, &names);
	author_draft_id(o.dir, id);
	author_draft_article_name(o.lang, name, sizeof name);
	d = (struct author_draft){ id, o.lang, name, o.article, &props,
		props.sentences, props.headline, names.buf };
	rc = new_make(&o, &d, &article);
	author_props_release(&props);
	strbuf_release(&names);
	strbuf_release(&article);
	return rc;
}
