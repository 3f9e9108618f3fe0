/* draft.c — a draft's scenario.ini, and the helpers the tables
 * share (tables.c writes the CSV files). */
#include "author/draft_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/utf8.h"

#define WRAP 76			/* columns of a written line */

/* ---- helpers ------------------------------------------------------- */

const char *draft_lang2(const struct author_draft *d)
{
	return strcmp(d->lang, "en") ? d->lang : NULL;
}

int draft_has_bg(const struct author_draft *d)
{
	const char *l2 = draft_lang2(d);

	return l2 && !strcmp(l2, "bg");
}

void draft_csv(struct strbuf *out, const char *s, int first)
{
	if (!first)
		strbuf_addc(out, ',');
	strbuf_add_csv(out, s);
}

void draft_csv_text_head(struct strbuf *out, const struct author_draft *d,
			 const char *col)
{
	strbuf_addf(out, ",%s", col);
	if (draft_has_bg(d))
		strbuf_addf(out, ",%s.bg", col);
}

void draft_csv_text(struct strbuf *out, const struct author_draft *d,
		    const struct tr *t)
{
	draft_csv(out, t->en, 0);
	if (draft_has_bg(d))
		draft_csv(out, t->bg, 0);
}

/* The byte length of the first line of s that fits in width columns,
 * broken at a space (or the whole of s). */
static size_t draft_line_len(const char *s, size_t width)
{
	size_t len = strlen(s), fit, k;

	if (utf8_width(s, len) <= width)
		return len;
	fit = utf8_fit(s, len, width);
	for (k = fit; k > 0 && s[k] != ' '; k--)
		;
	return k ? k : fit;
}

void draft_comment(struct strbuf *out, const char *prefix, const char *text)
{
	size_t n, width = WRAP - strlen(prefix) - 1;

	while (*text) {
		n = draft_line_len(text, width);
		strbuf_addf(out, "%s %.*s\n", prefix, (int)n, text);
		text += n;
		while (*text == ' ')
			text++;
	}
}

/* Bytes of a value: iniparser would take ';' and '#' for a comment. */
static void draft_ini_bytes(struct strbuf *out, const char *v, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		strbuf_addc(out, v[k] == ';' ? ',' : v[k] == '#' ? ' ' : v[k]);
}

/* key = value, continued over lines ending in '\' (the loader joins
 * them, keeping the space before the backslash). */
static void draft_ini_value(struct strbuf *out, const char *key,
			    const char *v)
{
	size_t n, width = WRAP - strlen(key) - 5;

	strbuf_addf(out, "%s = ", key);
	for (;;) {
		n = draft_line_len(v, width);
		draft_ini_bytes(out, v, n);
		if (!v[n]) {
			strbuf_addc(out, '\n');
			return;
		}
		strbuf_adds(out, " \\\n");
		v += n;
		while (*v == ' ')
			v++;
		width = WRAP - 2;
	}
}

static void draft_ini_text(struct strbuf *out, const struct author_draft *d,
			   const char *key, const struct tr *t)
{
	char bgkey[64];

	draft_ini_value(out, key, t->en);
	if (!draft_has_bg(d))
		return;
	snprintf(bgkey, sizeof bgkey, "%s.bg", key);
	draft_ini_value(out, bgkey, t->bg);
}

/* ---- ids and names -------------------------------------------------- */

void author_draft_id(const char *dir, char *out)
{
	size_t len = strlen(dir), a, n = 0;
	int dash = 0;

	while (len > 1 && dir[len - 1] == '/')
		len--;
	for (a = len; a > 0 && dir[a - 1] != '/'; a--)
		;
	for (; a < len && n < SC_ID_MAX - 1; a++) {
		unsigned char c = (unsigned char)dir[a];

		if (isalnum(c) || c == '_' || c == '-') {
			out[n++] = (char)tolower(c);
			dash = 0;
		} else if (n && !dash) {
			out[n++] = '-';
			dash = 1;
		}
	}
	while (n && out[n - 1] == '-')
		n--;
	out[n] = '\0';
	if (!n)
		snprintf(out, SC_ID_MAX, "draft");
}

void author_draft_article_name(const char *lang, char *out, size_t size)
{
	snprintf(out, size, "article.%s.txt", lang);
}

/* ---- scenario.ini -------------------------------------------------- */

/* One line of article text for a comment: controls made spaces, at most
 * about 200 bytes. */
static void draft_comment_text(struct strbuf *out, const char *s)
{
	size_t n = strlen(s), k;

	if (n > 200)
		n = utf8_fit(s, n, 200);
	for (k = 0; k < n; k++)
		strbuf_addc(out, (unsigned char)s[k] < 0x20 ? ' ' : s[k]);
	if (n < strlen(s))
		strbuf_adds(out, "...");
}

