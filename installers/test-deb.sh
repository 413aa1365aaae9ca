#!/usr/bin/env bash
# End-to-end test of the Linux installer, run by hand (not part of `mvnw test`: ~4 minutes, root).
#
#   installers/test-deb.sh [--no-build]
#
# 1. builds the installers: ./mvnw -Pinstallers package (tests skipped: they are the default
#    build's job), unless --no-build reuses installers/target/installer/*.deb
# 2. installs the .deb with dpkg -i (missing dependencies, e.g. GTK, then come from apt-get -f)
#    and checks the menu entry and the *.junction.yaml MIME type were registered; the package's
#    own postinst creates /usr/share/desktop-directories and /etc/xdg/menus, which minimal
#    systems lack and without which xdg-desktop-menu, hence dpkg -i, fails
# 3. starts the installed app under Xvfb with the smoke-test preloader
#    (dev.junction.app.SmokeTestPreloader: prints "window shown after N ms", exits), RUNS times,
#    with and without the AOT cache, fails on any "[error]" from the JVM and checks that the app's
#    classes come from the AOT cache; once more without
#    the preloader, to check that the window carries the app icon (_NET_WM_ICON, via xprop)
# 4. runs the installed CLI from the PATH (/usr/bin/junction, a Debian alternative): `junction --version`,
#    and times it
# 5. removes the package (also when a step fails) and checks nothing is left in /opt/junction
#
# Needs Debian/Ubuntu and root; installs fakeroot, dpkg-dev, xvfb and x11-utils when missing.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
PACKAGE=junction
PREFIX=/opt/junction
BUILD=yes
[[ "${1:-}" == "--no-build" ]] && BUILD=no

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || fail "run as root (dpkg -i)"
command -v dpkg >/dev/null || fail "needs a Debian-based system"
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

