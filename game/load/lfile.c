/* lfile.c — reading scenario files inside their folder. */

/* realpath() is XSI in glibc's eyes, syscall() a glibc extension: ask
 * for both. */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#define _GNU_SOURCE	/* O_PATH */

#include "load/lfile.h"
#include "load/value.h"
#include "util/msg.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifdef SYS_openat2
#include <linux/openat2.h>
#endif

#ifdef O_PATH
#define LFILE_DIR_FLAGS O_PATH
#else
#define LFILE_DIR_FLAGS O_RDONLY
#endif

void lfile_init(struct lfile *f)
{
	memset(f, 0, sizeof *f);
}

void lfile_release(struct lfile *f)
{
	free(f->path);
	free(f->buf);
	lfile_init(f);
}

char *lfile_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (n == 1 && dir[0] == '/')
		return xasprintf("/%s", name);
	return xasprintf("%.*s/%s", (int)n, dir, name);
}

static void lfile_err(struct diag *d, const struct lfile_at *at,
		      enum diag_code code, const char *name, int err)
{
	if (err)
		diag_add(d, at->file, at->line, at->col, code, name,
			 msg_strerror(err));
	else
		diag_add(d, at->file, at->line, at->col, code, name);
}

/* Refuse names that leave the folder on their face. */
static int lfile_name_ok(const char *name, const struct lfile_at *at,
			 struct diag *d)
{
	const char *p = name;
	size_t n;

	if (!*name) {
		diag_add(d, at->file, at->line, at->col, DIAG_PATH_EMPTY);
		return 0;
	}
	if (*name == '/') {
		lfile_err(d, at, DIAG_PATH_ABSOLUTE, name, 0);
		return 0;
	}
	for (;;) {
		n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			lfile_err(d, at, DIAG_PATH_DOTDOT, name, 0);
			return 0;
		}
		if (!p[n])
			return 1;
		p += n + 1;
	}
}

/* Is real (resolved) inside the folder rdir? */
static int lfile_inside(const char *rdir, const char *real)
{
	size_t n = strlen(rdir);

	if (n == 1 && rdir[0] == '/')
		return 1;
	return !strncmp(real, rdir, n) && real[n] == '/';
}

/* Read from fd into f->buf, sized to the file (a byte more, to see a
 * file that grew since fstat) and grown up to one byte over the cap: a
 * buffer of the cap for every file would cost a megabyte a file. */
static int lfile_read_fd(struct lfile *f, int fd, size_t size, size_t *got)
{
	size_t cap = size + 1;
	ssize_t r;

	f->buf = xmalloc(cap + 1);
	*got = 0;
	for (;;) {
		if (*got == cap) {
			if (cap > LFILE_MAX)
				return 0;
			cap = cap > LFILE_MAX / 2 ? LFILE_MAX + 1 : 2 * cap;
			f->buf = xrealloc(f->buf, cap + 1);
		}
		r = read(fd, f->buf + *got, cap - *got);
		if (r == 0)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
		if (r > 0)
			*got += (size_t)r;
	}
}

