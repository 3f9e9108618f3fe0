/* write.c — a save as text. */
#include "save/save.h"

#include <string.h>

/* ---- the text ----------------------------------------------------------- */

/* Free text on one line: control characters become spaces and the ends
 * are trimmed, as the reader would trim them. */
static void add_text(struct strbuf *sb, const char *key, const char *s)
{
	size_t start = sb->len, end;

	strbuf_addf(sb, "%s = ", key);
	end = sb->len;
	for (; *s; s++)
		strbuf_addc(sb, (unsigned char)*s < 0x20 || *s == 0x7f ?
			    ' ' : *s);
	while (sb->len > end && sb->buf[sb->len - 1] == ' ')
		sb->buf[--sb->len] = '\0';
	/* Leading blanks too: the value starts after "key = ". */
	while (end < sb->len && sb->buf[end] == ' ') {
		memmove(sb->buf + end, sb->buf + end + 1, sb->len - end);
		sb->len--;
	}
	if (sb->len == end)	/* nothing left: leave the key out */
		sb->len = start, sb->buf[start] = '\0';
	else
		strbuf_addc(sb, '\n');
}

static void add_time(struct strbuf *sb, const char *key, int64_t t)
{
	strbuf_addf(sb, "%s = ", key);
	save_time_str(t, sb);
	strbuf_addc(sb, '\n');
}

static void format_head(const struct save *sv, struct strbuf *sb)
{
	strbuf_adds(sb, "# Détente save: a game's scenario, seed, settings "
		    "and every move.\n# Each turn is checked against the "
		    "game when it is loaded.\n[save]\n");
	strbuf_addf(sb, "format = %d\n", SAVE_FORMAT);
	strbuf_addf(sb, "scenario = %s\n", sv->scenario);
	if (sv->scenario_dir)
		add_text(sb, "scenario_dir", sv->scenario_dir);
	strbuf_addf(sb, "scenario_digest = %016llx\n",
		    (unsigned long long)sv->digest);
	strbuf_addf(sb, "seed = %llu\n", (unsigned long long)sv->seed);
	strbuf_addf(sb, "ai_seed.a = %llu\nai_seed.b = %llu\n",
		    (unsigned long long)sv->ai_seed[0],
		    (unsigned long long)sv->ai_seed[1]);
	strbuf_addf(sb, "turn_limit = %d\n", sv->turn_limit);
	strbuf_addf(sb, "lang = %s\n", sv->lang);
	add_time(sb, "created", sv->created);
	add_time(sb, "updated", sv->updated);
	if (sv->name)
		add_text(sb, "name", sv->name);
	if (sv->player[0])
		add_text(sb, "player.a", sv->player[0]);
	if (sv->player[1])
		add_text(sb, "player.b", sv->player[1]);
	if (sv->files)
		add_text(sb, "scenario_files", sv->files);
	strbuf_addf(sb, "branch = %d\n", sv->current);
}

static void format_branch(const struct save_branch *b, struct strbuf *sb)
{
	size_t i;
	int s;

	strbuf_addf(sb, "\n[branch.%d]\n", b->id);
	if (b->parent)
		strbuf_addf(sb, "parent = %d\nfork = %d\n", b->parent,
			    b->fork);
	for (s = 0; s < SIDES; s++) {
		strbuf_addf(sb, "%c = ", 'a' + s);
		save_player_str(&b->player[s], sb);
		strbuf_addc(sb, '\n');
	}
	for (i = 0; i < b->n; i++) {
		const struct save_turn *t = &b->turn[i];
		int n = b->fork + (int)i + 1;

		strbuf_addf(sb, "turn.%d = ", n);
		save_move_str(&t->mv[0], sb);
		strbuf_adds(sb, " / ");
		save_move_str(&t->mv[1], sb);
		strbuf_addf(sb, "\ncheck.%d = %016llx\n", n,
			    (unsigned long long)t->check);
	}
}

void save_format(const struct save *sv, struct strbuf *out)
{
	size_t i;

	format_head(sv, out);
	for (i = 0; i < sv->nbr; i++)
		format_branch(&sv->br[i], out);
	strbuf_adds(out, "\n[end]\n");
}

int save_write(const struct save *sv, const char *path,
	       struct save_err *err)
{
	struct strbuf sb = STRBUF_INIT;
	int rc;

	save_format(sv, &sb);
	rc = save_write_file(path, sb.buf, sb.len, err);
	strbuf_release(&sb);
	return rc;
}