static void draft_ini_head(const struct author_draft *d, struct strbuf *out)
{
	struct strbuf sb = STRBUF_INIT;

	draft_comment_text(&sb, d->source);
	strbuf_addf(out, "; A draft scenario, made by 'detente new' from "
		    "'%s'.\n;\n", sb.buf);
	strbuf_reset(&sb);
	draft_comment(out, ";", "It passes 'detente check' and can be played "
		      "as it stands, but every text and number below is a "
		      "placeholder or a default to tune. The authors' guide, "
		      "scenarios/README.md, explains each key and the steps "
		      "from here; game/MODEL.md explains the rules.");
	strbuf_addf(out, ";\n;   detente check DIR\n"
		    ";   detente sim --scenario DIR --a tft --b hawk "
		    "--games 100\n"
		    ";   detente tournament --scenario DIR\n;\n");
	strbuf_addf(out, "; The article: %s (language '%s'), %zu sentences.\n",
		    d->article, d->lang, d->sentences);
	if (d->headline) {
		draft_comment_text(&sb, d->headline);
		strbuf_addf(out, "; Its headline: %s\n", sb.buf);
		strbuf_reset(&sb);
	}
	strbuf_addf(out, "; Proposals found: %zu, in %s.\n", d->props->n,
		    d->props->n ? "proposals.csv, each with its quote" :
		    "none: add proposals.csv by hand");
	if (d->names && *d->names) {
		draft_comment_text(&sb, d->names);
		strbuf_addf(out, "; Names the article mentions most, for the "
			    "sides:\n;   %s\n", sb.buf);
	}
	strbuf_release(&sb);
}

static void draft_ini_scenario(const struct author_draft *d,
			       struct strbuf *out)
{
	static const struct tr desc = {
		"A draft scenario made from a news article. Say in a "
		"sentence or two who negotiates what, and what is at stake.",
		"Чернова на сценарий по статия. Кажете с изречение-две кой "
		"какво договаря и какво е заложено."
	}, intro = {
		"Two sides negotiate the proposals of a news article, turn "
		"by turn. Each turn both choose in secret one diplomatic move "
		"and one cyber action. Covert acts may go unseen, incidents "
		"may be blamed on the wrong side, and the higher the tension, "
		"the likelier an accident. Replace this text with the story "
		"of the article: who proposed what to whom, and why now.",
		"Две страни договарят предложенията от статия, ход по ход. "
		"Всеки ход всяка избира тайно дипломатически ход и "
		"кибердействие. Тайните действия може да останат скрити, "
		"инциденти може да се припишат на грешната страна, а колкото "
		"по-високо е напрежението, толкова по-вероятна е авария. "
		"Заменете този текст с историята от статията."
	};
	const char *l2 = draft_lang2(d);

	strbuf_addf(out, "\n[scenario]\nid = %s\nlanguages = en%s%s\n"
		    "article = %s\narticle_lang = %s\n", d->id,
		    l2 ? ", " : "", l2 ? l2 : "", d->article, d->lang);
	strbuf_addf(out, "title = Draft: %s\n", d->id);
	if (draft_has_bg(d))
		strbuf_addf(out, "title.bg = Чернова: %s\n", d->id);
	draft_ini_text(out, d, "description", &desc);
	draft_ini_text(out, d, "intro", &intro);
	strbuf_addf(out, "\n[files]\nactions = actions.csv\n%s"
		    "events = events.csv\n",
		    d->props->n ? "proposals = proposals.csv\n" : "");
}

/* A side's id from its name when that is plain Latin letters
 * ("belmar"), else the side's letter. */
static void draft_side_id(const char *name, char letter, char *out)
{
	size_t i, n = 0;

	for (i = 0; name && name[i] && n < SC_ID_MAX - 1; i++) {
		unsigned char c = (unsigned char)name[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c == ' ' && n && out[n - 1] != '-')
			c = '-';
		else if (c < 'a' || c > 'z')
			break;
		out[n++] = (char)c;
	}
	if (!name || name[i] || !n) {
		out[0] = letter;
		n = 1;
	}
	out[n] = '\0';
}

static void draft_ini_sides(const struct author_draft *d,
			    struct strbuf *out)
{
	static const struct tr name[SIDES] = {
		{ "Side A", "Страна А" }, { "Side B", "Страна Б" }
	}, brief[SIDES] = {
		{ "The side that made the proposals. Say here where it "
		  "stands: its record with the other side, what it fears, "
		  "what its public expects.",
		  "Страната, която прави предложенията. Опишете тук "
		  "позицията ѝ: миналото с другата страна, от какво се "
		  "опасява, какво очаква общественото мнение." },
		{ "The side the proposals are made to. Say here where it "
		  "stands and why it may doubt the offer.",
		  "Страната, към която са отправени предложенията. Опишете "
		  "позицията ѝ и защо може да се съмнява в тях." }
	}, goals[SIDES] = {
		{ "Get the other side to sign the proposals that matter most "
		  "to you, without being exploited, and keep the rivalry "
		  "short of open conflict.",
		  "Накарайте другата страна да подпише най-важните за вас "
		  "предложения, без да бъдете измамени, и не допускайте "
		  "открит конфликт." },
		{ "Accept what serves your security, refuse what binds only "
		  "you, and keep the rivalry short of open conflict.",
		  "Приемете това, което служи на сигурността ви, отхвърлете "
		  "това, което обвързва само вас, и не допускайте открит "
		  "конфликт." }
	};
	int s;

