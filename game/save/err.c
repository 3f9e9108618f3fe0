/* err.c — messages about saves: the catalogue from one list
 * (save-msgs.h), and one problem held for a caller. */
#include "save/save.h"

#include <errno.h>
#include <stdarg.h>

#include "save/parse-int.h"

static const struct diag_def save_defs[SAVE_N] = {
	[SAVE_OK] = { "OK", 'E', "no error" },
#define SAVE_MSG(name, sev, text) [SAVE_##name] = { #name, #sev[0], text },
#include "save/save-msgs.h"
#undef SAVE_MSG
};

const struct diag_cat save_msgs = { save_defs, SAVE_N, "save" };

void save_err_clear(struct save_err *e)
{
	e->code = SAVE_OK;
	e->line = e->col = 0;
	e->file[0] = '\0';
	e->text[0] = '\0';
	e->errnum = 0;
}

void save_err_vset(struct save_err *e, const char *file, int line, int col,
		   enum save_code code, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;

	e->code = code;
	e->line = line;
	e->col = col;
	e->errnum = 0;
	snprintf(e->file, sizeof e->file, "%s", file ? file : "");
	diag_cat_vaddf(&save_msgs, &sb, code, ap);
	snprintf(e->text, sizeof e->text, "%s", sb.buf);
	strbuf_release(&sb);
}

void save_err_set(struct save_err *e, const char *file, int line, int col,
		  enum save_code code, ...)
{
	va_list ap;

	va_start(ap, code);
	save_err_vset(e, file, line, col, code, ap);
	va_end(ap);
}

const char *save_err_cause(const struct save_err *e)
{
	switch (e->errnum) {
	case ENOSPC: case EDQUOT: case EFBIG:
		return "space";
	case EACCES: case EPERM: case EROFS:
		return "access";
	case EBUSY: case EAGAIN: case ETXTBSY:
		return "busy";
	default:
		return "other";
	}
}

/* A message with no place names its file itself. */
void save_err_str(const struct save_err *e, struct strbuf *sb)
{
	diag_format(sb, e->line > 0 ? e->file : NULL, e->line, e->col,
		    diag_cat_sev(&save_msgs, e->code), e->text);
}

void save_err_print(const struct save_err *e, FILE *f)
{
	struct strbuf sb = STRBUF_INIT;

	save_err_str(e, &sb);
	fprintf(f, "%s\n", sb.buf);
	strbuf_release(&sb);
}
