/* save.c — a save in memory: its branches and their lines. */
#include "save/save.h"

#include <stdlib.h>
#include <string.h>

#include "util/xmalloc.h"

void save_init(struct save *sv)
{
	memset(sv, 0, sizeof *sv);
}

void save_release(struct save *sv)
{
	size_t i;

	for (i = 0; i < sv->nbr; i++)
		free(sv->br[i].turn);
	free(sv->br);
	free(sv->file);
	free(sv->scenario_dir);
	free(sv->name);
	free(sv->player[0]);
	free(sv->player[1]);
	free(sv->files);
	save_init(sv);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

void save_copy(struct save *dst, const struct save *src)
{
	size_t i, n = src->nbr;	/* once: for all gcc knows, dst is src */

	*dst = *src;
	dst->file = dup_or_null(src->file);
	dst->scenario_dir = dup_or_null(src->scenario_dir);
	dst->name = dup_or_null(src->name);
	dst->player[0] = dup_or_null(src->player[0]);
	dst->player[1] = dup_or_null(src->player[1]);
	dst->files = dup_or_null(src->files);
	dst->br = n ? xmalloc(n * sizeof *dst->br) : NULL;
	dst->capbr = n;
	for (i = 0; i < n; i++) {
		const struct save_branch *b = &src->br[i];
		struct save_branch *d = &dst->br[i];

		*d = *b;
		d->cap = b->n;
		d->turn = b->n ? xmalloc(b->n * sizeof *d->turn) : NULL;
		if (b->n)
			memcpy(d->turn, b->turn, b->n * sizeof *d->turn);
	}
}

struct save_branch *save_branch_find(const struct save *sv, int id)
{
	size_t i;

	for (i = 0; i < sv->nbr; i++)
		if (sv->br[i].id == id)
			return &sv->br[i];
	return NULL;
}

int save_branch_turns(const struct save_branch *b)
{
	return b->fork + (int)b->n;
}

struct save_branch *save_branch_add(struct save *sv, int parent, int fork,
				    const struct save_player pl[SIDES])
{
	struct save_branch *b;
	int id = 0;
	size_t i;

	for (i = 0; i < sv->nbr; i++)
		if (sv->br[i].id > id)
			id = sv->br[i].id;
	sv->br = xgrow(sv->br, &sv->capbr, sv->nbr + 1, sizeof *sv->br);
	b = &sv->br[sv->nbr++];
	memset(b, 0, sizeof *b);
	b->id = id + 1;
	b->parent = parent;
	b->fork = fork;
	b->player[0] = pl[0];
	b->player[1] = pl[1];
	return b;
}

int save_branch_has_children(const struct save *sv, int id)
{
	size_t i;

	for (i = 0; i < sv->nbr; i++)
		if (sv->br[i].parent == id)
			return 1;
	return 0;
}

void save_branch_remove(struct save *sv, int id)
{
	size_t i;

	for (i = 0; i < sv->nbr; i++) {
		if (sv->br[i].id != id)
			continue;
		free(sv->br[i].turn);
		memmove(&sv->br[i], &sv->br[i + 1],
			(sv->nbr - i - 1) * sizeof *sv->br);
		sv->nbr--;
		return;
	}
}

struct save_turn *save_branch_push(struct save_branch *b)
{
	struct save_turn *t;

	b->turn = xgrow(b->turn, &b->cap, b->n + 1, sizeof *b->turn);
	t = &b->turn[b->n++];
	memset(t, 0, sizeof *t);
	t->mv[0].pkind = t->mv[1].pkind = -1;
	return t;
}

/* Fill turns 1..upto of branch b's line. Parents come before their
 * branches in sv->br (the reader insists), so this ends. */
static void line_fill(const struct save *sv, const struct save_branch *b,
		      int upto, const struct save_turn **line,
		      const struct save_branch **owner)
{
	int t, own = upto < b->fork ? upto : b->fork;
	const struct save_branch *p =
		b->parent ? save_branch_find(sv, b->parent) : NULL;

	if (p && own > 0)
		line_fill(sv, p, own, line, owner);
	for (t = b->fork + 1; t <= upto; t++) {
		line[t - 1] = &b->turn[t - b->fork - 1];
		if (owner)
			owner[t - 1] = b;
	}
}

int save_line(const struct save *sv, int id, const struct save_turn ***line,
	      const struct save_branch ***owner)
{
	const struct save_branch *b = save_branch_find(sv, id);
	int n;

	*line = NULL;
	if (owner)
		*owner = NULL;
	if (!b)
		return -1;
	n = save_branch_turns(b);
	if (n == 0)
		return 0;
	*line = xcalloc((size_t)n, sizeof **line);
	if (owner)
		*owner = xcalloc((size_t)n, sizeof **owner);
	line_fill(sv, b, n, *line, owner ? *owner : NULL);
	return n;
}