/* Read a regular file of at most LFILE_MAX bytes from fd. */
static int lfile_slurp(struct lfile *f, int fd, const char *name,
		       const struct lfile_at *at, struct diag *d)
{
	struct stat sb;
	size_t got;

	if (fstat(fd, &sb) < 0) {
		lfile_err(d, at, DIAG_READ, name, errno);
		return -1;
	}
	if (S_ISDIR(sb.st_mode)) {
		lfile_err(d, at, DIAG_READ, name, EISDIR);
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {	/* a FIFO, a device, a socket */
		lfile_err(d, at, DIAG_NOT_FILE, name, 0);
		return -1;
	}
	if (sb.st_size > LFILE_MAX) {
		lfile_err(d, at, DIAG_TOO_BIG, name, 0);
		return -1;
	}
	if (lfile_read_fd(f, fd, (size_t)sb.st_size, &got) < 0) {
		lfile_err(d, at, DIAG_READ, name, errno);
		return -1;
	}
	if (got > LFILE_MAX) {
		lfile_err(d, at, DIAG_TOO_BIG, name, 0);
		return -1;
	}
	f->buf[got] = '\0';
	f->len = got;
	return 0;
}

/* Open real, a path without links inside rdir, beneath rdir, refusing
 * any link met on the way (RESOLVE_NO_SYMLINKS): the kernel checks
 * every step as it takes it. -1 with errno; ENOSYS when the kernel (or
 * a sandbox) does not offer it. */
static int lfile_openat2(const char *rdir, const char *real)
{
#ifdef SYS_openat2
	struct open_how how;
	const char *rel = real + strlen(rdir) + (strcmp(rdir, "/") != 0);
	/* O_PATH: a folder we may search but not list (mode --x) still
	 * lets us open the files in it that we may read. */
	int dfd = open(rdir, LFILE_DIR_FLAGS | O_DIRECTORY | O_CLOEXEC), fd, e;

	if (dfd < 0)
		return -1;
	memset(&how, 0, sizeof how);
	how.flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC;
	how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
	fd = (int)syscall(SYS_openat2, dfd, rel, &how, sizeof how);
	e = errno;
	close(dfd);
	errno = e;
	return fd;
#else
	(void)rdir; (void)real;
	errno = ENOSYS;
	return -1;
#endif
}

/* Without openat2: no link at the end (O_NOFOLLOW), and the path of the
 * file opened, read back from /proc, must be inside rdir. */
static int lfile_open_checked(const char *rdir, const char *real)
{
	char proc[64], buf[4096];
	ssize_t n;
	int fd = open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);

	if (fd < 0)
		return -1;
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	n = readlink(proc, buf, sizeof buf - 1);
	if (n < 0)
		return fd;	/* no /proc: the checks before must do */
	buf[n] = '\0';
	if (lfile_inside(rdir, buf))
		return fd;
	close(fd);
	errno = EXDEV;
	return -1;
}

/* Open real, found inside rdir a moment ago, so that what is opened is
 * still inside: on a shared machine the folder's owner may swap one of
 * its folders for a link to elsewhere between the check and the open.
 * O_NONBLOCK: a FIFO must not hang the loader before fstat refuses it.
 * -1 with errno; EXDEV or ELOOP: the path led outside. */
static int lfile_open_inside(const char *rdir, const char *real)
{
	int fd = lfile_openat2(rdir, real);

	if (fd >= 0 || (errno != ENOSYS && errno != EPERM &&
			errno != EINVAL && errno != E2BIG))
		return fd;
	return lfile_open_checked(rdir, real);
}

static int lfile_open(struct lfile *f, const char *fspath, const char *rdir,
		      const char *name, const struct lfile_at *at,
		      struct diag *d)
{
	char *real = realpath(fspath, NULL);
	int fd, rc;

	if (!real) {
		lfile_err(d, at, DIAG_OPEN, name, errno);
		return -1;
	}
	if (!lfile_inside(rdir, real)) {
		lfile_err(d, at, DIAG_PATH_OUTSIDE, name, 0);
		free(real);
		return -1;
	}
	fd = lfile_open_inside(rdir, real);
	free(real);
	if (fd < 0 && (errno == EXDEV || errno == ELOOP)) {
		lfile_err(d, at, DIAG_PATH_OUTSIDE, name, 0);
		return -1;
	}
	if (fd < 0) {
		lfile_err(d, at, DIAG_OPEN, name, errno);
		return -1;
	}
	rc = lfile_slurp(f, fd, name, at, d);
	close(fd);
	return rc;
}

