/* test_save_io.c — saves on the disk: atomic replacement, failed writes
 * that leave the old save whole, files that cannot be read, a game
 * killed at any moment that resumes at its last completed turn, and the
 * list of saves in a folder. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include "load/load-msgs.h"
#include "load/load.h"
#include "save/list.h"
#include "test_save.h"

static int setup(void **state)
{
	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1601035200", 1);
	return 0;
}

/* Run a shell command on a path (to set up file-system states). */
static void sh(const char *cmd0, const char *arg)
{
	char cmd[4200];

	snprintf(cmd, sizeof cmd, "%s '%s'", cmd0, arg);
	assert_int_equal(system(cmd), 0);
}

/* A command's first line of output (static buffer). */
static const char *sh_out(const char *cmd0, const char *arg)
{
	static char buf[256];
	char cmd[4200];
	FILE *f;

	snprintf(cmd, sizeof cmd, "%s '%s'", cmd0, arg);
	f = popen(cmd, "r");
	assert_non_null(f);
	if (!fgets(buf, sizeof buf, f))
		buf[0] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	pclose(f);
	return buf;
}

/* Names in dir other than . and .., sorted, joined by spaces. */
static char *dir_names(const char *dir)
{
	struct strbuf sb = STRBUF_INIT;
	struct dirent **v;
	int n = scandir(dir, &v, NULL, alphasort), i;

	assert_true(n >= 0);
	for (i = 0; i < n; i++) {
		if (strcmp(v[i]->d_name, ".") && strcmp(v[i]->d_name, ".."))
			strbuf_addf(&sb, "%s%s", sb.len ? " " : "",
				    v[i]->d_name);
		free(v[i]);
	}
	free(v);
	return strbuf_detach(&sb);
}

/* A game of people with an autosave file, n turns in. */
static void game_at(struct savegame *sg, const struct scenario *sc,
		    const char *path, int n)
{
	struct save_player pl[2];
	struct save_err err;

	ts_players(pl, "human", "random");
	assert_int_equal(savegame_new(sg, sc, 17, pl, "en", &err), 0);
	assert_int_equal(savegame_save_as(sg, path, &err), 0);
	assert_int_equal(ts_play(sg, n), 0);
}

static void test_write_is_atomic(void **state)
{
	char *dir = ts_tmpdir(), *path = xasprintf("%s/g.sav", dir), *s, *n;
	struct save_err err;

	(void)state;
	assert_int_equal(save_write_file(path, "one\n", 4, &err), 0);
	assert_string_equal(sh_out("stat -c %a", path), "644");
	sh("chmod 600", path);
	assert_int_equal(save_write_file(path, "two\n", 4, &err), 0);
	s = ts_slurp(path, NULL);
	assert_string_equal(s, "two\n");
	n = dir_names(dir);
	assert_string_equal(n, "g.sav");	/* no temporary file left */
	/* The old file's permissions are kept. */
	assert_string_equal(sh_out("stat -c %a", path), "600");
	free(s);
	free(n);
	free(path);
	ts_rmdir(dir);
}

/* Each way a write can fail leaves what was there, and nothing else. */
static void test_write_failures(void **state)
{
	char *dir = ts_tmpdir(), *p, *names, want[2200];
	struct save_err err;

	(void)state;
	p = xasprintf("%s/d.sav", dir);
	sh("mkdir", p);
	assert_int_equal(save_write_file(p, "x\n", 2, &err), -1);
	snprintf(want, sizeof want, "cannot write '%s': is a directory", p);
	assert_string_equal(ts_err(&err), want);
	free(p);
	p = xasprintf("%s/f", dir);
	ts_spit(p, "a file\n");
	free(p);
	p = xasprintf("%s/f/g.sav", dir);
	assert_int_equal(save_write_file(p, "x\n", 2, &err), -1);
	snprintf(want, sizeof want, "cannot write '%s': not a directory", p);
	assert_string_equal(ts_err(&err), want);
	free(p);
	p = xasprintf("%s/none/g.sav", dir);
	assert_int_equal(save_write_file(p, "x\n", 2, &err), -1);
	snprintf(want, sizeof want, "cannot write '%s': no such file or "
		 "directory", p);
	assert_string_equal(ts_err(&err), want);
	free(p);
	names = dir_names(dir);
	assert_string_equal(names, "d.sav f");
	free(names);
	ts_rmdir(dir);
}

