#!/bin/sh
# The command line in the player's language: usage errors and --help
# follow --lang (where the command takes it for the game or its output)
# or LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as the screens do; English
# is unchanged, with or without the language files; new's --lang is the
# article's and leaves the messages to the environment.
cd "$(dirname "$0")/../.." || exit 2
D=${DETENTE:-./detente}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
unset LANGUAGE LC_ALL LC_MESSAGES LANG
HINT_EN="Try 'detente --help' for more information."
HINT_BG="Вижте 'detente --help' за повече информация."
CMDS="play load check sim tournament replay new report balance"

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; for l; do printf '  %s\n' "$l"; done; }

# expect NAME ENV RC ARGS...: under the environment ENV
# ("LANG=bg_BG.UTF-8", or "-" for none), exit RC, nothing on stdout, and
# on stderr exactly what "$tmp/want" holds.
expect() {
	name=$1 envv=$2 want_rc=$3
	shift 3
	if [ "$envv" = - ]; then
		$D "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	else
		env "$envv" $D "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	fi
	rc=$?
	if [ $rc = "$want_rc" ] && [ ! -s "$tmp/out" ] &&
	   cmp -s "$tmp/want" "$tmp/err"; then
		ok "$name"
	else
		nok "$name" "exit $rc (want $want_rc)" "got:" \
			"$(cat "$tmp/err")" "want:" "$(cat "$tmp/want")"
	fi
}

# usage NAME ENV 'MESSAGE' HINT ARGS...: exit 2, exactly
# "detente: MESSAGE" and HINT on stderr.
usage() {
	printf 'detente: %s\n%s\n' "$3" "$4" >"$tmp/want"
	name=$1 envv=$2
	shift 4
	expect "$name" "$envv" 2 "$@"
}

# ---- the language is chosen before the options are parsed ------------------

usage "LANG=bg: a bad --games in Bulgarian" LANG=bg_BG.UTF-8 \
	"--games изисква число от 1 до 100000000, а не 'x'" "$HINT_BG" \
	sim --games x
usage "no locale: the same in English, unchanged" - \
	"--games needs a number from 1 to 100000000, not 'x'" "$HINT_EN" \
	sim --games x
usage "LC_ALL=C over LANG=bg: English" LC_ALL=C \
	"--games needs a number from 1 to 100000000, not 'x'" "$HINT_EN" \
	sim --games x
usage "LC_MESSAGES=bg decides too" LC_MESSAGES=bg_BG.UTF-8 \
	"--games изисква число от 1 до 100000000, а не 'x'" "$HINT_BG" \
	sim --games x
usage "--lang bg: an unknown option in Bulgarian" - \
	"непозната опция '--bogus'" "$HINT_BG" --lang bg play --bogus
usage "--lang en: the same in English" - \
	"unknown option '--bogus'" "$HINT_EN" --lang en play --bogus
usage "--lang=en wins over LANG=bg" LANG=bg_BG.UTF-8 \
	"option '--side' given twice" "$HINT_EN" \
	play --side a --lang=en --side b
usage "--lang bg after the mistake still counts" - \
	"--side изисква a или b, а не 'c'" "$HINT_BG" play --side c --lang bg
usage "replay --lang bg" - "неочакван аргумент 'b.sav'" "$HINT_BG" \
	replay a.sav b.sav --lang bg
usage "report --lang bg" - "report изисква записи или папки със записи" \
	"$HINT_BG" report --lang bg
usage "report --lang ru (no such language file): the environment's" - \
	"report needs saves or folders of saves" "$HINT_EN" report --lang ru
usage "a bad --lang value is judged in the environment's language" \
	LANG=bg_BG.UTF-8 "--lang изисква en или bg, а не 'xx'" "$HINT_BG" \
	load x.sav --lang xx
usage "an unknown command in Bulgarian" LANG=bg_BG.UTF-8 \
	"непозната команда 'frobnicate'" "$HINT_BG" frobnicate
