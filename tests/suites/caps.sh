#!/bin/sh
# Caps on what strangers' files may hold, each refused with a message
# naming it, and scenario files that lead outside their folder through
# a symbolic link. The caps that tests/data/bad already covers (an
# article over 1 MiB, CSV rows and lines, INI lines, effects, ids) are
# not repeated here; these inputs are too large to commit, so they are
# made in a temporary folder.
#
#   DETENTE=path/to/binary sh tests/suites/caps.sh
cd "$(dirname "$0")/../.." || exit 2
root=$(pwd)
DETENTE=${DETENTE:-./detente}
case $DETENTE in /*) ;; *) DETENTE=$root/$DETENTE ;; esac
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
base=tests/data/good/base
pd=tests/data/saves/good/pd.sav

# expect NAME STATUS WANT CMD...: CMD, run in $tmp, exits with STATUS and
# prints WANT (a line, or "" for nothing) on stderr.
expect() {
	name=$1 want=$2 msg=$3
	shift 3
	(cd "$tmp" && "$@") >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ -n "$msg" ]; then printf '%s\n' "$msg" >"$tmp/want"; else : >"$tmp/want"; fi
	if [ "$got" -eq "$want" ] && cmp -s "$tmp/want" "$tmp/err"; then
		echo "ok - $name"
	else
		echo "not ok - $name (exit $got, want $want)"
		diff -u "$tmp/want" "$tmp/err" | head -n 20 | sed 's/^/  /'
	fi
}

# scenario NAME: a fresh copy of the base scenario, at $tmp/NAME.
scenario() {
	rm -rf "${tmp:?}/$1"
	cp -R "$base" "$tmp/$1"
	rm -f "$tmp/$1/expected"
}

# line FILE PATTERN: the number of the first line matching PATTERN.
line() { grep -n -- "$2" "$1" | head -n 1 | cut -d: -f1; }

# ---- scenarios ----------------------------------------------------------------

scenario ini-big
awk 'BEGIN { while (n < 1048576) { print "; padding"; n += 10 } }' \
	>>"$tmp/ini-big/scenario.ini"
expect "scenario.ini over 1 MiB" 1 \
	"ini-big/scenario.ini:1:1: 'scenario.ini' is too large (at most 1 MiB)" \
	"$DETENTE" check -q ini-big

scenario csv-big
awk 'BEGIN { while (n < 1048576) { print "x,scripted,X,X,3,,,none,,,,"; n += 28 } }' \
	>>"$tmp/csv-big/events.csv"
l=$(line "$tmp/csv-big/scenario.ini" '^events = ')
expect "events.csv over 1 MiB" 1 \
	"csv-big/scenario.ini:$l:10: 'events.csv' is too large (at most 1 MiB)" \
	"$DETENTE" check -q csv-big

# 12 sections in the base: the 89th added is the 101st.
scenario ini-sections
n=$(wc -l <"$tmp/ini-sections/scenario.ini")
awk 'BEGIN { for (i = 1; i <= 5000; i++) print "[x" i "]" }' \
	>>"$tmp/ini-sections/scenario.ini"
expect "more than 100 INI sections" 1 \
	"ini-sections/scenario.ini:$((n + 89)):1: too many sections (at most 100)" \
	"$DETENTE" check -q ini-sections

# 47 keys in the base: the 1954th added is the 2001st.
scenario ini-keys
n=$(wc -l <"$tmp/ini-keys/scenario.ini")
awk 'BEGIN { print "[extra]"; for (i = 1; i <= 50000; i++) print "k" i " = 1" }' \
	>>"$tmp/ini-keys/scenario.ini"
expect "more than 2000 INI keys" 1 \
	"ini-keys/scenario.ini:$((n + 1 + 1954)):1: too many keys (at most 2000)" \
	"$DETENTE" check -q ini-keys

# Fields: an id of 32 bytes, a number of 16 digits. (Text fields are
# held by the line caps.)
scenario fields
sed -i 's/^talk,/talk_talk_talk_talk_talk_talk_ta,/' "$tmp/fields/actions.csv"
sed -i 's/^trust = 40$/trust = 40.00000000000001/' "$tmp/fields/scenario.ini"
l=$(line "$tmp/fields/scenario.ini" '^trust = ')
expect "an id over 31 bytes, a number over 15 digits" 1 \
	"fields/scenario.ini:$l:9: '40.00000000000001' has too many digits (at most 15)
fields/actions.csv:2:1: id 'talk_talk_talk_talk_talk_talk_ta' too long (at most 31 bytes)" \
	"$DETENTE" check -q fields

scenario turns
sed -i 's/^turns = .*/turns = 1001/' "$tmp/turns/scenario.ini"
l=$(line "$tmp/turns/scenario.ini" '^turns = ')
expect "more than 1000 turns in a scenario" 1 \
	"turns/scenario.ini:$l:9: 'turns' out of range: 1001 (1 to 1000)" \
	"$DETENTE" check -q turns
