#!/usr/bin/env bash
# Shows how a bidi-capable terminal (VTE, through xfce4-terminal) renders drempel's
# right-to-left output, as a PNG: a virtual X display (Xvfb), one terminal window that
# runs the command, a screenshot of the screen.
#
#   benches/rtl-screenshot.sh OUT.png COMMAND [ARG...]
#   benches/rtl-screenshot.sh /tmp/progress.png target/debug/drempel --lang he progress
#
# Needs Debian's xvfb, xfce4-terminal (VTE), culmus and fonts-dejavu-core (Hebrew and
# Latin monospace glyphs) and imagemagick (`import`):
#   apt-get install -y --no-install-recommends xvfb xfce4-terminal culmus \
#       fonts-dejavu-core imagemagick dbus-x11
# Environment: COLUMNS_ROWS (default 100x30), FONT (default "DejaVu Sans Mono 13"),
# WAIT (seconds before the shot, default 4).
set -euo pipefail

out=${1:?usage: $0 OUT.png COMMAND [ARG...]}
shift
[ $# -gt 0 ] || { echo "usage: $0 OUT.png COMMAND [ARG...]" >&2; exit 2; }
for tool in Xvfb xfce4-terminal import; do
    command -v "$tool" >/dev/null || { echo "$tool is missing; see the comment at the top" >&2; exit 2; }
done

work=$(mktemp -d)
cleanup() {
    [ -n "${term_pid:-}" ] && kill "$term_pid" 2>/dev/null || true
    [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A display number nobody uses.
display=$((90 + RANDOM % 100))
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
x_pid=$!
sleep 1

# The terminal's own settings, in a configuration folder of its own: font, no menus.
mkdir -p "$work/config/xfce4/terminal"
cat >"$work/config/xfce4/terminal/terminalrc" <<RC
[Configuration]
FontName=${FONT:-DejaVu Sans Mono 13}
MiscMenubarDefault=FALSE
MiscToolbarDefault=FALSE
ScrollingBar=TERMINAL_SCROLLBAR_NONE
ColorForeground=#1e1e1e
ColorBackground=#fdfdf8
RC

# The command runs, then the window stays until the shot is taken.
printf '%q ' "$@" >"$work/command"
cat >"$work/run.sh" <<'RUN'
eval "$(cat "$1")"
sleep 600
RUN

DISPLAY=":$display" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 \
    xfce4-terminal --disable-server --geometry "${COLUMNS_ROWS:-100x30}+0+0" \
    --title drempel -x bash "$work/run.sh" "$work/command" >"$work/term.log" 2>&1 &
term_pid=$!
sleep "${WAIT:-4}"
DISPLAY=":$display" import -window root -crop "$(
    DISPLAY=":$display" xwininfo -root -tree 2>/dev/null | awk '/"drempel"/ {print $(NF-1); exit}' || true
)" "$out" 2>/dev/null || DISPLAY=":$display" import -window root "$out"
echo "$out"
