#!/bin/sh
# The command line: the table of commands (game/main.c) against --help,
# each command's -h, the README and the man page; the option rules that
# every command shares; outputs that never overwrite an input or a save;
# an interrupted sim that keeps the old CSV.
cd "$(dirname "$0")/../.." || exit 2
D=${DETENTE:-./detente}
PD=scenarios/prisoners-dilemma
ART=scenarios/info-security-2020
SAV=tests/data/saves/good/pd.sav
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; for l; do printf '  %s\n' "$l"; done; }
CMDS="play load check sim tournament replay new report balance"

# ---- the table, and what is written from it or against it -----------------

# The synopsis a command's -h prints, on one line.
synopsis() {
	$D "$1" -h | awk '/^Usage: /{sub(/^Usage: /, ""); s = $0; go = 1; next}
		go && /^       /{sub(/^ +/, ""); s = s " " $0; next}
		{go = 0} END {print s}'
}
squeeze() { tr -s ' \n' '  ' | sed 's/^ //; s/ $//'; }

$D --help >"$tmp/help" 2>"$tmp/err"
squeeze <"$tmp/help" >"$tmp/help1"
groff -man -Tascii -P-c -P-b -P-u assets/detente.6 2>/dev/null |
	sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | squeeze >"$tmp/man1"
sed -n 's/^| `\(detente [^`]*\)` |.*/\1/p' README.md | sed 's/\\|/|/g' \
	>"$tmp/readme"
for c in $CMDS; do
	$D "$c" -h >"$tmp/h" 2>"$tmp/e"
	rc=$?
	s=$(synopsis "$c")
	if [ $rc = 0 ] && [ ! -s "$tmp/e" ] &&
	   head -n 1 "$tmp/h" | grep -q "^Usage: detente $c " &&
	   grep -q '^  -h, --help ' "$tmp/h"; then
		ok "$c -h: usage and options on stdout, exit 0"
	else
		nok "$c -h: usage and options on stdout, exit 0" "exit $rc" \
			"$(head -n 3 "$tmp/h" "$tmp/e")"
	fi
	grep -qF -- "$s" "$tmp/help1" && ok "--help lists '$s'" ||
		nok "--help lists '$s'"
	grep -qxF -- "$s" "$tmp/readme" && ok "README's table has '$s'" ||
		nok "README's table has '$s'" "$(grep "detente $c " "$tmp/readme")"
	grep -qF -- "$s" "$tmp/man1" && ok "the man page's synopsis has '$s'" ||
		nok "the man page's synopsis has '$s'" "$(cat "$tmp/man1")"
done
# The table has every command that --help lists, and no other.
listed=$(sed -n 's/^  detente \([a-z][a-z]*\).*/\1/p' "$tmp/help" | tr '\n' ' ')
[ "$listed" = "$CMDS " ] && ok "--help lists exactly the table's commands" ||
	nok "--help lists exactly the table's commands" "$listed"

# ---- usage errors: the same rules and words everywhere ------------------------

# usage NAME 'MESSAGE' ARGS...: exit 2, nothing on stdout, "detente:
# MESSAGE" and the hint on stderr.
usage() {
	name=$1 want=$2
	shift 2
	$D "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	printf 'detente: %s\n%s\n' "$want" \
		"Try 'detente --help' for more information." >"$tmp/want"
	if [ $rc = 2 ] && [ ! -s "$tmp/out" ] && cmp -s "$tmp/want" "$tmp/err"
	then
		ok "$name"
	else
		nok "$name" "exit $rc" "$(cat "$tmp/out")" "got:" \
			"$(cat "$tmp/err")" "want:" "$(cat "$tmp/want")"
	fi
}
for c in $CMDS; do
	usage "$c: an unknown option" "unknown option '--frobnicate'" \
		$c --frobnicate
done
usage "an unknown command" "unknown command 'frobnicate'" frobnicate
usage "a value that looks like an option is refused" \
	"option '--csv' needs a value, not the option '--threads=2' (for a value that begins with '-', write --csv=VALUE)" \
	sim --a tft --b tft --csv --threads=2
[ ! -e ./--threads=2 ] && ok "no file named '--threads=2' is written" ||
	{ rm -f ./--threads=2; nok "no file named '--threads=2' is written"; }
usage "--scenario --a tft names the missing value" \
	"option '--scenario' needs a value, not the option '--a' (for a value that begins with '-', write --scenario=VALUE)" \
	sim --scenario --a tft --b tft
