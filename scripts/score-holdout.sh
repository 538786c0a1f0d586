#!/usr/bin/env bash
# Extracts one held-out set (test/<set>/articles) and scores it against its gold
# (test/<set>/<set>.gold.json) with the shared scorer.
# Usage: npm run -s score:holdout[2-5] [-- --verbose | --json]
#        scripts/score-holdout.sh <set> [--verbose | --json]   (set: holdout, holdout2, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
set_name="${1:-holdout}"
shift || true
if [[ ! -f "test/$set_name/$set_name.gold.json" ]]; then
  echo "score-holdout: no held-out set test/$set_name (expected test/$set_name/$set_name.gold.json)" >&2
  exit 2
fi
out="$(mktemp -t "$set_name-extraction.XXXXXX.json")"
trap 'rm -f "$out"' EXIT
npm run -s extract -- "test/$set_name/articles" > "$out"
node "${SCORE_TOOL:-../shared/tools/score.mjs}" --gold "test/$set_name/$set_name.gold.json" --extraction "$out" "$@"
