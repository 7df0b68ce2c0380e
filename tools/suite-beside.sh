#!/usr/bin/env bash
# The whole suite twice in a row while a second copy of it runs beside, on the committed HEAD: shows
# that the tests pass under load and that two runs at once share nothing (issue 16).
#
#   tools/suite-beside.sh [--keep]        # logs and a summary under a fresh /tmp/newsgraph-beside-*
#
# Each copy is its own clone in a temp dir, so build outputs (dist/, tools/*/target, test-artifacts/),
# vitest's cache (node_modules/.vite) and SQLite files never meet; each has its own TMPDIR, and each
# run starts its own Neo4j on a free port with a fresh data dir (NEO4J_URI is unset for them).
# CORENLP_URL, when set, is shared: CoreNLP keeps no state between requests. Without it each run
# starts its own CoreNLP (4 GB heap each). Runs use REQUIRE_NEO4J=1 REQUIRE_CORENLP=1, as CI does.
# Exit status: non-zero when either measured run fails. The copy beside runs the suite again and
# again until the measured runs end; its outcomes are printed but do not decide the exit status.
set -euo pipefail

keep=0
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    *) echo "usage: $0 [--keep]" >&2; exit 2 ;;
  esac
done

root=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
rev=$(git -C "$root" rev-parse HEAD)
if [ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes in $root are not part of this run (it runs $rev)" >&2
fi
modules=$(readlink -f "$root/node_modules")
[ -d "$modules" ] || { echo "no node_modules in $root: run npm ci first" >&2; exit 2; }

work=$(mktemp -d /tmp/newsgraph-beside-XXXXXX)
echo "commit $rev; work dir $work"

# A clone of HEAD with node_modules linked entry by entry (a real folder, so .vite stays its own),
# and the Java launchers' build outputs copied (fresh mtimes: newer than the clone's sources).
make_copy() {
  local dir="$work/$1"
  git clone -q --no-checkout "$(git -C "$root" rev-parse --path-format=absolute --git-common-dir)" "$dir"
  git -C "$dir" checkout -q --detach "$rev"
  mkdir "$dir/node_modules" "$work/$1-tmp"
  for entry in "$modules"/* "$modules"/.bin "$modules"/.package-lock.json; do
    [ -e "$entry" ] && ln -s "$entry" "$dir/node_modules/$(basename "$entry")"
  done
  for tool in neo4j-local corenlp-local; do
    [ -d "$root/tools/$tool/target" ] && cp -r "$root/tools/$tool/target" "$dir/tools/$tool/target"
  done
}
make_copy measured
make_copy beside

# One `npm test` in copy $1, output to $2; prints "<exit code> <seconds>".
run_suite() {
  local started=$SECONDS code=0
  (cd "$work/$1" && env -u NEO4J_URI TMPDIR="$work/$1-tmp" REQUIRE_NEO4J=1 REQUIRE_CORENLP=1 npm test) >"$2" 2>&1 || code=$?
  echo "$code $((SECONDS - started))"
}

# The copy beside, in its own process group so it can be stopped whole (its JVMs stop with it).
setsid bash -c '
  work=$1; i=0
  while [ ! -e "$work/measured.done" ]; do
    i=$((i + 1)); started=$SECONDS; code=0
    (cd "$work/beside" && env -u NEO4J_URI TMPDIR="$work/beside-tmp" REQUIRE_NEO4J=1 REQUIRE_CORENLP=1 npm test) >"$work/beside-$i.log" 2>&1 || code=$?
    [ -e "$work/measured.done" ] && [ "$code" -ne 0 ] && code="cut"
    echo "beside run $i: exit $code, $((SECONDS - started)) s" | tee -a "$work/beside.summary"
  done
' _ "$work" &
beside_pid=$!
stop_beside() {
  touch "$work/measured.done"
  kill -TERM -- "-$beside_pid" 2>/dev/null || true
  wait "$beside_pid" 2>/dev/null || true
}
trap stop_beside EXIT

status=0
for i in 1 2; do
  read -r code secs < <(run_suite measured "$work/measured-$i.log")
  # (colours off first: vitest starts these lines with escape codes; no match is no reason to stop)
  tail_line=$(sed 's/\x1b\[[0-9;]*m//g' "$work/measured-$i.log" | grep -E '^\s*(Tests|Test Files)\s' | tr -s ' ' | paste -sd';' - || true)
  verdict=$([ "$code" -eq 0 ] && echo PASS || echo FAIL)
  echo "measured run $i: $verdict (exit $code) in ${secs} s — ${tail_line}" | tee -a "$work/summary"
  [ "$code" -eq 0 ] || status=1
done
stop_beside
trap - EXIT
[ -e "$work/beside.summary" ] && cat "$work/beside.summary" >>"$work/summary"
echo "summary: $work/summary; logs: $work/*.log"

if [ "$keep" -eq 0 ]; then
  # Logs stay; the clones and their temp dirs go.
  rm -rf "$work/measured" "$work/beside" "$work/measured-tmp" "$work/beside-tmp"
fi
exit "$status"
