#!/usr/bin/env bash
# Extracts the held-out articles and scores them against their gold.
# Usage: npm run -s score:holdout [-- --verbose | --json]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -t holdout-extraction.XXXXXX.json)"
trap 'rm -f "$out"' EXIT
npm run -s extract -- test/holdout/articles > "$out"
node "${SCORE_TOOL:-../shared/tools/score.mjs}" --gold test/holdout/holdout.gold.json --extraction "$out" "$@"
