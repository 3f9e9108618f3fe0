/* tables.c — a draft's CSV files: proposals, actions, events.
 *
 * The generic actions and events are one balanced set for any two
 * rivals: cooperative acts raise the other side's trust (likelihood
 * ratio above 1) and lower tension, hostile ones the reverse, covert
 * ones only when detected. Checked by simulation on drafts made from the
 * shipped articles: two doves reach a comprehensive agreement, two hawks
 * open conflict, tit-for-tat against a hawk a collapse of talks. */
#include "author/draft_int.h"

#include <stdio.h>
#include <string.h>

#include "author/lists.h"
#include "author/text.h"

/* ---- what a proposal is about ----------------------------------------- */

/* The draft's numbers for each topic (author_topic_id order); the
 * words that recognise a topic are the word lists' `topic` lines. */
struct topic {
	const char *effects;
	double signal;		/* the proposer's trust grows by it */
	int min_trust;		/* the signer's trust it needs */
	struct tr note;
};

static const struct topic topics[AUTHOR_NTOPICS] = {
	{ "misattribution -15; tension -1", 1.33, 20,
	  { "a channel: while it is in force, incidents are less often "
	    "blamed on the wrong side and tension eases",
	    "канал за връзка: докато действа, инцидентите по-рядко се "
	    "приписват на грешната страна и напрежението спада" } },
	{ "accident -3; misattribution -10", 1.6, 35,
	  { "rules of the road: while it is in force, fewer accidents "
	    "happen and fewer incidents are misread",
	    "правила за поведение: докато действа, стават по-малко аварии "
	    "и по-малко погрешно разчетени инциденти" } },
	{ "accident -2; tension -1", 1.7, 50,
	  { "a pledge of restraint: signing it is a costly signal, and "
	    "covert probing or an attack breaches it",
	    "обещание за въздържане: подписът е скъп сигнал, а тайното "
	    "проникване или атаката го нарушават" } },
	{ "detection +5; tension -0.5", 1.2, 0,
	  { "talks between experts: while they go on, covert acts are a "
	    "little easier to detect",
	    "разговори между експерти: докато текат, тайните действия се "
	    "засичат малко по-лесно" } },
	{ "detection +3; misattribution -5", 1.3, 15,
	  { "shared information: covert acts are easier to detect and "
	    "incidents easier to explain",
	    "споделена информация: тайните действия се засичат по-лесно, "
	    "а инцидентите се обясняват по-лесно" } },
};

#define NTOPICS AUTHOR_NTOPICS
#define TOPIC_RESTRAINT AUTHOR_T_RESTRAINT

static const struct tr topic_default = {
	"draft effects: tension eases while it is in force",
	"примерни ефекти: докато действа, напрежението спада"
};

/* How many words of w match one of the stems. */
static int topic_hits(const char *stems, const struct author_words *w)
{
	size_t i;
	int hits = 0;

	for (i = 0; i < w->n; i++)
		hits += author_words_match(stems, author_word_low(w, i));
	return hits;
}

void author_draft_topic(const char *quote, struct author_topic *out)
{
	struct author_words w;
	int best = -1, most = 0, h;
	size_t i;

	author_words_init(&w);
	author_words(quote, strlen(quote), &w);
	for (i = 0; i < NTOPICS; i++) {
		h = topic_hits(author_lists()->topics[i].buf, &w);
		if (h > most) {
			most = h;
			best = (int)i;
		}
	}
	author_words_release(&w);
	out->index = best;
	out->effects = best < 0 ? "tension -1" : topics[best].effects;
	out->signal = best < 0 ? 1.4 : topics[best].signal;
	out->min_trust = best < 0 ? 25 : topics[best].min_trust;
	out->note = best < 0 ? topic_default.en : topics[best].note.en;
}

/* ---- proposals.csv -------------------------------------------------- */

static void draft_props_head(const struct author_draft *d,
			     struct strbuf *out)
{
	const char *l2 = draft_lang2(d);

