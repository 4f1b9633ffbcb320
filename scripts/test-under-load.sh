#!/usr/bin/env bash
# A command (default: npm test) under CPU load: proves that no test depends on a quiet machine.
# Starts LOAD_LOOPS busy loops (default 2: one per core of the 2-core CI machine), each ended by
# `timeout` after LOAD_SECONDS at the latest and killed when the command ends, however it ends.
#   bash scripts/test-under-load.sh                 # npm test
#   bash scripts/test-under-load.sh bash .ci/run    # all of CI, the real-CLI tier included
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
[ "$#" -gt 0 ] || set -- npm test
status=0
"$@" || status=$?
echo "[load] '$*' exited $status after $((SECONDS - start))s under $loops busy loops" >&2
exit "$status"
