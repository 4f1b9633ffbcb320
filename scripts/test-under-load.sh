#!/usr/bin/env bash
# npm test under CPU load: proves that no test depends on a quiet machine. Starts LOAD_LOOPS busy
# loops (default 2: one per core of the 2-core CI machine), each ended by `timeout` after
# LOAD_SECONDS at the latest and killed when the tests end, however they end. Arguments go to
# `npm test`'s scripts through the environment as usual (FUZZ_RUNS=...).
set -euo pipefail
cd "$(dirname "$0")/.."
loops="${LOAD_LOOPS:-2}"
bound="${LOAD_SECONDS:-5400}"
pids=()
stop_loops() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait "${pids[@]}" 2>/dev/null || true
}
trap stop_loops EXIT
trap 'exit 130' INT TERM
for _ in $(seq "$loops"); do
  timeout "$bound" node -e 'for (;;) {}' &
  pids+=("$!")
done
echo "[load] $loops busy loops (pids ${pids[*]}), ended after ${bound}s at the latest" >&2
start=$SECONDS
status=0
npm test || status=$?
echo "[load] npm test exited $status after $((SECONDS - start))s under $loops busy loops" >&2
exit "$status"
