/* opt.c — one option parser for every command (opt.h). */
#include "cmd/opt.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text/lang.h"
#include "util/msg.h"
#include "util/parse.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xmalloc.h"

/* ---- the language of messages and help --------------------------------- */

/* The words of the command line, in the language opt_lang chose; until
 * then, and for any key a file lacks, the English written here. */
static struct lang opt_L, opt_en;

static const char *opt_msg_tr(const char *key)
{
	return opt_tr(key, NULL);
}

int opt_lang(const char *code)
{
	struct strbuf err = STRBUF_INIT;

	opt_lang_release();
	/* Errors in the files are not ours to report: the screens and
	 * `detente check` do. A file that did not load leaves English. */
	lang_load_pair(&opt_L, &opt_en, code, &err);
	strbuf_release(&err);
	opt_L.fallback = strcmp(code, "en") ? &opt_en : NULL;
	if (!opt_L.n) {
		opt_lang_release();
		return -1;
	}
	/* The messages about files follow (util/msg.h); English stays the
	 * code's own, whatever en.txt says. */
	if (strcmp(code, "en"))
		msg_set_tr(opt_msg_tr);
	return 0;
}

void opt_lang_release(void)
{
	msg_set_tr(NULL);
	lang_release(&opt_L);
	lang_release(&opt_en);
}

const char *opt_tr(const char *key, const char *en)
{
	const char *v = lang_find(&opt_L, key);

	if (!v && opt_L.fallback)
		v = lang_find(opt_L.fallback, key);
	return v ? v : en;
}