/* A file-size limit, as a full disk would: the turn is played, the
 * write fails with a message, the old save is whole and no temporary
 * file is left. In a child, whose limit ends with it. */
static void test_size_limit_keeps_old_save(void **state)
{
	struct scenario *sc = ts_scenario();
	char *dir = ts_tmpdir(), *path = xasprintf("%s/g.sav", dir);
	char *before, *after, *names, msg[2200] = "", want[2200];
	struct savegame sg;
	size_t len = 0;
	int fd[2], status;
	pid_t pid;

	(void)state;
	game_at(&sg, sc, path, 4);
	before = ts_slurp(path, &len);
	assert_non_null(before);
	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit rl = { len / 2, len / 2 };
		struct save_err err;
		struct move mv[2];
		int rc;

		signal(SIGXFSZ, SIG_IGN);
		setrlimit(RLIMIT_FSIZE, &rl);
		ts_moves(&sg.g, 4, mv);
		rc = savegame_play(&sg, mv, &err);
		dprintf(fd[1], "%d %d %s", rc, sg.g.st.turn, ts_err(&err));
		_exit(0);
	}
	close(fd[1]);
	assert_true(read(fd[0], msg, sizeof msg - 1) > 0);
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	snprintf(want, sizeof want, "1 5 cannot write '%s': file too large",
		 path);
	assert_string_equal(msg, want);
	after = ts_slurp(path, NULL);
	assert_string_equal(before, after);
	names = dir_names(dir);
	assert_string_equal(names, "g.sav");
	free(names);
	free(before);
	free(after);
	savegame_release(&sg);
	free(path);
	ts_rmdir(dir);
	fixture_free(sc);
}

static void test_read_failures(void **state)
{
	char *dir = ts_tmpdir(), *p, want[2200];
	struct save sv;
	struct save_err err;
	FILE *f;

	(void)state;
	save_init(&sv);
	p = xasprintf("%s/none.sav", dir);
	assert_int_equal(save_read(&sv, p, &err), -1);
	snprintf(want, sizeof want, "cannot open '%s': no such file or "
		 "directory", p);
	assert_string_equal(ts_err(&err), want);
	free(p);
	assert_int_equal(save_read(&sv, dir, &err), -1);
	snprintf(want, sizeof want, "cannot read '%s': is a directory", dir);
	assert_string_equal(ts_err(&err), want);
	p = xasprintf("%s/fifo.sav", dir);
	sh("mkfifo", p);
	assert_int_equal(save_read(&sv, p, &err), -1);	/* and no hang */
	snprintf(want, sizeof want, "cannot read '%s': not a regular file",
		 p);
	assert_string_equal(ts_err(&err), want);
	free(p);
	p = xasprintf("%s/big.sav", dir);
	f = fopen(p, "w");
	assert_non_null(f);
	assert_int_equal(ftruncate(fileno(f), SAVE_MAX_BYTES + 1), 0);
	fclose(f);
	assert_int_equal(save_read(&sv, p, &err), -1);
	snprintf(want, sizeof want, "'%s' is too large for a save (at most 16 "
		 "MiB)", p);
	assert_string_equal(ts_err(&err), want);
	free(p);
	if (geteuid() != 0) {	/* root reads any file */
		p = xasprintf("%s/locked.sav", dir);
		ts_spit(p, "[save]\n");
		sh("chmod 0", p);
		assert_int_equal(save_read(&sv, p, &err), -1);
		snprintf(want, sizeof want, "cannot open '%s': permission "
			 "denied", p);
		assert_string_equal(ts_err(&err), want);
		free(p);
	}
	ts_rmdir(dir);
}

/* ---- killed at any moment ------------------------------------------- */

/* The child: play and autosave turn after turn, telling the parent the
 * number of each turn saved, until killed. */
static void play_until_killed(const struct scenario *sc, const char *path,
			      int fd)
{
	struct savegame sg;

	game_at(&sg, sc, path, 0);
	for (;;) {
		int t;

		if (ts_play(&sg, 1) != 0)
			_exit(3);
		t = sg.g.st.turn;
		if (write(fd, &t, sizeof t) != sizeof t || game_over(&sg.g))
			_exit(2);
	}
}

