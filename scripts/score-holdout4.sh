#!/usr/bin/env bash
# Extracts the fourth held-out set (test/holdout4) and scores it against its gold.
# Usage: scripts/score-holdout4.sh [--verbose | --json]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -t holdout4-extraction.XXXXXX.json)"
trap 'rm -f "$out"' EXIT
npm run -s extract -- test/holdout4/articles > "$out"
node "${SCORE_TOOL:-../shared/tools/score.mjs}" --gold test/holdout4/holdout4.gold.json --extraction "$out" "$@"
