#!/usr/bin/env bash
# Makes the office-file corpus in this folder: files written by real programs, as offices have
# them. LibreOffice (headless, a private profile) saves the sources written by make_office.py and
# the project's own fixtures as .xls, .ods, .xlsx and .docx; python3-docx and hand-made XML give
# the Word structures LibreOffice does not write. The tests only read the results: run this again
# (and review the diff of the tests' outcomes) only to change the corpus.
#   tests/data/office/make_office.sh [path/to/workprogram-cli]
# With the CLI, the demo program's 535 items are exported to xlsx and saved as lo-article.xls/.ods.
# Needs libreoffice-calc-nogui, libreoffice-writer-nogui, python3-docx and python3-odf.
set -euo pipefail
cd "$(dirname "$0")"
CLI="${1:-}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROFILE="file://$WORK/profile"

/usr/bin/python3 make_office.py "$WORK/src"

# LibreOffice names its output after the input: each source is staged under the name of the
# file it becomes, then each format is converted in one run (a run costs seconds to start).
stage() { # stage FORMAT OUTPUT SOURCE
  local dir="$WORK/stage/$1" ext="${3##*.}"
  mkdir -p "$dir"
  cp "$3" "$dir/${2%.*}.$ext"
}
convert_all() { # convert_all FORMAT SUFFIX
  local dir="$WORK/stage/$1"
  [ -d "$dir" ] || return 0
  soffice --headless --norestore -env:UserInstallation="$PROFILE" --convert-to "$1" \
    --outdir "$WORK/out/$1" "$dir"/* >/dev/null 2>&1
  for f in "$dir"/*; do
    local name out
    name=$(basename "${f%.*}")
    out="$WORK/out/$1/$name.$2"
    [ -s "$out" ] || { echo "LibreOffice wrote nothing for $name.$2" >&2; exit 1; }
    mv "$out" "$name.$2"
    echo "$name.$2"
  done
}

# The project's own fixtures, saved by LibreOffice in the old formats.
stage xls lo-good.xls ../bad/x-good.xlsx
stage ods lo-good.ods ../bad/x-good.xlsx
stage xls lo-title-rows.xls ../bad/x-title-rows-then-header.xlsx
stage xls lo-formulas.xls ../bad/x-formulas-with-cache.xlsx
stage xls lo-dates.xls ../bad/x-date-1900.xlsx
# Sources written for the corpus: the appendix with a merged title and section headings, a hidden
# sheet before the table, typed cells and formulas, TCVN3 and VNI text.
stage xls lo-appendix.xls "$WORK/src/appendix.ods"
stage ods lo-appendix.ods "$WORK/src/appendix.ods"
stage xls lo-sheets.xls "$WORK/src/sheets.ods"
stage ods lo-sheets.ods "$WORK/src/sheets.ods"
stage xls lo-types.xls "$WORK/src/types.ods"
stage ods lo-types.ods "$WORK/src/types.ods"
stage xls lo-tcvn3.xls "$WORK/src/tcvn3.ods"
stage xlsx lo-tcvn3.xlsx "$WORK/src/tcvn3.ods"
stage xls lo-vni.xls "$WORK/src/vni.ods"
stage ods lo-vni.ods "$WORK/src/vni.ods"
# Word: the appendix with repeated header rows, numbering in the STT column, a line break and
# several paragraphs in a cell; with two header rows; typed in TCVN3.
stage docx lo-appendix.docx "$WORK/src/appendix.odt"
stage docx lo-appendix-two-header-rows.docx "$WORK/src/appendix-two-header-rows.odt"
stage docx lo-appendix-tcvn3.docx "$WORK/src/appendix-tcvn3.odt"
if [ -n "$CLI" ]; then # the demo program's items as the program exports them
  "$CLI" demo --db "$WORK/demo.sqlite" >/dev/null
  "$CLI" export --db "$WORK/demo.sqlite" --year 2023 --out "$WORK/article.xlsx" >/dev/null
  stage xls lo-article.xls "$WORK/article.xlsx"
  stage ods lo-article.ods "$WORK/article.xlsx"
fi
for format in xls ods xlsx docx; do
  convert_all "$format" "$format"
done
# What LibreOffice shows of the Word appendix, its list numbers included, for the tests.
mkdir -p "$WORK/stage/txt" && cp lo-appendix.docx "$WORK/stage/txt/lo-appendix.docx"
soffice --headless --norestore -env:UserInstallation="$PROFILE" --convert-to "txt:Text (encoded):UTF8" \
  --outdir "$WORK/out/txt" "$WORK/stage/txt/lo-appendix.docx" >/dev/null 2>&1
mv "$WORK/out/txt/lo-appendix.txt" lo-appendix.docx.txt && echo lo-appendix.docx.txt
