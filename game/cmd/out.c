/* out.c — the files a command writes (out.h). */
#include "cmd/out.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/common.h"
#include "cmd/opt.h"
#include "util/msg.h"
#include "util/xmalloc.h"

/* ---- what may be written ------------------------------------------------ */

int out_is_save(const char *path)
{
	char buf[4096];
	FILE *f = fopen(path, "rb");
	size_t n;
	const char *p, *e;

	if (!f)
		return 0;
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = buf;
	if (n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	for (; *p; p = e + (*e != '\0')) {
		p += strspn(p, " \t\r");
		e = p + strcspn(p, "\n");
		if (p == e || *p == '#' || *p == ';')
			continue;
		return !strncmp(p, "[save]", 6);
	}
	return 0;
}

static int out_same(const struct stat *a, const char *path)
{
	struct stat b;

	return stat(path, &b) == 0 && a->st_dev == b.st_dev &&
	       a->st_ino == b.st_ino;
}

/* Is path a file directly inside the folder dir? (A scenario folder's
 * files are all its inputs.) */
static int out_in_dir(const char *path, const char *dir)
{
	const char *slash = strrchr(path, '/');
	char *parent = slash ? (slash == path ? xstrdup("/") :
				xstrndup(path, (size_t)(slash - path))) :
			       xstrdup(".");
	struct stat d;
	int in = 0;

	if (stat(dir, &d) == 0 && S_ISDIR(d.st_mode))
		in = out_same(&d, parent);
	free(parent);
	return in;
}

static int out_check_any(const char *opt, const char *path,
			 const char *const *inputs, int n,
			 const char *const *others, int nothers,
			 int save_ok)
{
	struct stat st;
	int i;

	if (!strcmp(path, "-"))
		return 0;
	for (i = 0; i < nothers; i++)
		if (others[i] && strcmp(others[i], "-") &&
		    (!strcmp(others[i], path) ||
		     (stat(path, &st) == 0 && out_same(&st, others[i]))))
			return opt_usage("cli.out_twice", "{option} '{file}' "
					 "is also another output of this "
					 "command", "option", opt, "file", path,
					 LANG_END);
	if (stat(path, &st) != 0)
		return 0;	/* a new file: nothing to lose */
	for (i = 0; i < n; i++)
		if (inputs[i] && (out_same(&st, inputs[i]) ||
				  out_in_dir(path, inputs[i])))
			return opt_usage("cli.out_input", "{option} '{file}' "
					 "is one of this command's inputs; "
					 "name another file", "option", opt,
					 "file", path, LANG_END);
	if (!save_ok && S_ISREG(st.st_mode) && out_is_save(path))
		return opt_usage("cli.out_save", "{option} '{file}' is a "
				 "Détente save; name another file (or remove "
				 "it first)", "option", opt, "file", path,
				 LANG_END);
	return 0;
}

int out_check(const char *opt, const char *path, const char *const *inputs,
	      int n, const char *const *others, int nothers)
{
	return out_check_any(opt, path, inputs, n, others, nothers, 0);
}

int out_check_save(const char *opt, const char *path,
		   const char *const *inputs, int n,
		   const char *const *others, int nothers)
{
	return out_check_any(opt, path, inputs, n, others, nothers, 1);
}

/* ---- writing ------------------------------------------------------------ */

/* "dir/.name.XXXXXX" beside path, as the saves' own temporary files. */
static char *out_template(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xasprintf(".%s.XXXXXX", path);
	return xasprintf("%.*s/.%s.XXXXXX", (int)(slash - path), path,
			 slash + 1);
}

static mode_t out_umask(void)
{
	mode_t m = umask(0);

	umask(m);
	return m;
}

static void out_fail(const struct out *o, int err)
{
	cmd_say("detente", RUN_WRITE, o->path, msg_strerror(err));
}

int out_open(struct out *o, const char *path)
{
	struct stat st;
	int fd;

	memset(o, 0, sizeof *o);
	o->path = path;
	if (!strcmp(path, "-")) {
		o->f = stdout;
		return 0;
	}
	/* A device or a pipe (/dev/null, a FIFO) is written as it is: a
	 * temporary file renamed over it would replace it with a file. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	    !S_ISDIR(st.st_mode)) {
		o->own = fopen(path, "w");
		if (!o->own) {
			out_fail(o, errno);
			return -1;
		}
		o->f = o->own;
		return 0;
	}
	o->tmp = out_template(path);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		out_fail(o, errno);
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	/* the old file's permissions, else rw-r--r-- (umask aside) */
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		(void)fchmod(fd, st.st_mode & 0777);
	else
		(void)fchmod(fd, 0644 & ~out_umask());
	o->own = fdopen(fd, "w");
	if (!o->own) {
		out_fail(o, errno);
		close(fd);
		out_abort(o);
		return -1;
	}
	o->f = o->own;
	return 0;
}

int out_commit(struct out *o)
{
	int err = 0;

	o->f = NULL;
	if (!o->own) {		/* standard output: flushed, kept open */
		if (fflush(stdout) != 0)
			err = errno;
		if (err)
			out_fail(o, err);
		return err ? -1 : 0;
	}
	/* Only a temporary file is synced and renamed (a device or a
	 * pipe is written in place, and cannot be synced). */
	if (fflush(o->own) != 0 || ferror(o->own) ||
	    (o->tmp && fsync(fileno(o->own)) != 0))
		err = errno ? errno : EIO;
	if (fclose(o->own) != 0 && !err)
		err = errno;
	o->own = NULL;
	if (!err && o->tmp && rename(o->tmp, o->path) != 0)
		err = errno;
	if (err) {
		out_fail(o, err);
		out_abort(o);
		return -1;
	}
	free(o->tmp);
	o->tmp = NULL;
	return 0;
}

void out_abort(struct out *o)
{
	if (o->own)
		fclose(o->own);
	o->own = NULL;
	o->f = NULL;
	if (o->tmp) {
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
	}
}

int out_write(const char *path, const char *buf, size_t len)
{
	struct out o;

	if (out_open(&o, path) < 0)
		return -1;
	if (o.f == stdout)
		msg_write(stdout, buf, len);
	else
		fwrite(buf, 1, len, o.f);
	return out_commit(&o);
}
