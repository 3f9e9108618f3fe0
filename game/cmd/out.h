/* out.h — the files a command writes (--csv FILE|-, --html FILE, ...).
 *
 * Every output file is written to a temporary file beside it and renamed
 * over it when complete: an interrupted or failed run leaves whatever
 * was there before, whole. "-" is standard output; a device or a pipe
 * (/dev/null, a FIFO) is written in place, never replaced. Before anything is
 * written, out_check refuses an output that is one of the command's own
 * inputs, the same file as another output, or a Détente save (known by
 * its content, whatever its name), so that a forgotten value
 * (`report --csv a.sav b.sav`) never overwrites a save. */
#ifndef CMD_OUT_H
#define CMD_OUT_H

#include <stdio.h>

struct out {
	const char *path;	/* as named; "-": standard output */
	char *tmp;		/* the temporary file, NULL for stdout, a
				   device or a pipe */
	FILE *f;		/* where to write: own, or stdout */
	FILE *own;		/* the temporary file's stream, or NULL */
};

/* 0 when path (named by option opt, "--csv") may be written; else the
 * usage message has been printed and the result is 2. inputs: the files
 * and folders the command reads (a folder's files are its inputs too),
 * n of them; others: paths of the command's other outputs, NULL
 * entries skipped. */
int out_check(const char *opt, const char *path, const char *const *inputs,
	      int n, const char *const *others, int nothers);
/* The same for an output that is itself a save (sim --save): it may
 * replace an older save, never an input or another output. */
int out_check_save(const char *opt, const char *path,
		   const char *const *inputs, int n,
		   const char *const *others, int nothers);

/* Begin writing path. 0, or -1 after a message on stderr. */
int out_open(struct out *o, const char *path);
/* Flush, sync and rename into place. 0, or -1 after a message (the
 * temporary file then removed, the old file left as it was). */
int out_commit(struct out *o);
/* Stop without a trace: the temporary file is removed. */
void out_abort(struct out *o);

/* All of buf to path, atomically (out_open, fwrite, out_commit). */
int out_write(const char *path, const char *buf, size_t len);

/* 1 when the regular file at path begins as a Détente save does: its
 * first line that is neither blank nor a comment is "[save]". */
int out_is_save(const char *path);

#endif
