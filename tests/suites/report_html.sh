#!/bin/sh
# report_html.sh — `detente report --html` in a real browser, and the
# class report's other outputs.
#
# Four saved games (sim --save, with people's names written into two of
# them as the New game screen does) are reported with --html and
# --turns-csv. The page must be self-contained (no script, no address
# to fetch), and headless Chromium must load it without a console
# message and find the charts' series: 3 lines for the class (trust
# either way, tension) and 2 a game in the small multiples, 5 bars of
# endings and one bar a trust band. A page with a script error is
# rendered first, to show that a console error would be caught. The
# screenshot is kept in build/report-html.png.
cd "$(dirname "$0")/../.." || exit 2
root=$(pwd)
bin=${DETENTE:-./detente}
case $bin in /*) ;; *) bin=$root/$bin ;; esac
tmp=$(mktemp -d /tmp/detente-report-XXXXXX) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
ok() { echo "ok - $1"; }
notok() {
	echo "not ok - $1"
	shift
	for f; do
		[ -f "$f" ] && sed 's/^/  /' "$f" | head -n 30
	done
}

sc=scenarios/korvel-dam
n=0
for pair in "dove tft" "tft hawk" "gtft gtft" "grim random"; do
	n=$((n + 1))
	set -- $pair
	"$bin" sim --scenario $sc --a "$1" --b "$2" --games 1 --seed $n \
		--save "$tmp/g$n.sav" >/dev/null 2>&1
done
# People's names, as a game played on the New game screen keeps them
# (sim plays doctrines: the names show only for a side a person played,
# so side a is made a person's here, which the replay does not mind).
sed -i -e 's/^branch = \(.*\)/player.a = Ana\nbranch = \1/' \
	-e '0,/^a = dove$/s//a = human/' "$tmp/g1.sav"
"$bin" report --html "$tmp/class.html" --turns-csv "$tmp/turns.csv" \
	"$tmp" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && [ -s "$tmp/class.html" ]; then
	ok "report --html writes a page"
else
	notok "report --html writes a page (exit $rc)" "$tmp/err"
fi
if grep -q '^  Ana  ' "$tmp/out" && grep -q '<td>Ana</td>' "$tmp/class.html"
then
	ok "report names a game and its side by the person who played"
else
	notok "report names a game and its side by the person who played" \
		"$tmp/out"
fi
if grep -qiE '<script|https?:|src=|href=|@import|url\(' "$tmp/class.html"
then
	notok "the page is self-contained (no script, no address)" \
		"$tmp/class.html"
else
	ok "the page is self-contained (no script, no address)"
fi

# ---- the turns CSV ---------------------------------------------------------
turns=$(awk -F, 'NR > 1 { n++ } END { print n + 0 }' "$tmp/turns.csv")
want=0
for f in "$tmp"/g*.sav; do
	want=$((want + $(grep -c '^turn\.' "$f")))
done
if [ "$turns" -eq "$want" ] && [ "$turns" -gt 0 ] &&
   head -n 1 "$tmp/turns.csv" | grep -q '^file,name,scenario,turn,trust_a,'
then
	ok "report --turns-csv: one row a game and turn ($turns)"
else
	notok "report --turns-csv: one row a game and turn ($turns, want $want)" \
		"$tmp/turns.csv"
fi
if grep -q "^Games in detail" "$tmp/out" &&
   grep -q "turning points:" "$tmp/out"; then
	ok "report shows each game in detail"
else
	notok "report shows each game in detail" "$tmp/out"
fi

# ---- in a browser ----------------------------------------------------------
if ! command -v chromium >/dev/null 2>&1; then
	echo "ok - the page in Chromium # SKIP chromium is not installed"
	exit 0
fi
# browse FILE OUT ERR [ARGS...]: Chromium, headless, offline, its own
# profile, console messages logged to ERR.
browse() {
	page=$1 out=$2 err=$3
	shift 3
	prof=$(mktemp -d "$tmp/prof-XXXXXX")
	timeout 120 chromium --headless --no-sandbox --disable-gpu \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--user-data-dir="$prof" --enable-logging=stderr --v=0 \
		"$@" "file://$page" >"$out" 2>"$err"
}
printf '%s\n' '<!DOCTYPE html><html><body><p>x</p>' \
	'<script>undefinedFunction();</script></body></html>' >"$tmp/bad.html"
browse "$tmp/bad.html" "$tmp/bad.dom" "$tmp/bad.err" --dump-dom
if grep -q 'CONSOLE.*undefinedFunction' "$tmp/bad.err"; then
	ok "a console error in a page is caught"
else
	notok "a console error in a page is caught" "$tmp/bad.err"
fi
browse "$tmp/class.html" "$tmp/dom" "$tmp/err" --dump-dom
if [ -s "$tmp/dom" ] && ! grep -q 'CONSOLE' "$tmp/err"; then
	ok "the report loads in Chromium without a console message"
else
	notok "the report loads in Chromium without a console message" \
		"$tmp/err"
fi
series=$(grep -o 'class="series"' "$tmp/dom" | wc -l)
spread=$(grep -o 'class="spread"' "$tmp/dom" | wc -l)
bars=$(grep -o 'class="bar"' "$tmp/dom" | wc -l)
bands=$(grep -c '^\[band\.' $sc/scenario.ini)
if [ "$series" -eq $((3 + 2 * n)) ] && [ "$spread" -eq 3 ] &&
   [ "$bars" -eq $((5 + bands)) ]; then
	ok "the charts have their series: $series lines, $spread spreads, $bars bars"
else
	echo "# lines $series (want $((3 + 2 * n))), spreads $spread (3)," \
		"bars $bars ($((5 + bands)))"
	notok "the charts have their series"
fi
browse "$tmp/class.html" "$tmp/shot.out" "$tmp/shot.err" \
	--window-size=1000,1800 --screenshot="$tmp/shot.png"
if [ -s "$tmp/shot.png" ]; then
	mkdir -p build
	cp "$tmp/shot.png" build/report-html.png
	ok "a screenshot of the report (build/report-html.png)"
else
	notok "a screenshot of the report" "$tmp/shot.err"
fi
