#!/bin/sh
# detente balance: the dilemma's seven properties hold on every shipped
# negotiation scenario (a fixed seed, with the exploit scripts under
# tests/scripts/), and the command says so when one falls short.
# BALANCE_GAMES sets the games a pairing (the note's figures use 2,000).
cd "$(dirname "$0")/../.." || exit 2
D=${DETENTE:-./detente}
GAMES=${BALANCE_GAMES:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; [ $# -gt 0 ] && printf '  %s\n' "$@"; }

for sc in info-security-2020 korvel-dam; do
	$D balance --scenario scenarios/$sc --games "$GAMES" --seed 1 \
		--scripts tests/scripts/$sc >"$tmp/$sc.out" 2>&1
	rc=$?
	for p in 1 2 3 4 5 6 7; do
		row=$(grep "^P$p " "$tmp/$sc.out")
		name="$sc: P$p holds ($GAMES games a pairing)"
		case "$p:$row" in
		*" holds") ok "$name" ;;
		*) nok "$name" "${row:-no row}" \
			"$(grep -A6 "^P$p " "$tmp/$sc.out" | tail -n +2)" ;;
		esac
	done
	if [ $rc -eq 0 ] && grep -q '^7 of 7 properties hold$' "$tmp/$sc.out"
	then
		ok "$sc: exit 0 when all seven hold"
	else
		nok "$sc: exit 0 when all seven hold" "exit $rc" \
			"$(tail -n 1 "$tmp/$sc.out")"
	fi
done

# A lesson's length: the article scenario's class_turns (12 of its 24
# months) must be a real dilemma too (a class plays it).
$D balance --scenario scenarios/info-security-2020 --turns 12 \
	--games "$GAMES" --seed 1 >"$tmp/class.out" 2>&1
rc=$?
name="info-security-2020 at its class length (12 turns): all seven hold"
if [ $rc -eq 0 ] && grep -q '^Balance of info-security-2020 (12 of 24 turns)' \
	"$tmp/class.out" && grep -q '^7 of 7 properties hold$' "$tmp/class.out"
then
	ok "$name"
else
	nok "$name" "exit $rc" "$(grep 'falls short' "$tmp/class.out")"
fi

# A scenario where hostility pays: tension is rewarded, so hawks score
# more than doves. P1 must fall short, and the exit status say so.
cp -R scenarios/info-security-2020 "$tmp/upside"
sed -i 's/^tension = 5$/tension = -20/' "$tmp/upside/scenario.ini"
$D balance --scenario "$tmp/upside" --games 50 >"$tmp/up.out" 2>&1
rc=$?
if [ $rc -eq 1 ] && grep -q '^P1 .*falls short$' "$tmp/up.out"; then
	ok "a scenario where hostility pays falls short of P1, exit 1"
else
	nok "a scenario where hostility pays falls short of P1, exit 1" \
		"exit $rc" "$(head -n 4 "$tmp/up.out")"
fi

# Usage.
$D balance --scenario scenarios/info-security-2020 --games 0 \
	>"$tmp/u.out" 2>&1
rc=$?
if [ $rc -eq 2 ] && grep -q -- '--games' "$tmp/u.out"; then
	ok "balance: a bad --games is a usage error"
else
	nok "balance: a bad --games is a usage error" "exit $rc"
fi
$D balance --scenario scenarios/info-security-2020 --scripts "$tmp/none" \
	>"$tmp/s.out" 2>&1
rc=$?
if [ $rc -eq 1 ] && grep -q "$tmp/none" "$tmp/s.out"; then
	ok "balance: a missing scripts folder is named, exit 1"
else
	nok "balance: a missing scripts folder is named, exit 1" "exit $rc"
fi
mkdir -p "$tmp/scripts"
printf '# a typo\n1-2: backchannel espionnage\n' >"$tmp/scripts/typo.txt"
$D balance --scenario scenarios/info-security-2020 --games 5 \
	--scripts "$tmp/scripts" >"$tmp/t.out" 2>&1
rc=$?
if [ $rc -eq 1 ] && grep -q "typo.txt:2:18: unknown action 'espionnage'" \
	"$tmp/t.out" && ! grep -q '^P1 ' "$tmp/t.out"; then
	ok "balance: a script's error is named with its place, before any game"
else
	nok "balance: a script's error is named with its place, before any game" \
		"exit $rc" "$(head -n 3 "$tmp/t.out")"
fi
