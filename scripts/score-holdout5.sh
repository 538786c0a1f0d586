#!/usr/bin/env bash
# Extracts the fifth held-out set (test/holdout5) and scores it against its gold.
# Usage: scripts/score-holdout5.sh [--verbose | --json]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -t holdout5-extraction.XXXXXX.json)"
trap 'rm -f "$out"' EXIT
npm run -s extract -- test/holdout5/articles > "$out"
node "${SCORE_TOOL:-../shared/tools/score.mjs}" --gold test/holdout5/holdout5.gold.json --extraction "$out" "$@"
