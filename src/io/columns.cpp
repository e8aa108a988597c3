#include "workprogram/io/columns.h"

#include "workprogram/core/text.h"

#include <QRegularExpression>

#include <vector>

namespace wp::io {
namespace {

struct FieldNames
{
    Field field;
    // folded keys (letters and digits only): exact matches, then prefixes
    std::vector<const char*> exact;
    std::vector<const char*> prefixes;
};

const std::array<FieldNames, FieldCount>& fieldNames()
{
    static const std::array<FieldNames, FieldCount> names = {{
        {Field::Number, {"stt", "tt", "sott", "sothutu", "no", "number", "nr", "so"}, {}},
        {Field::Content,
         {"noidung", "noidungcongviec", "tennhiemvu", "nhiemvu", "congviec", "task", "content", "item", "title",
          "tencongviec", "noidungnhiemvu"},
         {"noidung", "tennhiemvu", "tencongviec", "tendean", "task"}},
        {Field::LeadUnit,
         {"coquanchutri", "donvichutri", "chutri", "leadunit", "lead", "leadagency", "donvi", "coquan", "donvithuchien",
          "coquanthuchien", "donvichutrithuchien", "coquanchutrithamuu", "chutrithamuu"},
         {"coquanchutri", "donvichutri", "chutri", "leadunit", "leadagency"}},
        {Field::CoUnits,
         {"coquanphoihop", "donviphoihop", "phoihop", "counits", "counit", "cooperatingunits"},
         {"coquanphoihop", "donviphoihop", "phoihop", "counit", "cooperating", "coordinating"}},
        {Field::Deadline,
         {"thoihan", "thoigian", "thoigianhoanthanh", "deadline", "due", "duedate", "thoihanhoanthanh",
          "thoigianthuchien", "thoihantrinh", "thoigiantrinh", "tiendo", "tiendohoanthanh", "ketthuc",
          "thoigianketthuc", "ngayketthuc", "denngay", "ngayhoanthanh", "thoihanketthuc", "enddate"},
         {"thoihan", "thoigian", "deadline", "duedate", "hanhoanthanh"}},
        {Field::Leader, {"lanhdaophutrach", "lanhdao", "leader", "ldpt", "lanhdaochidao"}, {"lanhdao", "leader"}},
        {Field::Group,
         {"nhomnhiemvu", "nhom", "group", "taskgroup", "linhvuc"},
         {"nhomnhiemvu", "taskgroup", "linhvuc"}},
        {Field::Form,
         {"hinhthuc", "hinhthucvanban", "sanpham", "form", "documentform", "loaivanban"},
         {"hinhthuc", "sanpham", "loaivanban"}},
        {Field::Level, {"captrinh", "cap", "level", "submissionlevel"}, {"captrinh", "submissionlevel"}},
        {Field::Status, {"trangthai", "tinhtrang", "status"}, {"trangthai", "tinhtrang", "status"}},
        {Field::Note, {"ghichu", "note", "notes"}, {"ghichu", "note"}},
    }};
    return names;
}

} // namespace

std::optional<std::pair<Field, int>> HeaderMatcher::match(const QString& header)
{
    const QString key = text::foldKey(header);
    if (key.isEmpty() || key.size() > 80)
        return std::nullopt;
    for (const FieldNames& n : fieldNames())
        for (const char* e : n.exact)
            if (key == QLatin1String(e))
                return std::make_pair(n.field, 2);
    for (const FieldNames& n : fieldNames())
        for (const char* p : n.prefixes)
            if (key.startsWith(QLatin1String(p)))
                return std::make_pair(n.field, 1);
    return std::nullopt;
}

bool HeaderMatcher::isStart(const QString& header)
{
    const QString key = text::foldKey(header);
    return key.contains(QLatin1String("batdau")) || key.startsWith(QLatin1String("tungay")) ||
           key.contains(QLatin1String("khoicong")) || key == QLatin1String("startdate") ||
           key == QLatin1String("start");
}

namespace {

/// One column of a header as the matcher sees it.
struct HeaderColumn
{
    QString name; ///< as messages name it: "Thời gian / Kết thúc"
    std::optional<std::pair<Field, int>> field;
    bool start = false;
};

/// What a second-row header means under its group: under "Thời gian", "Kết thúc" is the deadline
/// (better than any single header) and "Trình" nearly as good; under "Cơ quan thực hiện",
/// "Chủ trì" and "Phối hợp" are the lead and the co-units. Elsewhere the second row speaks for
/// itself ("Kết quả / Sản phẩm" is the form).
HeaderColumn groupedColumn(const QString& group, const QString& sub)
{
    HeaderColumn c;
    c.name = group.isEmpty() ? sub : group + QStringLiteral(" / ") + sub;
    if (HeaderMatcher::isStart(sub)) {
        c.start = true;
        return c;
    }
    const QString key = text::foldKey(sub);
    std::optional<std::pair<Field, int>> inGroup;
    if (!group.isEmpty() && !HeaderMatcher::isStart(group))
        inGroup = HeaderMatcher::match(group);
    const auto own = HeaderMatcher::match(sub);
    if (inGroup && inGroup->first == Field::Deadline) {
        static const QStringList ends = {QStringLiteral("ketthuc"),       QStringLiteral("hoanthanh"),
                                         QStringLiteral("ngayhoanthanh"), QStringLiteral("ngayketthuc"),
                                         QStringLiteral("den"),           QStringLiteral("denngay"),
                                         QStringLiteral("thoihan"),       QStringLiteral("hanhoanthanh")};
        static const QStringList submissions = {QStringLiteral("trinh"), QStringLiteral("ngaytrinh"),
                                                QStringLiteral("thoigiantrinh"), QStringLiteral("hantrinh")};
        if (ends.contains(key))
            c.field = std::make_pair(Field::Deadline, 4);
        else if (submissions.contains(key))
            c.field = std::make_pair(Field::Deadline, 3);
        else
            c.field = own;
    } else if (inGroup && (inGroup->first == Field::LeadUnit || inGroup->first == Field::CoUnits)) {
        if (key.startsWith(QLatin1String("chutri")) || key == QLatin1String("coquanchutri") ||
            key == QLatin1String("donvichutri"))
            c.field = std::make_pair(Field::LeadUnit, 4);
        else if (key.startsWith(QLatin1String("phoihop")) || key == QLatin1String("coquanphoihop") ||
                 key == QLatin1String("donviphoihop"))
            c.field = std::make_pair(Field::CoUnits, 4);
        else
            c.field = own;
    } else {
        c.field = own;
    }
    return c;
}

HeaderColumn singleColumn(const QString& name)
{
    HeaderColumn c;
    c.name = name;
    if (HeaderMatcher::isStart(name))
        c.start = true;
    else
        c.field = HeaderMatcher::match(name);
    return c;
}

bool hiddenAt(const QVector<bool>& hidden, int column)
{
    return column >= 0 && column < hidden.size() && hidden.at(column);
}

QString quotedColumn(const QString& name, int column)
{
    return name.isEmpty() ? columnLetter(column) : QStringLiteral("\"%1\" (%2)").arg(name, columnLetter(column));
}

/// The fields of a header from its columns: the best-named column wins each field; equal names
/// on two visible columns are an error. @p row is the header's (first) row.
std::optional<HeaderMatch> build(const QVector<HeaderColumn>& columns, int row, QString* error,
                                 const QVector<bool>& hidden)
{
    HeaderMatch m;
    m.rowNumber = row;
    std::array<int, FieldCount> quality{};
    std::array<QVector<int>, FieldCount> others; // columns that also named the field, less well
    int matched = 0;
    for (int c = 0; c < columns.size(); ++c) {
        const HeaderColumn& col = columns.at(c);
        if (col.name.isEmpty())
            continue;
        while (m.names.size() <= c)
            m.names.append(QString());
        m.names[c] = col.name;
        m.lastColumn = c;
        if (col.start) {
            m.startColumns.append(c);
            continue;
        }
        if (!col.field)
            continue;
        const auto [field, q] = *col.field;
        const size_t f = size_t(field);
        const int previous = m.map.column[f];
        if (previous >= 0 && quality[f] == q) {
            const bool hiddenPrevious = hiddenAt(hidden, previous);
            const bool hiddenNow = hiddenAt(hidden, c);
            if (hiddenPrevious == hiddenNow) {
                if (error)
                    *error = HeaderMatcher::tr("cột \"%1\" xuất hiện hai lần (cột %2 và %3)")
                                 .arg(col.name, columnLetter(previous), columnLetter(c));
                return std::nullopt;
            }
            const int visible = hiddenNow ? previous : c;
            const int gone = hiddenNow ? c : previous;
            m.notes.append(ImportIssue{
                row, QString(),
                HeaderMatcher::tr("cột %1 bị ẩn và trùng tiêu đề với cột %2 đang hiện: lấy cột %2, bỏ qua cột ẩn")
                    .arg(quotedColumn(columns.at(gone).name, gone), columnLetter(visible)),
                gone, IssueKind::HiddenColumn});
            m.map.column[f] = visible;
            continue;
        }
        if (quality[f] < q) {
            if (previous < 0)
                ++matched;
            else
                others[f].append(previous);
            m.map.column[f] = c;
            quality[f] = q;
        } else {
            others[f].append(c);
        }
    }
    if (matched < 2)
        return std::nullopt;
    for (Field field : FieldInfo::all()) {
        const size_t f = size_t(field);
        const int chosen = m.map.column[f];
        for (int other : std::as_const(others[f]))
            m.notes.append(ImportIssue{row, QString(),
                                       HeaderMatcher::tr("cột %1 được lấy làm \"%2\"; cột %3 cũng có thể là \"%2\" "
                                                         "nhưng không được nhập")
                                           .arg(quotedColumn(columns.at(chosen).name, chosen), FieldInfo::header(field),
                                                quotedColumn(columns.at(other).name, other)),
                                       other, IssueKind::ColumnChoice});
    }
    const int deadline = m.map[Field::Deadline];
    for (int c : std::as_const(m.startColumns))
        m.notes.append(ImportIssue{
            row, QString(),
            deadline >= 0
                ? HeaderMatcher::tr("cột %1 là ngày bắt đầu, không được nhập; thời hạn lấy ở cột %2")
                      .arg(quotedColumn(columns.at(c).name, c), quotedColumn(columns.at(deadline).name, deadline))
                : HeaderMatcher::tr("cột %1 là ngày bắt đầu, không phải thời hạn: không được nhập")
                      .arg(quotedColumn(columns.at(c).name, c)),
            c, IssueKind::ColumnChoice});
    return m;
}

QString headerText(const Row& row, int c)
{
    if (c >= row.cells.size() || row.cells.at(c).isEmpty())
        return QString();
    return row.cells.at(c).text.simplified();
}

} // namespace

std::optional<HeaderMatch> HeaderMatcher::tryRow(const Row& row, QString* error, const QVector<bool>& hidden)
{
    QVector<HeaderColumn> columns;
    for (int c = 0; c < row.cells.size(); ++c) {
        const Cell& cell = row.cells.at(c);
        if (cell.isEmpty()) {
            columns.append(HeaderColumn{});
            continue;
        }
        if (cell.type != Cell::Type::Text)
            return std::nullopt; // header rows hold text only; a number or date means data
        columns.append(singleColumn(cell.text.simplified()));
    }
    return build(columns, row.number, error, hidden);
}

bool HeaderMatcher::isSubHeader(const Row& top, const Row& sub)
{
    static const QRegularExpression numbered(QStringLiteral("^\\(?\\d{1,2}\\)?$"));
    bool any = false;
    bool numbersOnly = true;
    for (const Cell& cell : sub.cells) {
        if (cell.isEmpty())
            continue;
        if (cell.type != Cell::Type::Text || cell.text.size() > 60)
            return false;
        any = true;
        numbersOnly = numbersOnly && numbered.match(cell.text.trimmed()).hasMatch();
    }
    if (!any || numbersOnly)
        return false;
    // A data row always has its content; a second header row has nothing under "Nội dung".
    for (int c = 0; c < top.cells.size(); ++c) {
        const std::optional<std::pair<Field, int>> f = match(headerText(top, c));
        if (f && f->first == Field::Content && !headerText(sub, c).isEmpty())
            return false;
    }
    // Some of it sits under an empty top cell (the rest of a merged header) or under the first
    // cell of a header that spans it and the next column.
    const int width = int(std::max(top.cells.size(), sub.cells.size()));
    for (int c = 0; c < width; ++c) {
        if (headerText(sub, c).isEmpty())
            continue;
        if (headerText(top, c).isEmpty())
            return true;
        if (c + 1 < width && headerText(top, c + 1).isEmpty() && !headerText(sub, c + 1).isEmpty())
            return true;
    }
    return false;
}

std::optional<HeaderMatch> HeaderMatcher::tryRows(const Row& top, const Row& sub, QString* error,
                                                  const QVector<bool>& hidden)
{
    for (const Cell& cell : top.cells)
        if (!cell.isEmpty() && cell.type != Cell::Type::Text)
            return std::nullopt;
    const int width = int(std::max(top.cells.size(), sub.cells.size()));
    QVector<HeaderColumn> columns;
    QString group; // the top header a column falls under: its own, or one merged over it from the left
    for (int c = 0; c < width; ++c) {
        const QString above = headerText(top, c);
        const QString below = headerText(sub, c);
        if (!above.isEmpty())
            group = above;
        else if (below.isEmpty())
            group.clear(); // an empty column ends the group
        if (below.isEmpty())
            columns.append(above.isEmpty() ? HeaderColumn{} : singleColumn(above));
        else
            columns.append(groupedColumn(group, below));
    }
    std::optional<HeaderMatch> m = build(columns, top.number, error, hidden);
    if (m)
        m->subHeaderRow = sub.number;
    return m;
}

} // namespace wp::io
