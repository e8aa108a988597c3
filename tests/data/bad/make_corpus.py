#!/usr/bin/env python3
"""Writes the malformed-input corpus next to this script (python3 stdlib only).

Every file is a way a real office table goes wrong: wrong cell types, odd headers, hidden
sheets, formulas, date systems, broken XML and zips, CSV encodings and quoting. The
expected outcome of importing each one is in expected.tsv, checked by
tests/io/test_badcorpus.cpp. Re-running the script must reproduce the files byte for byte
(fixed zip timestamps), so that a diff shows any change.
"""
import os
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Lãnh đạo phụ trách"]
GOOD = [
    ["1", "Kế hoạch cải cách hành chính", "Phòng Nội vụ", "Phòng Tư pháp", "Quý II", "Chủ tịch"],
    ["2", "Báo cáo kinh tế - xã hội 6 tháng", "Phòng TC-KH", "", "Tháng 6", "Phó Chủ tịch"],
    ["3", "Đề án phố đi bộ và chợ đêm", "Phòng Kinh tế", "Phòng VH&TT; Phòng QLĐT", "15/06/2023", ""],
]
DATE = (1980, 1, 1, 0, 0, 0)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# --------------------------------------------------------------------------- xlsx
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(ref, v):
    """v: str (inline string), int/float (number), ('s', idx) shared string, or raw xml tuple."""
    if isinstance(v, tuple):
        kind = v[0]
        if kind == "s":
            return f'<c r="{ref}" t="s"><v>{v[1]}</v></c>'
        if kind == "n":  # number with a style
            return f'<c r="{ref}" s="{v[2]}"><v>{v[1]}</v></c>'
        if kind == "raw":
            return v[1].replace("REF", ref)
    if v is None or v == "":
        return ""
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c>'


def sheet_xml(rows, extra="", start=1):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>']
    for n, row in enumerate(rows, start):
        cells = "".join(cell(f"{col(i)}{n}", v) for i, v in enumerate(row))
        out.append(f'<row r="{n}">{cells}</row>')
    out.append("</sheetData>" + extra + "</worksheet>")
    return "".join(out)


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
          '<xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')