usage "a missing required option in Bulgarian" LANG=bg_BG.UTF-8 \
	"sim изисква --b PLAYER" "$HINT_BG" sim --a tft
usage "a value that looks like an option, in Bulgarian" LANG=bg_BG.UTF-8 \
	"опцията '--csv' изисква стойност, а не опцията '--threads=2' (стойност, която започва с '-', се пише --csv=СТОЙНОСТ)" \
	"$HINT_BG" sim --a tft --b tft --csv --threads=2
usage "sim has no --lang: it is an unknown option, and not obeyed" - \
	"unknown option '--lang'" "$HINT_EN" sim --lang bg
usage "new --lang is the article's language, not the messages'" - \
	"option '--article' needs a value" "$HINT_EN" \
	new "$tmp/d" --lang bg --article
usage "new follows LANG" LANG=bg_BG.UTF-8 \
	"опцията '--article' изисква стойност" "$HINT_BG" \
	new "$tmp/d" --lang en --article
usage "a subject is escaped and cut in Bulgarian too" LANG=bg_BG.UTF-8 \
	"непозната опция '--$(printf 'x%.0s' $(seq 1 58))...'" "$HINT_BG" \
	check "--$(printf 'x%.0s' $(seq 1 70))"
usage "an output that is a save, in Bulgarian" LANG=bg_BG.UTF-8 \
	"--csv 'tests/data/saves/good/pd.sav' е един от входовете на тази команда; посочете друг файл" \
	"$HINT_BG" replay tests/data/saves/good/pd.sav --csv \
	tests/data/saves/good/pd.sav

# ---- every option's message, in both languages ----------------------------

# Each option of each command given an empty value: the same exit status
# in both languages, and a Bulgarian message that is not the English one
# (a key missing from bg.txt shows the English).
bad=
for c in "" $CMDS; do
	for o in $(LC_ALL=C $D $c --lang en -h 2>/dev/null |
		   sed -n 's/^  \(-., \)\{0,1\}--\([a-z-]*\).*/\2/p'); do
		[ "$o" = help ] && continue
		LC_ALL=C $D $c --$o= >"$tmp/en" 2>&1 </dev/null
		rc_en=$?
		LANG=bg_BG.UTF-8 $D $c --$o= >"$tmp/bg" 2>&1 </dev/null
		rc_bg=$?
		if [ $rc_en != $rc_bg ] || [ $rc_en != 2 ] ||
		   cmp -s "$tmp/en" "$tmp/bg"; then
			bad="$bad ${c:-title}--$o($rc_en,$rc_bg)"
		fi
	done
done
[ -z "$bad" ] && ok "every option's error is in Bulgarian, exit 2 in both" ||
	nok "every option's error is in Bulgarian, exit 2 in both" "$bad"

# ---- help ------------------------------------------------------------------

# Every line of the help that says something in words says it in
# Bulgarian: no line of the English help but the synopsis and the
# version line is found in the Bulgarian one.
bad=
for c in "" $CMDS; do
	LC_ALL=C $D $c --help >"$tmp/en" 2>&1
	LANG=bg_BG.UTF-8 $D $c --help >"$tmp/bg" 2>&1
	rc=$?
	grep -v '^ *detente\|^ *\[\|^ *-V\|^ *[a-z]* *$\|^$' "$tmp/en" |
		grep -Fxf - "$tmp/bg" >"$tmp/same"
	if [ $rc != 0 ] || [ -s "$tmp/same" ]; then
		bad="$bad ${c:-detente}: $(head -n 2 "$tmp/same")"
	fi
	grep -q '^Употреба: detente' "$tmp/bg" ||
		bad="$bad ${c:-detente}: no 'Употреба: detente'"
done
[ -z "$bad" ] && ok "--help and each command's -h are in Bulgarian" ||
	nok "--help and each command's -h are in Bulgarian" "$bad"
