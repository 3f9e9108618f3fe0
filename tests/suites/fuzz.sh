#!/bin/sh
# Every fuzz target: first each regression input once (crashes found
# earlier stay fixed), then a few seconds of fuzzing from the seed corpus.
cd "$(dirname "$0")/../.." || exit 2
for bin in build/fuzz/bin/fuzz_*; do
	[ -x "$bin" ] || continue
	t=$(basename "$bin")
	reg=tests/fuzz/regress/$t
	if [ -d "$reg" ] && [ -n "$(ls "$reg" 2>/dev/null)" ]; then
		if out=$("$bin" "$reg"/* 2>&1); then
			echo "ok - $t regression inputs"
		else
			echo "not ok - $t regression inputs"
			printf '%s\n' "$out" | tail -n 30
		fi
	fi
	work=$(mktemp -d)
	if out=$("$bin" -max_total_time=3 -max_len=65536 \
		-artifact_prefix="$work/" "$work" tests/fuzz/corpus/"$t" 2>&1); then
		echo "ok - $t fuzzes 3 seconds clean"
	else
		echo "not ok - $t fuzzes 3 seconds clean"
		printf '%s\n' "$out" | tail -n 30
	fi
	rm -rf "$work"
done
