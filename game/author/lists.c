/* lists.c — reading assets/author/xx.txt. */
#include "author/lists.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "author/text.h"
#include "util/diag.h"
#include "util/msg.h"
#include "util/paths.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#define LISTS_MAX_FILE (256 * 1024)

static struct author_lists lists = {
	.abbrev = STRBUF_INIT,
	.topics = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT,
		    STRBUF_INIT }
};
static int lists_state;		/* 0 not tried, 1 loaded, -1 failed */

static const char *const set_names[AUTHOR_NSETS] = {
	"prep", "article", "weak", "third", "clause", "oblique"
};

static const char *const topic_names[AUTHOR_NTOPICS] = {
	"channel", "incident", "restraint", "talks", "sharing"
};

enum lists_code {
#define LISTS_MSG(name, sev, text) LISTS_##name,
#include "author/lists-msgs.h"
#undef LISTS_MSG
	LISTS_N
};

static const struct diag_def lists_defs[LISTS_N] = {
#define LISTS_MSG(name, sev, text) [LISTS_##name] = { #name, #sev[0], text },
#include "author/lists-msgs.h"
#undef LISTS_MSG
};

const struct diag_cat lists_msgs = { lists_defs, LISTS_N, "lists" };

/* One line being read, for messages. */
struct lline {
	const char *path, *s;	/* the line, NUL-ended */
	int line;
	struct diag *d;
	int errors;
};

static void lists_err(struct lline *l, const char *at,
		      enum lists_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	diag_addv(l->d, l->path, l->line,
		  (int)utf8_chars(l->s, (size_t)(at - l->s)) + 1, code, ap);
	va_end(ap);
	l->errors++;
}

