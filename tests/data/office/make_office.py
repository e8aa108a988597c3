#!/usr/bin/python3
"""Writes the office-file corpus of tests/data/office (run through make_office.sh).

Three kinds of files, as offices make them:
- sources for LibreOffice (argument 1: a folder): .ods and .odt written with python3-odf, which
  make_office.sh has LibreOffice save as .xls, .ods, .xlsx and .docx — real files of a real client;
- Word documents written by python3-docx (Word's own structures: styles with numbering, merges);
- Word documents written as XML by hand where neither can make the structure (list overrides,
  tables split across pages, tracked changes, content controls, nested tables);
and CSV files with TCVN3, VNI and mojibake text. Needs python3-odf and python3-docx.
"""
import os
import sys
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import ListLevelProperties, Style, TableProperties, TextProperties
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import LineBreak, List, ListItem, ListLevelStyleNumber, ListStyle, P

from legacy_text import mojibake, tcvn3, tcvn3_bytes, vni, vni_bytes

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "src")
os.makedirs(SRC, exist_ok=True)

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Lãnh đạo phụ trách"]
# Three sections as the article's appendix lists them: a unit heading, then its items.
SECTIONS = [
    ("I. VĂN PHÒNG HĐND - UBND QUẬN", [
        ["Báo cáo công tác chỉ đạo, điều hành của UBND quận", "", "Phòng Nội vụ", "Hằng tháng", "Chủ tịch"],
        ["Chương trình công tác năm 2024 của UBND quận", "", "Phòng TC-KH", "Tháng 12", "Chủ tịch"],
    ]),
    ("II. PHÒNG TÀI CHÍNH - KẾ HOẠCH", [
        ["Báo cáo kinh tế - xã hội 6 tháng đầu năm", "", "Phòng Kinh tế; Phòng QLĐT", "Tháng 6", "Phó Chủ tịch"],
        ["Dự toán ngân sách năm 2024", "", "", "Quý IV", "Phó Chủ tịch"],
        ["Kế hoạch đầu tư công trung hạn", "", "Ban QLDA", "30/09/2023", "Chủ tịch"],
    ]),
    ("III. PHÒNG NỘI VỤ", [
        ["Kế hoạch cải cách hành chính năm 2023", "", "Phòng Tư pháp", "Quý I", "Chủ tịch"],
    ]),
]
GOOD = [
    ["1", "Kế hoạch cải cách hành chính", "Phòng Nội vụ", "Phòng Tư pháp", "Quý II", "Chủ tịch"],
    ["2", "Báo cáo kinh tế - xã hội 6 tháng", "Phòng TC-KH", "", "Tháng 6", "Phó Chủ tịch"],
    ["3", "Đề án phố đi bộ và chợ đêm", "Phòng Kinh tế", "Phòng VH&TT; Phòng QLĐT", "15/06/2023", ""],
]
DATE = (1980, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- OpenDocument
def ods_cell(value, style=None):
    """str: text; int/float: number; ("date", iso); ("formula", formula, value); ("span", text, n)."""
    kw = {"stylename": style} if style else {}
    if isinstance(value, tuple) and value[0] == "date":
        return [TableCell(valuetype="date", datevalue=value[1], **kw)]
    if isinstance(value, tuple) and value[0] == "formula":
        if isinstance(value[2], str):
            c = TableCell(formula=value[1], valuetype="string", stringvalue=value[2], **kw)
        else:
            c = TableCell(formula=value[1], valuetype="float", value=value[2], **kw)
        c.addElement(P(text=str(value[2])))
        return [c]
    if isinstance(value, tuple) and value[0] == "span":
        c = TableCell(valuetype="string", numbercolumnsspanned=value[2], **kw)
        c.addElement(P(text=value[1]))
        return [c] + [CoveredTableCell() for _ in range(value[2] - 1)]
    if isinstance(value, (int, float)):
        c = TableCell(valuetype="float", value=value, **kw)
        c.addElement(P(text=str(value)))
        return [c]
    if value is None or value == "":
        return [TableCell(**kw)]
    c = TableCell(valuetype="string", **kw)
    for i, line in enumerate(str(value).split("\n")):
        c.addElement(P(text=line))
    return [c]


def write_ods(path, sheets, font=None):
    """sheets: [(name, rows, hidden)]; with @font every cell is in that font (.VnTime ...)."""
    doc = OpenDocumentSpreadsheet()
    hidden = Style(name="hiddenTable", family="table")
    hidden.addElement(TableProperties(display=False))
    doc.automaticstyles.addElement(hidden)
    cell_style = None
    if font:
        cell_style = Style(name="legacyFont", family="table-cell")
        cell_style.addElement(TextProperties(fontname=font, fontfamily=font))
        doc.automaticstyles.addElement(cell_style)
    for name, rows, is_hidden in sheets:
        table = Table(name=name, stylename=hidden if is_hidden else None)
        width = max((len(r) for r in rows), default=1)
        table.addElement(TableColumn(numbercolumnsrepeated=width))
        for row in rows:
            tr = TableRow()
            for v in row:
                for c in ods_cell(v, cell_style):
                    tr.addElement(c)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc.save(path)


def appendix_rows(legacy=None):
    """The appendix as offices type it in a spreadsheet: a merged title, each section's roman
    numeral in the STT column and its name in the content column, the lead unit on every item."""
    rows = [[("span", "UBND QUẬN NAM TỪ LIÊM", 3)], [("span", "PHỤ LỤC: CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023", 6)], [],
            HEADER]
    n = 0
    for heading, items in SECTIONS:
        numeral, name = heading.split(". ", 1)
        rows.append([numeral, name])
        for it in items:
            n += 1
            rows.append([n, it[0], heading_unit(heading), it[2], it[3], it[4]])
    if legacy:
        rows = [[legacy(v) if isinstance(v, str) else
                 (("span", legacy(v[1]), v[2]) if isinstance(v, tuple) else v) for v in r] for r in rows]
    return rows


def numbered_list_style(doc, name, fmt="1", suffix="."):
    style = ListStyle(name=name)
    level = ListLevelStyleNumber(level=1, numformat=fmt, numsuffix=suffix, startvalue=1)
    level.addElement(ListLevelProperties(minlabelwidth="0.6cm"))
    style.addElement(level)
    doc.automaticstyles.addElement(style)
    return style


def odt_table(doc, name, header_rows, body_rows, number_style=None):
    """A table whose header rows repeat on every page. Rows: lists of cells; a cell is a str
    (paragraphs split at blank lines, line breaks at \\n), ("span", text, n), ("rowspan", text, n),
    ("covered",) or ("number",): an automatically numbered paragraph (a list continuing)."""
    width = max(sum(c[2] if isinstance(c, tuple) and c[0] == "span" else 1 for c in r) for r in header_rows)
    table = Table(name=name)
    table.addElement(TableColumn(numbercolumnsrepeated=width))

    def make_row(row):
        tr = TableRow()
        for v in row:
            if isinstance(v, tuple) and v[0] == "covered":
                tr.addElement(CoveredTableCell())
                continue
            if isinstance(v, tuple) and v[0] == "span":
                c = TableCell(numbercolumnsspanned=v[2])
                c.addElement(P(text=v[1]))
                tr.addElement(c)
                for _ in range(v[2] - 1):
                    tr.addElement(CoveredTableCell())
                continue
            if isinstance(v, tuple) and v[0] == "rowspan":
                c = TableCell(numberrowsspanned=v[2])
                c.addElement(P(text=v[1]))
                tr.addElement(c)
                continue
            c = TableCell()
            if isinstance(v, tuple) and v[0] == "number":
                lst = List(stylename=number_style, continuenumbering="true")
                item = ListItem()
                item.addElement(P())
                lst.addElement(item)
                c.addElement(lst)
            else:
                for para in str(v).split("\n\n"):
                    p = P()
                    for i, line in enumerate(para.split("\n")):
                        if i:
                            p.addElement(LineBreak())
                        p.addText(line)
                    c.addElement(p)
            tr.addElement(c)
        return tr

    head = TableHeaderRows()
    for r in header_rows:
        head.addElement(make_row(r))
    table.addElement(head)
    for r in body_rows:
        table.addElement(make_row(r))
    return table


def write_appendix_odt(path, two_header_rows=False, legacy=None):
    doc = OpenDocumentText()
    number_style = numbered_list_style(doc, "SttNumbers")
    lg = legacy or (lambda s: s)
    doc.text.addElement(P(text=lg("UBND QUẬN NAM TỪ LIÊM")))
    doc.text.addElement(P(text=lg("PHỤ LỤC: CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023")))
    if two_header_rows:
        header = [[("rowspan", "STT", 2), ("rowspan", lg("Nội dung công việc"), 2), ("span", lg("Cơ quan"), 2),
                   ("rowspan", lg("Thời hạn"), 2), ("rowspan", lg("Lãnh đạo phụ trách"), 2)],
                  [("covered",), ("covered",), lg("Chủ trì"), lg("Phối hợp"), ("covered",), ("covered",)]]
    else:
        header = [[lg(h) for h in HEADER]]
    body = []
    for heading, items in SECTIONS:
        body.append([("span", lg(heading), len(HEADER))])
        for it in items:
            co = it[2].replace("; ", "\n\n")  # one co-operating unit a paragraph
            content = it[0] if "6 tháng" not in it[0] else it[0].replace(" 6 tháng", "\n6 tháng")  # a line break
            body.append([("number",), lg(content), lg(heading_unit(heading)), lg(co), lg(it[3]), lg(it[4])])
    doc.text.addElement(odt_table(doc, "PhuLuc", header, body, number_style))
    doc.text.addElement(P(text=lg("Nơi nhận:")))
    doc.save(path)


def heading_unit(heading):
    return {"I": "Văn phòng HĐND - UBND quận", "II": "Phòng TC-KH", "III": "Phòng Nội vụ"}[heading.split(".")[0]]


# --------------------------------------------------------------------------- python-docx
def set_repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    tr_pr.append(el)


def write_python_docx():
    d = docx.Document()
    d.add_paragraph("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM")
    sign = d.add_table(rows=2, cols=2)  # a table that is not the program: the names of the signers
    sign.cell(0, 0).text, sign.cell(0, 1).text = "Họ và tên", "Chức vụ"
    sign.cell(1, 0).text, sign.cell(1, 1).text = "Nguyễn Văn A", "Chủ tịch"
    d.add_paragraph("PHỤ LỤC: CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023")
    t = d.add_table(rows=1, cols=len(HEADER))
    for i, h in enumerate(HEADER):
        t.rows[0].cells[i].text = h
    set_repeat_header(t.rows[0])
    for heading, items in SECTIONS:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[len(HEADER) - 1])
        merged.text = heading
        for it in items:
            cells = t.add_row().cells
            cells[0].paragraphs[0].style = d.styles["List Number"]  # Word numbers the STT column
            content = cells[1].paragraphs[0]
            words = it[0].split(" ", 3)
            content.add_run(" ".join(words[:3]))
            content.add_run().add_break()  # a line break typed with Shift+Enter
            content.add_run(words[3] if len(words) > 3 else "")
            cells[2].text = heading_unit(heading)
            units = it[2].split("; ") if it[2] else []
            if units:
                cells[3].text = units[0]
                for u in units[1:]:
                    cells[3].add_paragraph(u)  # one unit a paragraph
            cells[4].text = it[3]
            cells[5].text = it[4]
    d.save(os.path.join(HERE, "pd-appendix.docx"))

    # Vertical merges: the lead unit written once for two items, as offices do.
    d = docx.Document()
    t = d.add_table(rows=4, cols=len(HEADER))
    for i, h in enumerate(HEADER):
        t.rows[0].cells[i].text = h
    rows = [["1", "Việc A", "Phòng Y tế", "", "Quý I", ""], ["2", "Việc B", "", "", "Quý II", ""],
            ["3", "Việc C", "Phòng Tư pháp", "", "Quý III", ""]]
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    a = t.cell(1, 2).merge(t.cell(2, 2))
    a.text = "Phòng Y tế"
    d.save(os.path.join(HERE, "pd-merged-lead.docx"))


