#!/usr/bin/env bash
# drempel's scan side by side with newsboat's reload, on the same loopback feeds.
#
#   benches/scan_vs_newsboat.sh [DREMPEL_BINARY]
#
# Without a binary, builds one first: `cargo build --release` into $BENCH_TARGET_DIR
# (default /work/target-bench). Installs newsboat from Debian if it is missing.
#
# benches/loopback_feeds.py serves $FEEDS distinct RSS feeds ($ITEMS items, ~16 KB each)
# spread over $HOSTS loopback hosts (127.0.0.1, 127.0.0.2, ...), every response delayed by
# $DELAY_MS; each feed has an ETag and a Last-Modified date and answers a conditional
# request with "304 Not Modified". Each run, both clients start from nothing:
#
# - drempel: a fresh --home, the feeds imported from an OPML file, six keyword queries
#   added (so that the scan matches too); a first scan, then a repeat scan. Default scan
#   settings unless $DREMPEL_SCAN_ARGS says otherwise (e.g. DREMPEL_SCAN_ARGS="--jobs 16").
# - newsboat: a fresh urls file, cache and HOME, `reload-threads $NEWSBOAT_THREADS`;
#   `newsboat -x reload` three times. newsboat records a feed's ETag and Last-Modified
#   only once the feed is in its cache, so its second reload still gets every feed in full
#   and only the third is answered with 304s; all three are reported.
#
# Each command's wall time and peak resident memory (the "Maximum resident set size" of
# /usr/bin/time -v; here with -f %M) are taken $RUNS times; the table shows the median
# time, the range, and the highest peak memory, plus the HTTP answers the server gave
# (counted from its request log, so that a "repeat" row really is 304s). The table goes to
# stdout, progress to stderr. KEEP=1 keeps the work folder (homes, logs) for inspection.
#
# Environment: RUNS=5 FEEDS=200 HOSTS=25 ITEMS=20 DELAY_MS=100 NEWSBOAT_THREADS=8
#              DREMPEL_SCAN_ARGS= BENCH_TARGET_DIR=/work/target-bench KEEP=0
set -euo pipefail

RUNS=${RUNS:-5}
FEEDS=${FEEDS:-200}
HOSTS=${HOSTS:-25}
ITEMS=${ITEMS:-20}
DELAY_MS=${DELAY_MS:-100}
NEWSBOAT_THREADS=${NEWSBOAT_THREADS:-8}
DREMPEL_SCAN_ARGS=${DREMPEL_SCAN_ARGS:-}
KEEP=${KEEP:-0}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
say() { printf '%s\n' "$*" >&2; }

# --- the binaries ---------------------------------------------------------------------

