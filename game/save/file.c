/* file.c — reading a save's bytes; replacing a file atomically. */
#include "save/file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/msg.h"
#include "util/xmalloc.h"

/* ---- reading ------------------------------------------------------------ */

static int read_fd(int fd, const char *path, struct strbuf *sb,
		   struct save_err *err)
{
	char chunk[65536];
	ssize_t n;

	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			save_err_set(err, path, 0, 0, SAVE_READ, path,
				     msg_strerror(errno));
			return -1;
		}
		if (n == 0)
			return 0;
		if (sb->len + (size_t)n > SAVE_MAX_BYTES) {
			save_err_set(err, path, 0, 0, SAVE_TOO_BIG, path);
			return -1;
		}
		strbuf_add(sb, chunk, (size_t)n);
	}
}

int save_read_file(const char *path, struct strbuf *out,
		   struct save_err *err)
{
	struct stat st;
	int fd, rc = -1;

	save_err_clear(err);
	/* O_NONBLOCK: a FIFO given by mistake must not hang the game. */
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		save_err_set(err, path, 0, 0, SAVE_OPEN, path,
			     msg_strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0)
		save_err_set(err, path, 0, 0, SAVE_READ, path,
			     msg_strerror(errno));
	else if (S_ISDIR(st.st_mode))
		save_err_set(err, path, 0, 0, SAVE_READ, path,
			     msg_strerror(EISDIR));
	else if (!S_ISREG(st.st_mode))
		save_err_set(err, path, 0, 0, SAVE_NOT_FILE, path);
	else if (st.st_size > SAVE_MAX_BYTES)
		save_err_set(err, path, 0, 0, SAVE_TOO_BIG, path);
	else
		rc = read_fd(fd, path, out, err);
	close(fd);
	return rc;
}

/* ---- atomic replacement ------------------------------------------------- */

static int write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* "dir/.name.PID.XXXXXX" beside path, and dir ("." when path has none).
 * The writer's process id in the name, and a lock on the file while it
 * is written, are what save_clean_temps goes by. */
static char *temp_template(const char *path, char **dir)
{
	const char *slash = strrchr(path, '/');
	long pid = (long)getpid();

	if (!slash) {
		*dir = xstrdup(".");
		return xasprintf(".%s.%ld.XXXXXX", path, pid);
	}
	*dir = slash == path ? xstrdup("/") :
	       xstrndup(path, (size_t)(slash - path));
	return xasprintf("%.*s/.%s.%ld.XXXXXX", (int)(slash - path), path,
			 slash + 1, pid);
}

/* The file's new mode: the old file's, or rw-r--r--. */
static mode_t target_mode(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 0777;
	return 0644;
}

/* Write the temporary file and flush it to the disk. */
static int fill_temp(int fd, const char *data, size_t len, mode_t mode)
{
	if (fchmod(fd, mode) < 0 || write_all(fd, data, len) < 0 ||
	    fsync(fd) < 0)
		return -1;
	return 0;
}

/* The rename is only durable once the folder's entry is on disk. A
 * folder that cannot be synced (some file systems refuse) still holds
 * the new file, so this is best effort: reporting a failure here would
 * tell the player that a save which is there is not. */
static void sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd < 0)
		return;
	(void)fsync(fd);
	close(fd);
}

int save_write_file(const char *path, const char *data, size_t len,
		    struct save_err *err)
{
	char *dir, *tmp = temp_template(path, &dir);
	int fd, rc = -1;
	mode_t mode = target_mode(path);

	save_err_clear(err);
	fd = mkstemp(tmp);
	if (fd < 0) {
		int e = errno;

		save_err_set(err, path, 0, 0, SAVE_WRITE, path,
			     msg_strerror(e));
		err->errnum = e;
		goto out;
	}
	/* Held until the file is renamed: a sweep (save_clean_temps)
	 * leaves a locked file alone. A file system without locks still
	 * has the process id in the name. */
	(void)flock(fd, LOCK_EX | LOCK_NB);
	if (fill_temp(fd, data, len, mode) < 0 || rename(tmp, path) < 0) {
		int e = errno;

		unlink(tmp);
		close(fd);
		save_err_set(err, path, 0, 0, SAVE_WRITE, path,
			     msg_strerror(e));
		err->errnum = e;
		goto out;
	}
	/* The data reached the disk (fsync) before the rename: a failing
	 * close now could not undo it. */
	close(fd);
	sync_dir(dir);
	rc = 0;
out:
	free(tmp);
	free(dir);
	return rc;
}

/* Is name ".BASE.PID.XXXXXX", a temporary file of a write of base? Its
 * writer's process id, or 0. */
static long temp_owner(const char *name, const char *base)
{
	size_t n = strlen(base), i;
	const char *p;
	char *end;
	long pid;

	if (name[0] != '.' || strncmp(name + 1, base, n) != 0 ||
	    name[n + 1] != '.' || name[n + 2] < '1' || name[n + 2] > '9')
		return 0;
	errno = 0;
	pid = strtol(name + n + 2, &end, 10);
	if (errno || pid <= 0 || *end != '.' || strlen(end + 1) != 6)
		return 0;
	for (p = end + 1, i = 0; p[i]; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') ||
		      (p[i] >= 'A' && p[i] <= 'Z') ||
		      (p[i] >= '0' && p[i] <= '9')))
			return 0;
	return pid;
}

/* Remove the temporary file at p if it is provably abandoned: its
 * writer is no longer running, and nobody holds its lock (a writer
 * whose process id we cannot see, in another pid namespace, still
 * does). Anything else may be a write under way in another process. */
static void temp_sweep(const char *p, long pid)
{
	int fd;

	if (pid == (long)getpid() || kill((pid_t)pid, 0) == 0 ||
	    errno != ESRCH)
		return;
	fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return;
	if (flock(fd, LOCK_EX | LOCK_NB) == 0)
		unlink(p);
	close(fd);
}

void save_clean_temps(const char *path)
{
	char *dir, *tmp = temp_template(path, &dir);
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	struct dirent *de;
	DIR *d = opendir(dir);
	long pid;

	while (d && (de = readdir(d)) != NULL) {
		pid = temp_owner(de->d_name, base);
		if (pid > 0) {
			char *p = xasprintf("%s/%s", dir, de->d_name);

			temp_sweep(p, pid);
			free(p);
		}
	}
	if (d)
		closedir(d);
	free(tmp);
	free(dir);
}