	strbuf_addf(out, "# The proposals 'detente new' found in %s, in the "
		    "article's order.\n", d->article);
	draft_comment(out, "#", "quote: the proposal's words, verbatim from "
		      "the article (the loader checks that they are there); "
		      "trim it to the proposal's own words if you like, but "
		      "never change a letter. Delete a row that is not a "
		      "proposal, add one the finder missed.");
	draft_comment(out, "#", "tabled_by: who has it on the table at the "
		      "start: the side that made it, as the article tells "
		      "(none: a third party did, and a side must table it). "
		      "signal: the "
		      "likelihood ratio by which the proposer's trust grows "
		      "when the other side signs "
		      "it (a costly commitment says more than talks about "
		      "talks). min_trust: the trust the signer needs in the "
		      "proposer before it can sign: talks first, binding pledges last. effects: "
		      "each turn while it is in force, "
		      "drafted from what it is about. value_a, value_b: score "
		      "a turn for each side while it is in force: say who "
		      "wants it more.");
	if (l2)
		draft_comment(out, "#", "Write each title in English (title) "
			      "and in the article's language, and add a "
			      "quote.en column with a translation of each "
			      "quote.");
	strbuf_adds(out, "id,tabled_by,signal,min_trust,value_a,value_b,"
		    "effects,title");
	if (l2)
		strbuf_addf(out, ",title.%s", l2);
	draft_csv_text_head(out, d, "summary");
	strbuf_adds(out, ",quote\n");
}

/* Who made proposal p, in words. */
static const char *draft_by(const struct author_draft *d,
			    const struct author_prop *p)
{
	if (p->by < 0)
		return "a third party or nobody named";
	return d->props->side_name[p->by] ? d->props->side_name[p->by] :
	       p->by ? "side b" : "side a";
}

static void draft_prop_row(const struct author_draft *d, size_t i,
			   struct strbuf *out)
{
	const struct author_prop *p = &d->props->v[i];
	struct strbuf sb = STRBUF_INIT, bg = STRBUF_INIT;
	struct author_topic t;
	const struct tr *tn;

	author_draft_topic(p->quote, &t);
	tn = t.index < 0 ? &topic_default : &topics[t.index].note;
	strbuf_addf(out, "# p%zu: %s:%d:%d, proposed by %s, cues: %s\n", i + 1,
		    d->article, p->line, p->col, draft_by(d, p), p->why);
	strbuf_addf(out, "p%zu,%s,%g,%d,1,1", i + 1,
		    p->by < 0 ? "none" : p->by ? "b" : "a", t.signal,
		    t.min_trust);
	draft_csv(out, t.effects, 0);
	if (draft_lang2(d)) {
		strbuf_addf(&sb, "Proposal %zu", i + 1);
		draft_csv(out, sb.buf, 0);
		strbuf_reset(&sb);
	}
	draft_csv(out, p->title, 0);
	strbuf_addf(&sb, "Draft (%s, line %d): %s. Say here what it does, "
		    "what it costs and who wants it.", d->article, p->line,
		    tn->en);
	strbuf_addf(&bg, "Чернова (%s, ред %d): %s. Кажете тук какво прави, "
		    "какво струва и кой го иска.", d->article, p->line, tn->bg);
	draft_csv_text(out, d, &(const struct tr){ sb.buf, bg.buf });
	draft_csv(out, p->quote, 0);
	strbuf_addc(out, '\n');
	strbuf_release(&sb);
	strbuf_release(&bg);
}

void author_draft_proposals(const struct author_draft *d,
			    struct strbuf *out)
{
	size_t i;

	draft_props_head(d, out);
	for (i = 0; i < d->props->n; i++)
		draft_prop_row(d, i, out);
}

/* ---- actions.csv ------------------------------------------------------ */

struct draft_action {
	const char *id, *kind, *stance, *covert, *detect, *lr, *op;
	const char *effects, *seen;
	int breaches;		/* 0 none, 1 pledges of restraint, 2 all */
	struct tr name, desc;
};

