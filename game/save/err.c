/* err.c — messages about saves, from one list (save-msgs.h). */
#include "save/save.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "save/parse-int.h"

static const char *const save_fmt[SAVE_N] = {
	[SAVE_OK] = "no error",
#define SAVE_MSG(name, sev, text) [SAVE_##name] = text,
#include "save/save-msgs.h"
#undef SAVE_MSG
};

static const char save_sev[SAVE_N] = {
	[SAVE_OK] = 'E',
#define SAVE_MSG(name, sev, text) [SAVE_##name] = #sev[0],
#include "save/save-msgs.h"
#undef SAVE_MSG
};

static const char *const save_names[SAVE_N] = {
	[SAVE_OK] = "OK",
#define SAVE_MSG(name, sev, text) [SAVE_##name] = #name,
#include "save/save-msgs.h"
#undef SAVE_MSG
};

const char *save_msg_format(enum save_code code)
{
	return (unsigned)code < SAVE_N ? save_fmt[code] : "?";
}

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
	/* The format comes from our own list, never from input; msg_vaddf
	 * escapes the strings and cuts quoted subjects short. */
	msg_vaddf(&sb, save_msg_format(code), ap);
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

int save_code_is_warning(enum save_code code)
{
	return (unsigned)code < SAVE_N && save_sev[code] == 'W';
}

const char *save_code_name(enum save_code code)
{
	return (unsigned)code < SAVE_N ? save_names[code] : "?";
}

void save_err_str(const struct save_err *e, struct strbuf *sb)
{
	if (e->line > 0)
		msg_addf(sb, "%s:%d:%d: ", e->file, e->line,
			 e->col > 0 ? e->col : 1);
	if (save_code_is_warning(e->code))
		strbuf_adds(sb, "warning: ");
	strbuf_adds(sb, e->text);
}

void save_err_print(const struct save_err *e, FILE *f)
{
	struct strbuf sb = STRBUF_INIT;

	save_err_str(e, &sb);
	fprintf(f, "%s\n", sb.buf);
	strbuf_release(&sb);
}
