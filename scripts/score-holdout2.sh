#!/usr/bin/env bash
# Extracts the second held-out set (test/holdout2) and scores it against its gold.
# Usage: npm run -s score:holdout2 [-- --verbose | --json]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -t holdout2-extraction.XXXXXX.json)"
trap 'rm -f "$out"' EXIT
npm run -s extract -- test/holdout2/articles > "$out"
node "${SCORE_TOOL:-../shared/tools/score.mjs}" --gold test/holdout2/holdout2.gold.json --extraction "$out" "$@"
