#!/usr/bin/env bash
# Makes the README's screenshots anew: the demo database, opened under Xvfb on a fixed
# "today" (01/07/2023) so that overdue marks are the same every time, in Vietnamese and
# in English. Needs a build (scripts/build.sh) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=./build/src/app
OUT=${1:-docs/screenshots}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
"$BIN/workprogram-cli" demo --db "$WORK/demo.sqlite" >/dev/null
# The import wizard is shown on an office table: the demo program written out as xlsx.
"$BIN/workprogram-cli" export --db "$WORK/demo.sqlite" --year 2023 --out "$WORK/chuong-trinh-2023.xlsx" >/dev/null
export XDG_RUNTIME_DIR="$WORK/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
shoot() { # LANG OUTDIR — each language with its own fresh settings (the language is one)
  XDG_CONFIG_HOME="$WORK/config-$1" LANG=$1 LC_ALL=$1 LANGUAGE= xvfb-run -a -s "-screen 0 1366x768x24" \
    "$BIN/workprogram" --db "$WORK/demo.sqlite" --year 2023 --today 01/07/2023 \
    --screenshots "$2" --screenshot-import "$WORK/chuong-trinh-2023.xlsx"
}
shoot C.UTF-8 "$OUT"
mkdir -p "$WORK/en"
shoot en_GB.UTF-8 "$WORK/en"
cp "$WORK/en/main-window.png" "$OUT/main-window-en.png"
ls -1 "$OUT"
