#!/bin/sh
# detente sim and tournament: the command-line contract, determinism
# across threads and shards, the published prisoner's dilemma totals.
cd "$(dirname "$0")/../.." || exit 2
D=${DETENTE:-./detente}
ART=scenarios/info-security-2020
PD=scenarios/prisoners-dilemma
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; [ $# -gt 0 ] && printf '  %s\n' "$@"; }
same() {	# name file1 file2
	if cmp -s "$2" "$3"; then ok "$1"; else
		nok "$1"; diff "$2" "$3" | head -n 10 | sed 's/^/  /'; fi
}

# Threads never change results: 1, 2 and 3 threads give the same CSV
# (5000 games cross the 4096-game chunk boundary of the batch runner).
for sc in $ART $PD; do
	n=$(basename $sc)
	games=5000
	[ $sc = $PD ] && games=300
	for t in 1 2 3; do
		$D sim --scenario $sc --a gtft --b random --games $games --seed 5 \
			--threads $t --csv "$tmp/$n-$t.csv" >"$tmp/$n-$t.out"
	done
	same "$n: 2 threads give the 1-thread CSV" "$tmp/$n-1.csv" "$tmp/$n-2.csv"
	same "$n: 3 threads give the 1-thread CSV" "$tmp/$n-1.csv" "$tmp/$n-3.csv"
	same "$n: the summary does not depend on threads" "$tmp/$n-1.out" "$tmp/$n-3.out"
done

# Shards concatenated in order are the one-machine CSV (header once).
: >"$tmp/shards.csv"
for k in 1 2 3; do
	$D sim --scenario $ART --a tft --b random --games 301 --seed 9 \
		--shard $k/3 --csv - 2>/dev/null >>"$tmp/shards.csv"
done
$D sim --scenario $ART --a tft --b random --games 301 --seed 9 --csv - \
	2>/dev/null >"$tmp/whole.csv"
same "shards 1/3..3/3 concatenate to the whole run" "$tmp/whole.csv" "$tmp/shards.csv"
rows=$(($(wc -l <"$tmp/whole.csv") - 1))
[ "$rows" = 301 ] && ok "one CSV row a game" || nok "one CSV row a game" "rows: $rows"

head -n 1 "$tmp/whole.csv" | grep -q '^game,seed,a,b,turns,outcome,band,trust_a,trust_b,tension,score_a,score_b,' &&
	ok "CSV header names the contract's columns" ||
	nok "CSV header names the contract's columns" "$(head -n 1 "$tmp/whole.csv")"

# A game's seed in the CSV plays it again alone.
line=$(sed -n '42p' "$tmp/whole.csv")
seed=$(echo "$line" | cut -d, -f2)
again=$($D sim --scenario $ART --a tft --b random --games 1 --seed "$seed" --csv - 2>/dev/null | sed -n 2p)
[ "$(echo "$line" | cut -d, -f2-)" = "$(echo "$again" | cut -d, -f2-)" ] &&
	ok "a CSV row's seed replays that game" ||
	nok "a CSV row's seed replays that game" "$line" "$again"

# The published totals: tft against always-defect over 200 rounds.
row=$($D sim --scenario $PD --a tft --b hawk --games 1 --csv - 2>/dev/null | sed -n 2p)
echo "$row" | cut -d, -f5,11,12 | grep -qx '200,199.00,204.00' &&
	ok "prisoner's dilemma: tft vs hawk scores 199 and 204" ||
	nok "prisoner's dilemma: tft vs hawk scores 199 and 204" "$row"

# The summary reports outcomes, means and escalation paths.
out=$($D sim --scenario $ART --a hawk --b hawk --games 200)
for want in "open conflict" "collapse of talks" "Means:" "Most frequent escalation paths"; do
	echo "$out" | grep -q "$want" && ok "summary shows '$want'" ||
		nok "summary shows '$want'" "$out"
done

# Usage and input errors.
$D sim --scenario $ART --a tft >/dev/null 2>&1; rc=$?
[ $rc = 2 ] && ok "sim without --b is bad usage (2)" || nok "sim without --b is bad usage (2)" "exit $rc"
msg=$($D sim --scenario $ART --a tft --b nobody 2>&1); rc=$?
[ $rc = 2 ] && echo "$msg" | grep -q "^detente: --b needs a doctrine, not 'nobody'" &&
	ok "unknown doctrine is named (exit 2)" || nok "unknown doctrine is named (exit 2)" "$rc $msg"
msg=$($D sim --scenario tests/data/bad/08-missing-key --a tft --b tft 2>&1); rc=$?
[ $rc = 1 ] && echo "$msg" | grep -q 'scenario.ini:[0-9]*:[0-9]*: ' &&
	ok "a bad scenario gives file:line:col and exit 1" ||
	nok "a bad scenario gives file:line:col and exit 1" "$rc $msg"
$D sim --scenario $ART --a tft --b tft --shard 4/3 >/dev/null 2>&1; rc=$?
[ $rc = 2 ] && ok "--shard 4/3 is bad usage" || nok "--shard 4/3 is bad usage" "exit $rc"

# Tournament: every doctrine in the matrix, one CSV row a pairing.
$D tournament --scenario $PD --games 2 --csv "$tmp/t.csv" >"$tmp/t.out"; rc=$?
rows=$(($(wc -l <"$tmp/t.csv") - 1))
[ $rc = 0 ] && [ "$rows" = 100 ] && ok "tournament: 100 pairings in the CSV" ||
	nok "tournament: 100 pairings in the CSV" "exit $rc, rows $rows"
missing=""
for d in dove hawk tft gtft grim pavlov alternator random bayes planner; do
	grep -q "^$d " "$tmp/t.out" || missing="$missing $d"
done
[ -z "$missing" ] && ok "tournament matrix lists every doctrine" ||
	nok "tournament matrix lists every doctrine" "missing:$missing"
grep -q '^tft,hawk,2,0.0000,0.0000,0.0000,1.0000,199.00,204.00' "$tmp/t.csv" &&
	ok "tournament CSV: tft vs hawk 199 to 204" ||
	nok "tournament CSV: tft vs hawk 199 to 204" "$(grep '^tft,hawk' "$tmp/t.csv")"

# A missing option value is named as such, by every command.
for cmd in "sim --scenario $ART --a tft --b tft --games" "tournament --seed" "replay --lang" "play --seed"; do
	msg=$($D $cmd 2>&1 >/dev/null); rc=$?
	opt=$(echo "$cmd" | awk '{print $NF}')
	[ $rc = 2 ] && echo "$msg" | grep -q "option '$opt' needs a value" &&
		ok "'detente $cmd' says the value is missing" ||
		nok "'detente $cmd' says the value is missing" "$rc $msg"
done