def xlsx(name, sheets, shared=None, date1904=False, styles=True, drop=(), override=None):
    """sheets: list of (sheet name, xml, state). override: {part: bytes} replaces parts."""
    override = override or {}
    parts = {}
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i, _ in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    parts["[Content_Types].xml"] = "".join(ct)
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    if date1904:
        wb.append('<workbookPr date1904="1"/>')
    wb.append("<sheets>")
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    for i, (sname, xml, state) in enumerate(sheets, 1):
        st = f' state="{state}"' if state else ""
        wb.append(f'<sheet name="{esc(sname)}" sheetId="{i}"{st} r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{R}worksheet" Target="worksheets/sheet{i}.xml"/>')
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    wb.append("</sheets></workbook>")
    n = len(sheets)
    if shared is not None:
        rels.append(f'<Relationship Id="rId{n + 1}" Type="{R}sharedStrings" Target="sharedStrings.xml"/>')
        if isinstance(shared, list):
            shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" '
                      f'uniqueCount="{len(shared)}">' + "".join(f"<si><t>{esc(s)}</t></si>" for s in shared) + "</sst>")
        parts["xl/sharedStrings.xml"] = shared
    if styles:
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{R}styles" Target="styles.xml"/>')
        parts["xl/styles.xml"] = STYLES
    rels.append("</Relationships>")
    parts["xl/workbook.xml"] = "".join(wb)
    parts["xl/_rels/workbook.xml.rels"] = "".join(rels)
    parts.update(override)
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            if part in drop:
                continue
            info = zipfile.ZipInfo(part, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def simple(name, rows, **kw):
    xlsx(name, [("Sheet1", sheet_xml(rows), None)], **kw)


def with_row(i, value, base=None):
    r = list((base or GOOD[0]))
    r[i] = value
    return r


# Wrong types in every column (numbers, booleans, errors, dates where text is expected).
for i, field in enumerate(["stt", "content", "lead", "co", "deadline", "leader"]):
    simple(f"x-number-in-{field}.xlsx", [HEADER, GOOD[1], with_row(i, 12345.5)])
    simple(f"x-bool-in-{field}.xlsx",
           [HEADER, GOOD[1], with_row(i, ("raw", '<c r="REF" t="b"><v>1</v></c>'))])
    simple(f"x-error-in-{field}.xlsx",
           [HEADER, GOOD[1], with_row(i, ("raw", '<c r="REF" t="e"><v>#N/A</v></c>'))])
simple("x-date-in-content.xlsx", [HEADER, with_row(1, ("n", 45000, 1))])
simple("x-stt-text.xlsx", [HEADER, with_row(0, "một"), with_row(0, "hai", GOOD[1])])
simple("x-good.xlsx", [HEADER] + GOOD)
simple("x-title-rows-then-header.xlsx",
       [["UBND QUẬN NAM TỪ LIÊM"], ["CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023"], [], HEADER] + GOOD)
simple("x-duplicated-headers.xlsx", [HEADER + ["Cơ quan chủ trì"], GOOD[0] + ["Phòng Y tế"]])
simple("x-duplicated-content-header.xlsx", [["STT", "Nội dung", "Nội dung", "Cơ quan chủ trì"],
                                            ["1", "Việc A", "Việc B", "Phòng Y tế"]])
xlsx("x-header-in-merged-cells.xlsx", [("Sheet1", sheet_xml(
    [["STT", "Nội dung công việc", "Cơ quan", "", "Thời hạn"],
     ["", "", "Chủ trì", "Phối hợp", ""],
     ["1", "Việc A", "Phòng Y tế", "Phòng Tư pháp", "Quý I"]],
    '<mergeCells count="3"><mergeCell ref="C1:D1"/><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/></mergeCells>'),
    None)])
xlsx("x-merged-values-down.xlsx", [("Sheet1", sheet_xml(
    [HEADER, ["1", "Việc A", "Phòng Y tế", "", "Quý I"], ["2", "Việc B", "", "", "Quý II"]],
    '<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>'), None)])
xlsx("x-hidden-first-sheet.xlsx", [("Ẩn", sheet_xml([["rác"], ["không phải bảng"]]), "hidden"),
                                   ("Chương trình", sheet_xml([HEADER] + GOOD), None)])
xlsx("x-very-hidden-only.xlsx", [("Ẩn", sheet_xml([HEADER] + GOOD), "veryHidden")])
xlsx("x-formulas-with-cache.xlsx", [("Sheet1", sheet_xml(
    [HEADER, ["1", ("raw", '<c r="REF" t="str"><f>CONCAT("Kế ","hoạch")</f><v>Kế hoạch</v></c>'), "Phòng Y tế", "",
              ("raw", '<c r="REF" s="1"><f>DATE(2023,6,30)</f><v>45107</v></c>')]]), None)])
xlsx("x-formulas-without-cache.xlsx", [("Sheet1", sheet_xml(
    [HEADER, ["1", ("raw", '<c r="REF" t="str"><f>CONCAT("Kế ","hoạch")</f></c>'), "Phòng Y tế", "", "Quý I"]]),
    None)])
simple("x-date-cells-text-format.xlsx", [HEADER, with_row(4, ("n", 45107, 2)), with_row(4, "30/06/2023", GOOD[1])])
simple("x-date-builtin-format.xlsx", [HEADER, with_row(4, ("n", 45107, 3))])
simple("x-date-1900.xlsx", [HEADER, with_row(4, ("n", 45107, 1)), with_row(4, ("n", 60, 1), GOOD[1])])
simple("x-date-1904.xlsx", [HEADER, with_row(4, ("n", 43645, 1))], date1904=True)
simple("x-date-serial-negative.xlsx", [HEADER, with_row(4, ("n", -5, 1))])
simple("x-date-serial-huge.xlsx", [HEADER, with_row(4, ("n", 9.9e15, 1))])
simple("x-quy-v.xlsx", [HEADER, with_row(4, "Quý V")])
simple("x-31-02-2023.xlsx", [HEADER, with_row(4, "31/02/2023")])
simple("x-unknown-unit.xlsx", [HEADER, with_row(2, "Phòng Không Tồn Tại")])
simple("x-header-only.xlsx", [HEADER])
simple("x-empty-sheet.xlsx", [])
simple("x-no-header.xlsx", GOOD)
simple("x-shared-strings.xlsx", [HEADER, [("s", 0), ("s", 1), ("s", 2), "", ("s", 3)]],
       shared=["1", "Việc dùng chuỗi chung", "Phòng Y tế", "Quý III"])
simple("x-shared-string-index-out-of-range.xlsx", [HEADER, ["1", ("s", 7), "Phòng Y tế"]], shared=["chỉ một"])
simple("x-missing-sharedstrings.xlsx", [HEADER, ["1", ("s", 0), "Phòng Y tế"]], shared=["Việc"],
       drop=("xl/sharedStrings.xml",))
simple("x-huge-shared-string-table.xlsx", [HEADER, ["1", ("s", 199999), "Phòng Y tế"]],
       shared=[f"chuỗi {i}" for i in range(200000)])
simple("x-sst-count-lies.xlsx", [HEADER, ["1", ("s", 0), "Phòng Y tế"]],
       shared='<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'count="999999999" uniqueCount="999999999"><si><t>Việc</t></si></sst>')
simple("x-invalid-utf8-in-sheet.xlsx", [HEADER], override={
    "xl/worksheets/sheet1.xml": sheet_xml([HEADER]).encode().replace(
        b"</sheetData>", b'<row r="2"><c r="B2" t="inlineStr"><is><t>Vi\xe1\xbb c \xff\xfe</t></is></c></row></sheetData>')})
simple("x-invalid-utf8-in-shared.xlsx", [HEADER, ["1", ("s", 0), "Phòng Y tế"]], shared=["x"], override={
    "xl/sharedStrings.xml": b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                            b'spreadsheetml/2006/main"><si><t>\xc3\x28 bad</t></si></sst>'})
deep = "<x>" * 5000 + "</x>" * 5000
simple("x-deeply-nested-xml.xlsx", [HEADER], override={
    "xl/worksheets/sheet1.xml": sheet_xml([HEADER]).replace("</sheetData>", "</sheetData>" + deep)})
simple("x-deeply-nested-in-cell.xlsx", [HEADER], override={
    "xl/worksheets/sheet1.xml": sheet_xml([HEADER]).replace(
        "</sheetData>", '<row r="2"><c r="B2" t="inlineStr"><is>' + "<r>" * 200 + "<t>a</t>" + "</r>" * 200 +
        "</is></c></row></sheetData>")})
simple("x-truncated-xml.xlsx", [HEADER], override={"xl/worksheets/sheet1.xml": sheet_xml([HEADER] + GOOD)[:600]})
simple("x-missing-sheet-part.xlsx", [HEADER] + GOOD, drop=("xl/worksheets/sheet1.xml",))
simple("x-missing-workbook.xlsx", [HEADER] + GOOD, drop=("xl/workbook.xml",))
simple("x-row-numbers-backwards.xlsx", [HEADER], override={
    "xl/worksheets/sheet1.xml": sheet_xml([HEADER]).replace(
        "</sheetData>", '<row r="5"><c r="A5" t="inlineStr"><is><t>1</t></is></c></row>'
                        '<row r="3"><c r="A3" t="inlineStr"><is><t>2</t></is></c></row></sheetData>')})
simple("x-cell-ref-beyond-xfd.xlsx", [HEADER], override={
    "xl/worksheets/sheet1.xml": sheet_xml([HEADER]).replace(
        "</sheetData>", '<row r="2"><c r="ZZZZ2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')})
simple("x-row-number-huge.xlsx", [HEADER], override={
    "xl/worksheets/sheet1.xml": sheet_xml([HEADER]).replace(
        "</sheetData>", '<row r="99999999999"><c r="A99999999999"><v>1</v></c></row></sheetData>')})
simple("x-cell-too-long.xlsx", [HEADER, with_row(1, "dài " * 9000)])
simple("x-numbers-not-numbers.xlsx", [HEADER, with_row(0, ("raw", '<c r="REF"><v>abc</v></c>'))])

# Zips that are not (whole) xlsx files.
with zipfile.ZipFile(os.path.join(HERE, "z-zip-not-xlsx.xlsx"), "w") as z:
    z.writestr(zipfile.ZipInfo("readme.txt", DATE), "Không phải tệp Excel")
with zipfile.ZipFile(os.path.join(HERE, "z-empty-zip.xlsx"), "w"):
    pass
with open(os.path.join(HERE, "x-good.xlsx"), "rb") as f:
    good = f.read()
write("z-truncated-zip.xlsx", good[: len(good) // 2])
write("z-truncated-zip-head.xlsx", good[:30])
write("z-zip-named-csv.csv", good)
flipped = bytearray(good)
for k in range(200, 260):
    flipped[k] ^= 0x5A
write("z-zip-corrupt-deflate.xlsx", bytes(flipped))
write("z-ole-xls.xlsx", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
write("z-text-named-xlsx.xlsx", "STT,Nội dung công việc,Cơ quan chủ trì\n1,Việc,Phòng Y tế\n")

# --------------------------------------------------------------------------- csv
def csv_text(rows, sep=",", eol="\n"):
    return eol.join(sep.join(r) for r in rows) + eol


GOOD_CSV = csv_text([HEADER] + GOOD)
write("c-good.csv", GOOD_CSV)
write("c-bom.csv", b"\xef\xbb\xbf" + GOOD_CSV.encode())
write("c-crlf.csv", csv_text([HEADER] + GOOD, eol="\r\n"))
write("c-mixed-line-endings.csv", "\r\n".join([",".join(HEADER), ",".join(GOOD[0])]) + "\n" + ",".join(GOOD[1]) +
      "\r" + ",".join(GOOD[2]) + "\n")
write("c-semicolon.csv", csv_text([HEADER] + GOOD, sep=";"))
write("c-tab.tsv", csv_text([HEADER] + GOOD, sep="\t"))
write("c-unbalanced-quote.csv", csv_text([HEADER, GOOD[0]]) + '2,"Việc chưa đóng ngoặc,Phòng Y tế,,Quý I\n3,Việc,Phòng Y tế,,Quý I\n')
write("c-quote-inside-field.csv", csv_text([HEADER]) + '1,Việc "trong ngoặc" giữa,Phòng Y tế,,Quý I\n')
write("c-quoted-newline.csv", csv_text([HEADER]) + '1,"Việc hai\ndòng",Phòng Y tế,,Quý I\n2,Việc,Phòng Y tế,,Quý II\n')
write("c-nul-bytes.csv", GOOD_CSV.encode().replace("Kế hoạch".encode(), b"K\x00 ho\x00ch"))
write("c-invalid-utf8.csv", GOOD_CSV.encode().replace("Báo cáo".encode(), b"B\xe1o c\xe1o"))
write("c-utf16le-bom.csv", b"\xff\xfe" + GOOD_CSV.encode("utf-16-le"))
write("c-utf16be-bom.csv", b"\xfe\xff" + GOOD_CSV.encode("utf-16-be"))
write("c-utf16le-no-bom.csv", GOOD_CSV.encode("utf-16-le"))
# Windows-1258 (Vietnamese code page) without --encoding: not valid UTF-8.
def cp1258(text):
    """Windows-1258 writes a tone mark as a combining character after the base letter."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        for k in range(1, len(d)):
            base = unicodedata.normalize("NFC", d[0] + d[k])
            rest = d[1:k] + d[k + 1:]
            try:
                out += base.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += d.encode("cp1258")
    return out


write("c-windows-1258.csv", cp1258(csv_text([HEADER] + GOOD)))
write("c-empty.csv", b"")
write("c-only-bom.csv", b"\xef\xbb\xbf")
write("c-blank-lines.csv", "\n\n  \n")
write("c-header-only.csv", csv_text([HEADER]))
write("c-no-header.csv", csv_text(GOOD))
write("c-missing-lead-column.csv", csv_text([["STT", "Nội dung công việc", "Thời hạn"], ["1", "Việc", "Quý I"]]))
write("c-duplicated-headers.csv", csv_text([HEADER + ["Cơ quan chủ trì"], GOOD[0] + ["Phòng Y tế"]]))
write("c-quy-v.csv", csv_text([HEADER, with_row(4, "Quý V")]))
write("c-31-02-2023.csv", csv_text([HEADER, with_row(4, "31/02/2023")]))
write("c-bad-deadlines.csv", csv_text([HEADER] + [with_row(4, d) for d in
                                                   ["Quý 0", "Tháng 13", "32/01/2023", "29/02/2023", "abc", "Trước 31/4"]]))
write("c-good-deadlines.csv", csv_text([HEADER] + [with_row(4, d) for d in
                                                    ["Thường xuyên", "Cả năm", "6 tháng đầu năm", "Trước 30/6",
                                                     "Năm 2023", "Tháng 12"]]))
write("c-unknown-unit.csv", csv_text([HEADER, with_row(2, "Phòng Không Tồn Tại")]))
write("c-unknown-co-unit.csv", csv_text([HEADER, with_row(3, "Phòng Ma")]))
write("c-empty-content.csv", csv_text([HEADER, with_row(1, "")]))
write("c-stt-text.csv", csv_text([HEADER, with_row(0, "một"), with_row(0, "một", GOOD[1])]))
write("c-duplicate-stt.csv", csv_text([HEADER, GOOD[0], with_row(0, "1", GOOD[1])]))
write("c-ragged-rows.csv", csv_text([HEADER, GOOD[0][:3], GOOD[1] + ["thừa", "thừa nữa"]]))
write("c-formula-looking.csv", csv_text([HEADER, with_row(1, "=1+2"), with_row(1, "@SUM(A1)", GOOD[1])]))
write("c-cell-too-long.csv", csv_text([HEADER, with_row(1, "dài " * 9000)]))
write("c-binary-garbage.csv", bytes(range(256)) * 4)
write("c-control-chars.csv", csv_text([HEADER, with_row(1, "Việc\x01\x02\x1b")]))
write("c-very-many-columns.csv", csv_text([HEADER + ["x"] * 20000, GOOD[0]]))
write("c-lone-cr.csv", GOOD_CSV.replace("\n", "\r"))
write("c-no-final-newline.csv", GOOD_CSV.rstrip("\n"))
