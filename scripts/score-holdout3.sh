#!/usr/bin/env bash
# Extracts the third held-out set (test/holdout3) and scores it against its gold.
# Usage: scripts/score-holdout3.sh [--verbose | --json]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -t holdout3-extraction.XXXXXX.json)"
trap 'rm -f "$out"' EXIT
npm run -s extract -- test/holdout3/articles > "$out"
node "${SCORE_TOOL:-../shared/tools/score.mjs}" --gold test/holdout3/holdout3.gold.json --extraction "$out" "$@"
