/* help.c — "?" from anywhere: the help text of the UI language
 * (assets/help/LANG.txt, else English), opened at the current screen's
 * section.
 *
 * A help file is plain UTF-8 text. A line "@topic Title" starts a
 * section; other lines are paragraphs; blank lines are kept. */
#include "ui/tui.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/ui_int.h"
#include "util/paths.h"
#include "util/xmalloc.h"

static char *help_read(const char *lang)
{
	char *path = xasprintf("%s/assets/help/%s.txt", paths_data(), lang);
	struct strbuf sb = STRBUF_INIT;
	FILE *f = fopen(path, "rb");
	char buf[4096];
	size_t n;

	free(path);
	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		strbuf_add(&sb, buf, n);
	fclose(f);
	return strbuf_detach(&sb);
}

/* Fill d from the text; returns the line index of topic's heading. */
static int help_build(const char *text, const char *topic, struct doc *d)
{
	const char *p = text;
	size_t tl = topic ? strlen(topic) : 0;
	int at = 0;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, n);

		if (line[0] == '@') {
			char *sp = strchr(line, ' ');

			doc_head(d, sp ? sp + 1 : line + 1);
			if (topic && tl && !strncmp(line + 1, topic, tl) &&
			    (line[1 + tl] == ' ' || !line[1 + tl]))
				at = (int)d->l.n - 1;
		} else if (*line) {
			/* Headings bring their own space. */
			doc_line(d, TONE_NEUTRAL, line);
		}
		free(line);
		p = nl ? nl + 1 : p + n;
	}
	return at;
}

void help_run(struct ui *u, const char *topic)
{
	char *text = help_read(u->lang);
	struct doc d;
	int at, key;

	if (!text)
		text = help_read("en");
	if (!text)
		text = xstrdup(ui_tr(u, "help.missing"));
	doc_init(&d);
	at = help_build(text, topic, &d);
	free(text);
	/* Open with the topic's heading at the top. */
	doc_goto(&d, at, u->cols - 2);
	do {
		key = doc_view(u, ui_tr(u, "help.title"), NULL, &d,
			       ui_tr(u, "keys.help"));
	} while (key != K_ENTER && key != K_BACK && key != K_QUIT &&
		 key != 'q' && key != K_HELP);
	doc_release(&d);
}

int help_key(struct ui *u, int key)
{
	if (key != K_HELP)
		return key;
	help_run(u, u->topic);
	return u->quit ? K_QUIT : K_REDRAW;
}
