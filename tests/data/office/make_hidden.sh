#!/usr/bin/env bash
# Makes lo-cover-hidden.ods and lo-cover-hidden.xls: a cover sheet first, the program's table on
# the second sheet with a hidden old "Nội dung công việc" column before the visible one and a
# hidden row (hand-made .ods, saved again by LibreOffice in both formats, as an office would).
# Needs libreoffice-calc-nogui and python3-odf. The tests only read the results.
set -euo pipefail
cd "$(dirname "$0")"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src" "$WORK/out"
/usr/bin/python3 - "$WORK/src/lo-cover-hidden.ods" <<'PY'
import sys
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import P

def cell(v):
    if v is None:
        return TableCell()
    if isinstance(v, int):
        c = TableCell(valuetype="float", value=v)
    else:
        c = TableCell(valuetype="string")
    c.addElement(P(text=str(v)))
    return c

def row(values, hidden=False):
    r = TableRow(visibility="collapse") if hidden else TableRow()
    for v in values:
        r.addElement(cell(v))
    return r

doc = OpenDocumentSpreadsheet()
cover = Table(name="Bìa")
cover.addElement(TableColumn())
for text in ["ỦY BAN NHÂN DÂN QUẬN", "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024", "(bảng ở trang tính sau)"]:
    cover.addElement(row([text]))
doc.spreadsheet.addElement(cover)
table = Table(name="Chương trình")
table.addElement(TableColumn())
table.addElement(TableColumn(visibility="collapse"))  # B: the old content column, hidden
table.addElement(TableColumn(numbercolumnsrepeated=4))
table.addElement(row(["STT", "Nội dung công việc", "Nội dung công việc", "Cơ quan chủ trì", "Thời hạn"]))
table.addElement(row([1, "Nội dung cũ một", "Kế hoạch cải cách hành chính", "Phòng Nội vụ", "Quý II"]))
table.addElement(row([2, "Nội dung cũ hai", "Việc đã bỏ, dòng ẩn", "Phòng Tư pháp", "Quý III"], hidden=True))
table.addElement(row([3, "Nội dung cũ ba", "Báo cáo kinh tế - xã hội 6 tháng", "Phòng Tư pháp", "Tháng 6"]))
doc.spreadsheet.addElement(table)
doc.save(sys.argv[1])
PY
PROFILE="file://$WORK/profile"
for fmt in ods xls; do
  soffice --headless --norestore -env:UserInstallation="$PROFILE" --convert-to "$fmt" \
    --outdir "$WORK/out" "$WORK/src/lo-cover-hidden.ods" >/dev/null 2>&1
  [ -s "$WORK/out/lo-cover-hidden.$fmt" ] || { echo "LibreOffice wrote nothing for .$fmt" >&2; exit 1; }
  mv "$WORK/out/lo-cover-hidden.$fmt" .
  echo "lo-cover-hidden.$fmt"
done
