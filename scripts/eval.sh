#!/usr/bin/env bash
# Scores the clean command on the public evaluation set in ../shared/eval:
# cleans every page (text dumps and/or HTML) with `clean -format body` and
# runs the benchmark's scorer on the bodies. Prints one score line per input
# kind, e.g.
#   text: F1 0.890 precision 0.886 recall 0.894 accuracy 0.177 cases 181 empty-preds 0
#
# Usage: scripts/eval.sh [text|html|all] (default all)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${EVAL_DATA:-../shared/eval}
what=${1:-all}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/clean" ./cmd/clean
for kind in text html; do
  [ "$what" = all ] || [ "$what" = "$kind" ] || continue
  "$tmp/clean" -input "$kind" -format body -o "$tmp/$kind" "$data/scrapinghub/$kind" 2>"$tmp/$kind.log" || true
  tail -1 "$tmp/$kind.log" >&2
  printf '%s: ' "$kind"
  python3 "$data/score.py" --truth "$data/scrapinghub/truth" --pred "$tmp/$kind" | tail -1
done