usage "an option given twice is an error" "option '--a' given twice" \
	sim --a tft --a hawk --b tft
usage "the same with '='" "option '--games' given twice" \
	tournament --games 2 --games=3
usage "a short option given twice" "option '-q' given twice" check -q -q $PD
usage "--games out of range names both bounds" \
	"--games needs a number from 1 to 100000000, not '2147483648'" \
	sim --a tft --b tft --games 2147483648
usage "--turns out of range names both bounds" \
	"--turns needs a number from 1 to 1000, not '0'" \
	sim --a tft --b tft --turns 0
usage "play --seed is worded like sim --seed" \
	"--seed needs a whole number from 0 to 18446744073709551615, not '-1x'" \
	play --seed=-1x
usage "sim --seed" \
	"--seed needs a whole number from 0 to 18446744073709551615, not 'x'" \
	sim --a tft --b tft --seed x
usage "a choice names its values" "--side needs a or b, not 'c'" \
	play --side c
usage "a switch takes no value" "option '--quiet' takes no value" \
	check --quiet=1 $PD
usage "a missing required option" "sim needs --b PLAYER" sim --a tft
usage "check \"\" names the empty folder name" \
	"check needs a scenario folder, not ''" check ""
usage "a missing argument" "replay needs a save file" replay
usage "one argument too many" "unexpected argument 'b.sav'" \
	replay $SAV b.sav
if $D sim --a tft --b tft --games 1 --csv=-x.csv >/dev/null 2>&1 &&
   [ -f ./-x.csv ]; then
	ok "--csv=-x.csv writes a file whose name begins with '-'"
else
	nok "--csv=-x.csv writes a file whose name begins with '-'"
fi
rm -f ./-x.csv
$D sim --a tft --b tft --games 2 -- >/dev/null 2>&1 &&
	ok "'--' ends the options" || nok "'--' ends the options"

# ---- defaults, and runs with nothing to do ------------------------------------

$D tournament --games 1 --threads 1 >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc = 0 ] && grep -q "^Tournament on info-security-2020:" "$tmp/out" &&
   $D tournament -h | grep -q -- '--scenario DIR .*default: info-security-2020'
then
	ok "tournament without --scenario plays the default, as -h says"
else
	nok "tournament without --scenario plays the default, as -h says" \
		"exit $rc" "$(head -n 2 "$tmp/out" "$tmp/err")"
fi
$D sim --scenario $PD --a tft --b tft --games 2 --shard 1/3 \
	--csv "$tmp/shard.csv" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc = 0 ] && grep -q "^Shard 1/3 of a run of 2 games has no games" \
	"$tmp/out" && ! grep -q "0 games\|seeds" "$tmp/out" &&
   [ "$(wc -l <"$tmp/shard.csv")" = 1 ]; then
	ok "an empty shard says it has no games"
else
	nok "an empty shard says it has no games" "exit $rc" \
		"$(cat "$tmp/out" "$tmp/err")"
fi

# ---- outputs never overwrite an input or a save -------------------------------

cp $SAV "$tmp/a.sav"
cp $SAV "$tmp/b.sav"
usage "report --csv a.sav b.sav refuses to overwrite the save" \
	"--csv '$tmp/a.sav' is a Détente save; name another file (or remove it first)" \
	report --csv "$tmp/a.sav" "$tmp/b.sav"
cmp -s $SAV "$tmp/a.sav" && ok "... and a.sav is untouched" ||
	nok "... and a.sav is untouched"
cp $SAV "$tmp/results.csv"
usage "a save is known by its content, whatever its name" \
	"--csv '$tmp/results.csv' is a Détente save; name another file (or remove it first)" \
	sim --scenario $PD --a tft --b tft --games 1 --csv "$tmp/results.csv"
usage "replay --csv onto its own save" \
	"--csv '$tmp/a.sav' is one of this command's inputs; name another file" \
	replay "$tmp/a.sav" --csv "$tmp/a.sav"
ln -s a.sav "$tmp/link.csv"
usage "an input is known through a link" \
	"--csv '$tmp/link.csv' is one of this command's inputs; name another file" \
	replay "$tmp/a.sav" --csv "$tmp/link.csv"
cp -R $PD "$tmp/pd"
usage "sim --csv onto a file of its scenario" \
	"--csv '$tmp/pd/actions.csv' is one of this command's inputs; name another file" \
	sim --scenario "$tmp/pd" --a tft --b tft --csv "$tmp/pd/actions.csv"