/* opt_tr of a key made from a format ("cli.%s.summary"). */
static const char *opt_trf(const char *en, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static const char *opt_trf(const char *en, const char *fmt, ...)
{
	char key[96];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(key, sizeof key, fmt, ap);
	va_end(ap);
	return opt_tr(key, en);
}

/* A command's name in keys: "title" for the title screen's "". */
static const char *opt_key_name(const char *name)
{
	return *name ? name : "title";
}

#define OPT_MSG_ARGS 4	/* placeholders a message may have */

/* The message key (en: its English) into sb, with the (name, value)
 * pairs of ap filled in, each value escaped, and cut short where the
 * English has it quoted as a subject ('{name}'). */
static void opt_vmsg(struct strbuf *sb, const char *key, const char *en,
		     va_list ap)
{
	const char *name[OPT_MSG_ARGS + 1] = { 0 }, *v;
	struct strbuf val[OPT_MSG_ARGS], q = STRBUF_INIT;
	int n = 0, i;

	for (i = 0; i < OPT_MSG_ARGS; i++)
		strbuf_init(&val[i]);
	while (n < OPT_MSG_ARGS && (name[n] = va_arg(ap, const char *))) {
		v = va_arg(ap, const char *);
		strbuf_reset(&q);
		strbuf_addf(&q, "'{%s}'", name[n]);
		msg_escape(&val[n], v, strlen(v), 0,
			   strstr(en, q.buf) ? MSG_QUOTE_MAX : 0);
		n++;
	}
	name[n] = NULL;
	/* Unused pairs end the list early: their name is NULL. */
	lang_fmt(sb, opt_tr(key, en), name[0], val[0].buf, name[1],
		 val[1].buf, name[2], val[2].buf, name[3], val[3].buf,
		 LANG_END);
	for (i = 0; i < OPT_MSG_ARGS; i++)
		strbuf_release(&val[i]);
	strbuf_release(&q);
}

int opt_usage(const char *key, const char *en, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, en);
	opt_vmsg(&sb, key, en, ap);
	va_end(ap);
	fprintf(stderr, "detente: %s\n%s\n", sb.buf,
		opt_tr("cli.hint", "Try 'detente --help' for more "
		       "information."));
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
	size_t col = utf8_width(prefix, strlen(prefix));

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

const char *opt_summary(const char *name, const struct cmd_spec *spec)
{
	return opt_trf(spec->summary, "cli.%s.summary", opt_key_name(name));
}

/* "Usage: " in the language, its continuation lines under the name. */
static void opt_usage_line(FILE *f, const char *name,
			   const struct cmd_spec *spec)
{
	struct strbuf pre = STRBUF_INIT;

	strbuf_addf(&pre, "%s ", opt_tr("cli.usage", "Usage:"));
	opt_synopsis(f, pre.buf, name, spec,
		     (int)utf8_width(pre.buf, pre.len));
	strbuf_release(&pre);
}

void opt_help(FILE *f, const char *name, const struct cmd_spec *spec)
{
	const char *key = opt_key_name(name);
	const struct opt_def *o;
	struct strbuf sb = STRBUF_INIT;

	opt_usage_line(f, name, spec);
	fprintf(f, "%s\n", opt_summary(name, spec));
	if (spec->about) {
		const char *about = opt_trf(spec->about, "cli.%s.about", key);

		/* A file's value has no final newline; the code's has. */
		fputs(about, f);
		if (*about && about[strlen(about) - 1] != '\n')
			fputc('\n', f);
	}
	fprintf(f, "\n%s\n", opt_tr("cli.options", "Options:"));
	for (o = spec->opts; o && o->name; o++) {
		strbuf_reset(&sb);
		opt_form(&sb, o, 1);
		fprintf(f, "  %-22s %s\n", sb.buf,
			opt_trf(o->help, "cli.%s.%s", key, o->name));
	}
	fprintf(f, "  %-22s %s\n", "-h, --help",
		opt_tr("cli.help_opt", "show this help and exit"));
	fprintf(f, "\n%s\n", opt_tr("cli.value_rules", "An option's value "
		"is the next word, or follows '=' (--opt=VALUE, the way "
		"to\ngive a value that begins with '-'). An option may be "
		"given once."));
	strbuf_release(&sb);
}

/* ---- parsing --------------------------------------------------------- */

/* "a or b", "x, y or z" from "a|b", "x|y|z". */
static void opt_choices(struct strbuf *sb, const char *list)
{
	struct strbuf head = STRBUF_INIT;
	const char *last = strrchr(list, '|'), *p;

	if (!last) {
		strbuf_adds(sb, list);
		return;
	}
	for (p = list; p < last; p++)
		if (*p == '|')
			strbuf_adds(&head, ", ");
		else
			strbuf_addc(&head, *p);
	lang_fmt(sb, opt_tr("cli.choices", "{list} or {last}"),
		 "list", head.buf, "last", last + 1, LANG_END);
	strbuf_release(&head);
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

/* What an option of command name takes, for its message. */
static void opt_what(struct strbuf *sb, const char *name,
		     const struct opt_def *o)
{
	char lo[24], hi[24];

	switch (o->kind) {
	case OPT_INT:
		snprintf(lo, sizeof lo, "%ld", o->lo);
		snprintf(hi, sizeof hi, "%ld", o->hi);
		lang_fmt(sb, opt_tr("cli.what.number",
				    "a number from {lo} to {hi}"),
			 "lo", lo, "hi", hi, LANG_END);
		break;
	case OPT_U64:
		strbuf_adds(sb, opt_tr("cli.what.u64", "a whole number from 0 "
				       "to 18446744073709551615"));
		break;
	case OPT_CHOICE:
		opt_choices(sb, o->choices);
		break;
	case OPT_OUT:
		strbuf_adds(sb, opt_tr("cli.what.out", "a file name or '-'"));
		break;
	default:
		strbuf_adds(sb, o->what ?
			    opt_trf(o->what, "cli.%s.%s.what",
				    opt_key_name(name), o->name) :
			    opt_tr("cli.what.value", "a value"));
		break;
	}
}

static int opt_bad_value(const char *name, const struct opt_def *o,
			 const char *v)
{
	struct strbuf what = STRBUF_INIT;

	opt_what(&what, name, o);
	opt_usage("cli.bad_value", "--{name} needs {what}, not '{value}'",
		  "name", o->name, "what", what.buf, "value", v, LANG_END);
	strbuf_release(&what);
	return 2;
}

/* Check and convert v for o into val. 0, or the usage status. */
static int opt_value(const char *name, const struct opt_def *o,
		     const char *v, struct opt_val *val)
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
		return opt_bad_value(name, o, v);
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
		return opt_usage("cli.twice", "option '{option}' given twice",
				 "option", word, LANG_END);
	val->set = 1;
	if (o->kind == OPT_FLAG) {
		if (inline_val)
			return opt_usage("cli.no_value", "option '{option}' "
					 "takes no value", "option", word,
					 LANG_END);
		return 0;
	}
	if (!v) {
		if (st->i + 1 >= st->argc)
			return opt_usage("cli.needs_value", "option "
					 "'{option}' needs a value", "option",
					 word, LANG_END);
		v = st->argv[++st->i];
		if (v[0] == '-' && v[1])
			return opt_usage("cli.value_is_option", "option "
					 "'{option}' needs a value, not the "
					 "option '{value}' (for a value that "
					 "begins with '-', write "
					 "--{name}=VALUE)", "option", word,
					 "value", v, "name", o->name,
					 LANG_END);
	}
	return opt_value(st->a->name, o, v, val);
}

/* "unknown option '--frobnicate'", from the first n bytes of w. */
static int opt_unknown(const char *w, size_t n)
{
	char *word = xstrndup(w, n);

	opt_usage("cli.unknown_option", "unknown option '{option}'",
		  "option", word, LANG_END);
	free(word);
	return 2;
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
			return opt_unknown(w, strlen(w));
		return opt_take(st, o, k, 1, NULL);
	}
	eq = strchr(w, '=');
	n = eq ? (size_t)(eq - w) : strlen(w);
	o = opt_find_long(st->spec, w + 2, n - 2, &k);
	if (!o)
		return opt_unknown(w, n);
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
	const char *what = spec->args_what ?
			   opt_trf(spec->args_what, "cli.%s.args", who) : "";
	int i;

	if (a->narg < spec->min_args)
		return opt_usage("cli.needs_args", "{command} needs {what}",
				 "command", who, "what", what, LANG_END);
	if (spec->max_args >= 0 && a->narg > spec->max_args)
		return opt_usage("cli.unexpected", "unexpected argument "
				 "'{arg}'", "arg", a->arg[spec->max_args],
				 LANG_END);
	for (i = 0; i < a->narg; i++)
		if (!a->arg[i][0])
			return opt_usage("cli.empty_arg", "{command} needs "
					 "{what}, not ''", "command", who,
					 "what", what, LANG_END);
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
		opt_usage("cli.needs_option", "{command} needs {option}",
			  "command", name, "option", sb.buf, LANG_END);
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
			return opt_usage("cli.too_many", "{command} has too "
					 "many options", "command", name,
					 LANG_END);
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
