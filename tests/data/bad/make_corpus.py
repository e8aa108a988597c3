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


# --------------------------------------------------------------------------- docx (Word)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(name, body, extra_parts=None, drop=(), override=None, document=None):
    """A Word document written by hand: body is the XML inside <w:body>."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'numbering" Target="numbering.xml"/></Relationships>',
        "word/document.xml": document if document is not None else
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}'
        "<w:sectPr/></w:body></w:document>",
    }
    parts.update(extra_parts or {})
    parts.update(override or {})
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            if part in drop:
                continue
            info = zipfile.ZipInfo(part, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def w_cell(text, props=""):
    tc_pr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    return f'<w:tc>{tc_pr}<w:p><w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:tc>'


def w_table(rows):
    out = "<w:tbl><w:tblPr/><w:tblGrid>" + "<w:gridCol/>" * 6 + "</w:tblGrid>"
    for r in rows:
        out += "<w:tr>" + "".join(c if c.startswith("<w:tc") else w_cell(c) for c in r) + "</w:tr>"
    return out + "</w:tbl>"


W_GOOD = w_table([HEADER] + GOOD)
docx("d-good.docx", W_GOOD)
docx("d-no-tables.docx", "<w:p><w:r><w:t>Chỉ có chữ, không có bảng</w:t></w:r></w:p>")
docx("d-no-program-table.docx", w_table([["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]]) +
     "<w:p/><w:p><w:r><w:t>Nơi nhận</w:t></w:r></w:p>" + w_table([["Kính gửi"], ["UBND thành phố"]]))
docx("d-only-table-no-header.docx", w_table(GOOD))
docx("d-unknown-unit.docx", w_table([HEADER, with_row(2, "Phòng Không Tồn Tại")]))
docx("d-bad-deadline.docx", w_table([HEADER, GOOD[0], with_row(4, "Quý V")]))
docx("d-missing-document.docx", "", drop=("word/document.xml",))
docx("d-truncated-xml.docx", "", document=f'<?xml version="1.0"?><w:document {W_NS}><w:body>' +
     W_GOOD[:300])
docx("d-doctype.docx", "", document='<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaa">]>'
     f'<w:document {W_NS}><w:body>{W_GOOD}</w:body></w:document>')
docx("d-deeply-nested.docx", "<w:sdt>" * 100 + "</w:sdt>" * 100 + W_GOOD)
docx("d-invalid-utf8.docx", "", document=(f'<?xml version="1.0" encoding="UTF-8"?><w:document {W_NS}><w:body>'
                                           + W_GOOD).encode() + b"<w:p><w:r><w:t>\xc3\x28</w:t></w:r></w:p>")
docx("d-cell-too-long.docx", w_table([HEADER, with_row(1, "dài " * 9000)]))
docx("d-gridspan-huge.docx", w_table([HEADER, [w_cell("1"), w_cell("Việc", '<w:gridSpan w:val="99999"/>'),
                                               w_cell("Phòng Y tế")]]))
docx("d-gridspan-negative.docx", w_table([HEADER, [w_cell("1", '<w:gridSpan w:val="-5"/>'), w_cell("Việc"),
                                                   w_cell("Phòng Y tế")]]))
docx("d-vmerge-everywhere.docx", w_table([HEADER] + [[w_cell(v, "<w:vMerge/>") for v in GOOD[0]]] + GOOD[1:]))
docx("d-row-beyond-survey.docx", w_table([HEADER] + [with_row(0, str(i), GOOD[0]) for i in range(1, 15)] +
                                         [with_row(1, "dài " * 9000)]))
# Numbering definitions that lead nowhere or loop: the numbers are left out, never a hang.
numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2147483647"/>'
             '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1%2%3%9."/></w:lvl>'
             '<w:lvl w:ilvl="99"><w:start w:val="1"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="77"/></w:num>')
styles = ('<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>')
num_cell = lambda n, style="": ('<w:tc><w:p><w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else "") +
                                (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{n}"/></w:numPr>' if n else "") +
                                "</w:pPr></w:p></w:tc>")
docx("d-numbering-odd.docx", w_table([HEADER, [num_cell(1)] + GOOD[0][1:], [num_cell(1)] + GOOD[1][1:],
                                      [num_cell(2)] + GOOD[2][1:], [num_cell(0, "A")] + GOOD[0][1:]]),
     extra_parts={
         "word/numbering.xml": f'<?xml version="1.0"?><w:numbering {W_NS}>{numbering}</w:numbering>',
         "word/styles.xml": f'<?xml version="1.0"?><w:styles {W_NS}>{styles}</w:styles>',
         "word/_rels/document.xml.rels": '<?xml version="1.0"?><Relationships '
         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="r1" Type="http://x/numbering" Target="numbering.xml"/>'
         '<Relationship Id="r2" Type="http://x/styles" Target="styles.xml"/></Relationships>'})
docx("d-numbering-broken-xml.docx", W_GOOD, extra_parts={"word/numbering.xml": "<w:numbering><w:num>"})
with open(os.path.join(HERE, "d-good.docx"), "rb") as f:
    good_docx = f.read()
write("d-truncated-zip.docx", good_docx[: len(good_docx) // 2])
flipped = bytearray(good_docx)
start = good_docx.find(b"word/document.xml") + 40
for k in range(start, start + 30):
    flipped[k] ^= 0x5A
write("d-corrupt-deflate.docx", bytes(flipped))


# --------------------------------------------------------------------------- ods (OpenDocument)
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


def o_cell(v, extra=""):
    if v is None or v == "":
        return f"<table:table-cell{extra}/>"
    if isinstance(v, tuple):
        return v[0]
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{esc(v)}</text:p></table:table-cell>'


def o_rows(rows):
    return "".join("<table:table-row>" + "".join(o_cell(c) for c in r) + "</table:table-row>" for r in rows)


def ods(name, tables, styles="", mimetype="application/vnd.oasis.opendocument.spreadsheet", content=None,
        drop=()):
    """tables: [(name, rows xml, style name or None)]."""
    body = "".join(f'<table:table table:name="{esc(n)}"' + (f' table:style-name="{st}"' if st else "") +
                   f">{rows}</table:table>" for n, rows, st in tables)
    parts = {
        "mimetype": mimetype,
        "META-INF/manifest.xml": '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        "content.xml": content if content is not None else
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NS}><office:automatic-styles>'
        f"{styles}</office:automatic-styles><office:body><office:spreadsheet>{body}</office:spreadsheet>"
        "</office:body></office:document-content>",
    }
    with zipfile.ZipFile(os.path.join(HERE, name), "w") as z:
        for part, data in parts.items():
            if part in drop:
                continue
            info = zipfile.ZipInfo(part, DATE)
            info.compress_type = zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


O_GOOD = o_rows([HEADER] + GOOD)
HIDDEN_STYLE = ('<style:style style:name="ta1" style:family="table"><style:table-properties table:display="false"/>'
                "</style:style>")
ods("o-good.ods", [("Sheet1", O_GOOD, None)])
ods("o-hidden-first-sheet.ods", [("Ẩn", o_rows([["rác"]]), "ta1"), ("Chương trình", O_GOOD, None)],
    styles=HIDDEN_STYLE)
ods("o-only-hidden.ods", [("Ẩn", O_GOOD, "ta1")], styles=HIDDEN_STYLE)
ods("o-repeated-data-rows.ods", [("Sheet1", o_rows([HEADER]) + '<table:table-row table:number-rows-repeated="3">' +
                                  "".join(o_cell(c) for c in GOOD[0]) + "</table:table-row>", None)])
ods("o-repeated-rows-huge.ods", [("Sheet1", o_rows([HEADER]) +
                                  '<table:table-row table:number-rows-repeated="2000000">' +
                                  "".join(o_cell(c) for c in GOOD[0]) + "</table:table-row>", None)])
ods("o-repeated-columns-huge.ods", [("Sheet1", o_rows([HEADER]) + "<table:table-row>" + o_cell("1") +
                                     o_cell("Việc", ' table:number-columns-repeated="100000"') +
                                     "</table:table-row>", None)])
# What LibreOffice writes below a table: empty rows and cells repeated to the sheet's end.
ods("o-empty-repeats.ods", [("Sheet1", O_GOOD + '<table:table-row table:number-rows-repeated="1048571">'
                             '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>', None)])
ods("o-covered-and-annotation.ods", [("Sheet1", o_rows([HEADER]) + "<table:table-row>" + o_cell("1") +
                                      '<table:table-cell office:value-type="string"><office:annotation><text:p>'
                                      "ghi chú ẩn</text:p></office:annotation><text:p>Việc có ghi chú</text:p>"
                                      "</table:table-cell>" + o_cell("Phòng Y tế") + o_cell("") +
                                      '<table:table-cell table:number-columns-spanned="2" office:value-type="string">'
                                      "<text:p>Quý II</text:p></table:table-cell><table:covered-table-cell/>"
                                      "</table:table-row>", None)])
ods("o-odd-values.ods", [("Sheet1", o_rows([HEADER]) + "<table:table-row>" +
                          o_cell(('<table:table-cell office:value-type="float" office:value="abc"><text:p>một'
                                  "</text:p></table:table-cell>",)) + o_cell("Việc") + o_cell("Phòng Y tế") + "" +
                          o_cell("") +
                          o_cell(('<table:table-cell office:value-type="date" office:date-value="2023-02-31">'
                                  "<text:p>31/02/2023</text:p></table:table-cell>",)) + "</table:table-row>", None)])
ods("o-text-document.ods", [], mimetype="application/vnd.oasis.opendocument.text")
ods("o-missing-content.ods", [("Sheet1", O_GOOD, None)], drop=("content.xml",))
ods("o-truncated-xml.ods", [], content=f'<?xml version="1.0"?><office:document-content {ODS_NS}><office:body>'
    f"<office:spreadsheet><table:table table:name=\"S\">{O_GOOD[:250]}")
ods("o-doctype.ods", [], content='<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><office:document-content/>')
ods("o-cell-too-long.ods", [("Sheet1", o_rows([HEADER, with_row(1, "dài " * 9000)]), None)])
ods("o-spaces-too-many.ods", [("Sheet1", o_rows([HEADER]) + "<table:table-row>" + o_cell("1") +
                               '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="99999999"/>'
                               "</text:p></table:table-cell>" + o_cell("Phòng Y tế") + "</table:table-row>", None)])
ods("o-no-sheets.ods", [])


# --------------------------------------------------------------------------- xls (Excel 97-2003)
# LibreOffice-made files from tests/data/office, patched in place: the compound file is parsed
# here just enough to reach the Workbook stream's sectors and rewrite bytes without moving any.
import struct


class Compound:
    def __init__(self, data):
        self.data = bytearray(data)
        self.shift = struct.unpack_from("<H", data, 30)[0]
        self.size = 1 << self.shift
        fat_sectors = [struct.unpack_from("<I", data, 76 + 4 * i)[0] for i in range(109)]
        n_fat = struct.unpack_from("<I", data, 44)[0]
        self.fat = []
        for s in fat_sectors[:n_fat]:
            self.fat += list(struct.unpack_from(f"<{self.size // 4}I", data, (s + 1) * self.size))
        self.dir_chain = self.chain(struct.unpack_from("<I", data, 48)[0])

    def chain(self, start):
        out = []
        while start < 0xFFFFFFF0 and len(out) < len(self.fat):
            out.append(start)
            start = self.fat[start]
        return out

    def entries(self):
        for s in self.dir_chain:
            for k in range(self.size // 128):
                off = (s + 1) * self.size + 128 * k
                n = struct.unpack_from("<H", self.data, off + 64)[0]
                name = self.data[off:off + max(n - 2, 0)].decode("utf-16-le")
                yield off, name

    def regular_offsets(self, start, size):
        offsets = []
        for s in self.chain(start):
            offsets += range((s + 1) * self.size, (s + 2) * self.size)
        return offsets[:size]

    def stream_offsets(self, name):
        """File offsets of each byte of a stream, in regular sectors or in the mini stream."""
        root = None
        for off, n in self.entries():
            start, size = struct.unpack_from("<II", self.data, off + 116)
            if root is None:
                root = self.regular_offsets(start, size)
            if n != name:
                continue
            if size >= 4096:
                return self.regular_offsets(start, size)
            mini_fat = []
            for o in self.regular_offsets(struct.unpack_from("<I", self.data, 60)[0], 1 << 30):
                mini_fat.append(self.data[o])
            mini_fat = list(struct.unpack(f"<{len(mini_fat) // 4}I", bytes(mini_fat)))
            offsets = []
            m = start
            while m < 0xFFFFFFF0 and len(offsets) < size:
                offsets += root[m * 64:(m + 1) * 64]
                m = mini_fat[m]
            return offsets[:size]
        raise KeyError(name)

    def rename(self, old, new):
        for off, n in self.entries():
            if n == old:
                raw = (new + "\0").encode("utf-16-le")
                self.data[off:off + 64] = raw.ljust(64, b"\0")
                struct.pack_into("<H", self.data, off + 64, len(raw))
                return
        raise KeyError(old)


def xls_patch(src, dst, patch=None, rename=None):
    with open(os.path.join(HERE, "..", "office", src), "rb") as f:
        c = Compound(f.read())
    if rename:
        c.rename(*rename)
    if patch:
        offsets = c.stream_offsets("Workbook")
        stream = bytearray(c.data[o] for o in offsets)
        patch(stream)
        for o, b in zip(offsets, stream):
            c.data[o] = b
    write(dst, bytes(c.data))


def records(stream):
    pos = 0
    while pos + 4 <= len(stream):
        rtype, size = struct.unpack_from("<HH", stream, pos)
        yield pos, rtype, size
        pos += 4 + size


def first_record(stream, rtype, after=0):
    return next(p for p, t, _ in records(stream) if t == rtype and p >= after)


def set_record_type(old, new):
    def patch(s):
        struct.pack_into("<H", s, first_record(s, old), new)
    return patch


def sheet_offsets(s):
    return [struct.unpack_from("<I", s, p + 4)[0] for p, t, _ in records(s) if t == 0x0085]


def patch_dimension(s):
    pos = first_record(s, 0x0200, sheet_offsets(s)[0])
    struct.pack_into("<I", s, pos + 4 + 4, 0x7FFFFFFF)  # rwMac


def patch_cell_column(s):
    pos = first_record(s, 0x00FD, sheet_offsets(s)[0])  # a LABELSST
    struct.pack_into("<H", s, pos + 4 + 2, 300)


def patch_sheet_offset(s):
    pos = first_record(s, 0x0085)
    struct.pack_into("<I", s, pos + 4, 0x00FFFFFF)


def patch_sst_index(s):
    pos = first_record(s, 0x00FD, sheet_offsets(s)[0])
    struct.pack_into("<I", s, pos + 4 + 6, 99999)


def patch_hidden_first(s):
    pos = first_record(s, 0x0085)
    s[pos + 4 + 4] = 1  # hsState: hidden


with open(os.path.join(HERE, "..", "office", "lo-good.xls"), "rb") as f:
    good_xls = f.read()
write("s-good.xls", good_xls)
write("s-truncated.xls", good_xls[: len(good_xls) // 2])
write("s-header-only.xls", good_xls[:512])
write("s-ole-not-xls.doc", good_xls[:512] + bytes(512))
xls_patch("lo-good.xls", "s-word-document.xls", rename=("Workbook", "WordDocument"))
xls_patch("lo-good.xls", "s-encrypted-package.xls", rename=("Workbook", "EncryptedPackage"))
xls_patch("lo-good.xls", "s-password.xls", patch=set_record_type(0x005C, 0x002F))  # WRITEACCESS -> FILEPASS
xls_patch("lo-good.xls", "s-not-biff.xls", patch=set_record_type(0x0809, 0x1234))  # the first BOF
xls_patch("lo-good.xls", "s-dimension-huge.xls", patch=patch_dimension)
xls_patch("lo-good.xls", "s-cell-beyond-iv.xls", patch=patch_cell_column)
xls_patch("lo-good.xls", "s-sheet-offset-bad.xls", patch=patch_sheet_offset)
xls_patch("lo-good.xls", "s-sst-index-bad.xls", patch=patch_sst_index)
xls_patch("lo-sheets.xls", "s-hidden-first-sheet.xls", patch=patch_hidden_first)
fat_loop = bytearray(good_xls)
c = Compound(good_xls)
first = struct.unpack_from("<I", good_xls, 48)[0]  # the directory's first sector points to itself
fat_sector = struct.unpack_from("<I", good_xls, 76)[0]
struct.pack_into("<I", fat_loop, (fat_sector + 1) * c.size + 4 * first, first)
write("s-fat-loop.xls", bytes(fat_loop))
# The root entry's name length past its 64-byte field: freexl converted it from its stack (fuzz_xls).
long_name = bytearray(good_xls)
root = next(off for off, name in Compound(good_xls).entries() if name == "Root Entry")
struct.pack_into("<H", long_name, root + 64, 0xF6EA)
write("s-directory-name-too-long.xls", bytes(long_name))