cmp -s $PD/actions.csv "$tmp/pd/actions.csv" &&
	ok "... and the scenario is untouched" ||
	nok "... and the scenario is untouched"
usage "report's inputs include its saves, by name" \
	"--csv '$tmp/b.sav' is one of this command's inputs; name another file" \
	report "$tmp/a.sav" --csv "$tmp/b.sav" "$tmp/b.sav"
cmp -s $SAV "$tmp/b.sav" || nok "b.sav is untouched"
usage "report --turns-csv onto a save" \
	"--turns-csv '$tmp/a.sav' is a Détente save; name another file (or remove it first)" \
	report --turns-csv "$tmp/a.sav" "$tmp/b.sav"
usage "report --html onto one of its saves" \
	"--html '$tmp/b.sav' is one of this command's inputs; name another file" \
	report --html "$tmp/b.sav" "$tmp/b.sav"
usage "report --html onto a file of its --scenario folder" \
	"--html '$tmp/pd/payoff.csv' is one of this command's inputs; name another file" \
	report --scenario "$tmp/pd" --html "$tmp/pd/payoff.csv" "$tmp/b.sav"
usage "report --csv and --html to one file" \
	"--html '$tmp/same' is also another output of this command" \
	report --csv "$tmp/same" --html "$tmp/same" "$tmp/b.sav"
usage "report: one output at most to standard output" \
	"--html '-': standard output is already another output" \
	report --turns-csv - --html - "$tmp/b.sav"
usage "report --scenario takes a folder, not the next option" \
	"option '--scenario' needs a value, not the option '--csv' (for a value that begins with '-', write --scenario=VALUE)" \
	report --scenario --csv x.csv "$tmp/b.sav"
usage "load --scenario is given once" \
	"option '--scenario' given twice" \
	load --scenario $PD --scenario $PD "$tmp/b.sav"
cmp -s $SAV "$tmp/a.sav" && cmp -s $SAV "$tmp/b.sav" &&
	cmp -s $PD/payoff.csv "$tmp/pd/payoff.csv" && [ ! -e "$tmp/same" ] &&
	ok "... and nothing was written" || nok "... and nothing was written"

# replay --csv FILE writes FILE (and nothing on stdout); - is stdout.
$D replay $SAV --csv "$tmp/r.csv" >"$tmp/out" 2>"$tmp/err"
rc=$?
$D replay $SAV --csv - >"$tmp/r2.csv" 2>/dev/null
if [ $rc = 0 ] && [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ] &&
   cmp -s "$tmp/r.csv" tests/data/saves/good/pd.csv &&
   cmp -s "$tmp/r2.csv" tests/data/saves/good/pd.csv; then
	ok "replay --csv FILE writes FILE; --csv - writes stdout"
else
	nok "replay --csv FILE writes FILE; --csv - writes stdout" "exit $rc" \
		"$(cat "$tmp/err")"
fi
$D report --csv "$tmp/rep.csv" $SAV >/dev/null 2>&1 &&
	head -n 1 "$tmp/rep.csv" | grep -q '^file,' &&
	ok "report --csv FILE writes the CSV" || nok "report --csv FILE writes the CSV"
# A pipe (like /dev/null, a device) is written in place: a temporary file
# renamed over it would turn it into a plain file.
mkfifo "$tmp/fifo"
# (A reader that never gets a writer gives up after 20 s.)
timeout 20 cat "$tmp/fifo" >"$tmp/fifo.out" &
reader=$!
$D replay $SAV --csv "$tmp/fifo" >/dev/null 2>&1
rc=$?
wait $reader
[ $rc = 0 ] && [ -p "$tmp/fifo" ] &&
	cmp -s "$tmp/fifo.out" tests/data/saves/good/pd.csv &&
	ok "--csv onto a pipe writes through it and leaves it a pipe" ||
	nok "--csv onto a pipe writes through it and leaves it a pipe" \
		"exit $rc" "$(ls -l "$tmp/fifo")"
rm -f "$tmp/fifo" "$tmp/fifo.out"
ls -a "$tmp" | grep -q '^\..*\.......$' && nok "no temporary file is left" \
	"$(ls -a "$tmp")" || ok "no temporary file is left"

# ---- an interrupted sim keeps the old CSV -------------------------------------