# --------------------------------------------------------------------------- hand-made Word XML
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="wps"')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p(text="", num=None, style=None, extra=""):
    ppr = ""
    if num or style:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    run = f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{run}{extra}</w:p>"


def tc(content, span=1, vmerge=None, raw=False):
    pr = ""
    if span > 1 or vmerge:
        pr = "<w:tcPr>"
        if span > 1:
            pr += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart":
            pr += '<w:vMerge w:val="restart"/>'
        elif vmerge:
            pr += "<w:vMerge/>"
        pr += "</w:tcPr>"
    body = content if raw else p(content)
    return f"<w:tc>{pr}{body}</w:tc>"


def tr(cells, header=False, before=0):
    pr = ""
    if header or before:
        pr = "<w:trPr>" + (f'<w:gridBefore w:val="{before}"/>' if before else "") + \
             ("<w:tblHeader/>" if header else "") + "</w:trPr>"
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"


def tbl(rows, cols=6):
    grid = "".join('<w:gridCol w:w="1500"/>' for _ in range(cols))
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


def header_row(header=True):
    return tr([tc(h) for h in HEADER], header=header)


def item_row(n_cell, values):
    """values: texts, or paragraphs already written as XML (starting with "<w:p")."""
    return tr([n_cell] + [tc(v, raw=v.startswith("<w:p")) for v in values])