if [[ $# -ge 1 ]]; then
  drempel=$(realpath "$1")
else
  target=${BENCH_TARGET_DIR:-/work/target-bench}
  say "building drempel (release) into $target"
  (cd "$repo" && CARGO_TARGET_DIR=$target cargo build --release --quiet)
  drempel=$target/release/drempel
fi
[[ -x $drempel ]] || { say "no drempel binary at $drempel"; exit 2; }

need_apt=()
command -v newsboat >/dev/null || need_apt+=(newsboat)
[[ -x /usr/bin/time ]] || need_apt+=(time)
if [[ ${#need_apt[@]} -gt 0 ]]; then
  say "installing ${need_apt[*]} from Debian"
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get install -y "${need_apt[@]}" >&2 ||
    { "${sudo[@]}" apt-get update >&2 && "${sudo[@]}" apt-get install -y "${need_apt[@]}" >&2; }
fi
newsboat_version=$(newsboat --version | head -n 1 | awk '{print $2}')
drempel_version=$("$drempel" --version | head -n 1)

# --- the loopback server --------------------------------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/scan-vs-newsboat.XXXXXX")
server_pid=
cleanup() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ $KEEP == 1 ]]; then say "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

python3 "$here/loopback_feeds.py" --hosts "$HOSTS" --feeds "$FEEDS" --items "$ITEMS" \
  --delay-ms "$DELAY_MS" --urls "$work/urls" --log "$work/requests.log" \
  --ready "$work/ready" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
  [[ -s $work/ready ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.1
done
[[ -s $work/ready ]] || { say "the loopback server did not start"; exit 1; }
say "$(cat "$work/server.err")"

{
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
  printf '<head><title>scan vs newsboat</title></head>\n<body>\n'
  n=0
  while read -r url; do
    printf '<outline type="rss" text="Loopback feed %d" xmlUrl="%s"/>\n' "$n" "$url"
    n=$((n + 1))
  done <"$work/urls"
  printf '</body>\n</opml>\n'
} >"$work/feeds.opml"

# --- measuring ------------------------------------------------------------------------

# Neither client may go through a proxy, nor pick up the caller's settings.
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY no_proxy NO_PROXY
unset DREMPEL_HOME DREMPEL_LEARNER DREMPEL_LANG DREMPEL_LESSONS
export NO_COLOR=1 LC_ALL=C.UTF-8

results=$work/results.tsv
: >"$results"

# measure PHASE RUN COMMAND...: one timed run; appends
# phase, run, seconds, peak RSS (KiB), exit code, the server's answers, load average.
measure() {
  local phase=$1 run=$2
  shift 2
  local before load start end code answers
  before=$(wc -l <"$work/requests.log")
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  code=0
  /usr/bin/time -f '%M' -o "$work/time.out" "$@" </dev/null \
    >"$work/$phase.out" 2>"$work/$phase.err" || code=$?
  end=$(date +%s%N)
  answers=$(tail -n +"$((before + 1))" "$work/requests.log" | cut -d' ' -f1 | sort | uniq -c |
    awk '{printf "%s%s×%s", (NR > 1 ? ", " : ""), $1, $2}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$run" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')" \
    "$(tail -n 1 "$work/time.out")" "$code" "${answers:-none}" "$load" >>"$results"
  say "  $(tail -n 1 "$results" | awk -F'\t' '{printf "%-18s %6.2f s  %6.1f MiB  exit %s  %s", $1, $3, $4 / 1024, $5, $6}')"
}

drempel_run() {
  local run=$1 home=$work/drempel-$1
  mkdir -p "$home"
  "$drempel" --home "$home" feeds import "$work/feeds.opml" >/dev/null 2>"$work/import.err" ||
    { cat "$work/import.err" >&2; exit 1; }
  local query
  for query in recruitment '"employer branding"' 'hiring -internship' onboarding \
    'customer care OR "customer service"' '"social media"'; do
    "$drempel" --home "$home" keywords add "$query" >/dev/null 2>"$work/keywords.err" ||
      { cat "$work/keywords.err" >&2; exit 1; }
  done
  # shellcheck disable=SC2086 # DREMPEL_SCAN_ARGS is a list of words on purpose
  measure drempel-first "$run" "$drempel" --home "$home" scan $DREMPEL_SCAN_ARGS
  # shellcheck disable=SC2086
  measure drempel-repeat "$run" "$drempel" --home "$home" scan $DREMPEL_SCAN_ARGS
}

newsboat_run() {
  local run=$1 dir=$work/newsboat-$1
  mkdir -p "$dir/home"
  cp "$work/urls" "$dir/urls"
  printf 'reload-threads %s\n' "$NEWSBOAT_THREADS" >"$dir/config"
  local nb=(env HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config"
    XDG_DATA_HOME="$dir/home/.local/share"
    newsboat -C "$dir/config" -u "$dir/urls" -c "$dir/cache.db" -x reload)
  measure newsboat-first "$run" "${nb[@]}"
  measure newsboat-second "$run" "${nb[@]}"
  measure newsboat-third "$run" "${nb[@]}"
}

say "drempel: $drempel ($drempel_version); newsboat $newsboat_version; $RUNS runs"
for run in $(seq "$RUNS"); do
  say "run $run of $RUNS (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # Alternate who goes first, so that neither always meets the machine in the same state.
  if ((run % 2)); then
    drempel_run "$run"
    newsboat_run "$run"
  else
    newsboat_run "$run"
    drempel_run "$run"
  fi
done

# --- the table ------------------------------------------------------------------------

python3 - "$results" "$newsboat_version" "$NEWSBOAT_THREADS" "$DREMPEL_SCAN_ARGS" \
  "$FEEDS" "$HOSTS" "$ITEMS" "$DELAY_MS" "$drempel_version" <<'EOF'
import statistics, sys

path, nb_version, threads, scan_args, feeds, hosts, items, delay, drempel_version = sys.argv[1:]
rows = [line.rstrip("\n").split("\t") for line in open(path) if line.strip()]
by_phase = {}
for phase, run, secs, rss, code, answers, load in rows:
    by_phase.setdefault(phase, []).append((float(secs), int(rss), int(code), answers, float(load)))

settings = f"`{scan_args}`" if scan_args else "default settings"
labels = {
    "drempel-first": f"drempel first scan ({settings})",
    "drempel-repeat": f"drempel repeat scan ({settings})",
    "newsboat-first": f"newsboat {nb_version} first reload ({threads} threads)",
    "newsboat-second": f"newsboat {nb_version} second reload",
    "newsboat-third": f"newsboat {nb_version} third reload",
}

def median(phase):
    return statistics.median(r[0] for r in by_phase[phase])

def peak(phase):
    return max(r[1] for r in by_phase[phase]) / 1024

print(f"{feeds} feeds on {hosts} loopback hosts, {items} items each, {delay} ms per response; "
      f"{drempel_version}; {len(by_phase['drempel-first'])} runs each.\n")
print("| what | median | range | peak RSS | server answered |")
print("|---|---:|---:|---:|---|")
for phase, label in labels.items():
    runs = by_phase.get(phase)
    if not runs:
        continue
    times = [r[0] for r in runs]
    answers = sorted({r[3] for r in runs})
    failed = [r[2] for r in runs if r[2] != 0]
    note = f" (exit {', '.join(map(str, sorted(set(failed))))} in {len(failed)} runs)" if failed else ""
    print(f"| {label}{note} | {median(phase):.2f} s | {min(times):.2f}–{max(times):.2f} s "
          f"| {peak(phase):.1f} MiB | {' / '.join(answers)} |")

ratio = median("newsboat-first") / median("drempel-first")
repeat = median("drempel-repeat")
memory = max(peak(p) for p in ("drempel-first", "drempel-repeat"))
mark = lambda ok: "met" if ok else "**missed**"
print()
print("| target | result | |")
print("|---|---|---|")
print(f"| first scan at least 4× faster than newsboat's first reload | {ratio:.1f}× | {mark(ratio >= 4)} |")
print(f"| repeat scan (304s) under 1.5 s | {repeat:.2f} s | {mark(repeat < 1.5)} |")
print(f"| drempel's peak memory under 100 MB | {memory:.1f} MiB | {mark(memory * 1.048576 < 100)} |")
loads = [r[4] for runs in by_phase.values() for r in runs]
print(f"\n1-minute load average while measuring: {min(loads):.1f}–{max(loads):.1f}.")
EOF
cpu=$(lscpu 2>/dev/null | awk -F': *' '/^Model name/ {m = $2} /^CPU family/ {f = $2}
  /^Model:/ {n = $2} END {printf "%s (family %s, model %s)", m, f, n}')
printf 'Machine: nproc = %s; %s; %s GiB memory; %s.\n' "$(nproc)" "$cpu" \
  "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)" "$(uname -sr)"
