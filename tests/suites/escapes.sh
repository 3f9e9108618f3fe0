#!/bin/sh
# Nothing from a file or an argument reaches the terminal raw. A payload
# of ESC, BEL and a C1 control (U+009B as UTF-8, a CSI to a terminal that
# reads C1) would retitle and recolour the terminal, or through OSC 52
# write the clipboard. It is put everywhere a user's data can be: the
# scenario's files, a save, a language file, file and folder names, and
# every kind of command-line argument; no output may carry those bytes.
cd "$(dirname "$0")/../.." || exit 2
root=$(pwd)
D=${DETENTE:-./detente}
case $D in /*) ;; *) D=$root/$D ;; esac
LC_ALL=C
export LC_ALL
SAV=tests/data/saves/good/pd.sav
PD=scenarios/prisoners-dilemma
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

P=$(printf 'Sw\033]0;owned\007\033[31merve\302\23332m')
C1=$(printf '\302[\200-\237]')

# clean NAME FILE...: none of the files holds ESC, BEL or a C1 control,
# and something was said (a message that vanished would hide nothing).
clean() {
	name=$1
	shift
	if cat "$@" | LC_ALL=C grep -q "$(printf '[\033\007]')\\|$C1"; then
		echo "not ok - $name"
		cat "$@" | od -c | head -n 8 | sed 's/^/  /'
	elif [ ! -s "$1" ] && [ ! -s "$2" ]; then
		echo "not ok - $name (nothing was printed)"
	else
		echo "ok - $name"
	fi
}
# run NAME ARGS...: detente's stdout and stderr are clean.
run() {
	name=$1
	shift
	"$D" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	clean "$name" "$tmp/err" "$tmp/out"
}

# ---- files ------------------------------------------------------------------
for d in tests/data/bad/80-csv-escape tests/data/bad/81-csv-c1 \
	 tests/data/bad/82-ini-c1 tests/data/bad/83-article-bel; do
	run "check $(basename $d)" check $d
	run "sim on $(basename $d)" sim --scenario $d --a tft --b tft --games 1
	run "play on $(basename $d)" play --scenario $d --vs tft
done
run "replay of a save whose name holds the payload" replay \
	tests/data/saves/bad/control.sav
run "report of that save" report tests/data/saves/bad/control.sav

# A folder and a save named with the payload, with good contents.
mkdir "$tmp/$P"
cp -R tests/data/good/base/. "$tmp/$P/"
run "check of a folder named with the payload" check "$tmp/$P"
cp -R tests/data/bad/17-duplicate-id/. "$tmp/$P/"
run "errors in a folder named with the payload" check "$tmp/$P"
cp $SAV "$tmp/$P.sav"
run "report of a save named with the payload" report "$tmp/$P.sav"
run "report of a folder of it" report "$tmp"
run "replay --csv of it" replay "$tmp/$P.sav" --csv -

# A language file carrying the payload, in a copy of the data (-L: under
# `make sanitize` the checkout's folders are links, never to be written).
mkdir -p "$tmp/data"
cp -RL scenarios assets "$tmp/data/"
printf 'zz.evil = %s\nzz.evil\n' "$P" >>"$tmp/data/assets/lang/en.txt"
DETENTE_DATA=$tmp/data "$D" replay $SAV --lang en >"$tmp/out" 2>"$tmp/err"
if grep -q 'unexpected control character U+001B' "$tmp/err"; then
	clean "a language file with the payload is refused, safely" \
		"$tmp/err" "$tmp/out"
else
	echo "not ok - a language file with the payload is refused, safely"
	sed 's/^/  /' "$tmp/err"
fi

# ---- arguments: every message that echoes one ------------------------------
run "an unknown command" "$P"
run "an unknown option" sim "--$P"
run "a bad number" sim --a tft --b tft --games "$P"
run "a bad seed" play --seed "$P"
run "a bad choice" play --side "$P"
run "a bad opponent" play --vs "$P"
run "a bad doctrine" sim --a "$P" --b tft
run "a bad shard" sim --a tft --b tft --shard "$P"
run "a value that looks like an option" sim --a tft --b tft --csv "-$P"
run "an extra argument" replay $SAV "$P"
run "a missing scenario" sim --scenario "$tmp/none-$P" --a tft --b tft
run "a missing save" replay "$tmp/none-$P.sav"
run "load of a missing save" load "$tmp/none-$P.sav"
run "report of a missing save" report "$tmp/none-$P.sav"
run "check of a missing folder" check "$tmp/none-$P"
run "new with a missing article" new "$tmp/new" --article "$tmp/none-$P"
run "new with a bad language" new "$tmp/new" --article "$tmp/x" --lang "$P"
run "a CSV that cannot be written" sim --scenario $PD --a tft --b tft \
	--games 1 --csv "$tmp/none/$P.csv"
run "an output that is a save" replay $SAV --csv "$tmp/$P.sav"
printf 'Talks.\n%s\n' "$P" >"$tmp/article.txt"
run "new with an article carrying the payload" new "$tmp/new2" \
	--article "$tmp/article.txt"

# The environment: a TERM carrying the payload is named, escaped.
if command -v script >/dev/null 2>&1; then
	TERM=$P DETENTE_DATA=$root timeout 60 script -qec \
		"'$D' play --vs tft --side a" /dev/null </dev/null \
		>"$tmp/out" 2>"$tmp/err"
	clean "a TERM carrying the payload" "$tmp/out" "$tmp/err"
else
	echo "ok - a TERM carrying the payload # SKIP no script(1)"
fi
