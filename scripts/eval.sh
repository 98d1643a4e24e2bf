#!/usr/bin/env bash
# Scores the engine on the shared dev sets (read from ../shared, never copied into the repo).
# Usage: bash scripts/eval.sh [corpus|norm|facts|all]   (needs `npm run build` first; `npm run eval` does both)
set -euo pipefail
cd "$(dirname "$0")/.."
# Resolved: the normgold scorer runs only when started by its real path (a symlinked ../shared prints nothing).
SHARED=$(cd "${SHARED:-../shared}" && pwd -P)
OUT=${EVAL_OUT:-/tmp/news-facts-eval}
mkdir -p "$OUT"
what=${1:-all}
if [ "$what" = corpus ] || [ "$what" = all ]; then
  node dist/cli.js annotate "$SHARED/corpus/dev.jsonl" > "$OUT/corpus.pred.jsonl"
  echo "== corpus/dev.jsonl (span detection)"
  node "$SHARED/corpus/score.mjs" "$SHARED/corpus/dev.jsonl" "$OUT/corpus.pred.jsonl"
fi
if [ "$what" = norm ] || [ "$what" = all ]; then
  for t in money dates; do
    node dist/cli.js annotate "$SHARED/normgold/$t.dev.jsonl" > "$OUT/$t.pred.jsonl"
    echo "== normgold/$t.dev.jsonl (value normalisation)"
    node "$SHARED/normgold/score-norm.mjs" "$SHARED/normgold/$t.dev.jsonl" "$OUT/$t.pred.jsonl"
  done
fi
if [ "$what" = facts ] || [ "$what" = all ]; then
  echo "== factsgold/dev.jsonl (money-transfer facts)"
  bash "$SHARED/factsgold/run.sh"
fi
