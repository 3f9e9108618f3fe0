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

#include "save/replay.h"
#include "save/save.h"

struct save_entry {
	char *path;		/* dir/file; owned */
	char *name;		/* the save's name, else the file's name
				   without ".sav"; owned */
	char scenario[SC_ID_MAX];
	struct save_player player[SIDES];	/* of the current branch */
	int turn;		/* the current branch's last turn */
	int turn_limit;		/* the game's turn limit */
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

/* How the game in e stands: its scenario is loaded (as savegame_load
 * finds it) and its current branch replayed by the engine alone (no
 * doctrines, so it is quick), for the Load screen and "continue".
 * *sc is fresh (scenario_release and free it), its turn limit the
 * save's; info->ending is END_NONE while the game goes on. 0, or -1
 * with err (*sc NULL). */
int save_entry_open(const struct save_entry *e, struct scenario **sc,
		    struct save_binfo *info, struct save_err *err);

/* The most recently updated save in dir whose game goes on, for
 * "continue": finished games, and saves that cannot be read or whose
 * scenario does not load, are passed over. *path is fresh, or NULL
 * when there is none. 0 or -1 (as save_list). */
int save_latest_open(const char *dir, char **path, struct save_err *err);

/* A fresh path for a new game's file: "dir/ID-YYYYMMDD-HHMMSS.sav" (UTC
 * now), with "-2", "-3"... when that is taken. The file is made there,
 * empty, at once and exclusively (O_EXCL), so that two games started in
 * the same second never share a file; the game's first save replaces
 * it. When dir cannot hold it, the path comes back all the same, and
 * the first save says why. */
char *save_path_new(const char *dir, const char *id);

/* The game meant for path (save_path_new) was never saved there: remove
 * the empty file that held its name. Anything else at path stays. */
void save_path_drop(const char *path);

#endif
