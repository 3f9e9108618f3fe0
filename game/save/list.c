/* list.c — the saves in a folder. */
#include "save/list.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "save/savegame.h"
#include "util/msg.h"
#include "util/xmalloc.h"

static int is_save_name(const char *name)
{
	size_t n = strlen(name), e = strlen(SAVE_EXT);

	return name[0] != '.' && n > e && !strcmp(name + n - e, SAVE_EXT);
}

static void entry_fill(struct save_entry *e, const char *dir,
		       const char *file)
{
	struct save sv;
	struct save_err err;
	const struct save_branch *b;
	size_t n = strlen(file) - strlen(SAVE_EXT);

	memset(e, 0, sizeof *e);
	e->path = xasprintf("%s/%s", dir, file);
	save_init(&sv);
	if (save_read(&sv, e->path, &err) < 0) {
		struct strbuf sb = STRBUF_INIT;

		save_err_str(&err, &sb);
		e->error = strbuf_detach(&sb);
		e->name = xstrndup(file, n);
		return;
	}
	b = save_branch_find(&sv, sv.current);
	e->name = sv.name ? xstrdup(sv.name) : xstrndup(file, n);
	snprintf(e->scenario, sizeof e->scenario, "%s", sv.scenario);
	e->player[0] = b->player[0];
	e->player[1] = b->player[1];
	e->turn = save_branch_turns(b);
	e->turn_limit = sv.turn_limit;
	e->branches = (int)sv.nbr;
	e->updated = sv.updated;
	save_release(&sv);
}

static int entry_cmp(const void *pa, const void *pb)
{
	const struct save_entry *a = pa, *b = pb;

	if (!a->error != !b->error)
		return a->error ? 1 : -1;
	if (a->updated != b->updated)
		return a->updated > b->updated ? -1 : 1;
	return strcmp(a->path, b->path);
}

int save_list(const char *dir, struct save_entry **out, size_t *n,
	      struct save_err *err)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	save_err_clear(err);
	if (!d) {
		if (errno == ENOENT)
			return 0;
		save_err_set(err, dir, 0, 0, SAVE_OPEN, dir,
			     msg_strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (!is_save_name(de->d_name))
			continue;
		*out = xgrow(*out, &cap, *n + 1, sizeof **out);
		entry_fill(&(*out)[(*n)++], dir, de->d_name);
	}
	closedir(d);
	if (*n)
		qsort(*out, *n, sizeof **out, entry_cmp);
	return 0;
}

void save_list_free(struct save_entry *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].path);
		free(v[i].name);
		free(v[i].error);
	}
	free(v);
}

int save_latest(const char *dir, char **path, struct save_err *err)
{
	struct save_entry *v;
	size_t n;

	*path = NULL;
	if (save_list(dir, &v, &n, err) < 0)
		return -1;
	if (n && !v[0].error)
		*path = xstrdup(v[0].path);
	save_list_free(v, n);
	return 0;
}

int save_entry_open(const struct save_entry *e, struct scenario **sc,
		    struct save_binfo *info, struct save_err *err)
{
	struct save sv;
	struct strbuf msgs = STRBUF_INIT;
	int rc;

	*sc = NULL;
	save_init(&sv);
	rc = save_read(&sv, e->path, err);
	if (rc == 0)
		rc = save_load_scenario(&sv, sc, &msgs, err);
	if (rc == 0) {
		if (sv.turn_limit != (*sc)->rules.class_turns)
			(*sc)->rules.turns = sv.turn_limit;
		rc = save_branch_info(&sv, *sc, sv.current, info, err);
	}
	if (rc < 0 && *sc) {
		scenario_release(*sc);
		free(*sc);
		*sc = NULL;
	}
	strbuf_release(&msgs);
	save_release(&sv);
	return rc;
}

/* Does the game in e go on? A game at its turn limit is over without
 * asking its scenario. */
static int entry_goes_on(const struct save_entry *e)
{
	struct scenario *sc;
	struct save_binfo info;
	struct save_err err;

	if (e->error || e->turn >= e->turn_limit)
		return 0;
	if (save_entry_open(e, &sc, &info, &err) < 0)
		return 0;
	scenario_release(sc);
	free(sc);
	return info.ending == END_NONE;
}

int save_latest_open(const char *dir, char **path, struct save_err *err)
{
	struct save_entry *v;
	size_t n, i;

	*path = NULL;
	if (save_list(dir, &v, &n, err) < 0)
		return -1;
	for (i = 0; i < n && !*path; i++)
		if (entry_goes_on(&v[i]))
			*path = xstrdup(v[i].path);
	save_list_free(v, n);
	return 0;
}

/* Make path, empty, if nobody has: 1 when it is ours now, 0 when it was
 * taken, -1 when it cannot be made at all (the first write will say
 * why). O_EXCL, so that of two games that ask at once only one gets it. */
static int path_claim(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);

	if (fd >= 0) {
		close(fd);
		return 1;
	}
	return errno == EEXIST ? 0 : -1;
}

char *save_path_new(const char *dir, const char *id)
{
	struct strbuf stamp = STRBUF_INIT;
	char *path;
	size_t i;
	int k;

	save_time_str(save_now(), &stamp);
	/* 2020-09-25T12:00:00Z -> 20200925-120000 */
	for (i = k = 0; stamp.buf[i]; i++)
		if (stamp.buf[i] >= '0' && stamp.buf[i] <= '9')
			stamp.buf[k++] = stamp.buf[i];
		else if (stamp.buf[i] == 'T')
			stamp.buf[k++] = '-';
	stamp.buf[k] = '\0';
	stamp.len = (size_t)k;
	path = xasprintf("%s/%s-%s%s", dir, id, stamp.buf, SAVE_EXT);
	for (k = 2; path_claim(path) == 0; k++) {
		free(path);
		path = xasprintf("%s/%s-%s-%d%s", dir, id, stamp.buf, k,
				 SAVE_EXT);
	}
	strbuf_release(&stamp);
	return path;
}

void save_path_drop(const char *path)
{
	struct stat st;

	if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0)
		unlink(path);
}
