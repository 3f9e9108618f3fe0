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
#include "load/load-msgs.h"
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

static int new_lang_check(const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i < n; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return -1;
	return n >= 2 && n <= 7 ? 0 : -1;
}

enum { NEW_ARTICLE, NEW_LANG, NEW_N };

static const struct opt_def new_opt_defs[NEW_N + 1] = {
	[NEW_ARTICLE] = { .name = "article", .kind = OPT_TEXT, .arg = "FILE",
			  .what = "a file name", .required = 1,
			  .help = "the article, UTF-8 text" },
	[NEW_LANG] = { .name = "lang", .kind = OPT_CHECK, .arg = "xx",
		       .check = new_lang_check,
		       .what = "a language code of 2 to 7 lowercase letters",
		       .help = "its language (default: ru or bg for "
			       "Cyrillic text, else en)" },
};

const struct cmd_spec cmd_new_spec = {
	.synopsis_args = "DIR", .args_what = "a folder for the scenario",
	.min_args = 1, .max_args = 1,
	.summary = "a draft scenario from an article, its proposals found",
	.about = "DIR must be new or empty. The article is copied, its "
		 "proposals are found and\nwritten with their quotes and who "
		 "made them; word lists exist for en, bg\nand ru.\n",
	.opts = new_opt_defs,
};

/* The word lists of the data folder (author/lists.h): a broken
 * installation is said so, rather than a draft without proposals. */
static int new_lists(void)
{
	struct strbuf err = STRBUF_INIT;
	int rc = author_lists_load(NULL, &err);

	if (rc < 0)
		msg_puts(stderr, err.buf);
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
		msg_printf(stderr, "detente new: '%s' %s\n", dir,
			errno == ENOTDIR ? "exists and is not a folder" :
			msg_strerror(errno));
		return -1;
	}
	while (!used && (e = readdir(dp)))
		used = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(dp);
	if (used)
		msg_printf(stderr, "detente new: '%s' is not empty; name a new "
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

/* UTF-8, no NUL or other control character, not blank: what the
 * loader will ask of the copy. */
static int new_check_text(const char *path, const struct strbuf *t)
{
	size_t bad = utf8_invalid_at(t->buf, t->len);
	const char *nul = memchr(t->buf, '\0', t->len);
	size_t at;
	unsigned cp;
	int line, col;

	if (nul && (size_t)(nul - t->buf) < bad)
		bad = (size_t)(nul - t->buf);
	if (msg_control_at(t->buf, bad, &at, &cp)) {
		new_place(t->buf, at, &line, &col);
		msg_printf(stderr, "%s:%d:%d: unexpected control character "
			   "U+%04X\n", path, line, col, cp);
		return -1;
	}
	if (bad < t->len) {
		new_place(t->buf, bad, &line, &col);
		msg_printf(stderr, "%s:%d:%d: %s\n", path, line, col,
			t->buf[bad] ? "invalid UTF-8 (save the article as "
			"UTF-8 text)" : "NUL byte in a text file");
		return -1;
	}
	if (!t->buf[strspn(t->buf, " \t\r\n\v\f")]) {
		msg_printf(stderr, "detente new: '%s' is empty\n", path);
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
		msg_printf(stderr, "detente new: cannot open '%s': %s\n", path,
			msg_strerror(errno));
		return -1;
	}
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 &&
	       out->len <= NEW_MAX_ARTICLE)
		strbuf_add(out, buf, n);
	err = ferror(f) ? errno : 0;
	fclose(f);
	if (err) {
		msg_printf(stderr, "detente new: cannot read '%s': %s\n", path,
			msg_strerror(err));
		return -1;
	}
	if (out->len > NEW_MAX_ARTICLE) {
		msg_printf(stderr, "detente new: '%s' is too large (at most "
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
		msg_printf(stderr, "detente new: cannot write '%s': %s\n", path,
			msg_strerror(errno));
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
	diag_init(&d, &load_msgs);
	rc = scenario_load(&sc, dir, &d);
	diag_print(&d, stderr);
	if (rc < 0)
		msg_printf(stderr, "detente new: the draft in '%s' does not pass "
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

	msg_printf(stdout, "new scenario '%s' from '%s' (language %s): "
		   "%zu proposal%s in %zu sentences\n", o->dir, o->article,
		   d->lang, p->n, p->n == 1 ? "" : "s", p->sentences);
	if (p->side_name[0] && p->side_name[1])
		msg_printf(stdout, "  side a: %s, side b: %s (the names said "
			   "most)\n", p->side_name[0], p->side_name[1]);
	for (i = 0; i < p->n; i++)
		msg_printf(stdout, "  p%-2zu %s:%d:%d  %s  (by %s)\n"
			   "       \"%s\"\n", i + 1, d->article,
			   p->v[i].line, p->v[i].col, p->v[i].title,
			   new_by(p, i), p->v[i].quote);
	if (p->repeats)
		msg_printf(stdout, "  (%zu sentence%s repeating another "
			   "merged)\n", p->repeats,
			   p->repeats == 1 ? "" : "s");
	if (p->dropped)
		msg_printf(stdout, "  (%zu weaker candidate%s left out: at "
			   "most %d)\n", p->dropped,
			   p->dropped == 1 ? "" : "s", AUTHOR_MAX_PROPS);
	msg_printf(stdout, "next: edit the files in '%s' (scenarios/README.md "
		   "explains each), then\n  detente check %s\n"
		   "  detente sim --scenario %s --a tft --b hawk --games "
		   "100\n", o->dir, o->dir, o->dir);
}

static int new_make(const struct new_opts *o, struct author_draft *d,
		    const struct strbuf *article)
{
	struct new_out out;

	memset(&out, 0, sizeof out);
	out.dir = o->dir;
	out.made_dir = access(o->dir, F_OK) != 0;
	if (out.made_dir && paths_mkdirs(o->dir) < 0) {
		msg_printf(stderr, "detente new: cannot make '%s': %s\n", o->dir,
			msg_strerror(errno));
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

int cmd_new(const struct cmd_args *a)
{
	struct new_opts o = { a->arg[0], a->v[NEW_ARTICLE].s,
			      a->v[NEW_LANG].s };
	struct strbuf article = STRBUF_INIT, names = STRBUF_INIT;
	struct author_props props;
	struct author_draft d;
	char id[SC_ID_MAX], name[32];
	int rc;

	if (new_lists() < 0 || new_dir_free(o.dir) < 0 ||
	    new_read(o.article, &article) < 0) {
		strbuf_release(&article);
		return 1;
	}
	if (!o.lang)
		o.lang = author_guess_lang(article.buf, article.len);
	else if (!author_cues_known(o.lang))
		msg_printf(stderr, "detente new: warning: no cue words for "
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
