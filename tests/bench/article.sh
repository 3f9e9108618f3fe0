#!/bin/sh
# article.sh OUT [BYTES]: a long English article for timing `detente new`
# (default 1 MiB): the test articles over and over, each copy with its
# own dateline, cut at a paragraph so that it stays within the size.
set -eu
cd "$(dirname "$0")/../.."
out=$1 size=${2:-1048576}
i=0
: >"$out.tmp"
while [ "$(wc -c <"$out.tmp")" -lt "$size" ]; do
	for a in tests/articles/*.en.txt scenarios/korvel-dam/article.en.txt; do
		i=$((i + 1))
		printf '\nREPORT %d, day %d of the talks.\n\n' "$i" "$i"
		cat "$a"
	done >>"$out.tmp"
done
# Whole lines within the size, then up to the last blank line.
head -c "$size" "$out.tmp" | awk '{ l[NR] = $0 } /^$/ { last = NR }
	END { for (k = 1; k < last; k++) print l[k] }' >"$out"
rm -f "$out.tmp"