missing=()
for tool in fakeroot:fakeroot dpkg-shlibdeps:dpkg-dev Xvfb:xvfb xprop:x11-utils; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if (( ${#missing[@]} )); then
    say "installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}"
fi

if [[ $BUILD == yes ]]; then
    say "building: ./mvnw -B -q -Pinstallers -pl installers -am package -DskipTests"
    started=$(date +%s)
    ./mvnw -B -q -Pinstallers -pl installers -am package -DskipTests
    echo "build took $(( $(date +%s) - started )) s"
fi
deb=$(ls installers/target/installer/${PACKAGE}_*.deb 2>/dev/null | head -1)
[[ -f "$deb" ]] || fail "no .deb in installers/target/installer"

remove_package() {
    if dpkg -s "$PACKAGE" >/dev/null 2>&1; then
        say "removing the package"
        dpkg --purge "$PACKAGE" >/dev/null
    fi
}
work=$(mktemp -d)
xvfb_pid=
on_exit() {
    [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
    remove_package
    rm -rf "$work"
}
trap on_exit EXIT
remove_package

say "installing $deb"
for dir in /usr/share/desktop-directories /etc/xdg/menus; do
    [[ -d $dir ]] || echo "note: $dir does not exist (minimal system); the postinst must create it"
done
if ! dpkg -i "$deb"; then
    echo "dpkg -i left dependencies unresolved; apt-get -f install resolves them and configures"
    echo "(log: $work/apt.log)"
    apt-get update -qq
    apt-get install -f -y -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get -f install"; }
fi
dpkg -s "$PACKAGE" | grep -q '^Status: install ok installed' || fail "package not installed"
[[ -x $PREFIX/bin/Junction && -x $PREFIX/bin/junction ]] || fail "launchers missing in $PREFIX/bin"
[[ -f /usr/share/applications/junction-Junction.desktop ]] || fail "menu entry not installed"
grep -q '^Exec=/opt/junction/bin/Junction %F' /usr/share/applications/junction-Junction.desktop \
    || fail "menu entry does not pass the opened file"
grep -q 'pattern="\*.junction.yaml"' /usr/share/mime/packages/junction-Junction-MimeInfo.xml \
    || fail "*.junction.yaml MIME type not registered"
[[ ! -e /usr/share/applications/junction-junction.desktop ]] || fail "the console CLI got a menu entry"
[[ $(readlink -f /usr/bin/junction) == "$PREFIX/bin/junction" ]] || fail "junction is not on the PATH (/usr/bin/junction)"

# One smoke run; prints "<JVM start to first frame> <launch to first frame> <launch to exit>" in ms.
smoke() {
    local options=$1 out started ended shown
    started=$(date +%s%3N)
    out=$(JAVA_TOOL_OPTIONS="-Djavafx.preloader=dev.junction.app.SmokeTestPreloader $options" \
          timeout 120 "$PREFIX/bin/Junction" 2>&1) \
        || fail "the installed app did not exit cleanly: $out"
    ended=$(date +%s%3N)
    grep -q '^window shown after' <<<"$out" || fail "no window shown: $out"
    ! grep -q '\[error *\]' <<<"$out" || fail "the JVM reported an error: $out"
    shown=$(sed -n 's/^window shown after \([0-9]*\) ms (at \([0-9]*\))$/\1 \2/p' <<<"$out")
    echo "${shown% *} $(( ${shown#* } - started )) $(( ended - started ))"
}
# The first run of each kind starts with an empty page cache where the kernel lets root drop it,
# so it reads the installation from disk: a real cold start.
drop_page_cache() {
    sync
    if echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; then cold="page cache dropped"; else cold="page cache warm"; fi
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { local n=$1; shift; printf '%s\n' "$@" | cut -d' ' -f"$n"; }

say "starting the installed app under Xvfb, $RUNS runs with the AOT cache, $RUNS without"
# one X server for all runs, so its start-up is not counted; it picks a free display number
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(cat "$work/display")"

# a settings folder and run history of its own: every run starts like the first one, on the bundled sample
# workspace, whatever the machine's user last opened
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
with=() without=()
drop_page_cache
with+=("$(smoke "")")
drop_page_cache
without+=("$(smoke "-XX:AOTMode=off")")
for ((i = 2; i <= RUNS; i++)); do
    with+=("$(smoke "")")
    without+=("$(smoke "-XX:AOTMode=off")")
done
# the app runs with -Xlog:aot=off (a rejected cache must not bother users), so check here that the
# installed app really takes its classes from the cache
loaded=$(JAVA_TOOL_OPTIONS="-Djavafx.preloader=dev.junction.app.SmokeTestPreloader -Xlog:class+load=info" \
         timeout 120 "$PREFIX/bin/Junction" 2>&1) || fail "the app did not start: $loaded"
grep -q 'dev.junction.app.JunctionApp source: shared objects file' <<<"$loaded" \
    || fail "the installed app does not use its AOT cache"
cached=$(grep -c 'source: shared objects file' <<<"$loaded" || true)
echo "classes from the AOT cache: $cached of $(grep -c '\[class,load\]' <<<"$loaded" || true)"
echo "each run: JVM start to first frame, launch to first frame, launch to exit (ms)"
echo "  with the AOT cache:    $(printf '[%s] ' "${with[@]}")"
echo "  without (AOTMode=off): $(printf '[%s] ' "${without[@]}")"

say "the window's icon"
"$PREFIX/bin/Junction" >"$work/app.log" 2>&1 &
app_pid=$!
icon=""
for _ in $(seq 100); do
    for window in $(xwininfo -root -children | awk '/^ +0x/ {print $1}'); do
        if xprop -id "$window" WM_CLASS 2>/dev/null | grep -q 'dev.junction.app.JunctionApp' \
                && xwininfo -id "$window" | grep -q 'IsViewable'; then
            icon=$(xprop -id "$window" _NET_WM_ICON 2>/dev/null | grep -o 'Icon ([0-9]* x [0-9]*)' | sort -u | tr '\n' ' ')
        fi
    done
    [[ -n $icon ]] && break
    sleep 0.2
done
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true
[[ -n $icon ]] || fail "the window has no icon (_NET_WM_ICON); app output: $(cat "$work/app.log")"
echo "window icons: $icon"

say "junction --version (the CLI launcher in the same installation, from the PATH)"
cli_out=$(/usr/bin/junction --version 2>&1) && cli_rc=0 || cli_rc=$?
echo "$cli_out"
! grep -q '\[error *\]' <<<"$cli_out" || fail "the CLI's JVM reported an error"
if [[ $cli_rc == 0 ]]; then
    grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$cli_out" || fail "junction --version does not name the version"
    cli_result="ok: $cli_out"
elif grep -q 'Could not find or load main class dev.junction.cli.JunctionCli' <<<"$cli_out"; then
    # an executor without the CLI yet: the launcher still proves it starts the bundled JVM right
    cli_result="launcher wired; dev.junction.cli.JunctionCli not in the executor yet"
else
    fail "junction --version exited with $cli_rc"
fi
cli_ms=()
for ((i = 1; i <= RUNS; i++)); do
    started=$(date +%s%3N)
    /usr/bin/junction --version >/dev/null 2>&1 || true
    cli_ms+=($(( $(date +%s%3N) - started )))
done

deb_bytes=$(stat -c %s "$deb")
installed_kb=$(du -sk "$PREFIX" | cut -f1)
remove_package
[[ ! -e $PREFIX ]] || fail "$PREFIX still exists after removal"
[[ ! -e /usr/share/applications/junction-Junction.desktop ]] || fail "menu entry left after removal"
[[ ! -e /usr/bin/junction && ! -L /usr/bin/junction ]] || fail "/usr/bin/junction left after removal"

say "summary"
echo "package:            $(basename "$deb"), $(( deb_bytes / 1024 / 1024 )) MiB"
echo "installed size:     $(( installed_kb / 1024 )) MiB in $PREFIX"
echo "cold start:         $(column 2 "${with[0]}") ms launch to first frame ($cold; without AOT cache: $(column 2 "${without[0]}") ms)"
echo "warm start, median: $(column 2 "${with[@]:1}" | median) ms launch to first frame" \
     "($(column 1 "${with[@]:1}" | median) ms from JVM start; without AOT cache: $(column 2 "${without[@]:1}" | median) ms)"
echo "CLI:                $cli_result"
echo "CLI --version:      $(printf '%s\n' "${cli_ms[@]}" | median) ms median"
echo "removal:            clean"
