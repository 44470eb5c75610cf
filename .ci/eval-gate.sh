#!/usr/bin/env bash
# Quality gate (see docs/measuring.md): `npm run eval:gate` on the article extraction
# benchmark, when the corpus is beside the project (../shared/corpora/...); skipped otherwise.
# Fails (exit 1) when a figure falls below eval/floors.json, when cleaning lowers an
# extractor's recall by more than the allowed drop, or when the raw scores no longer
# reproduce the corpus README table. Expects the dependencies installed (npm ci).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "$root/.." && pwd)/shared/corpora/article-extraction-benchmark"

if [ ! -f "$corpus/ground-truth.json" ]; then
  echo "eval-gate: corpus absent ($corpus), quality gate skipped"
  exit 0
fi

cd "$root"
exec npm run --silent eval:gate -- --corpus "$corpus" --json .eval/eval-gate.json
