/* paths.h — where the game finds its data and keeps its saves.
 *
 * Data (scenarios/ and assets/) is looked for, in order: $DETENTE_DATA;
 * beside the executable (a source checkout, where ./detente sits at the
 * top); ../share/detente from the executable's folder (an installation
 * under any PREFIX, DESTDIR included); the DATADIR compiled in.
 * Saves go to --saves DIR; else saves/ in a source checkout; else
 * $XDG_DATA_HOME/detente/saves (~/.local/share/detente/saves). */
#ifndef UTIL_PATHS_H
#define UTIL_PATHS_H

/* The data folder, without a trailing slash. Never NULL. */
const char *paths_data(void);
/* 1 when running from a source checkout (data beside the binary). */
int paths_in_tree(void);
/* A fresh string: the data folder joined with rel. */
char *paths_data_file(const char *rel);
/* The default saves folder (a fresh string); created when missing. */
char *paths_saves(void);
/* The default scenario's folder (a fresh string). */
char *paths_default_scenario(void);
/* Create a folder and its parents (mode 0755); 0 or -1 with errno. */
int paths_mkdirs(const char *dir);

#define PATHS_DEFAULT_SCENARIO "info-security-2020"

#endif