expect "sim --turns over 1000" 2 \
	"detente: --turns needs a number from 1 to 1000, not '1001'
Try 'detente --help' for more information." \
	"$DETENTE" sim --scenario "$root/$base" --a tft --b tft --turns 1001

# ---- symbolic links -----------------------------------------------------------

mkdir -p "$tmp/outside/sub"
scenario ln-ini
mv "$tmp/ln-ini/scenario.ini" "$tmp/outside/"
ln -s ../outside/scenario.ini "$tmp/ln-ini/scenario.ini"
expect "a linked scenario.ini outside the folder" 1 \
	"ln-ini/scenario.ini:1:1: 'scenario.ini' resolves outside the scenario folder" \
	"$DETENTE" check -q ln-ini

scenario ln-dir
mv "$tmp/ln-dir/actions.csv" "$tmp/outside/sub/"
ln -s ../outside/sub "$tmp/ln-dir/sub"
sed -i 's|^actions = actions.csv|actions = sub/actions.csv|' "$tmp/ln-dir/scenario.ini"
l=$(line "$tmp/ln-dir/scenario.ini" '^actions = ')
expect "a linked subfolder outside the folder" 1 \
	"ln-dir/scenario.ini:$l:11: 'sub/actions.csv' resolves outside the scenario folder" \
	"$DETENTE" check -q ln-dir

scenario ln-abs
cp "$tmp/ln-abs/events.csv" "$tmp/outside/events.csv"
rm "$tmp/ln-abs/events.csv"
ln -s "$tmp/outside/events.csv" "$tmp/ln-abs/events.csv"
l=$(line "$tmp/ln-abs/scenario.ini" '^events = ')
expect "an absolute link to a file outside" 1 \
	"ln-abs/scenario.ini:$l:10: 'events.csv' resolves outside the scenario folder" \
	"$DETENTE" check -q ln-abs

scenario ln-inside
mkdir "$tmp/ln-inside/data"
mv "$tmp/ln-inside/actions.csv" "$tmp/ln-inside/data/"
ln -s data/actions.csv "$tmp/ln-inside/actions.csv"
expect "a link that stays inside the folder is followed" 0 "" \
	"$DETENTE" check -q ln-inside
ln -s "$root/$base" "$tmp/ln-folder"
expect "a linked scenario folder is the folder it names" 0 "" \
	"$DETENTE" check -q ln-folder

# Refused is not enough: the file outside must never be opened. (The
# leak checker of an ASan build cannot run under ptrace.)
if command -v strace >/dev/null 2>&1; then
	for s in ln-ini ln-dir ln-abs; do
		(cd "$tmp" &&
		 ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
		 strace -f -o "$tmp/trace" \
			-e trace=open,openat,openat2 "$DETENTE" check -q $s) \
			>/dev/null 2>&1
		if grep -v ENOENT "$tmp/trace" | grep -q 'outside/'; then
			echo "not ok - $s: nothing outside is opened"
			grep 'outside/' "$tmp/trace" | sed 's/^/  /'
		else
			echo "ok - $s: nothing outside is opened"
		fi
	done
