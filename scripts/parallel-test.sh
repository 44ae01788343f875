#!/usr/bin/env bash
# Runs `npm test` twice at the same time, each in a clone of the current commit in a temporary folder of its
# own, to show that the suite passes on a busy machine (no test bounded by the clock, no shared temporary
# path). Usage: bash scripts/parallel-test.sh [runs=2]. Exits 0 when every run passes; logs stay in the folder
# it prints. node_modules is hard-linked from this checkout (run `npm ci` here first).
set -euo pipefail

root="$(git rev-parse --show-toplevel)"
runs="${1:-2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/tongban-parallel.XXXXXX")"
echo "parallel-test: $runs runs of npm test on $(git -C "$root" rev-parse --short HEAD), logs in $work"

pids=()
for i in $(seq 1 "$runs"); do
  clone="$work/clone-$i"
  git clone --quiet --no-hardlinks "$root" "$clone"
  git -C "$clone" checkout --quiet "$(git -C "$root" rev-parse HEAD)"
  cp -al "$root/node_modules" "$clone/node_modules"
  (
    set +e
    cd "$clone" && npm test >"$work/run-$i.log" 2>&1
    echo $? >"$work/run-$i.rc"
  ) &
  pids+=("$!")
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

passed=0
failed=0
for i in $(seq 1 "$runs"); do
  rc="$(cat "$work/run-$i.rc" 2>/dev/null || echo none)"
  summary="$(sed 's/\x1b\[[0-9;]*m//g' "$work/run-$i.log" | grep -E '^ *Tests ' | tail -1 || true)"
  echo "run $i: exit $rc; ${summary:-no vitest summary (see run-$i.log)}"
  if [ "$rc" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "parallel-test: $passed of $runs runs passed"
[ "$failed" = 0 ]
