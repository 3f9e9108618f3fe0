/* paths.c — locating data and saves. */
#include "util/paths.h"
#include "util/xmalloc.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DETENTE_DATADIR
#define DETENTE_DATADIR "/usr/local/share/detente"
#endif

static char *paths_data_dir;
static int paths_tree;

static int paths_is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Does dir hold both scenarios/ and assets/? */
static int paths_has_data(const char *dir)
{
	char *a = xasprintf("%s/scenarios", dir);
	char *b = xasprintf("%s/assets", dir);
	int ok = paths_is_dir(a) && paths_is_dir(b);

	free(a);
	free(b);
	return ok;
}

static char *paths_exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	return xstrdup(buf[0] ? buf : "/");
}

static void paths_find(void)
{
	const char *env = getenv("DETENTE_DATA");
	char *exe, *cand, *slash;

	if (env && *env) {
		paths_data_dir = xstrdup(env);
		return;
	}
	exe = paths_exe_dir();
	if (exe && paths_has_data(exe)) {
		paths_data_dir = exe;
		paths_tree = 1;
		return;
	}
	if (exe) {
		/* exe is resolved (/proc/self/exe), so its parent is the
		 * last '/' away: ../share/detente without the "..", as the
		 * help and messages show it. */
		slash = strrchr(exe, '/');
		cand = xasprintf("%.*s/share/detente",
				 slash ? (int)(slash - exe) : 0, exe);
		free(exe);
		if (paths_has_data(cand)) {
			paths_data_dir = cand;
			return;
		}
		free(cand);
	}
	paths_data_dir = xstrdup(DETENTE_DATADIR);
}

const char *paths_data(void)
{
	if (!paths_data_dir)
		paths_find();
	return paths_data_dir;
}

int paths_in_tree(void)
{
	paths_data();
	return paths_tree;
}

char *paths_data_file(const char *rel)
{
	return xasprintf("%s/%s", paths_data(), rel);
}

char *paths_default_scenario(void)
{
	return paths_data_file("scenarios/" PATHS_DEFAULT_SCENARIO);
}

int paths_mkdirs(const char *dir)
{
	char *p = xstrdup(dir), *s;
	int rc = 0;

	for (s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	if (mkdir(p, 0755) < 0 && errno != EEXIST)
		rc = -1;
	free(p);
	return rc < 0 && !paths_is_dir(dir) ? -1 : 0;
}

char *paths_saves(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	char *dir;

	if (paths_in_tree())
		dir = paths_data_file("saves");
	else if (xdg && *xdg == '/')
		dir = xasprintf("%s/detente/saves", xdg);
	else
		dir = xasprintf("%s/.local/share/detente/saves",
				home && *home ? home : ".");
	paths_mkdirs(dir);
	return dir;
}