	strbuf_adds(out, "\n; ---- the sides "
		    "-----------------------------------------------------\n");
	draft_comment(out, ";", "Side a made most of the proposals, side b "
		      "the others: each is on the table at the start for the "
		      "side that made it (proposals.csv, tabled_by). The "
		      "names are the two the article says most. id: a short name for saves and CSV "
		      "files. trust: trust in the other side at the start, "
		      "the probability in percent that it is cooperative "
		      "(game/MODEL.md); 35 is wary. security and support "
		      "(domestic): 0-100.");
	for (s = 0; s < SIDES; s++) {
		const char *found = d->props->side_name[s];
		char id[SC_ID_MAX];

		draft_side_id(found, 'a' + s, id);
		strbuf_addf(out, "\n[side.%c]\nid = %s\n", 'a' + s, id);
		draft_ini_text(out, d, "name", found ?
			       &(const struct tr){ found, found } : &name[s]);
		draft_ini_text(out, d, "briefing", &brief[s]);
		draft_ini_text(out, d, "objectives", &goals[s]);
		strbuf_adds(out, "trust = 35\nsecurity = 50\nsupport = 50\n");
	}
}

/* Two thirds of the proposals make a comprehensive agreement: enough
 * that it means something, few enough that one side's pet proposal
 * need not be in it. */
static int draft_agreement_signed(size_t n)
{
	if (n <= 2)
		return (int)n;
	return (int)((2 * n + 2) / 3);
}

static void draft_ini_rules(const struct author_draft *d,
			    struct strbuf *out)
{
	strbuf_adds(out, "\n; ---- rules "
		    "----------------------------------------------------------"
		    "\n\n[rules]\n"
		    "; A turn is about a month.\nturns = 12\n"
		    "; Tension at the start (0-100), on the ladder below.\n"
		    "tension = 25\n"
		    "; Tension's change each turn by itself: crises cool down.\n"
		    "drift = -1\n"
		    "; A belief is never certain.\ntrust_min = 2\n"
		    "trust_max = 98\n"
		    "; A detected breach multiplies the victim's odds by this, "
		    "on top of\n; the act's own likelihood ratio.\n"
		    "breach_lr = 0.3\n"
		    "; Percent: the victim of a detected breach leaves the "
		    "agreement.\nwithdraw = 50\n"
		    "; Talks collapse when the lower trust stays at or below "
		    "collapse_trust\n; for collapse_turns turns in a row.\n"
		    "collapse_trust = 5\ncollapse_turns = 4\n"
		    "; A comprehensive agreement: both trusts at least "
		    "agreement_trust with\n; agreement_signed proposals in "
		    "force (0: all of them).\n"
		    "agreement_trust = 60\n");
	strbuf_addf(out, "agreement_signed = %d\n",
		    draft_agreement_signed(d->props->n));
	strbuf_adds(out, "\n; Each turn a side scores security x "
		    "security/100 + support x support/100\n"
		    "; - tension x tension/100, plus the values of the "
		    "agreements in force.\n"
		    "[score]\nsecurity = 3\nsupport = 2\ntension = 4\n"
		    "; What each ending is worth to both sides, added when the "
		    "game ends: since\n; an agreement ends the game, it must "
		    "be worth the years after it, or a\n; side that counts "
		    "its score would rather never complete one.\n"
		    "agreement = 40\nconflict = -40\ncollapse = -20\n"
		    "limit = 0\n");
}

struct draft_rung {
	const char *id;
	int from, accident;
	struct tr name, desc;
};

static const struct draft_rung draft_rungs[] = {
	{ "calm", 0, 0, { "Calm rivalry", "Спокойно съперничество" },
	  { "Espionage and sharp words, as usual between rivals.",
	    "Шпионаж и остри думи, както обикновено между съперници." } },
	{ "friction", 20, 3, { "Friction", "Търкания" },
	  { "Probes and public warnings, but officials still talk.",
	    "Проби в мрежите и публични предупреждения, но "
	    "длъжностните лица още разговарят." } },
	{ "confrontation", 40, 6, { "Confrontation", "Конфронтация" },
	  { "Accusations and sanctions strain the channels.",
	    "Обвинения и санкции натоварват каналите." } },
	{ "crisis", 65, 10, { "Crisis", "Криза" },
	  { "Attacks hit important systems, and every incident may be "
	    "read as a deliberate signal.",
	    "Атаки удрят важни системи и всеки инцидент може да бъде "
	    "разчетен като умишлен сигнал." } },
	{ "conflict", 90, 0, { "Open conflict", "Открит конфликт" },
	  { "Each side attacks the other openly.",
	    "Страните се атакуват открито." } },
};