$D --lang bg -h | head -n 1 | grep -q '^Употреба: detente \[--saves' &&
	ok "the title screen's -h follows --lang" ||
	nok "the title screen's -h follows --lang" "$($D --lang bg -h | head -n 2)"
LANG=bg_BG.UTF-8 $D --help | grep -q "^Език на съобщенията и екраните" &&
	LC_ALL=C $D --help | grep -q "^Language of messages and screens: --lang" &&
	ok "--help says how the language is chosen" ||
	nok "--help says how the language is chosen"

# ---- messages about files, before (or instead of) the screen -----------------

# fails NAME ENV RC 'STDERR' ARGS...: exit RC, exactly STDERR (with
# its \n) on stderr.
fails() {
	printf '%b\n' "$4" >"$tmp/want"
	name=$1 envv=$2 want_rc=$3
	shift 4
	expect "$name" "$envv" "$want_rc" "$@"
}

NOENT_BG="няма такъв файл или папка"
fails "load of a missing save in English" LC_ALL=C 1 \
	"cannot open '/nonexistent.sav': no such file or directory" \
	load /nonexistent.sav
fails "LANG=bg: load of a missing save in Bulgarian, the same exit" \
	LANG=bg_BG.UTF-8 1 \
	"не може да се отвори '/nonexistent.sav': $NOENT_BG" \
	load /nonexistent.sav
fails "load --lang bg: the same" - 1 \
	"не може да се отвори '/nonexistent.sav': $NOENT_BG" \
	load /nonexistent.sav --lang bg
fails "load --lang en over LANG=bg: English" LANG=bg_BG.UTF-8 1 \
	"cannot open '/nonexistent.sav': no such file or directory" \
	load /nonexistent.sav --lang en
mkdir -p "$tmp/dir.sav"
fails "LANG=bg: load of a folder" LANG=bg_BG.UTF-8 1 \
	"не може да се прочете '$tmp/dir.sav': това е папка" \
	load "$tmp/dir.sav"
fails "LANG=bg: replay of a missing save" LANG=bg_BG.UTF-8 1 \
	"не може да се отвори '/nonexistent.sav': $NOENT_BG" \
	replay /nonexistent.sav
fails "LANG=bg: report of a missing save" LANG=bg_BG.UTF-8 1 \
	"не може да се отвори '/nonexistent.sav': $NOENT_BG\ndetente report: няма игри за отчета" \
	report /nonexistent.sav
mkdir -p "$tmp/nosaves"
fails "report --lang bg: a folder without saves" - 1 \
	"detente report: предупреждение: в '$tmp/nosaves' няма записи\ndetente report: няма игри за отчета" \
	report "$tmp/nosaves" --lang bg
fails "LANG=bg: sim --csv into a missing folder" LANG=bg_BG.UTF-8 1 \
	"detente: не може да се запише '$tmp/none/x.csv': $NOENT_BG" \
	sim --a tft --b tft --games 1 --csv "$tmp/none/x.csv"
fails "LANG=bg: a missing script" LANG=bg_BG.UTF-8 1 \
	"не може да се отвори скриптът '$tmp/none.txt': $NOENT_BG" \
	sim --a "script:$tmp/none.txt" --b tft
if [ -w /dev/full ]; then
	LANG=bg_BG.UTF-8 $D sim --a tft --b tft --games 1 >/dev/full \
		2>"$tmp/err"
	rc=$?
	[ $rc = 1 ] && [ "$(cat "$tmp/err")" = \
		"detente: грешка при писане: няма свободно място на устройството" ] &&
		ok "LANG=bg: a full standard output" ||
		nok "LANG=bg: a full standard output" "exit $rc" "$(cat "$tmp/err")"
	LC_ALL=C $D sim --a tft --b tft --games 1 >/dev/full 2>"$tmp/err"
	[ "$(cat "$tmp/err")" = \
		"detente: write error: No space left on device" ] &&
		ok "a full standard output in English, as perror says it" ||
		nok "a full standard output in English, as perror says it" \
			"$(cat "$tmp/err")"