fi

# ---- saves --------------------------------------------------------------------

cp "$pd" "$tmp/pd.sav"
awk 'BEGIN { while (n < 16 * 1048576) { print "# padding"; n += 10 } }' \
	>>"$tmp/pd.sav"
expect "a save over 16 MiB" 1 \
	"'pd.sav' is too large for a save (at most 16 MiB)" \
	"$DETENTE" replay pd.sav

awk '/^seed = / { s = "name = "; while (length(s) < 9000) s = s "x"; print s }
     { print }' "$pd" >"$tmp/long.sav"
l=$(line "$tmp/long.sav" '^name = ')
expect "a save line over 8192 bytes" 1 \
	"long.sav:$l:8193: line too long (at most 8192 bytes)" \
	"$DETENTE" replay long.sav

sed 's/^turn_limit = .*/turn_limit = 1001/' "$pd" >"$tmp/limit.sav"
l=$(line "$tmp/limit.sav" '^turn_limit = ')
expect "a save's turn limit over 1000" 1 \
	"limit.sav:$l:14: '1001' out of range for 'turn_limit' (1 to 1000)" \
	"$DETENTE" replay limit.sav

sed 's/^turn\.8 = /turn.1001 = /' "$pd" >"$tmp/turn.sav"
l=$(line "$tmp/turn.sav" '^turn\.1001 = ')
expect "a save's turn over 1000" 1 \
	"turn.sav:$l:1: too many turns (at most 1000)" \
	"$DETENTE" replay turn.sav

{
	sed '/^\[end\]/d' "$pd"
	i=2
	while [ $i -le 1001 ]; do
		printf '[branch.%d]\nparent = 1\nfork = 8\na = tft\nb = random\n\n' $i
		i=$((i + 1))
	done
	echo "[end]"
} >"$tmp/branches.sav"
l=$(line "$tmp/branches.sav" '^\[branch\.1001\]')
expect "more than 1000 branches in a save" 1 \
	"branches.sav:$l:1: too many branches (at most 1000)" \
	"$DETENTE" replay branches.sav

# ---- language files -----------------------------------------------------------

# lang_check NAME LINE: DETENTE_DATA is a data folder of our own, whose
# en.txt has been damaged; a transcript still comes, and the message.
mkdir -p "$tmp/data/assets/lang"
ln -s "$root/scenarios" "$tmp/data/scenarios"
en=$tmp/data/assets/lang/en.txt
lang_expect() {
	name=$1 msg=$2
	(DETENTE_DATA=$tmp/data "$DETENTE" replay "$root/$pd" --lang en) \
		>"$tmp/out" 2>"$tmp/err"
	got=$?
	printf '%s\n' "$msg" >"$tmp/want"
	if [ "$got" -eq 0 ] && [ -s "$tmp/out" ] && cmp -s "$tmp/want" "$tmp/err"
	then
		echo "ok - $name"
	else
		echo "not ok - $name (exit $got)"
		diff -u "$tmp/want" "$tmp/err" | head -n 20 | sed 's/^/  /'
	fi
}

cp assets/lang/en.txt "$en"
awk 'BEGIN { while (n < 1048576) { print "# padding"; n += 10 } }' >>"$en"
lang_expect "a language file over 1 MiB" \
	"$en: too large for a language file (at most 1 MiB)"

cp assets/lang/en.txt "$en"
awk 'BEGIN { s = "long.key = "; while (length(s) < 5000) s = s "x"; print s }' >>"$en"
lang_expect "a language file line over 4096 bytes" \
	"$en:$(wc -l <"$en"):4097: line too long (at most 4096 bytes)"

cp assets/lang/en.txt "$en"
n=$(grep -cE '^[a-z].* = ' assets/lang/en.txt)
awk -v n="$n" 'BEGIN { for (i = n; i < 4001; i++) print "extra." i " = x" }' >>"$en"
lang_expect "more than 4000 entries in a language file" \
	"$en:$(wc -l <"$en"):1: too many entries (at most 4000)"
