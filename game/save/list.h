/* list.h — the saves in a folder, for the Load screen and "continue",
 * and names for new ones.
 *
 * Only the save files are read (no scenario, no replay), so listing is
 * quick; a save that cannot be read is listed with the reason, so that
 * the player sees it rather than wondering where it went. */
#ifndef SAVE_LIST_H
#define SAVE_LIST_H

#include <stddef.h>
#include <stdint.h>

#include "save/save.h"

struct save_entry {
	char *path;		/* dir/file; owned */
	char *name;		/* the save's name, else the file's name
				   without ".sav"; owned */
	char scenario[SC_ID_MAX];
	struct save_player player[SIDES];	/* of the current branch */
	int turn;		/* the current branch's last turn */
	int branches;
	int64_t updated;	/* seconds since 1970, UTC; 0 if unread */
	char *error;		/* NULL, or why it cannot be read (the
				   whole message, place and all); owned */
};

/* The files ending in ".sav" in dir (hidden ones, such as a write's
 * temporary file, are skipped): readable saves first, most recently
 * updated first, then the unreadable ones by name. A folder that does
 * not exist holds no saves. 0, or -1 when dir cannot be read (err). */
int save_list(const char *dir, struct save_entry **out, size_t *n,
	      struct save_err *err);
void save_list_free(struct save_entry *v, size_t n);

/* The most recently updated readable save in dir, for "continue":
 * *path is fresh, or NULL when there is none. 0 or -1 (as save_list). */
int save_latest(const char *dir, char **path, struct save_err *err);

/* A fresh path for a new game's file: "dir/ID-YYYYMMDD-HHMMSS.sav" (UTC
 * now), with "-2", "-3"... when that is taken. */
char *save_path_new(const char *dir, const char *id);

#endif
