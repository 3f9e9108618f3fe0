/* load.c — scenario_load(): read the folder, file by file. */

/* realpath() is XSI in glibc's eyes: ask for it. */
#define _XOPEN_SOURCE 700

#include "load/load.h"
#include "load/load-int.h"
#include "load/value.h"
#include "util/msg.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *const ld_kind_names[] = { "diplomatic", "cyber", NULL };

/* ---- shared value checks ------------------------------------------ */

/* A value as quoted in a message: long ones cut to 40 characters. */
static const char *ld_short(const char *text, char *buf, size_t size)
{
	size_t n = strlen(text), cut;

	if (value_cols(text, n) <= 40)
		return text;
	cut = utf8_fit(text, n, 40);
	snprintf(buf, size, "%.*s...", (int)cut, text);
	return buf;
}

void ld_width(struct ld *ld, const char *file, int line, int col,
	      const char *key, const struct text *t, int room)
{
	int i, w;

	/* A file with errors has more urgent news. */
	if (!ld->d->lint || room <= 0 || diag_file_errors(ld->d, file))
		return;
	for (i = 0; i < SC_MAX_LANGS; i++) {
		if (!t->s[i])
			continue;
		w = (int)utf8_width(t->s[i], strlen(t->s[i]));
		if (w > room) {
			diag_add(ld->d, file, line, col, DIAG_TEXT_WIDE, key, w,
				 room);
			return;
		}
	}
}

int ld_number(struct ld *ld, const char *file, int line, int col,
	      const char *key, const char *text, const struct ld_num *ns,
	      double *out)
{
	enum diag_code why;
	char buf[200];
	double v;

	text = ld_short(text, buf, sizeof buf);
	if (value_number(text, strlen(text), &v, &why) < 0) {
		diag_add(ld->d, file, line, col, why, text);
		return -1;
	}
	if (ns->integer && v != (double)(long long)v) {
		diag_add(ld->d, file, line, col, DIAG_INTEGER, text);
		return -1;
	}
	if (v < ns->lo || v > ns->hi) {
		diag_add(ld->d, file, line, col, DIAG_RANGE, key, text, ns->lo,
			 ns->hi);
		return -1;
	}
	*out = v;
	return 0;
}

int ld_enum(struct ld *ld, const char *file, int line, int col,
	    const char *what, const char *expected,
	    const char *const *names, const char *text)
{
	char buf[200];
	int i;

	for (i = 0; names[i]; i++)
		if (!strcmp(names[i], text))
			return i;
	diag_add(ld->d, file, line, col, DIAG_ENUM, what,
		 ld_short(text, buf, sizeof buf), expected);
	return -1;
}

int ld_id(struct ld *ld, const char *file, int line, int col,
	  const char *key, const char *text, char *out)
{
	enum diag_code why;
	size_t at, n = strlen(text);
	char buf[200];

	if (value_id(text, n, &why, &at) == 0) {
		memcpy(out, text, n + 1);
		return 0;
	}
	if (why == DIAG_EMPTY_VALUE)
		diag_add(ld->d, file, line, col, why, key);
	else
		diag_add(ld->d, file, line, col + value_cols(text, at), why,
			 ld_short(text, buf, sizeof buf));
	return -1;
}

/* ---- the digest ------------------------------------------------------ */

#define FNV_OFFSET 0xcbf29ce484222325ull
#define FNV_PRIME 0x100000001b3ull

static uint64_t ld_fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ b[i]) * FNV_PRIME;
	return h;
}

/* A file's bytes, then its length: files cannot trade bytes unseen.
 * The file's own digest is kept too, under name. */
static void ld_digest(struct ld *ld, const struct lfile *f, const char *name)
{
	struct scenario *sc = ld->sc;

	if (sc->nfiles < SC_MAX_FILES) {
		sc->file[sc->nfiles].name = xstrdup(name);
		sc->file[sc->nfiles++].digest = ld_fnv(FNV_OFFSET, f->buf,
						       f->len);
	}
	unsigned char len[8];
	uint64_t n = f->len;
	int i;

	for (i = 0; i < 8; i++)
		len[i] = (unsigned char)(n >> (8 * i));
	ld->sc->digest = ld_fnv(ld->sc->digest, f->buf, f->len);
	ld->sc->digest = ld_fnv(ld->sc->digest, len, sizeof len);
}

/* ---- the files -------------------------------------------------------- */

