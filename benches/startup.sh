#!/usr/bin/env bash
# Start-up of `drempel progress`, the command a trainer's room runs most, for a learner in
# the middle of the journey: the time from exec to exit, with hyperfine.
#
#   benches/startup.sh NEW_BINARY [OLD_BINARY]
#
# With two binaries, both are measured on the same home in one hyperfine run, so they
# share the machine's state. Needs hyperfine (Debian package).
set -euo pipefail
new=${1:?usage: benches/startup.sh NEW_BINARY [OLD_BINARY]}
old=${2:-}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export DREMPEL_HOME=$home
unset DREMPEL_LANG LANG LC_ALL LC_MESSAGES
"$new" strategy set --goal recruitment --audience "nurses in the region" >/dev/null
for item in photo headline about current-role; do
  "$new" profile linkedin done "$item" >/dev/null
done
for query in 'vacancy OR vacancies' 'recruitment OR recruiting' onboarding '"social media"'; do
  "$new" keywords add "$query" >/dev/null 2>&1
done
for feed in people-at-work ideas-and-insights brand-and-customers; do
  "$new" feeds add "https://practice.drempel.invalid/en/$feed.xml" >/dev/null 2>&1 || true
done
"$new" --offline scan >/dev/null 2>&1 || true
commands=(-n "new, en" "$new progress" -n "new, nl" "$new --lang nl progress" -n "new, de" "$new --lang de progress")
if [[ -n $old ]]; then
  commands+=(-n "old, en" "$old progress")
fi
hyperfine -N --warmup 20 --runs 300 --export-markdown "$home/startup.md" "${commands[@]}" >/dev/null 2>&1
cat "$home/startup.md"