/* Kill a playing child with sig after `after` saved turns and a pause of
 * `usec`; return the last turn it reported saved. */
static int kill_child(const struct scenario *sc, const char *path, int sig,
		      int after, int usec)
{
	int fd[2], t = 0, last = 0, status, i;
	pid_t pid;

	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fd[0]);
		play_until_killed(sc, path, fd[1]);
	}
	close(fd[1]);
	for (i = 0; i < after; i++) {
		assert_int_equal(read(fd[0], &t, sizeof t), sizeof t);
		last = t;
	}
	{
		struct timespec ts = { 0, usec * 1000L };

		nanosleep(&ts, NULL);
	}
	kill(pid, sig);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), sig);
	while (read(fd[0], &t, sizeof t) == sizeof t)
		last = t;
	close(fd[0]);
	return last;
}

static void test_killed_mid_turn_resumes(void **state)
{
	static const int sigs[] = { SIGHUP, SIGKILL, SIGTERM, SIGINT };
	struct scenario *sc = ts_scenario();
	char *dir = ts_tmpdir(), *path = xasprintf("%s/g.sav", dir), *names;
	int i;

	(void)state;
	sc->nrungs = 1;		/* no open conflict: a game that goes on */
	sc->rules.turns = SC_MAX_TURNS;
	for (i = 0; i < 24; i++) {
		int sig = sigs[i % 4], last, turn;
		struct savegame sg;
		struct save sv;
		struct save_err err;

		last = kill_child(sc, path, sig, 1 + (i * 7) % 30,
				  (i * 397) % 2500);
		save_init(&sv);
		if (save_read(&sv, path, &err) < 0 ||
		    savegame_open(&sg, &sv, sc, &err) < 0)
			fail_msg("signal %d, run %d: %s", sig, i, ts_err(&err));
		turn = sg.g.st.turn;
		/* Every turn reported saved is there; at most one more was
		 * saved before the report could be sent. */
		if (turn < last || turn > last + 1)
			fail_msg("signal %d: saved %d, resumed at %d", sig,
				 last, turn);
		savegame_release(&sg);
		save_release(&sv);
	}
	/* A kill during a write leaves its temporary file; the next game
	 * to take the save sweeps them. */
	save_clean_temps(path);
	names = dir_names(dir);
	assert_string_equal(names, "g.sav");
	free(names);
	free(path);
	ts_rmdir(dir);
	fixture_free(sc);
}