static int ld_open_ini(struct ld *ld)
{
	struct lfile_at at = { NULL, 1, 1 };
	char *fspath, *where;
	int rc;

	/* Its own copy of the name for messages: lfile_read() starts by
	 * freeing the path ld->ini_file holds. */
	where = lfile_join(ld->dir, "scenario.ini");
	at.file = where;
	ld->rdir = realpath(ld->dir, NULL);
	if (!ld->rdir) {
		diag_add(ld->d, at.file, 1, 1, DIAG_OPEN, "scenario.ini",
			 msg_strerror(errno));
		ld->ini_file.path = where;
		return -1;
	}
	rc = lfile_read(&ld->ini_file, ld->dir, ld->rdir, "scenario.ini", &at,
			ld->d);
	free(where);
	if (rc < 0)
		return -1;
	ld_digest(ld, &ld->ini_file, "scenario.ini");
	fspath = xasprintf("%s/scenario.ini", ld->dir);
	rc = ini_load(&ld->ini, ld->ini_file.path, fspath, ld->ini_file.buf,
		      ld->ini_file.len, ld->d);
	free(fspath);
	return rc;
}

/* The article's translations: article.LANG.txt in the folder, for each
 * language of the scenario but the article's. A missing one is no
 * error; one that is there must be readable UTF-8 text. */
static void ld_article_tr(struct ld *ld)
{
	struct scenario *sc = ld->sc;
	struct lfile f;
	struct lfile_at at = { ld->ini_file.path, 1, 1 };
	char *name, *full;
	int i;

	lfile_init(&f);
	for (i = 0; i < sc->nlangs; i++) {
		if (i == ld->alang)
			continue;
		name = xasprintf("article.%s.txt", sc->langs[i]);
		full = lfile_join(ld->dir, name);
		if (access(full, F_OK) == 0 &&
		    lfile_read(&f, ld->dir, ld->rdir, name, &at, ld->d) == 0) {
			ld_digest(ld, &f, name);
			sc->article_tr[i] = xstrndup(f.buf + f.skip,
						     f.len - f.skip);
			sc->article_tr_len[i] = f.len - f.skip;
		}
		free(full);
		free(name);
	}
	lfile_release(&f);
}

static void ld_article(struct ld *ld, const struct lfile *f)
{
	struct scenario *sc = ld->sc;

	sc->article_file = xstrdup(ld->name[LF_ARTICLE]);
	sc->article = xstrndup(f->buf + f->skip, f->len - f->skip);
	sc->article_len = f->len - f->skip;
	ld_article_tr(ld);
}

static void ld_table(struct ld *ld, enum ld_file which, const struct lfile *f)
{
	switch (which) {
	case LF_ARTICLE:
		ld_article(ld, f);
		break;
	case LF_PROPOSALS:
		ld_proposals(ld, f);
		break;
	case LF_ACTIONS:
		ld_actions(ld, f);
		break;
	case LF_EVENTS:
		ld_events(ld, f);
		break;
	default:
		ld_payoff(ld, f);
		break;
	}
}

/* Read the files scenario.ini names, in a fixed order (the digest's). */
static void ld_files(struct ld *ld)
{
	struct lfile f;
	struct lfile_at at;
	int i;

	lfile_init(&f);
	for (i = 0; i < LF_N; i++) {
		if (!ld->name[i])
			continue;
		at = (struct lfile_at){ ld->ini_file.path,
					ld->name_at[i].line,
					ld->name_at[i].col };
		if (lfile_read(&f, ld->dir, ld->rdir, ld->name[i], &at,
			       ld->d) < 0) {
			ld->bad[i] = 1;
			continue;
		}
		ld->path[i] = xstrdup(f.path);
		ld_digest(ld, &f, ld->name[i]);
		if (i == LF_EVENTS)
			ld->sc->events_file = xstrdup(ld->name[i]);
		ld_table(ld, (enum ld_file)i, &f);
		ld->bad[i] = diag_file_errors(ld->d, f.path) > 0;
	}
	lfile_release(&f);
}

static void ld_release(struct ld *ld)
{
	int i;

	for (i = 0; i < LF_N; i++) {
		free(ld->name[i]);
		free(ld->path[i]);
	}
	free(ld->rdir);
	ini_release(&ld->ini);
	lfile_release(&ld->ini_file);
}

int scenario_load(struct scenario *sc, const char *dir, struct diag *d)
{
	struct ld ld;
	int errors = diag_errors(d);

	memset(&ld, 0, sizeof ld);
	ld.sc = sc;
	ld.d = d;
	ld.dir = dir;
	ini_init(&ld.ini);
	lfile_init(&ld.ini_file);
	sc->dir = xstrdup(dir);
	sc->digest = FNV_OFFSET;
	if (ld_open_ini(&ld) == 0) {
		ld_ini(&ld);
		ld_files(&ld);
		ld_check(&ld);
	}
	ld_release(&ld);
	return diag_errors(d) > errors ? -1 : 0;
}