static const struct draft_rung draft_bands[] = {
	{ "hostility", 0, 0, { "Hostility", "Враждебност" },
	  { "Each side expects the worst of the other.",
	    "Всяка страна очаква най-лошото от другата." } },
	{ "wary", 25, 0, { "Wary rivalry", "Предпазливо съперничество" },
	  { "Contacts go on, but every move is suspected.",
	    "Контактите продължават, но всеки ход буди подозрение." } },
	{ "working", 55, 0, { "Working relationship", "Работни отношения" },
	  { "The channels work and incidents are talked through.",
	    "Каналите работят, а инцидентите се обсъждат." } },
};

#define NRUNGS (sizeof draft_rungs / sizeof draft_rungs[0])
#define NBANDS (sizeof draft_bands / sizeof draft_bands[0])

static void draft_ini_ladder(const struct author_draft *d,
			     struct strbuf *out)
{
	size_t i;

	strbuf_adds(out, "\n; ---- the escalation ladder "
		    "------------------------------------------\n");
	draft_comment(out, ";", "Tension (0-100) falls on a rung; from: where "
		      "it starts; accident: percent chance a turn of one of "
		      "the accidents in events.csv. Reaching the top rung "
		      "ends the game in open conflict.");
	for (i = 0; i < NRUNGS; i++) {
		strbuf_addf(out, "\n[rung.%s]\nfrom = %d\naccident = %d\n",
			    draft_rungs[i].id, draft_rungs[i].from,
			    draft_rungs[i].accident);
		draft_ini_text(out, d, "name", &draft_rungs[i].name);
		draft_ini_text(out, d, "description", &draft_rungs[i].desc);
	}
	strbuf_adds(out, "\n; ---- trust bands "
		    "----------------------------------------------------\n");
	draft_comment(out, ";", "The outcome is named by the band the lower "
		      "of the two trusts falls in: trust is only as strong as "
		      "its weaker side.");
	for (i = 0; i < NBANDS; i++) {
		strbuf_addf(out, "\n[band.%s]\nfrom = %d\n", draft_bands[i].id,
			    draft_bands[i].from);
		draft_ini_text(out, d, "name", &draft_bands[i].name);
		draft_ini_text(out, d, "description", &draft_bands[i].desc);
	}
}

static void draft_ini_endings(const struct author_draft *d,
			      struct strbuf *out)
{
	static const char *const id[] = { "agreement", "conflict", "collapse",
		"limit" };
	static const struct tr name[] = {
		{ "Comprehensive agreement", "Цялостно споразумение" },
		{ "Open conflict", "Открит конфликт" },
		{ "Talks collapse", "Преговорите се провалят" },
		{ "Time runs out", "Времето изтича" },
	}, text[] = {
		{ "The two sides sign a package of the proposals and keep "
		  "their channels open. The rivalry goes on, with rules.",
		  "Двете страни подписват пакет от предложенията и поддържат "
		  "каналите отворени. Съперничеството продължава, по правила." },
		{ "Diplomacy did not stop the escalation: the two sides "
		  "attack each other openly.",
		  "Дипломацията не спря ескалацията: страните се атакуват "
		  "открито." },
		{ "Neither side believes the other any longer. The channels "
		  "fall silent.",
		  "Никоя от страните вече не вярва на другата. Каналите "
		  "замлъкват." },
		{ "The period ends with neither an agreement nor open "
		  "conflict. The outcome is named by the trust the two sides "
		  "reached.",
		  "Периодът завършва без споразумение и без открит конфликт. "
		  "Резултатът се определя от доверието, до което стигнаха "
		  "страните." },
	};
	size_t i;

	strbuf_adds(out, "\n; ---- endings "
		    "-------------------------------------------------------\n");
	for (i = 0; i < 4; i++) {
		strbuf_addf(out, "\n[ending.%s]\n", id[i]);
		draft_ini_text(out, d, "name", &name[i]);
		draft_ini_text(out, d, "text", &text[i]);
	}
}

void author_draft_ini(const struct author_draft *d, struct strbuf *out)
{
	draft_ini_head(d, out);
	draft_ini_scenario(d, out);
	draft_ini_sides(d, out);
	draft_ini_rules(d, out);
	draft_ini_ladder(d, out);
	draft_ini_endings(d, out);
}
