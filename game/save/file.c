/* file.c — reading a save's bytes; replacing a file atomically. */
#include "save/file.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* "dir/.name.XXXXXX" beside path, and dir ("." when path has none). */
static char *temp_template(const char *path, char **dir)
{
	const char *slash = strrchr(path, '/');

	if (!slash) {
		*dir = xstrdup(".");
		return xasprintf(".%s.XXXXXX", path);
	}
	*dir = slash == path ? xstrdup("/") :
	       xstrndup(path, (size_t)(slash - path));
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path,
			 slash + 1);
}

/* The file's new mode: the old file's, or rw-r--r--. */
static mode_t target_mode(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 0777;
	return 0644;
}

/* Write, flush to the disk and close the temporary file. */
static int fill_temp(int fd, const char *data, size_t len, mode_t mode)
{
	int rc = 0, e = 0;

	if (fchmod(fd, mode) < 0 || write_all(fd, data, len) < 0 ||
	    fsync(fd) < 0) {
		e = errno;
		rc = -1;
	}
	if (close(fd) < 0 && rc == 0) {
		e = errno;
		rc = -1;
	}
	errno = e;
	return rc;
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
	if (fill_temp(fd, data, len, mode) < 0 || rename(tmp, path) < 0) {
		int e = errno;

		unlink(tmp);
		save_err_set(err, path, 0, 0, SAVE_WRITE, path,
			     msg_strerror(e));
		err->errnum = e;
		goto out;
	}
	sync_dir(dir);
	rc = 0;
out:
	free(tmp);
	free(dir);
	return rc;
}


/* Is name ".BASE.XXXXXX", a temporary file of mkstemp for base? */
static int is_temp_of(const char *name, const char *base)
{
	size_t n = strlen(base), i;

	if (name[0] != '.' || strncmp(name + 1, base, n) != 0 ||
	    name[n + 1] != '.' || strlen(name + n + 2) != 6)
		return 0;
	for (i = n + 2; name[i]; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') ||
		      (name[i] >= 'A' && name[i] <= 'Z') ||
		      (name[i] >= '0' && name[i] <= '9')))
			return 0;
	return 1;
}

void save_clean_temps(const char *path)
{
	char *dir, *tmp = temp_template(path, &dir);
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	struct dirent *de;
	DIR *d = opendir(dir);

	while (d && (de = readdir(d)) != NULL) {
		if (is_temp_of(de->d_name, base)) {
			char *p = xasprintf("%s/%s", dir, de->d_name);

			unlink(p);
			free(p);
		}
	}
	if (d)
		closedir(d);
	free(tmp);
	free(dir);
}
