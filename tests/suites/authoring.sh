#!/bin/sh
# authoring.sh — from an article to a scenario, and a class's results:
#
# - `detente new` on the three articles (the shipped Bulgarian one, the
#   fictional English one of scenarios/korvel-dam, and the Russian one in
#   tests/articles/) finds every expected proposal, once, and nothing
#   else; its drafts pass `detente check` and play under `detente sim`;
# - `new` refuses to overwrite, and names the place of a bad article;
# - translations: a missing one is a warning, never a failure, and the
#   game's texts fall back to the scenario's first language;
# - `detente report` over saves made by `sim --save`: the table's rows,
#   the CSV's content against `sim --csv`, the distribution, and a bad
#   save reported with its place while the others are still counted.
cd "$(dirname "$0")/../.." || exit 2

bin=${DETENTE:-./detente}
tmp=$(mktemp -d /tmp/detente-authoring-XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { echo "ok - $1"; }
notok() {
	echo "not ok - $1"
	shift
	for f; do
		[ -f "$f" ] && sed 's/^/  /' "$f" | head -n 40
	done
}
# check NAME FILES... -- COMMAND...: ok when COMMAND succeeds; the files
# are shown when it does not.
check() {
	name=$1
	shift
	files=
	while [ "$1" != "--" ]; do
		files="$files $1"
		shift
	done
	shift
	if "$@"; then ok "$name"; else notok "$name" $files; fi
}

# The data rows of a proposals.csv (no comments, no header).
rows() { grep -v '^#' "$1" | tail -n +2; }

# want_quotes NAME DRAFT COUNT FRAGMENT...: the draft has COUNT proposals
# and each fragment is in exactly one of them.
want_quotes() {
	name=$1 draft=$2 count=$3
	shift 3
	rows "$draft/proposals.csv" >"$tmp/rows"
	n=$(wc -l <"$tmp/rows")
	bad=
	for frag; do
		c=$(grep -cF -- "$frag" "$tmp/rows")
		[ "$c" -eq 1 ] || bad="$bad '$frag' ($c)"
	done
	if [ "$n" -eq "$count" ] && [ -z "$bad" ]; then
		ok "$name"
	else
		echo "# $n proposals (want $count); fragments not found once:$bad"
		notok "$name" "$tmp/rows"
	fi
}

# ---- new: the shipped Bulgarian article --------------------------------

bg=scenarios/info-security-2020/article.bg.txt
check "new on the shipped article exits 0" "$tmp/bg.out" "$tmp/bg.err" -- \
	"$bin" new "$tmp/bg" --article $bg >"$tmp/bg.out" 2>"$tmp/bg.err"
check "new reports six proposals in Bulgarian" "$tmp/bg.out" -- \
	grep -q "(language bg): 6 proposals" "$tmp/bg.out"
want_quotes "new finds the six proposals of the shipped article, no more" \
	"$tmp/bg" 6 "експертен диалог" "междуведомствен диалог" \
	"каналите за комуникация" \
	"предотвратяване на инциденти в информационното пространство" \
	"ненамеса във вътрешните работи" "първи удар"
check "the article is copied byte for byte" -- \
	cmp -s $bg "$tmp/bg/article.bg.txt"
check "the Bulgarian draft passes check (one warning: quote.en)" \
	"$tmp/chk.err" -- sh -c "'$bin' check '$tmp/bg' >'$tmp/chk.out' \
	2>'$tmp/chk.err' && grep -qx '$tmp/bg: ok, 1 warning' '$tmp/chk.out'"
check "the Bulgarian draft plays: sim tft against hawk, 100 games" \
	"$tmp/sim.err" -- sh -c "'$bin' sim --scenario '$tmp/bg' --a tft \
	--b hawk --games 100 >'$tmp/sim.out' 2>'$tmp/sim.err' &&
	grep -q '100 games' '$tmp/sim.out'"
check "the Bulgarian draft plays: a tournament" "$tmp/tour.err" -- \
	sh -c "'$bin' tournament --scenario '$tmp/bg' --games 5 \
	>/dev/null 2>'$tmp/tour.err'"

# ---- new: the fictional English article (scenarios/korvel-dam) ----------

en=scenarios/korvel-dam/article.en.txt
check "new on the Korvel Dam article exits 0" "$tmp/en.err" -- \
	"$bin" new "$tmp/en" --article $en >"$tmp/en.out" 2>"$tmp/en.err"
want_quotes "new finds the six proposals of the Korvel Dam article" \
	"$tmp/en" 6 "joint technical inquiry" "called for a hotline" \
	"real-time data" "binding treaty" "resume the commission" \
	"pay compensation"
check "the English draft passes check without a warning" "$tmp/chk.err" \
	-- sh -c "'$bin' check '$tmp/en' >'$tmp/chk.out' 2>'$tmp/chk.err' &&
	grep -qx '$tmp/en: ok' '$tmp/chk.out'"
check "the English draft plays: sim dove against dove" "$tmp/sim.err" -- \
	sh -c "'$bin' sim --scenario '$tmp/en' --a dove --b dove --games 20 \
	>'$tmp/sim.out' 2>'$tmp/sim.err'"
check "the headline is not taken for a proposal" "$tmp/en/proposals.csv" \
	-- sh -c "! grep -q 'offers Arvenia a hotline and a dam treaty' \
	'$tmp/en/proposals.csv'"

# ---- new: the third article, in Russian, hard-wrapped, «quotes» --------

ru=tests/articles/cable.ru.txt
check "new --lang ru on the cable article exits 0" "$tmp/ru.err" -- \
	"$bin" new "$tmp/ru" --article $ru --lang ru >"$tmp/ru.out" \
	2>"$tmp/ru.err"
want_quotes "new finds the five proposals of the cable article" \
	"$tmp/ru" 5 "совместную комиссию" "соглашение о защите подводных" \
	"обмениваться данными" "мораторий на военно-морские учения" \
	"извинений"
check "a draft in a language without our texts passes check, warning" \
	"$tmp/chk.err" -- sh -c "'$bin' check '$tmp/ru' >'$tmp/chk.out' \
	2>'$tmp/chk.err' && grep -q \"warning: missing 'ru' translation of \
'title'\" '$tmp/chk.err' && grep -q \"warning: missing column 'name.ru'\" \
	'$tmp/chk.err'"
check "without --lang, Russian text is taken for Russian" \
	"$tmp/ru2.out" -- sh -c "'$bin' new '$tmp/ru2' --article $ru \
	>'$tmp/ru2.out' 2>/dev/null && grep -q '(language ru)' '$tmp/ru2.out'"
check "without --lang, Bulgarian text is taken for Bulgarian" \
	"$tmp/bg2.out" -- sh -c "'$bin' new '$tmp/bg2' --article \
	tests/articles/power-grid.bg.txt >'$tmp/bg2.out' 2>/dev/null &&
	grep -q '(language bg)' '$tmp/bg2.out'"

# ---- the worked example of scenarios/README.md --------------------------

pa=tests/articles/port-attack.en.txt
mkdir "$tmp/we"
"$bin" new "$tmp/we/port" --article $pa >"$tmp/we.out" 2>&1
check "new on the worked example's article, as the guide shows it" \
	"$tmp/we.out" -- sh -c "grep -q '(language en): 3 proposals in 5 \
sentences' '$tmp/we.out' && grep -q '^  p2  article.en.txt:11:1  \
Moratorium on cyber operations against ports' '$tmp/we.out' &&
	grep -q '^  p3  article.en.txt:14:1  Extradite the two suspects named by \
its police  (by Kestria)' '$tmp/we.out' && grep -q '^p3,b,' \
	'$tmp/we/port/proposals.csv' && grep -q '^name = Kestria' \
	'$tmp/we/port/scenario.ini'"
cat >"$tmp/we/port/proposals.csv" <<'EOF'
# The proposals of the article, finished by hand.
id,tabled_by,signal,min_trust,value_a,value_b,effects,title,summary,quote
hotline,a,1.33,15,1,1.5,misattribution -20; tension -1,CERT hotline,"A line between the two response teams, open day and night. While in force: incidents are less often blamed on the wrong side.",a hotline between the two countries' computer emergency response teams
port_moratorium,a,1.7,45,1,1,accident -2; tension -1,No attacks on ports,"Neither side attacks ports and other civilian infrastructure. Probing and attacks breach it.",to agree to a moratorium on cyber operations against ports and other civilian infrastructure
extradition,b,1.8,40,-1,2,tension -1,Extradite the suspects,"Kestria's demand: Belmar hands over the two suspects. Costly for Belmar at home.",demanded that Belmar first extradite the two suspects named by its police
EOF
cat >"$tmp/we/want.err" <<EOF
$tmp/we/port/actions.csv:20:85: unknown proposal 'p2'
$tmp/we/port/actions.csv:21:80: unknown proposal 'p1'
$tmp/we/port/actions.csv:21:83: unknown proposal 'p2'
$tmp/we/port/actions.csv:21:86: unknown proposal 'p3'
EOF
"$bin" check "$tmp/we/port" >/dev/null 2>"$tmp/we/got.err"
check "the guide's step 4: renamed proposals give the errors it shows" \
	"$tmp/we/got.err" -- cmp -s "$tmp/we/want.err" "$tmp/we/got.err"
sed -i -e 's/,p2,both,Covert probing/,port_moratorium,both,Covert probing/' \
	-e 's/,p1 p2 p3,both,Disruptive/,hotline port_moratorium,both,Disruptive/' \
	"$tmp/we/port/actions.csv"
printf '%s\n' "close_port,diplomatic,hostile,no,0,0.8,none,support.self +1,\
tension +1; support.other -1,,b,Close the port to Belmar's ships,Turn \
Belmar's ships away until the suspects are handed over." \
	>>"$tmp/we/port/actions.csv"
printf '%s\n' "port_again,scripted,3,,,b,60,0.5,security.self -5; \
support.self -2,tension +3,The port is hit again,The booking system is \
encrypted again." >>"$tmp/we/port/events.csv"
"$bin" sim --scenario "$tmp/we/port" --a dove --b dove --games 20 \
	--csv "$tmp/we/doves.csv" >/dev/null 2>"$tmp/err"
check "the guide's worked example passes check; two doves agree" \
	"$tmp/err" -- sh -c "'$bin' check -q '$tmp/we/port' 2>>'$tmp/err' &&
	[ \$(grep -c ',agreement,' '$tmp/we/doves.csv') -eq 20 ]"

# ---- new: refusals and bad articles -------------------------------------

mkdir "$tmp/full" && echo keep >"$tmp/full/notes.txt"
"$bin" new "$tmp/full" --article $en >"$tmp/out" 2>"$tmp/err"
rc=$?
check "new refuses a folder that is not empty, exit 1" "$tmp/err" -- \
	sh -c "[ $rc -eq 1 ] && grep -qx \"detente new: '$tmp/full' is not \
empty; name a new folder (nothing was written)\" '$tmp/err' &&
	[ \"\$(ls '$tmp/full')\" = notes.txt ]"
"$bin" new "$tmp/full/notes.txt" --article $en >"$tmp/out" 2>"$tmp/err"
rc=$?
check "new refuses a file in the folder's place, exit 1" "$tmp/err" -- \
	sh -c "[ $rc -eq 1 ] && grep -q 'exists and is not a folder' '$tmp/err'"
mkdir "$tmp/empty"
check "new fills an empty folder" -- \
	"$bin" new "$tmp/empty" --article $en >/dev/null 2>&1
"$bin" new "$tmp/x" >/dev/null 2>"$tmp/err"
rc=$?
check "new without --article is bad usage, exit 2" "$tmp/err" -- \
	sh -c "[ $rc -eq 2 ] && grep -q 'new needs --article FILE' '$tmp/err'"
"$bin" new "$tmp/x" --article $en --lang EN >/dev/null 2>"$tmp/err"
rc=$?
check "new with a bad language code is bad usage, exit 2" "$tmp/err" -- \
	sh -c "[ $rc -eq 2 ] && grep -q \"needs a language code .*, not 'EN'\" \
	'$tmp/err'"
"$bin" new "$tmp/x" --article "$tmp/nowhere.txt" >/dev/null 2>"$tmp/err"
rc=$?
check "new with a missing article, exit 1" "$tmp/err" -- \
	sh -c "[ $rc -eq 1 ] && grep -qx \"detente new: cannot open \
'$tmp/nowhere.txt': no such file or directory\" '$tmp/err'"
printf 'First line.\nAnd \377 a bad byte.\n' >"$tmp/bad.txt"
"$bin" new "$tmp/y" --article "$tmp/bad.txt" >/dev/null 2>"$tmp/err"
rc=$?
check "new names the place of a byte that is not UTF-8, exit 1" \
	"$tmp/err" -- sh -c "[ $rc -eq 1 ] && grep -q \
	\"^$tmp/bad.txt:2:5: invalid UTF-8\" '$tmp/err' && [ ! -e '$tmp/y' ]"
printf 'It rained all day in the capital.\nNobody said anything.\n' \
	>"$tmp/none.txt"
check "an article without proposals gives a draft that passes check" \
	"$tmp/err" -- sh -c "'$bin' new '$tmp/none' --article '$tmp/none.txt' \
	>/dev/null 2>'$tmp/err' && [ ! -e '$tmp/none/proposals.csv' ] &&
	'$bin' check -q '$tmp/none' 2>'$tmp/err' &&
	'$bin' sim --scenario '$tmp/none' --a tft --b tft --games 5 \
	>/dev/null 2>>'$tmp/err'"

# ---- translations --------------------------------------------------------

cp -R "$tmp/bg" "$tmp/tr"
sed -i '/^\[side.a\]/,/^\[side.b\]/{/^name.bg = /d}' "$tmp/tr/scenario.ini"
check "a missing translation is a warning: check still passes" \
	"$tmp/chk.err" -- sh -c "'$bin' check '$tmp/tr' >'$tmp/chk.out' \
	2>'$tmp/chk.err' && grep -q \"scenario.ini:[0-9]*:1: warning: \
missing 'bg' translation of 'name'\" '$tmp/chk.err'"
"$bin" sim --scenario scenarios/korvel-dam --a tft --b hawk --games 1 \
	--save "$tmp/korvel.sav" >/dev/null 2>&1
check "texts fall back to the scenario's first language" \
	"$tmp/replay.out" -- sh -c "'$bin' replay '$tmp/korvel.sav' --lang bg \
	>'$tmp/replay.out' 2>&1 && grep -q 'Dostrava' '$tmp/replay.out' &&
	grep -q 'Доверие на Arvenia към Dostrava' '$tmp/replay.out'"

# ---- the shipped fictional scenario -------------------------------------

# Its only warnings are the injects that most cooperative games end
# before (check's quick simulation): the scenario's numbers, not a fault.
check "the Korvel Dam scenario passes check, warning only of late injects" \
	"$tmp/chk.out" -- sh -c "'$bin' check scenarios/korvel-dam \
	>'$tmp/chk.out' 2>&1 && grep -q '^scenarios/korvel-dam: ok' \
	'$tmp/chk.out' && ! grep 'warning:' '$tmp/chk.out' |
	grep -v 'after most cooperative games have ended'"
check "the Korvel Dam scenario has instructor injects at given turns" -- \
	sh -c "[ \$(grep -c '^[a-z_]*,scripted,[0-9]' \
	scenarios/korvel-dam/events.csv) -ge 4 ]"
"$bin" sim --scenario scenarios/korvel-dam --a dove --b dove --games 50 \
	--csv "$tmp/doves.csv" >/dev/null 2>&1
check "Korvel Dam: two doves reach the agreement" "$tmp/doves.csv" -- \
	sh -c "[ \$(grep -c ',agreement,' '$tmp/doves.csv') -eq 50 ]"
"$bin" sim --scenario scenarios/korvel-dam --a hawk --b hawk --games 50 \
	--csv "$tmp/hawks.csv" >/dev/null 2>&1
check "Korvel Dam: two hawks never agree" "$tmp/hawks.csv" -- \
	sh -c "! grep -q ',agreement,\|,limit,' '$tmp/hawks.csv'"

# ---- report over saves made by sim --save -------------------------------

mkdir "$tmp/class"
save() {	# save NAME SCENARIO A B SEED
	"$bin" sim --scenario "scenarios/$2" --a "$3" --b "$4" --games 1 \
		--seed "$5" --save "$tmp/class/$1.sav" >/dev/null 2>&1
	"$bin" sim --scenario "scenarios/$2" --a "$3" --b "$4" --games 1 \
		--seed "$5" --csv - 2>/dev/null | tail -n 1 >"$tmp/sim-$1.csv"
}
save g1-doves info-security-2020 dove dove 1
save g2-tft-hawk info-security-2020 tft hawk 3
save g3-planner korvel-dam planner gtft 5
save g4-hawks korvel-dam hawk hawk 8
"$bin" report "$tmp/class" >"$tmp/rep.out" 2>"$tmp/rep.err"
rc=$?
check "report over a folder of saves exits 0" "$tmp/rep.err" -- \
	[ $rc -eq 0 ]
check "report groups the games by scenario, sides named" "$tmp/rep.out" \
	-- sh -c "grep -qx 'info-security-2020: a = Russia (ru), b = the \
United States (us)' '$tmp/rep.out' && grep -qx 'korvel-dam: a = Dostrava \
(dostrava), b = Arvenia (arvenia)' '$tmp/rep.out'"
# Each row: the game, its players, turns and ending as sim saw them.
rowsok=1
for g in g1-doves g2-tft-hawk g3-planner g4-hawks; do
	IFS=, read -r _ _ a b turns outcome band _ <"$tmp/sim-$g.csv"
	grep -qE "^  $g +$a +$b +$turns +$outcome " "$tmp/rep.out" ||
		{ rowsok=0; echo "# no row for $g: $a $b $turns $outcome"; }
done
check "report has a row a game, as sim played it" "$tmp/rep.out" -- \
	[ $rowsok -eq 1 ]
check "report shows the distribution of endings and bands" \
	"$tmp/rep.out" -- sh -c "grep -qx 'Endings across 4 games:' \
	'$tmp/rep.out' && grep -q '^Trust bands, korvel-dam (2 games):' \
	'$tmp/rep.out' && [ \$(grep -cE '^  (agreement|conflict|collapse|\
limit) ' '$tmp/rep.out') -eq 4 ]"

"$bin" report tests/data/saves/good/pd-branches.sav >"$tmp/rep2.out" \
	2>"$tmp/rep2.err"
check "report: a person's side, the current branch, an unfinished game" \
	"$tmp/rep2.out" "$tmp/rep2.err" -- sh -c "grep -qE '^  .* +person +\
pavlov +7 +unfinished ' '$tmp/rep2.out' && grep -qE '^  unfinished +1 ' \
	'$tmp/rep2.out'"

"$bin" report --csv "$tmp/class.csv" "$tmp/class" >/dev/null 2>&1
csvok=1
[ "$(head -n 1 "$tmp/class.csv")" = "file,name,scenario,seed,side_a,\
side_b,a,b,turns,turn_limit,outcome,band,band_name,trust_a,trust_b,\
tension,score_a,score_b,signed,in_force,agreements,breaches,\
hidden_breaches,person_a,person_b" ] || { csvok=0; echo "# bad header"; }
[ "$(wc -l <"$tmp/class.csv")" -eq 5 ] || { csvok=0; echo "# rows"; }
for g in g1-doves g2-tft-hawk g3-planner g4-hawks; do
	IFS=, read -r _ seed a b turns outcome band ta tb tension sa sb \
		sig _ <"$tmp/sim-$g.csv"
	want="$tmp/class/$g.sav,$g,[a-z0-9-]*,$seed,[a-z]*,[a-z]*,$a,$b,\
$turns,[0-9]*,$outcome,$band,[^,]*,$ta,$tb,$tension,$sa,$sb,[0-9]*,$sig,"
	grep -q "^$want" "$tmp/class.csv" ||
		{ csvok=0; echo "# no CSV row for $g like $want"; }
done
check "report --csv FILE: one row a game, the numbers sim gives" \
	"$tmp/class.csv" -- [ $csvok -eq 1 ]
"$bin" report --csv - "$tmp/class/g1-doves.sav" >"$tmp/csv.out" \
	2>"$tmp/csv.err"
check "report --csv -: CSV on stdout, the table on stderr" \
	"$tmp/csv.out" "$tmp/csv.err" -- sh -c "[ \$(wc -l <'$tmp/csv.out') \
	-eq 2 ] && grep -q '^  g1-doves ' '$tmp/csv.err'"

head -c 200 "$tmp/class/g1-doves.sav" >"$tmp/class/g0-cut.sav"
"$bin" report "$tmp/class" >"$tmp/rep.out" 2>"$tmp/rep.err"
rc=$?
check "report names a bad save's place, counts the rest, exit 1" \
	"$tmp/rep.err" "$tmp/rep.out" -- sh -c "[ $rc -eq 1 ] &&
	grep -qE '^$tmp/class/g0-cut.sav:[0-9]+:[0-9]+: ' '$tmp/rep.err' &&
	grep -qx 'Endings across 4 games:' '$tmp/rep.out'"
"$bin" report "$tmp/empty-class" >/dev/null 2>"$tmp/err"
rc=$?
check "report with nothing to report, exit 1" "$tmp/err" -- \
	sh -c "[ $rc -eq 1 ] && grep -q 'no games to report' '$tmp/err'"
"$bin" report >/dev/null 2>&1
rc=$?
check "report without saves is bad usage, exit 2" -- [ $rc -eq 2 ]