fi
LANG=bg_BG.UTF-8 $D check "$tmp/none" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc = 1 ] && grep -qxF "$tmp/none/scenario.ini:1:1: не може да се отвори 'scenario.ini': $NOENT_BG" "$tmp/err" &&
	ok "LANG=bg: check of a missing folder" ||
	nok "LANG=bg: check of a missing folder" "exit $rc" "$(cat "$tmp/err")"

# Without the language files (a data folder with the scenarios only), a
# Bulgarian locale says the code's English, byte for byte. (load is not
# among them: its screens need the files, and say so first.)
mkdir -p "$tmp/nolang"
ln -s "$PWD/scenarios" "$tmp/nolang/scenarios"
for args in "replay /nonexistent.sav" \
	    "report /nonexistent.sav" "check $tmp/none" \
	    "sim --a tft --b tft --games 1 --csv $tmp/none/x.csv" \
	    "sim --a script:$tmp/none.txt --b tft"; do
	eval "DETENTE_DATA=\$PWD LC_ALL=C \$D $args" >"$tmp/o1" \
		2>"$tmp/e1" </dev/null
	rc1=$?
	eval "DETENTE_DATA=\$tmp/nolang LANG=bg_BG.UTF-8 \$D $args" \
		>"$tmp/o2" 2>"$tmp/e2" </dev/null
	rc2=$?
	if [ $rc1 = 1 ] && [ $rc2 = 1 ] && cmp -s "$tmp/o1" "$tmp/o2" &&
	   cmp -s "$tmp/e1" "$tmp/e2"
	then
		ok "without language files, '$args' is the same English"
	else
		nok "without language files, '$args' is the same English" \
			"exit $rc1, $rc2" "$(cat "$tmp/e1" "$tmp/e2")"
	fi
done

# ---- without the language files: the English in the code -------------------

# The data folder as it is, and one without assets/lang: English output
# is the same but for the line that names the folder, so en.txt says
# what the code says; and a Bulgarian locale falls back to English.
mkdir -p "$tmp/empty"
bad=
for c in "" $CMDS; do
	DETENTE_DATA=$PWD LC_ALL=C $D $c --help 2>&1 |
		grep -v '^Scenarios and assets:' >"$tmp/with"
	DETENTE_DATA=$tmp/empty LANG=bg_BG.UTF-8 $D $c --help 2>&1 |
		grep -v '^Scenarios and assets:' >"$tmp/without"
	cmp -s "$tmp/with" "$tmp/without" ||
		bad="$bad ${c:-detente}: $(diff "$tmp/with" "$tmp/without" |
					   sed -n 2,3p)"
done
[ -z "$bad" ] && ok "English help from en.txt is the code's, files or not" ||
	nok "English help from en.txt is the code's, files or not" "$bad"
for args in "sim --games x" "frobnicate" "play --bogus" "sim --a tft" \
	    "replay" "check ''" "play --seed=-1" "sim --csv= " \
	    "sim --a tft --a tft" "check --quiet=1"; do
	eval "DETENTE_DATA=\$PWD LC_ALL=C \$D $args" >"$tmp/with" 2>&1
	rc1=$?
	eval "DETENTE_DATA=\$tmp/empty LANG=bg_BG.UTF-8 \$D $args" \
		>"$tmp/without" 2>&1
	rc2=$?
	if [ $rc1 = 2 ] && [ $rc2 = 2 ] && cmp -s "$tmp/with" "$tmp/without"
	then
		ok "without language files, '$args' is the same English"
	else
		nok "without language files, '$args' is the same English" \
			"exit $rc1, $rc2" "$(cat "$tmp/with" "$tmp/without")"
	fi
done