static const struct draft_action draft_actions[] = {
	{ "table", "diplomatic", "cooperative", "no", "0", "1.08", "table",
	  "", "tension -1", 0,
	  { "Table a proposal", "Внасяне на предложение" },
	  { "Put a proposal on the table, or back on it. Words cost little, "
	    "so the signal is modest.",
	    "Поставяне на предложение на масата, или повторно. Думите "
	    "струват малко, затова сигналът е скромен." } },
	{ "accept", "diplomatic", "cooperative", "no", "0", "1.11", "accept",
	  "", "tension -2", 0,
	  { "Sign a proposal", "Подписване на предложение" },
	  { "Sign a proposal the other side has tabled: it comes into force "
	    "at once. Signing is a costly signal.",
	    "Подписване на предложение, внесено от другата страна: то влиза "
	    "в сила веднага. Подписът е скъп сигнал." } },
	{ "statement", "diplomatic", "cooperative", "no", "0", "1.04", "none",
	  "support.self +1", "tension -1", 0,
	  { "Goodwill statement", "Изявление на добра воля" },
	  { "Say in public that you are ready to talk. Popular at home, but "
	    "cheap talk.",
	    "Публично изявление, че сте готови за разговори. Харесва се у "
	    "дома, но е евтина приказка." } },
	{ "hold", "diplomatic", "neutral", "no", "0", "1", "none", "", "", 0,
	  { "Hold position", "Изчакване" },
	  { "No diplomatic move this turn.",
	    "Без дипломатически ход този път." } },
	{ "reject", "diplomatic", "hostile", "no", "0", "0.91", "reject",
	  "", "tension +1", 0,
	  { "Reject a proposal", "Отхвърляне на предложение" },
	  { "Turn down a proposal the other side has tabled. Either side "
	    "may table it again later.",
	    "Отхвърляне на предложение, внесено от другата страна. Всяка "
	    "страна може да го внесе отново по-късно." } },
	{ "withdraw", "diplomatic", "hostile", "no", "0", "0.82", "withdraw",
	  "", "tension +2", 0,
	  { "Withdraw from a proposal", "Оттегляне от предложение" },
	  { "Take back your own offer, or leave an agreement in force. Its "
	    "effects stop at once.",
	    "Оттегляне на собствено предложение или излизане от действащо "
	    "споразумение. Ефектите му спират веднага." } },
	{ "sanctions", "diplomatic", "hostile", "no", "0", "0.76", "none",
	  "support.self +1", "tension +2; security.other -1; support.other -1",
	  0, { "Sanctions", "Санкции" },
	  { "Sanctions on officials and firms of the other side. They play "
	    "well at home and harden positions abroad.",
	    "Санкции срещу длъжностни лица и фирми на другата страна. "
	    "Харесват се у дома и втвърдяват позициите навън." } },
	{ "share_intel", "cyber", "cooperative", "no", "0", "1.21", "none",
	  "security.other +3; security.self -1", "tension -3", 0,
	  { "Share threat intelligence", "Споделяне на информация за "
	    "заплахи" },
	  { "Warn the other side's response team of a criminal campaign. It "
	    "helps them and reveals what you can see: a costly signal.",
	    "Предупреждение към екипа за реагиране на другата страна за "
	    "престъпна кампания. Помага им и разкрива какво виждате: скъп "
	    "сигнал." } },
	{ "defend", "cyber", "neutral", "no", "0", "1", "none",
	  "security.self +3", "", 0,
	  { "Harden your networks", "Укрепване на защитата" },
	  { "Patch, segment and watch your own networks. Threatens no one.",
	    "Обновяване, сегментиране и наблюдение на собствените мрежи. Не "
	    "заплашва никого." } },
	{ "probe", "cyber", "hostile", "yes", "40", "0.76", "none",
	  "security.self +1; security.other -2", "tension +2", 1,
	  { "Covert probing", "Тайно проникване" },
	  { "Covertly enter the other side's networks to map them. Seen only "
	    "when detected. Breaches pledges of restraint.",
	    "Тайно проникване в мрежите на другата страна. Вижда се само "
	    "ако бъде засечено. Нарушава обещанията за въздържане." } },
	{ "attack", "cyber", "hostile", "yes", "85", "0.53", "none",
	  "security.other -8; tension +3", "tension +2", 2,
	  { "Disruptive attack", "Разрушителна атака" },
	  { "Disrupt systems the other side depends on. The damage is felt "
	    "at once and the author is usually found. Breaches every "
	    "agreement.",
	    "Нарушаване на системи, от които зависи другата страна. Щетите "
	    "се усещат веднага, а извършителят обикновено се открива. "
	    "Нарушава всяко споразумение." } },
};