int lfile_read(struct lfile *f, const char *dir, const char *rdir,
	       const char *name, const struct lfile_at *at, struct diag *d)
{
	char *fspath;

	lfile_release(f);
	f->path = lfile_join(dir, name);
	if (!lfile_name_ok(name, at, d))
		return -1;
	fspath = xasprintf("%s/%s", dir, name);
	if (lfile_open(f, fspath, rdir, name, at, d) < 0) {
		free(fspath);
		free(f->buf);
		f->buf = NULL;
		f->len = 0;
		return -1;
	}
	free(fspath);
	if (f->len >= 3 && !memcmp(f->buf, "\xef\xbb\xbf", 3))
		f->skip = 3;
	return lfile_check_text(f->path, f->buf, f->len, d);
}

/* Line and column of byte at in buf, counting from start. */
static void lfile_place(const char *buf, size_t start, size_t at, int *line,
			int *col)
{
	size_t i, bol = start;

	*line = 1;
	for (i = start; i < at; i++)
		if (buf[i] == '\n') {
			(*line)++;
			bol = i + 1;
		}
	*col = 1 + value_cols(buf + bol, at - bol);
}

/* Is buf UTF-16: its byte-order mark, or a NUL in every other byte of
 * its start (ASCII text saved as UTF-16 by a spreadsheet or Notepad)? */
static int lfile_utf16(const char *buf, size_t len)
{
	size_t i, n = len < 64 ? len : 64, odd = 0, even = 0;

	if (len >= 2 && ((buf[0] == '\xff' && buf[1] == '\xfe') ||
			 (buf[0] == '\xfe' && buf[1] == '\xff')))
		return 1;
	for (i = 0; i + 1 < n; i += 2) {
		even += !buf[i];
		odd += !buf[i + 1];
	}
	return n >= 8 && (odd * 4 >= n || even * 4 >= n);
}

/* The likely 8-bit encoding of a file that is not UTF-8: Cyrillic
 * Windows-1251 when its bytes above 0x7f are mostly letters of that
 * range (0xc0-0xff) in runs, as Cyrillic words are; else Windows-1252
 * (Latin-1 with the quotation marks and dashes of 0x80-0x9f). A file
 * with UTF-8 letters before its first bad byte (at bad) is UTF-8 with a
 * damaged byte: no guess then. */
static enum diag_code lfile_8bit(const char *buf, size_t len, size_t bad)
{
	size_t i, high = 0, runs = 0, run = 0;

	for (i = 0; i < bad; i++)
		if ((unsigned char)buf[i] >= 0x80)
			return DIAG_UTF8;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)buf[i];

		if (c >= 0xc0) {
			high++;
			run++;
			continue;
		}
		runs += run >= 3;
		run = 0;
	}
	runs += run >= 3;
	return runs >= 2 && high >= 8 ? DIAG_UTF8_1251 : DIAG_UTF8_1252;
}

int lfile_check_text(const char *path, const char *buf, size_t len,
		     struct diag *d)
{
	size_t start = len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3) ? 3 : 0;
	size_t bad = start + utf8_invalid_at(buf + start, len - start);
	const char *nul = memchr(buf + start, '\0', len - start);
	size_t at;
	unsigned cp;
	int line, col;

	if (!start && lfile_utf16(buf, len)) {
		diag_add(d, path, 1, 1, DIAG_UTF16);
		return -1;
	}
	if (nul && (size_t)(nul - buf) < bad) {
		lfile_place(buf, start, (size_t)(nul - buf), &line, &col);
		diag_add(d, path, line, col, DIAG_NUL);
		return -1;
	}
	if (msg_control_at(buf + start, bad - start, &at, &cp)) {
		lfile_place(buf, start, start + at, &line, &col);
		diag_add(d, path, line, col, DIAG_CONTROL, cp);
		return -1;
	}
	if (bad < len) {
		lfile_place(buf, start, bad, &line, &col);
		diag_add(d, path, line, col, lfile_8bit(buf + start,
							len - start,
							bad - start));
		return -1;
	}
	return 0;
}
