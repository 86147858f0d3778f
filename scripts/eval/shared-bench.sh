#!/usr/bin/env bash
# `npm run eval:bench [-- OUTDIR]`: the independent benchmarks in ../shared/bench, run on the built CLI
# (dist/cli.js, so run `npm run build` first): contradictions on contra-ecb (variants + unedited controls) and
# entity linking / types / junk on the ECB corpus. Prints both scorers' full output.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-$(cd .. && pwd)/shared}
OUT=${1:-out/shared-bench}
if [ ! -d "$SHARED/bench" ]; then echo "eval:bench: no $SHARED/bench here (set SHARED=...)" >&2; exit 2; fi
rm -rf "$OUT"; mkdir -p "$OUT/ent"
"$SHARED/bench/run-contra.sh" "node dist/cli.js check" "$OUT/contra" > "$OUT/run-contra.log" 2>&1 || { cat "$OUT/run-contra.log"; exit 1; }
node "$SHARED/bench/score-contra.js" --bench "$SHARED/bench/contra-ecb" --outputs "$OUT/contra"
for d in "$SHARED"/corpora/ecb/*/; do node dist/cli.js check "$d" --format json > "$OUT/ent/$(basename "$d").json" 2>/dev/null || true; done
node "$SHARED/bench/score-entities.js" --data "$SHARED/corpora/ecb" --outputs "$OUT/ent"
