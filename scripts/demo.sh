#!/usr/bin/env bash
# Install cleaner into .venv (if needed) and run the main job on the bundled samples.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/cleaner ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e '.[test]'
fi
# a fresh folder each run, so nothing of the user's is ever deleted
out=$(mktemp -d "${TMPDIR:-/tmp}/cleaner-demo.XXXXXX")
.venv/bin/cleaner clean samples/input --out "$out"
echo
echo "Clean text and sidecars are in $out; the outputs judged right are in samples/expected/."
diff -r -q -x '*.json' "$out" samples/expected && echo "Clean texts match samples/expected/."
