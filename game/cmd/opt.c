/* opt.c — one option parser for every command (opt.h). */
#include "cmd/opt.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/msg.h"
#include "util/parse.h"
#include "util/strbuf.h"
#include "util/xmalloc.h"

int opt_usage(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	msg_vaddf(&sb, fmt, ap);
	va_end(ap);
	fprintf(stderr, "detente: %s\nTry 'detente --help' for more "
		"information.\n", sb.buf);
	strbuf_release(&sb);
	return 2;
}

/* ---- describing ------------------------------------------------------ */

/* "--games N", "-q, --quiet" (with_letter) or "--csv FILE|-". */
static void opt_form(struct strbuf *sb, const struct opt_def *o,
		     int with_letter)
{
	if (with_letter && o->letter)
		strbuf_addf(sb, "-%c, ", o->letter);
	strbuf_addf(sb, "--%s", o->name);
	if (o->kind != OPT_FLAG)
		strbuf_addf(sb, " %s", o->arg ? o->arg : "VALUE");
}

/* s as a word of the synopsis, in brackets when optional. */
static void opt_add_word(struct strbuf *words, size_t *n, const char *s,
			 int optional)
{
	strbuf_init(&words[*n]);
	strbuf_addf(&words[(*n)++], optional ? "[%s]" : "%s", s);
}

/* The words of the synopsis, each a unit that is never broken: the
 * name, a single argument, the options, then arguments that repeat. */
static size_t opt_words(const char *name, const struct cmd_spec *spec,
			struct strbuf *words)
{
	const struct opt_def *o;
	const char *args = spec->synopsis_args;
	int last = spec->max_args < 0;
	size_t n = 0;

	strbuf_init(&words[n]);
	strbuf_addf(&words[n++], "detente%s%s", *name ? " " : "", name);
	if (args && !last)
		opt_add_word(words, &n, args, !spec->min_args);
	for (o = spec->opts; o && o->name; o++) {
		strbuf_init(&words[n]);
		if (!o->required)
			strbuf_addc(&words[n], '[');
		opt_form(&words[n], o, 0);
		if (!o->required)
			strbuf_addc(&words[n], ']');
		n++;
	}
	if (args && last)
		opt_add_word(words, &n, args, !spec->min_args);
	return n;
}

void opt_synopsis(FILE *f, const char *prefix, const char *name,
		  const struct cmd_spec *spec, int indent)
{
	struct strbuf words[OPT_MAX + 3];
	size_t n = opt_words(name, spec, words), i;
	size_t col = strlen(prefix);

	fputs(prefix, f);
	for (i = 0; i < n; i++) {
		if (i && col + 1 + words[i].len > 79) {
			fprintf(f, "\n%*s", indent, "");
			col = (size_t)indent;
		} else if (i) {
			fputc(' ', f);
			col++;
		}
		fputs(words[i].buf, f);
		col += words[i].len;
		strbuf_release(&words[i]);
	}
	fputc('\n', f);
}

void opt_help(FILE *f, const char *name, const struct cmd_spec *spec)
{
	const struct opt_def *o;
	struct strbuf sb = STRBUF_INIT;

	opt_synopsis(f, "Usage: ", name, spec, 7);
	fprintf(f, "%s\n", spec->summary);
	if (spec->about)
		fputs(spec->about, f);
	fputs("\nOptions:\n", f);
	for (o = spec->opts; o && o->name; o++) {
		strbuf_reset(&sb);
		opt_form(&sb, o, 1);
		fprintf(f, "  %-22s %s\n", sb.buf, o->help);
	}
	fprintf(f, "  %-22s %s\n", "-h, --help", "show this help and exit");
	fputs("\nAn option's value is the next word, or follows '=' "
	      "(--opt=VALUE, the way to\ngive a value that begins with "
	      "'-'). An option may be given once.\n", f);
	strbuf_release(&sb);
}

/* ---- parsing --------------------------------------------------------- */

