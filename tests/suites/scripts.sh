#!/bin/sh
# The script doctrine (`script:FILE`): every file under
# tests/data/bad-scripts is a script with defects, and sim must exit 1
# with exactly the messages in its .expected file; good scripts play,
# and moves not legal when due are counted as fallbacks.
cd "$(dirname "$0")/../.." || exit 2
D=${DETENTE:-./detente}
ART=scenarios/info-security-2020
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LC_ALL=C
export LC_ALL

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; [ $# -gt 0 ] && printf '  %s\n' "$@"; }

for f in tests/data/bad-scripts/*.txt; do
	name="bad script $(basename "$f" .txt)"
	$D sim --scenario $ART --a "script:$f" --b tft --games 1 \
		>"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc = 1 ] && [ ! -s "$tmp/out" ] &&
	   cmp -s "${f%.txt}.expected" "$tmp/err"; then
		ok "$name"
	else
		nok "$name" "exit $rc"
		diff -u "${f%.txt}.expected" "$tmp/err" | sed 's/^/  /'
	fi
done

msg=$($D sim --scenario $ART --a script:"$tmp/none" --b tft 2>&1); rc=$?
[ $rc = 1 ] && [ "$msg" = "cannot open script '$tmp/none': no such file or directory" ] &&
	ok "a missing script is named (exit 1)" ||
	nok "a missing script is named (exit 1)" "$rc $msg"

# (What a script plays, turn by turn, is checked in tests/unit/test_ai.c:
# saves cannot yet name a script as a player.)
printf '# a test\n1: backchannel share_intel\n*: accept espionage\n' >"$tmp/s.txt"

# Russia tables nothing the US has not signed already after a while, so
# "accept" falls back to the neutral move, and the summary counts it.
out=$($D sim --scenario $ART --a tft --b "script:$tmp/s.txt" --games 20)
echo "$out" | grep -q "^Script moves not legal when due, played as the neutral move: ru 0, us [1-9]" &&
	ok "sim counts a script's fallbacks" || nok "sim counts a script's fallbacks" "$out"
$D sim --scenario $ART --a tft --b "script:$tmp/s.txt" --games 20 --csv - 2>/dev/null |
	head -n 1 | grep -q ',fallbacks_a,fallbacks_b$' &&
	ok "the CSV has the fallbacks" || nok "the CSV has the fallbacks"

# The scripts balance uses are valid on their scenarios.
for f in tests/scripts/*/*.txt; do
	sc=scenarios/$(basename "$(dirname "$f")")
	$D sim --scenario "$sc" --a "script:$f" --b expert --games 2 \
		>/dev/null 2>"$tmp/err" && ok "script $f plays" ||
		nok "script $f plays" "$(cat "$tmp/err")"
done