#define NACTIONS (sizeof draft_actions / sizeof draft_actions[0])

/* The proposals an action breaches: every one, or the pledges of
 * restraint. */
static void draft_breaches(const struct author_draft *d, int which,
			   struct strbuf *out)
{
	struct strbuf ids = STRBUF_INIT;
	struct author_topic t;
	size_t i;

	for (i = 0; which && i < d->props->n; i++) {
		author_draft_topic(d->props->v[i].quote, &t);
		if (which == 1 && t.index != TOPIC_RESTRAINT)
			continue;
		strbuf_addf(&ids, "%sp%zu", ids.len ? " " : "", i + 1);
	}
	draft_csv(out, ids.buf, 0);
	strbuf_release(&ids);
}

void author_draft_actions(const struct author_draft *d, struct strbuf *out)
{
	const struct draft_action *a;
	size_t i;

	strbuf_adds(out, "# Actions: each turn a side picks one diplomatic "
		    "move and one cyber action.\n");
	draft_comment(out, "#", "stance: how doctrines such as tit-for-tat "
		      "read the act. lr: its likelihood ratio, P(act | "
		      "cooperative side) / P(act | hostile side): the other "
		      "side's trust moves by it when it sees the act, so cheap "
		      "talk stays near 1, costly cooperation above, hostility "
		      "below. covert: seen only when detected (detect, "
		      "percent). effects: always (self: the actor). if_seen: "
		      "when the other side sees it. op: what a move does to a "
		      "proposal. breaches: the proposals a detected act "
		      "violates while they are in force. sides: who may use it "
		      "(a, b or both). Every side needs a move with op none of "
		      "each kind.");
	strbuf_adds(out, "id,kind,stance,covert,detect,lr,op,effects,if_seen,"
		    "breaches,sides");
	draft_csv_text_head(out, d, "name");
	draft_csv_text_head(out, d, "description");
	strbuf_addc(out, '\n');
	for (i = 0; i < NACTIONS; i++) {
		a = &draft_actions[i];
		strbuf_addf(out, "%s,%s,%s,%s,%s,%s,%s", a->id, a->kind,
			    a->stance, a->covert, a->detect, a->lr, a->op);
		draft_csv(out, a->effects, 0);
		draft_csv(out, a->seen, 0);
		draft_breaches(d, a->breaches, out);
		strbuf_adds(out, ",both");
		draft_csv_text(out, d, &a->name);
		draft_csv_text(out, d, &a->desc);
		strbuf_addc(out, '\n');
	}
}

/* ---- events.csv ------------------------------------------------------- */

struct draft_event {
	const char *cells;	/* id,kind,turn,chance,min_rung,victim,
				   ambiguity,lr,effects,if_blamed */
	struct tr name, text;
};