/* "a or b", "x, y or z" from "a|b", "x|y|z". */
static void opt_choices(struct strbuf *sb, const char *list)
{
	const char *p = list, *bar;

	while ((bar = strchr(p, '|'))) {
		strbuf_add(sb, p, (size_t)(bar - p));
		strbuf_adds(sb, strchr(bar + 1, '|') ? ", " : " or ");
		p = bar + 1;
	}
	strbuf_adds(sb, p);
}

static int opt_is_choice(const char *list, const char *v)
{
	size_t n = strlen(v);
	const char *p = list;

	for (;;) {
		if (!strncmp(p, v, n) && (p[n] == '|' || !p[n]) && n)
			return 1;
		p = strchr(p, '|');
		if (!p)
			return 0;
		p++;
	}
}

/* What an option takes, for its message. */
static void opt_what(struct strbuf *sb, const struct opt_def *o)
{
	switch (o->kind) {
	case OPT_INT:
		strbuf_addf(sb, "a number from %ld to %ld", o->lo, o->hi);
		break;
	case OPT_U64:
		strbuf_adds(sb, "a whole number from 0 to "
			    "18446744073709551615");
		break;
	case OPT_CHOICE:
		opt_choices(sb, o->choices);
		break;
	case OPT_OUT:
		strbuf_adds(sb, "a file name or '-'");
		break;
	default:
		strbuf_adds(sb, o->what ? o->what : "a value");
		break;
	}
}

static int opt_bad_value(const struct opt_def *o, const char *v)
{
	struct strbuf what = STRBUF_INIT;

	opt_what(&what, o);
	opt_usage("--%s needs %s, not '%s'", o->name, what.buf, v);
	strbuf_release(&what);
	return 2;
}

/* Check and convert v for o into val. 0, or the usage status. */
static int opt_value(const struct opt_def *o, const char *v,
		     struct opt_val *val)
{
	int ok = *v != '\0';

	switch (o->kind) {
	case OPT_INT:
		ok = parse_int(v, o->lo, o->hi, &val->n) == 0;
		break;
	case OPT_U64:
		ok = parse_u64(v, &val->u) == 0;
		break;
	case OPT_CHOICE:
		ok = opt_is_choice(o->choices, v);
		break;
	case OPT_CHECK:
		ok = ok && o->check(v) == 0;
		break;
	default:
		break;
	}
	if (!ok)
		return opt_bad_value(o, v);
	val->s = v;
	return 0;
}

struct opt_st {
	const struct cmd_spec *spec;
	struct cmd_args *a;
	int argc, i;
	char **argv;
};

static const struct opt_def *opt_find_long(const struct cmd_spec *spec,
					   const char *name, size_t n,
					   int *k)
{
	const struct opt_def *o;

	for (o = spec->opts, *k = 0; o && o->name; o++, (*k)++)
		if (strlen(o->name) == n && !strncmp(o->name, name, n))
			return o;
	return NULL;
}

static const struct opt_def *opt_find_letter(const struct cmd_spec *spec,
					     char c, int *k)
{
	const struct opt_def *o;

	for (o = spec->opts, *k = 0; o && o->name; o++, (*k)++)
		if (o->letter && o->letter == c)
			return o;
	return NULL;
}

/* The option o (k in its table), met as a word of argv that named it
 * by its letter or not: its value, if it takes one, inline (after '=')
 * or the next word. */
static int opt_take(struct opt_st *st, const struct opt_def *o, int k,
		    int by_letter, const char *inline_val)
{
	struct opt_val *val = &st->a->v[k];
	const char *v = inline_val;
	char word[48];

	if (by_letter)
		snprintf(word, sizeof word, "-%c", o->letter);
	else
		snprintf(word, sizeof word, "--%s", o->name);
	if (val->set)
		return opt_usage("option '%s' given twice", word);
	val->set = 1;
	if (o->kind == OPT_FLAG) {
		if (inline_val)
			return opt_usage("option '%s' takes no value", word);
		return 0;
	}
	if (!v) {
		if (st->i + 1 >= st->argc)
			return opt_usage("option '%s' needs a value", word);
		v = st->argv[++st->i];
		if (v[0] == '-' && v[1])
			return opt_usage("option '%s' needs a value, not the "
					 "option '%s' (for a value that "
					 "begins with '-', write --%s=VALUE)",
					 word, v, o->name);
	}
	return opt_value(o, v, val);
}