/* A process id that is no longer running: a child's, reaped. */
static long dead_pid(void)
{
	pid_t pid = fork();
	int status;

	assert_true(pid >= 0);
	if (pid == 0)
		_exit(0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return (long)pid;
}

/* Is dir/.g.sav.<pid>.<tag> (pid 0: ".g.sav.<tag>") there? */
static int temp_there(const char *dir, const char *save, long pid,
		      const char *tag)
{
	char *p = pid ? xasprintf("%s/.%s.%ld.%s", dir, save, pid, tag) :
		  xasprintf("%s/.%s.%s", dir, save, tag);
	int r = access(p, F_OK) == 0;

	free(p);
	return r;
}

/* Make dir/.SAVE.PID.TAG (as temp_there). */
static void temp_make(const char *dir, const char *save, long pid,
		      const char *tag)
{
	char *p = pid ? xasprintf("%s/.%s.%ld.%s", dir, save, pid, tag) :
		  xasprintf("%s/.%s.%s", dir, save, tag);

	ts_spit(p, "part of a save\n");
	free(p);
}

/* The sweep takes only temporary files that are provably abandoned: a
 * reader (replay, report, load) must never take the file another
 * process is writing. */
static void test_clean_temps_spares_writers(void **state)
{
	char *dir = ts_tmpdir(), *path = xasprintf("%s/g.sav", dir), *p;
	long dead = dead_pid();
	int fd[2], lk;
	pid_t live;

	(void)state;
	assert_int_equal(pipe(fd), 0);
	live = fork();
	assert_true(live >= 0);
	if (live == 0) {	/* a writer, alive until the pipe closes */
		char c;

		close(fd[1]);
		_exit(read(fd[0], &c, 1) < 0);
	}
	close(fd[0]);
	ts_spit(path, "[save]\n");
	temp_make(dir, "g.sav", (long)live, "Ab12Cd");	/* being written */
	temp_make(dir, "g.sav", dead, "Dead00");	/* abandoned */
	/* A dead id, but the lock is held: a writer we cannot see. */
	temp_make(dir, "g.sav", dead, "Locked");
	p = xasprintf("%s/.g.sav.%ld.Locked", dir, dead);
	lk = open(p, O_RDONLY);
	assert_true(lk >= 0);
	assert_int_equal(flock(lk, LOCK_EX), 0);
	free(p);
	/* Not this save's, and not of our pattern: never touched. */
	temp_make(dir, "h.sav", dead, "Other1");
	temp_make(dir, "g.sav", 0, "NoPid1");

	save_clean_temps(path);
	assert_true(temp_there(dir, "g.sav", (long)live, "Ab12Cd"));
	assert_false(temp_there(dir, "g.sav", dead, "Dead00"));
	assert_true(temp_there(dir, "g.sav", dead, "Locked"));
	assert_true(temp_there(dir, "h.sav", dead, "Other1"));
	assert_true(temp_there(dir, "g.sav", 0, "NoPid1"));
	assert_int_equal(access(path, F_OK), 0);

	/* The writer ends, the lock is let go: both are abandoned now. */
	close(fd[1]);
	assert_int_equal(waitpid(live, NULL, 0), live);
	close(lk);
	save_clean_temps(path);
	assert_false(temp_there(dir, "g.sav", (long)live, "Ab12Cd"));
	assert_false(temp_there(dir, "g.sav", dead, "Locked"));
	assert_true(temp_there(dir, "h.sav", dead, "Other1"));
	assert_true(temp_there(dir, "g.sav", 0, "NoPid1"));
	free(path);
	ts_rmdir(dir);
}

/* ---- the list ------------------------------------------------------------ */

static void test_list(void **state)
{
	struct scenario *sc = ts_scenario();
	char *dir = ts_tmpdir(), *p, *latest;
	struct save_entry *v;
	struct save_err err;
	struct savegame sg;
	size_t n;

	(void)state;
	p = xasprintf("%s/older.sav", dir);
	game_at(&sg, sc, p, 2);
	savegame_release(&sg);
	free(p);
	setenv("SOURCE_DATE_EPOCH", "1601035260", 1);
	p = xasprintf("%s/newer.sav", dir);
	game_at(&sg, sc, p, 3);
	assert_int_equal(savegame_set_name(&sg, "Tuesday", &err), 0);
	savegame_release(&sg);
	free(p);
	setenv("SOURCE_DATE_EPOCH", "1601035200", 1);
	p = xasprintf("%s/broken.sav", dir);
	ts_spit(p, "[save]\nformat = 1\nscena");
	free(p);
	p = xasprintf("%s/.g.sav.Ab12Cd", dir);
	ts_spit(p, "a temporary file\n");
	free(p);
	p = xasprintf("%s/notes.txt", dir);
	ts_spit(p, "notes\n");
	free(p);
	assert_int_equal(save_list(dir, &v, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(v[0].name, "Tuesday");
	assert_int_equal(v[0].turn, 3);
	assert_string_equal(v[0].scenario, "crisis");
	assert_string_equal(v[0].player[1].name, "random");
	assert_true(v[0].updated == 1601035260);
	assert_string_equal(v[1].name, "older");
	assert_null(v[1].error);
	assert_string_equal(v[2].name, "broken");
	assert_non_null(v[2].error);
	assert_non_null(strstr(v[2].error, "broken.sav:3:6: the save ends "
			       "in the middle of a line: it is truncated"));
	save_list_free(v, n);
	assert_int_equal(save_latest(dir, &latest, &err), 0);
	assert_non_null(strstr(latest, "/newer.sav"));
	free(latest);
	/* Two games that ask for a name in the same second, before either
	 * has written a save, get two files: each name is made at once. */
	p = save_path_new(dir, "crisis");
	assert_non_null(strstr(p, "/crisis-20200925-120000.sav"));
	assert_int_equal(access(p, F_OK), 0);
	free(p);
	p = save_path_new(dir, "crisis");
	assert_non_null(strstr(p, "/crisis-20200925-120000-2.sav"));
	/* A game never saved gives its name back; a save stays. */
	save_path_drop(p);
	assert_int_equal(access(p, F_OK), -1);
	free(p);
	p = xasprintf("%s/crisis-20200925-120000.sav", dir);
	ts_spit(p, "[save]\n");
	save_path_drop(p);
	assert_int_equal(access(p, F_OK), 0);
	free(p);
	p = xasprintf("%s/missing", dir);
	assert_int_equal(save_list(p, &v, &n, &err), 0);
	assert_int_equal(n, 0);
	save_list_free(v, n);
	free(p);
	ts_rmdir(dir);
	fixture_free(sc);
}

/* A game on the four-turn test scenario, in dir/name, n turns in. */
static void mini_at(const struct scenario *sc, const char *dir,
		    const char *name, int n)
{
	struct savegame sg;
	char *p = xasprintf("%s/%s", dir, name);

	game_at(&sg, sc, p, n);
	savegame_release(&sg);
	free(p);
}

/* "continue" takes the newest game that goes on: not a finished one,
 * not a damaged file, not a save whose scenario is gone. */
static void test_latest_open(void **state)
{
	struct scenario sc;
	struct diag d;
	char *dir = ts_tmpdir(), *p, *text, *latest;
	struct save_entry *v;
	struct save_binfo info;
	struct scenario *got;
	struct save_err err;
	size_t n, i;

	(void)state;
	memset(&sc, 0, sizeof sc);
	diag_init(&d, &load_msgs);
	assert_int_equal(scenario_load(&sc, "tests/e2e/mini", &d), 0);
	diag_release(&d);
	mini_at(&sc, dir, "open.sav", 2);
	setenv("SOURCE_DATE_EPOCH", "1601035260", 1);
	mini_at(&sc, dir, "done.sav", 4);
	/* The same game, for a scenario nobody has. */
	p = xasprintf("%s/open.sav", dir);
	text = ts_slurp(p, NULL);
	free(p);
	memcpy(strstr(text, "scenario = e2e-mini"), "scenario = e2e-nope",
	       19);
	*strstr(text, "scenario_dir = ") = '#';
	strstr(text, "updated = ")[strlen("updated = 2020-09-25T12:0")] = '9';
	p = xasprintf("%s/gone.sav", dir);
	ts_spit(p, text);
	free(p);
	free(text);
	p = xasprintf("%s/bad.sav", dir);
	ts_spit(p, "[save]\n");
	free(p);
	setenv("SOURCE_DATE_EPOCH", "1601035200", 1);

	assert_int_equal(save_latest_open(dir, &latest, &err), 0);
	assert_non_null(latest);
	assert_non_null(strstr(latest, "/open.sav"));
	free(latest);
	assert_int_equal(save_list(dir, &v, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_non_null(strstr(v[0].path, "/gone.sav"));
	assert_int_equal(v[1].turn_limit, 4);
	for (i = 0; i < n; i++) {
		int rc = save_entry_open(&v[i], &got, &info, &err);

		if (strstr(v[i].path, "/done.sav")) {
			assert_int_equal(rc, 0);
			assert_int_not_equal(info.ending, END_NONE);
			assert_int_equal(info.turns, 4);
		} else if (strstr(v[i].path, "/open.sav")) {
			assert_int_equal(rc, 0);
			assert_int_equal(info.ending, END_NONE);
			assert_string_equal(got->id, "e2e-mini");
		} else {
			assert_int_equal(rc, -1);
			assert_null(got);
		}
		if (got) {
			scenario_release(got);
			free(got);
		}
	}
	save_list_free(v, n);
	ts_rmdir(dir);
	scenario_release(&sc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_write_is_atomic),
		cmocka_unit_test(test_write_failures),
		cmocka_unit_test(test_size_limit_keeps_old_save),
		cmocka_unit_test(test_read_failures),
		cmocka_unit_test(test_killed_mid_turn_resumes),
		cmocka_unit_test(test_clean_temps_spares_writers),
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_latest_open),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
