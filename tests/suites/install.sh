#!/bin/sh
# make install into a temporary DESTDIR; the installed binary, run from
# another folder, finds its scenarios and assets and keeps saves in the
# XDG data folder; make uninstall removes what install put there.
cd "$(dirname "$0")/../.." || exit 2
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
prefix=/usr/local

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; shift; [ $# -gt 0 ] && printf '  %s\n' "$@"; }

if make -s install DESTDIR="$dest" PREFIX=$prefix >"$tmp/install.log" 2>&1; then
	ok "make install into a DESTDIR"
else
	nok "make install into a DESTDIR" "$(tail -n 5 "$tmp/install.log")"
fi
bin=$dest$prefix/games/detente
for f in games/detente share/detente/scenarios/info-security-2020/scenario.ini \
	 share/detente/scenarios/README.md share/detente/assets/lang/en.txt \
	 share/man/man6/detente.6; do
	[ -e "$dest$prefix/$f" ] && ok "installed $f" || nok "installed $f"
done

mkdir -p "$tmp/elsewhere" "$tmp/home"
cd "$tmp/elsewhere" || exit 2
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/xdg"
unset DETENTE_DATA
out=$("$bin" --version 2>&1)
echo "$out" | head -n 1 | grep -q '^detente [0-9]' && ok "--version from another folder" ||
	nok "--version from another folder" "$out"
out=$("$bin" check "$dest$prefix/share/detente/scenarios/prisoners-dilemma" 2>&1) &&
	ok "installed scenarios pass check" || nok "installed scenarios pass check" "$out"
out=$("$bin" sim --a tft --b hawk --games 3 2>&1) && echo "$out" | grep -q info-security-2020 &&
	ok "installed binary finds its default scenario" ||
	nok "installed binary finds its default scenario" "$out"
if "$bin" sim --scenario "$dest$prefix/share/detente/scenarios/prisoners-dilemma" \
	--a tft --b hawk --games 1 --save "$tmp/x.sav" >/dev/null 2>&1 &&
   "$bin" replay "$tmp/x.sav" >/dev/null 2>&1; then
	ok "installed binary saves and replays"
else
	nok "installed binary saves and replays"
fi
grep -q '^\.TH DETENTE 6' "$dest$prefix/share/man/man6/detente.6" 2>/dev/null &&
	ok "man page detente.6 is section 6" || nok "man page detente.6 is section 6"
cd "$top" || exit 2

make -s uninstall DESTDIR="$dest" PREFIX=$prefix >/dev/null 2>&1
left=$(find "$dest" -type f 2>&1 | sed "s|$dest||")
[ -d "$dest" ] && [ -z "$left" ] && ok "make uninstall removes every installed file" ||
	nok "make uninstall removes every installed file" $left