/* An argv word that begins with '-' (not "-" or "--"). */
static int opt_word(struct opt_st *st, const char *w)
{
	const struct opt_def *o;
	const char *eq;
	size_t n;
	int k;

	if (w[1] != '-') {
		o = w[2] ? NULL : opt_find_letter(st->spec, w[1], &k);
		if (!o)
			return opt_usage("unknown option '%s'", w);
		return opt_take(st, o, k, 1, NULL);
	}
	eq = strchr(w, '=');
	n = eq ? (size_t)(eq - w) : strlen(w);
	o = opt_find_long(st->spec, w + 2, n - 2, &k);
	if (!o)
		return opt_usage("unknown option '%.*s'", (int)n, w);
	return opt_take(st, o, k, 0, eq ? eq + 1 : NULL);
}

static int opt_is_help(const char *w)
{
	return !strcmp(w, "-h") || !strcmp(w, "--help");
}

/* The arguments: their number, and none empty. */
static int opt_check_args(const char *name, const struct cmd_spec *spec,
			  const struct cmd_args *a)
{
	const char *who = *name ? name : "detente";
	int i;

	if (a->narg < spec->min_args)
		return opt_usage("%s needs %s", who, spec->args_what);
	if (spec->max_args >= 0 && a->narg > spec->max_args)
		return opt_usage("unexpected argument '%s'",
				 a->arg[spec->max_args]);
	for (i = 0; i < a->narg; i++)
		if (!a->arg[i][0])
			return opt_usage("%s needs %s, not ''", who,
					 spec->args_what);
	return -1;
}

static int opt_check_required(const char *name, const struct cmd_spec *spec,
			      const struct cmd_args *a)
{
	const struct opt_def *o;
	struct strbuf sb = STRBUF_INIT;
	int k;

	for (o = spec->opts, k = 0; o && o->name; o++, k++) {
		if (!o->required || a->v[k].set)
			continue;
		opt_form(&sb, o, 0);
		opt_usage("%s needs %s", name, sb.buf);
		strbuf_release(&sb);
		return 2;
	}
	return -1;
}

int opt_parse(const char *name, const struct cmd_spec *spec, int argc,
	      char **argv, struct cmd_args *a)
{
	struct opt_st st = { spec, a, argc, 1, argv };
	int rc = -1, dashdash = 0, i;

	memset(a, 0, sizeof *a);
	a->name = name;
	a->spec = spec;
	for (i = 0; spec->opts && spec->opts[i].name; i++)
		if (i >= OPT_MAX)	/* a table too long for v[]: ours */
			return opt_usage("%s has more than %d options", name,
					 OPT_MAX);
	a->arg = xcalloc((size_t)argc + 1, sizeof *a->arg);
	for (i = 1; i < argc; i++)	/* -h wins over any other mistake */
		if (!strcmp(argv[i], "--"))
			break;
		else if (opt_is_help(argv[i])) {
			opt_help(stdout, name, spec);
			return 0;
		}
	for (; st.i < argc && rc < 0; st.i++) {
		const char *w = argv[st.i];

		if (!dashdash && !strcmp(w, "--"))
			dashdash = 1;
		else if (!dashdash && w[0] == '-' && w[1])
			rc = opt_word(&st, w) ? 2 : -1;
		else
			a->arg[a->narg++] = argv[st.i];
	}
	if (rc < 0)
		rc = opt_check_args(name, spec, a);
	if (rc < 0)
		rc = opt_check_required(name, spec, a);
	return rc;
}

void opt_release(struct cmd_args *a)
{
	free(a->arg);
	a->arg = NULL;
	a->narg = 0;
}