def write_docx_xml(name, body, numbering=None, styles=None):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {MC}>'
                             f"<w:body>{body}<w:sectPr/></w:body></w:document>",
    }
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    if numbering:
        parts["word/numbering.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}>{numbering}</w:numbering>'
        rels.append(f'<Relationship Id="rId1" Type="{R}numbering" Target="numbering.xml"/>')
    if styles:
        parts["word/styles.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{styles}</w:styles>'
        rels.append(f'<Relationship Id="rId2" Type="{R}styles" Target="styles.xml"/>')
    rels.append("</Relationships>")
    parts["word/_rels/document.xml.rels"] = "".join(rels)
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def lvl(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def write_hand_made():
    # Numbering: sections numbered I, II (level 0, upper Roman) and items 1, 2 restarting in each
    # (level 1); a second list instance of the same definition starting at 5 (startOverride); an
    # outline "1.1" list (isLgl); a bullet list in the co-operation cells; a list bound to a style.
    numbering = (
        '<w:abstractNum w:abstractNumId="0">' + lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.") +
        "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1">' + lvl(0, "decimal", "%1.") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="2">' + lvl(0, "decimal", "%1.") +
        lvl(1, "lowerLetter", "%1.%2", extra="<w:isLgl/>") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="3">' + lvl(0, "bullet", "-") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="4">' + lvl(0, "decimalZero", "%1)", extra='<w:pStyle w:val="Stt"/>') +
        "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
        "</w:lvlOverride></w:num>"
        '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
        '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>'
        '<w:num w:numId="6"><w:abstractNumId w:val="4"/></w:num>')
    styles = ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="SttBase"><w:name w:val="Stt base"/><w:pPr><w:numPr>'
              '<w:numId w:val="6"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Stt"><w:name w:val="Stt"/><w:basedOn w:val="SttBase"/>'
              "</w:style>")
    heading = lambda text: tr([tc(p(text, num=(1, 0)), span=6, raw=True)])
    item = lambda n, vals: item_row(tc(p("", num=(1, 1)), raw=True), vals)
    rows = [header_row()]
    rows.append(heading("VĂN PHÒNG HĐND - UBND QUẬN"))
    rows.append(item(1, ["Việc một", "Văn phòng HĐND - UBND quận", "", "Quý I", ""]))
    rows.append(item(2, ["Việc hai", "Văn phòng HĐND - UBND quận",
                          p("Phòng Tư pháp", num=(5, 0)), "Quý II", ""]))
    rows.append(heading("PHÒNG NỘI VỤ"))
    rows.append(item(1, ["Việc ba", "Phòng Nội vụ", "", "Quý III", ""]))
    body = p("Bảng 1: mục lớn số La Mã, mục nhỏ đánh số lại trong mỗi mục lớn") + tbl(rows)
    # The same list continued in a second table, then a second instance starting at 5.
    rows = [header_row()]
    for i, n in enumerate([2, 2, 3, 3]):
        rows.append(item_row(tc(p("", num=(n, 0)), raw=True),
                             [f"Việc {i + 1}", "Phòng Y tế", "", "Quý IV", ""]))
    body += p("Bảng 2") + tbl(rows)
    rows = [header_row()]
    for i, (n, level) in enumerate([(4, 0), (4, 1), (4, 1), (4, 0)]):
        rows.append(item_row(tc(p("", num=(n, level)), raw=True), [f"Mục {i + 1}", "Phòng Y tế", "", "", ""]))
    body += p("Bảng 3") + tbl(rows)
    rows = [header_row()]
    for i in range(3):
        rows.append(item_row(tc(p("", style="Stt"), raw=True), [f"Theo kiểu {i + 1}", "Phòng Y tế", "", "", ""]))
    body += p("Bảng 4") + tbl(rows)
    write_docx_xml("hx-numbering.docx", body, numbering, styles)

    # A table split across pages three ways: Word's own split (an empty paragraph, the header
    # repeated with w:tblHeader), a hand-made split without header, then a signature table.
    def items(start, n):
        return [item_row(tc(str(i)), [f"Nội dung {i}", "Phòng Kinh tế", "", "Tháng 6", ""])
                for i in range(start, start + n)]
    body = p("PHỤ LỤC") + tbl([header_row()] + items(1, 3)) + p() + tbl([header_row()] + items(4, 2)) + \
        p() + tbl(items(6, 2)) + p("Nơi nhận:") + tbl([tr([tc("Chủ tịch"), tc("Nguyễn Văn A")])], cols=2)
    write_docx_xml("hx-split.docx", body)

    # One long table: two header rows repeated on each page (the second numbers the columns), and
    # the header copied by hand in the middle where a page broke before Word could repeat it.
    numbers = tr([tc(f"({i})") for i in range(1, 7)], header=True)
    rows = [header_row(), numbers] + items(1, 3) + [header_row(False), tr([tc(f"({i})") for i in range(1, 7)])] + \
        items(4, 2)
    write_docx_xml("hx-repeated-header.docx", tbl(rows))

    # What a real document also holds: tracked deletions and insertions, a field (its code and
    # its result), hidden text, content controls around a row and a cell, alternate content with
    # a fallback, a row that starts one grid column in, an old-style horizontal merge, a nested
    # table, a hyperlink, a non-breaking hyphen and a tab.
    deleted = '<w:del w:id="1" w:author="A"><w:r><w:delText>ĐÃ XÓA </w:delText></w:r></w:del>'
    inserted = '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> mới</w:t></w:r></w:ins>'
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>30/06/2023</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẨN</w:t></w:r>'
    alternate = ('<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>Phòng Tư pháp</w:t></w:r></mc:Choice>'
                 '<mc:Fallback><w:r><w:t>Phòng Tư pháp</w:t></w:r></mc:Fallback></mc:AlternateContent>')
    nested = tbl([tr([tc("Phòng Y tế")]), tr([tc("Phòng Kinh tế")])], cols=1)
    link = '<w:hyperlink w:anchor="x"><w:r><w:t>Quý</w:t></w:r></w:hyperlink><w:r><w:tab/><w:t>II</w:t></w:r>'
    hyphen = '<w:r><w:t>Phòng TC</w:t></w:r><w:r><w:noBreakHyphen/><w:t>KH</w:t></w:r>'
    rows = [
        header_row(),
        item_row(tc("1"), ["Kế hoạch", "Phòng Nội vụ", "", "Quý I", ""]).replace(
            "<w:t xml:space=\"preserve\">Kế hoạch</w:t></w:r>",
            f'<w:t xml:space="preserve">Kế hoạch</w:t></w:r>{deleted}{inserted}{hidden}'),
        '<w:sdt><w:sdtPr><w:alias w:val="Dòng"/><w:text/></w:sdtPr><w:sdtContent>' +
        tr([tc("2"), tc("Báo cáo"), tc(f"<w:p>{hyphen}</w:p>", raw=True),
            f'<w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent>{tc("", raw=True).replace("<w:tc></w:tc>", "")}'
            f'<w:tc><w:p>{alternate}</w:p></w:tc></w:sdtContent></w:sdt>',
            tc(f"<w:p>{field}</w:p>", raw=True), tc("")]) + "</w:sdtContent></w:sdt>",
        tr([tc("Đề án", span=1), tc("Phòng Kinh tế"), tc(nested + p(), raw=True), tc(f"<w:p>{link}</w:p>", raw=True),
            tc("")], before=1),
        tr([tc("4"), tc("Tờ trình"), tc("Phòng Y tế"),
            '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr>' + p("Phòng Tư pháp") + "</w:tc>",
            '<w:tc><w:tcPr><w:hMerge/></w:tcPr>' + p("") + "</w:tc>", tc("")]),
    ]
    write_docx_xml("hx-revisions.docx", tbl(rows))

    # Two tables with the program's columns and text between them: the first is read, the
    # second named in a warning.
    body = p("Nhiệm vụ trọng tâm") + tbl([header_row()] + items(1, 2)) + p("Nhiệm vụ khác") + \
        tbl([header_row()] + items(3, 1))
    write_docx_xml("hx-two-programs.docx", body)


# --------------------------------------------------------------------------- CSV
def csv_lines(rows):
    return "\n".join(",".join(r) for r in rows) + "\n"


def write_csv():
    rows = [HEADER] + GOOD
    with open(os.path.join(HERE, "c-tcvn3.csv"), "wb") as f:  # an old file: TCVN3 bytes, no UTF-8
        f.write(tcvn3_bytes(csv_lines(rows)))
    with open(os.path.join(HERE, "c-vni.csv"), "wb") as f:
        f.write(vni_bytes(csv_lines(rows)))
    # Saved again as "CSV UTF-8" by Excel from a sheet typed in .VnTime: TCVN3 shown as Windows-1252.
    with open(os.path.join(HERE, "c-tcvn3-utf8.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + tcvn3(csv_lines(rows)).encode("utf-8"))
    # A TCVN3 table to which a later hand added rows in Unicode: those stay as typed.
    mixed = [HEADER] + [[tcvn3(v) for v in r] for r in GOOD[:2]] + [GOOD[2]]
    with open(os.path.join(HERE, "c-tcvn3-mixed.csv"), "wb") as f:
        f.write(csv_lines(mixed).encode("utf-8"))
    # A UTF-8 file opened as Windows-1252 and saved again: mojibake.
    with open(os.path.join(HERE, "c-mojibake.csv"), "wb") as f:
        f.write(mojibake(csv_lines(rows)).encode("utf-8"))


# --------------------------------------------------------------------------- sources for LibreOffice
def write_sources():
    write_ods(os.path.join(SRC, "appendix.ods"), [("Phụ lục", appendix_rows(), False)])
    # A hidden sheet first: the first visible one is read (or the one --sheet names).
    write_ods(os.path.join(SRC, "sheets.ods"),
              [("Ẩn", [["rác"], ["không phải bảng"]], True),
               ("Chương trình", [HEADER] + GOOD, False),
               ("Ghi chú", [["Ghi chú"], [HEADER[1], HEADER[2]], ["Việc khác", "Phòng Y tế"]], False)])
    typed = [HEADER + ["Ghi chú"],
             [1, "Việc có ngày", "Phòng Y tế", "", ("date", "2023-06-30"), "", ""],
             [("formula", "of:=[.A2]+1", 2), "Việc số tính bằng công thức", "Phòng Y tế", "", "Quý II", "", 0.5],
             [3, ("formula", 'of:="Việc "&"ba"', "Việc ba"), "Phòng Y tế", "", "Thường xuyên", "", ""],
             [4, "Việc bốn", "Phòng Y tế", "", "Thường xuyên", "", ""],
             [4, "Việc bốn", "Phòng Y tế", "", "Thường xuyên", "", ""]]
    write_ods(os.path.join(SRC, "types.ods"), [("Sheet1", typed, False)])
    write_ods(os.path.join(SRC, "tcvn3.ods"), [("Sheet1", appendix_rows(tcvn3), False)], font=".VnTime")
    write_ods(os.path.join(SRC, "vni.ods"), [("Sheet1", appendix_rows(vni), False)], font="VNI-Times")
    write_appendix_odt(os.path.join(SRC, "appendix.odt"))
    write_appendix_odt(os.path.join(SRC, "appendix-two-header-rows.odt"), two_header_rows=True)
    write_appendix_odt(os.path.join(SRC, "appendix-tcvn3.odt"), legacy=tcvn3)


if __name__ == "__main__":
    write_sources()
    write_python_docx()
    write_hand_made()
    write_csv()
