/* file.h — reading a save's bytes, and replacing a file atomically.
 *
 * Plain file work, with no engine headers: any module may use it. */
#ifndef SAVE_FILE_H
#define SAVE_FILE_H

#include <stddef.h>

#include "save/err.h"
#include "util/strbuf.h"

#define SAVE_MAX_BYTES (16 * 1024 * 1024)

/* Append the bytes of the regular file at path (at most SAVE_MAX_BYTES)
 * to out. A directory, a FIFO or a device is refused without blocking.
 * 0, or -1 with err ("cannot read 'x.sav': is a directory"). */
int save_read_file(const char *path, struct strbuf *out,
		   struct save_err *err);

/* Replace path with len bytes of data, atomically: a temporary file in
 * the same folder, written, synced to the disk and closed, renamed over
 * path, and the folder synced. On any failure the temporary file is
 * removed and whatever was at path is left as it was. The new file
 * keeps the old one's permissions (else rw-r--r--). 0, or -1 with err
 * ("cannot write 'x.sav': no space left on device").
 *
 * A process with a file-size limit should ignore SIGXFSZ, so that going
 * over it is this error and not the end of the process. */
int save_write_file(const char *path, const char *data, size_t len,
		    struct save_err *err);

/* Remove the temporary files that writes of path left behind when their
 * process was killed mid-write (".NAME.PID.XXXXXX" beside it). Only
 * those provably abandoned go: the process PID is gone, and no one
 * holds the file's lock (save_write_file holds it while it writes). So
 * any process may sweep, even while another writes the same save. */
void save_clean_temps(const char *path);

#endif