static const struct draft_event draft_events[] = {
	{ "ransomware,random,,8,,any,50,0.5,security.self -4,tension +3",
	  { "Ransomware wave", "Вълна от рансъмуер" },
	  { "A criminal group encrypts hospital and city networks. Its "
	    "servers and language point in several directions.",
	    "Престъпна група криптира мрежите на болници и общини. "
	    "Сървърите и езикът ѝ сочат в различни посоки." } },
	{ "false_flag,random,,5,friction,any,60,0.4,security.self -4,"
	  "tension +3",
	  { "Third-party intrusion", "Проникване на трета страна" },
	  { "A third state breaks into government networks with tools that "
	    "make it look like the work of the other side.",
	    "Трета държава прониква в правителствени мрежи с инструменти, "
	    "които я карат да изглежда като дело на другата страна." } },
	{ "summit,random,,5,,both,0,1,trust.self +3; tension -1,",
	  { "Summit opportunity", "Възможност за среща на върха" },
	  { "Leaders meet on the margins of a summit and tell their experts "
	    "to keep talking.",
	    "Лидерите се срещат в кулоарите на среща на върха и възлагат на "
	    "експертите да продължат разговорите." } },
	{ "misread_scan,accident,,,,any,60,0.5,tension +3,tension +3",
	  { "Misread network scan", "Погрешно разчетено сканиране" },
	  { "A routine scan of your networks is read as the preparation of "
	    "an attack.",
	    "Рутинно сканиране на вашите мрежи е разчетено като подготовка "
	    "за атака." } },
	{ "auto_defence,accident,,,,any,70,0.5,security.self -3; tension +2,"
	  "tension +3",
	  { "Automated defence misfires", "Автоматична защита се "
	    "задейства погрешно" },
	  { "An automated defence strikes back at servers it took for "
	    "attackers. They were yours.",
	    "Автоматична защита отвръща на удар срещу сървъри, които е "
	    "взела за нападатели. Били са ваши." } },
};

#define NEVENTS (sizeof draft_events / sizeof draft_events[0])

static const struct draft_event draft_inject = {
	"inject,scripted,4,,,b,50,0.5,security.self -5; support.self -2,"
	"tension +3",
	{ "Instructor inject", "Учебна ситуация" },
	{ "Write what happens at turn 4: an outage, a leak, an election.",
	  "Опишете какво се случва на ход 4: срив, изтичане, избори." }
};

/* One row: the cells up to effects as they are, the two effects
 * columns quoted when they must be, then the texts. */
static void draft_event_row(const struct author_draft *d,
			    const struct draft_event *e, struct strbuf *out)
{
	const char *p = e->cells;
	int field;

	for (field = 0; field < 8; field++) {
		size_t n = strcspn(p, ",");

		strbuf_add(out, p, n + 1);
		p += n + 1;
	}
	field = (int)strcspn(p, ",");
	strbuf_addf(out, "%.*s", field, p);
	draft_csv(out, p + field + 1, 0);
	draft_csv_text(out, d, &e->name);
	draft_csv_text(out, d, &e->text);
	strbuf_addc(out, '\n');
}

void author_draft_events(const struct author_draft *d, struct strbuf *out)
{
	size_t i;

	strbuf_adds(out, "# Events: acts of third parties and accidents.\n");
	draft_comment(out, "#", "random: a chance each turn (percent), from "
		      "min_rung up. accident: drawn when the ladder's "
		      "accident roll hits. scripted: an instructor's inject "
		      "at a given turn (see the example below). ambiguity: "
		      "percent chance that the victim blames the other side; "
		      "lr: the likelihood ratio applied to its trust then. "
		      "effects: always (self: the victim); if_blamed: when "
		      "blamed.");
	strbuf_adds(out, "id,kind,turn,chance,min_rung,victim,ambiguity,lr,"
		    "effects,if_blamed");
	draft_csv_text_head(out, d, "name");
	draft_csv_text_head(out, d, "text");
	strbuf_addc(out, '\n');
	for (i = 0; i < NEVENTS; i++)
		draft_event_row(d, &draft_events[i], out);
	strbuf_adds(out, "# An instructor's inject: remove the '# ' to use "
		    "it.\n# ");
	draft_event_row(d, &draft_inject, out);
}