static const char *lists_skip(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* The rest of the line as lowercase words, one space between them,
 * appended to out; -1 (reported) when a word has a capital. */
static int lists_words(struct lline *l, const char *p, struct strbuf *out)
{
	size_t i, len;
	uint32_t cp;

	for (p = lists_skip(p); *p; p = lists_skip(p + len)) {
		len = strcspn(p, " \t");
		for (i = 0; i < len;) {
			cp = author_next(p, len, &i);
			if (author_is_upper(cp)) {
				lists_err(l, p, LISTS_CAPITAL, (int)len, p);
				return -1;
			}
		}
		if (out->len && out->buf[out->len - 1] != '\0')
			strbuf_addc(out, ' ');
		strbuf_add(out, p, len);
	}
	return 0;
}

static int lists_cue(struct lline *l, struct author_list *list,
		     enum author_kind kind, const char *p, int want_weight)
{
	long w = 0;
	char *end;
	size_t at;

	if (want_weight) {
		w = strtol(p, &end, 10);
		if (end == p || (*end && *end != ' ' && *end != '\t') || w < -9 ||
		    w > 9 || !w) {
			lists_err(l, p, LISTS_WEIGHT);
			return -1;
		}
		p = end;
	}
	at = list->words.len;
	if (lists_words(l, p, &list->words) < 0)
		return -1;
	if (list->words.len == at) {
		lists_err(l, p, LISTS_NO_WORDS);
		return -1;
	}
	strbuf_addc(&list->words, '\0');
	list->cues = xrealloc(list->cues, (list->ncues + 1) *
			      sizeof *list->cues);
	/* An offset for now: the buffer may still move. */
	list->cues[list->ncues++] = (struct author_cue){
		(const char *)(uintptr_t)at, (int)w, kind };
	return 0;
}

static int lists_shared(struct lline *l, struct strbuf *into, const char *p)
{
	struct strbuf w = STRBUF_INIT;
	int rc = lists_words(l, p, &w);

	if (!rc && w.len) {
		if (into->len)
			strbuf_addc(into, ' ');
		strbuf_add(into, w.buf, w.len);
	}
	strbuf_release(&w);
	return rc;
}

static int lists_topic(struct lline *l, const char *p)
{
	size_t n = strcspn(p, " \t"), k;

	for (k = 0; k < AUTHOR_NTOPICS; k++)
		if (strlen(topic_names[k]) == n && !strncmp(p, topic_names[k],
							      n))
			return lists_shared(l, &lists.topics[k], p + n);
	lists_err(l, p, LISTS_TOPIC, (int)n, p);
	return -1;
}

/* A word set's line; -1 when p[0..n) names none. */
static int lists_set(struct lline *l, struct author_list *list,
		     const char *p, size_t n, const char *arg)
{
	size_t k;

	for (k = 0; k < AUTHOR_NSETS; k++)
		if (strlen(set_names[k]) == n && !strncmp(p, set_names[k], n)) {
			lists_shared(l, &list->set[k], arg);
			return 0;
		}
	return -1;
}

static void lists_line(struct lline *l, struct author_list *list)
{
	const char *p = lists_skip(l->s), *arg;
	size_t n = strcspn(p, " \t");
	int rc = 0;

	if (!*p || *p == '#')
		return;
	arg = p + n;
	if (n == 3 && !strncmp(p, "act", 3))
		rc = lists_cue(l, list, AUTHOR_ACT, lists_skip(arg), 1);
	else if ((n == 6 && !strncmp(p, "object", 6)) ||
		 (n == 6 && !strncmp(p, "refuse", 6)))
		rc = lists_cue(l, list, AUTHOR_OBJECT, lists_skip(arg), 1);
	else if (n == 6 && !strncmp(p, "source", 6))
		rc = lists_cue(l, list, AUTHOR_SOURCE, lists_skip(arg), 0);
	else if (n == 6 && !strncmp(p, "abbrev", 6))
		rc = lists_shared(l, &lists.abbrev, arg);
	else if (n == 5 && !strncmp(p, "topic", 5))
		rc = lists_topic(l, lists_skip(arg));
	else if (lists_set(l, list, p, n, arg) < 0)
		lists_err(l, p, LISTS_ENTRY, (int)n, p);
	(void)rc;
}

static int lists_read(const char *path, struct strbuf *buf, struct diag *d)
{
	FILE *f = fopen(path, "rb");
	char chunk[4096];
	size_t n;

	if (!f) {
		diag_add(d, path, 0, 0, LISTS_OPEN, msg_strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 &&
	       buf->len <= LISTS_MAX_FILE)
		strbuf_add(buf, chunk, n);
	fclose(f);
	if (buf->len > LISTS_MAX_FILE) {
		diag_add(d, path, 0, 0, LISTS_TOO_BIG);
		return -1;
	}
	return 0;
}

/* Text of the list of language lang (path, for messages), added to
 * the lists. Lines end at LF, CR LF or CR. */
static int lists_text(const char *path, const char *lang, const char *text,
		      size_t len, struct diag *d)
{
	struct author_list *list = &lists.v[lists.n];
	struct lline l = { path, NULL, 0, d, 0 };
	char *buf, *p;
	size_t i, a = 0;

	if (lists.n == AUTHOR_MAX_LISTS) {
		diag_add(d, path, 0, 0, LISTS_TOO_MANY, AUTHOR_MAX_LISTS);
		return -1;
	}
	if (utf8_invalid_at(text, len) != len || memchr(text, '\0', len)) {
		diag_add(d, path, 0, 0, LISTS_NOT_UTF8);
		return -1;
	}
	memset(list, 0, sizeof *list);
	snprintf(list->lang, sizeof list->lang, "%s", lang);
	strbuf_init(&list->words);
	for (i = 0; i < AUTHOR_NSETS; i++)
		strbuf_init(&list->set[i]);
	buf = xstrndup(text, len);
	for (i = 0; i <= len; i++) {
		if (i < len && buf[i] != '\n' && buf[i] != '\r')
			continue;
		p = buf + a;
		if (i < len)
			buf[i] = '\0';
		if (i < len && text[i] == '\r' && i + 1 < len &&
		    text[i + 1] == '\n')
			i++;
		a = i + 1;
		l.s = p;
		l.line++;
		lists_line(&l, list);
	}
	free(buf);
	for (i = 0; i < list->ncues; i++)
		list->cues[i].pat = list->words.buf +
				    (uintptr_t)list->cues[i].pat;
	lists.n++;
	return l.errors ? -1 : 0;
}

/* One file: the list of language lang. */
static int lists_file(const char *path, const char *lang, struct diag *d)
{
	struct strbuf buf = STRBUF_INIT;
	int rc = lists_read(path, &buf, d);

	if (rc == 0)
		rc = lists_text(path, lang, buf.buf, buf.len, d);
	strbuf_release(&buf);
	return rc;
}

static void lists_free(void)
{
	size_t i, k;

	for (i = 0; i < lists.n; i++) {
		free(lists.v[i].cues);
		strbuf_release(&lists.v[i].words);
		for (k = 0; k < AUTHOR_NSETS; k++)
			strbuf_release(&lists.v[i].set[k]);
	}
	strbuf_release(&lists.abbrev);
	for (i = 0; i < AUTHOR_NTOPICS; i++)
		strbuf_release(&lists.topics[i]);
	memset(&lists, 0, sizeof lists);
	strbuf_init(&lists.abbrev);
	for (i = 0; i < AUTHOR_NTOPICS; i++)
		strbuf_init(&lists.topics[i]);
}

static int lists_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.txt files of dir with a language code as name, sorted. */
static size_t lists_names(DIR *dp, char **names)
{
	struct dirent *e;
	size_t n = 0, len;

	while ((e = readdir(dp)) && n < AUTHOR_MAX_LISTS) {
		len = strlen(e->d_name);
		if (len < 6 || len - 4 >= AUTHOR_LANG_MAX ||
		    strcmp(e->d_name + len - 4, ".txt") || e->d_name[0] == '.')
			continue;
		names[n++] = xstrndup(e->d_name, len - 4);
	}
	qsort(names, n, sizeof *names, lists_name_cmp);
	return n;
}

/* Every list in dir, its problems to d. */
static int lists_dir(const char *dir, struct diag *d)
{
	char *names[AUTHOR_MAX_LISTS], *path;
	DIR *dp = opendir(dir);
	size_t n, i;
	int rc = 0;

	if (!dp) {
		diag_add(d, dir, 0, 0, LISTS_DIR_OPEN, msg_strerror(errno));
		return -1;
	}
	n = lists_names(dp, names);
	closedir(dp);
	for (i = 0; i < n; i++) {
		path = xasprintf("%s/%s.txt", dir, names[i]);
		if (lists_file(path, names[i], d) < 0)
			rc = -1;
		free(path);
		free(names[i]);
	}
	if (!n) {
		diag_add(d, dir, 0, 0, LISTS_DIR_EMPTY);
		rc = -1;
	}
	return rc;
}

/* What the lists came to: kept, or none; their problems said in err. */
static int lists_done(int rc, struct diag *d, struct strbuf *err)
{
	if (rc < 0)
		lists_free();
	lists_state = rc < 0 ? -1 : 1;
	diag_str(d, err);
	diag_release(d);
	return rc;
}

int author_lists_load(const char *dir, struct strbuf *err)
{
	char *own = dir ? NULL : paths_data_file("assets/author");
	struct diag d;
	int rc;

	lists_free();
	diag_init(&d, &lists_msgs);
	rc = lists_dir(dir ? dir : own, &d);
	free(own);
	return lists_done(rc, &d, err);
}

int author_lists_parse(const char *path, const char *lang, const char *text,
		       size_t len, struct strbuf *err)
{
	struct diag d;

	lists_free();
	diag_init(&d, &lists_msgs);
	return lists_done(lists_text(path, lang, text, len, &d), &d, err);
}

const struct author_lists *author_lists(void)
{
	struct strbuf err = STRBUF_INIT;

	if (!lists_state)
		author_lists_load(NULL, &err);
	strbuf_release(&err);
	return &lists;
}

const struct author_list *author_list_of(const char *lang)
{
	const struct author_lists *l = author_lists();
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].lang, lang))
			return &l->v[i];
	return NULL;
}

int author_in_set(const char *lang, enum author_set k, const char *w)
{
	const struct author_lists *all = author_lists();
	const struct author_list *one = author_list_of(lang);
	size_t i;

	if (one)
		return author_words_match(one->set[k].buf, w);
	for (i = 0; i < all->n; i++)
		if (author_words_match(all->v[i].set[k].buf, w))
			return 1;
	return 0;
}

int author_words_match(const char *pats, const char *w)
{
	size_t n, wl = strlen(w);
	const char *p;

	for (p = pats; *p; p += n + (p[n] == ' ')) {
		n = strcspn(p, " ");
		if (!n)
			break;
		if (p[n - 1] == '*' ? wl >= n - 1 && !strncmp(w, p, n - 1)
				    : wl == n && !strncmp(w, p, n))
			return 1;
	}
	return 0;
}