# wait_for CMD...: poll (never sleep a fixed time) up to 20 s.
wait_for() {
	i=0
	while ! "$@"; do
		i=$((i + 1))
		[ $i -gt 400 ] && return 1
		sleep 0.05
	done
}
# The temporary file has rows: games have been played.
has_rows() {
	f=$(ls -a "$tmp/int" | grep '^\.old\.csv\.')
	[ -n "$f" ] && [ -s "$tmp/int/$f" ]
}
for sig in INT TERM HUP; do
	rm -rf "$tmp/int"
	mkdir "$tmp/int"
	echo "the previous results" >"$tmp/int/old.csv"
	$D sim --scenario $ART --a tft --b random --games 100000000 \
		--threads 2 --csv "$tmp/int/old.csv" >"$tmp/int.out" \
		2>"$tmp/int.err" &
	pid=$!
	wait_for has_rows
	kill -$sig $pid
	wait $pid
	rc=$?
	n=$(sed -n 's/.* after \([0-9]*\) of 100000000 games.*/\1/p' "$tmp/int.err")
	if [ $rc -gt 128 ] && [ "$(cat "$tmp/int/old.csv")" = "the previous results" ] &&
	   [ "$(ls -a "$tmp/int" | wc -l)" = 3 ] && [ -n "$n" ] &&
	   grep -q "^detente: interrupted by signal .* after $n of 100000000 games; '$tmp/int/old.csv' left as it was$" "$tmp/int.err" &&
	   { [ "$n" = 0 ] || grep -q "^Scenario info-security-2020: .*, $n games," "$tmp/int.out"; }
	then
		ok "SIG$sig during sim --csv FILE: the old file kept, $n games summed up, exit $rc"
	else
		nok "SIG$sig during sim --csv FILE: the old file kept, games summed up" \
			"exit $rc" "$(cat "$tmp/int.err")" "$(head -n 3 "$tmp/int.out")" \
			"$(ls -a "$tmp/int")"
	fi
done

# ---- smaller faults -------------------------------------------------------------

# A save whose player was edited to another doctrine: a warning, and
# report does not show the edited name as if it had played.
sed 's/^a = tft$/a = dove/' $SAV >"$tmp/edited.sav"
$D report "$tmp/edited.sav" $SAV >"$tmp/out" 2>"$tmp/err"
if grep -q "^  edited  *dove\*  " "$tmp/out" && grep -q "^  pd  *tft  " "$tmp/out" &&
   grep -q "^\* its saved moves are not what this doctrine plays" "$tmp/out" &&
   grep -q "warning: doctrine 'dove' would now choose differently" "$tmp/err"
then
	ok "report marks a doctrine whose saved moves are not its own"
else
	nok "report marks a doctrine whose saved moves are not its own" \
		"$(cat "$tmp/out" "$tmp/err")"
fi

# A long path keeps the reason of its message.
c=$(printf '%0200d' 0)
long=$tmp/$c/$c/$c/$c/$c/$c/x.sav
$D replay "$long" >/dev/null 2>"$tmp/err"
grep -q ": no such file or directory$" "$tmp/err" &&
	ok "a save message with a 1.2 KB path keeps its reason" ||
	nok "a save message with a 1.2 KB path keeps its reason" "$(cut -c 1-200 "$tmp/err")"
# scenario.ini reaches iniparser without a temporary file: no file is
# created (tmpfile() and mkstemp() would show as O_TMPFILE or O_CREAT).
if command -v strace >/dev/null 2>&1; then
	# (LeakSanitizer cannot run under ptrace: off for this one run)
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
		strace -f -e trace=%file -o "$tmp/trace" \
		$D check -q tests/data/good/bom-crlf >/dev/null 2>&1
	if [ $? = 0 ] && grep -q 'scenario.ini' "$tmp/trace" &&
	   ! grep -q 'O_CREAT\|O_TMPFILE\|creat(' "$tmp/trace"; then
		ok "scenario.ini is read without a temporary file in /tmp"
	else
		nok "scenario.ini is read without a temporary file in /tmp" \
			"$(grep 'O_CREAT\|O_TMPFILE\|creat(' "$tmp/trace")"
	fi
else
	ok "scenario.ini is read without a temporary file in /tmp # SKIP no strace"
fi
TMPDIR=/nonexistent $D check -q tests/data/good/bom-crlf >/dev/null 2>&1 &&
	ok "a scenario.ini with a BOM loads whatever TMPDIR says" ||
	nok "a scenario.ini with a BOM loads whatever TMPDIR says"
