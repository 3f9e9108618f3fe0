#!/bin/sh
# Every fuzz target, deterministically: each input of its committed seed
# corpus (tests/fuzz/corpus/TARGET) and its regression inputs
# (tests/fuzz/regress/TARGET, the inputs that once crashed it) runs
# once, and must pass. Nothing is mutated, so a run finds what the last
# one found: exploring is `make fuzz` (tests/fuzz/run), and what it
# finds is merged back into the seeds (tests/fuzz/merge).
cd "$(dirname "$0")/../.." || exit 2
built=0
for src in tests/fuzz/fuzz_*.c; do
	t=$(basename "$src" .c)
	bin=build/fuzz/bin/$t
	if [ ! -x "$bin" ]; then
		echo "not ok - $t is built"
		continue
	fi
	built=$((built + 1))
	set --
	for f in tests/fuzz/corpus/"$t"/* tests/fuzz/regress/"$t"/*; do
		[ -f "$f" ] && set -- "$@" "$f"
	done
	seeds=$(ls tests/fuzz/corpus/"$t" 2>/dev/null | wc -l)
	if [ "$seeds" -eq 0 ]; then
		echo "not ok - $t has a seed corpus"
		continue
	fi
	# Each input once, and nothing else: libFuzzer says "Executed" for
	# each file it is given, and would print no such line when fuzzing.
	if out=$("$bin" -timeout=30 -rss_limit_mb=2048 "$@" 2>&1) &&
	   [ "$(printf '%s\n' "$out" | grep -c '^Executed ')" -eq $# ]; then
		echo "ok - $t runs its $# seed and regression inputs clean"
	else
		echo "not ok - $t runs its $# seed and regression inputs clean"
		printf '%s\n' "$out" | grep -v '^Running: \|^Executed ' |
			tail -n 30
	fi
done
n=$(ls tests/fuzz/fuzz_*.c | wc -l)
[ "$built" -eq "$n" ] && [ "$n" -ge 7 ] &&
	echo "ok - every fuzz target is built ($built of $n)" ||
	echo "not ok - every fuzz target is built ($built of $n)"
