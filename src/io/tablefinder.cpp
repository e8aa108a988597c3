#include "tablefinder.h"

#include "rowreader.h"

#include <deque>

namespace wp::io {

namespace {
bool complete(const HeaderMatch& m)
{
    return m.map.has(Field::Content) && m.map.has(Field::LeadUnit);
}

/// A cell of the row names some field: worth trying with the row under it as a second header row.
bool namesAField(const Row& row)
{
    for (const Cell& c : row.cells)
        if (c.type == Cell::Type::Text && !c.isEmpty() && HeaderMatcher::match(c.text.simplified()))
            return true;
    return false;
}

bool hasData(const Row& row, int column)
{
    return column >= 0 && column < row.cells.size() && !row.cells.at(column).isEmpty();
}
} // namespace

TableFinder::Search TableFinder::search()
{
    Search s;
    m_pending.clear();
    std::deque<Row> held; // rows read ahead (a second header row? section headings?), in order
    Row row;
    const auto nextRow = [&](Row& r) {
        if (!held.empty()) {
            r = std::move(held.front());
            held.pop_front();
            return true;
        }
        return m_reader.next(r);
    };
    while (nextRow(row)) {
        if (++s.rowsSeen > HeaderSearchRows)
            break;
        const QVector<bool> hidden = m_reader.hiddenColumns();
        QString duplicate;
        std::optional<HeaderMatch> m = HeaderMatcher::tryRow(row, &duplicate, hidden);
        if (!m && duplicate.isEmpty() && !namesAField(row))
            continue;
        // A second header row under this one?
        Row under;
        if (m_reader.next(under)) {
            if (HeaderMatcher::isSubHeader(row, under)) {
                QString duplicate2;
                std::optional<HeaderMatch> two = HeaderMatcher::tryRows(row, under, &duplicate2, hidden);
                if (!duplicate2.isEmpty()) {
                    s.duplicate = duplicate2;
                    s.duplicateRow = row.number;
                    return s;
                }
                if (two && complete(*two)) {
                    s.header = two;
                    return s;
                }
            }
            held.push_front(std::move(under));
        }
        if (!duplicate.isEmpty()) {
            s.duplicate = duplicate;
            s.duplicateRow = row.number;
            return s;
        }
        if (!m)
            continue;
        if (m_options.columns && (m->map.has(Field::Content) || m->map.has(Field::LeadUnit))) {
            m->map = *m_options.columns; // the user's mapping, under the header row found
            m->notes.clear();
        }
        if (complete(*m) || (!m_options.columns && ledBySections(*m, held))) {
            s.header = m;
            for (Row& r : held)
                m_pending.append(std::move(r));
            return s;
        }
        if (!s.partial)
            s.partial = m;
    }
    return s;
}

bool TableFinder::ledBySections(HeaderMatch& header, std::deque<Row>& ahead)
{
    if (!m_units || !header.map.has(Field::Content) || header.map.has(Field::LeadUnit))
        return false;
    Row row;
    while (int(ahead.size()) < LookAheadRows && m_reader.next(row))
        ahead.push_back(std::move(row));
    const RowInterpreter probe(header, *m_units, m_options, false);
    for (const Row& r : ahead) {
        if (probe.headingUnit(r) == 0)
            continue;
        const int content = header.map[Field::Content];
        const QString text = content < r.cells.size() ? r.cells.at(content).text.simplified() : QString();
        header.notes.append(ImportIssue(
            header.rowNumber, QString(),
            tr("bảng không có cột \"%1\": đơn vị chủ trì của mỗi nội dung là đơn vị ghi ở dòng tiêu đề mục đứng "
               "trên nó (như \"%2\" ở dòng %3)")
                .arg(FieldInfo::header(Field::LeadUnit), text)
                .arg(r.number),
            -1, IssueKind::ColumnChoice));
        return true;
    }
    return false;
}

void TableFinder::lookAhead(HeaderMatch& header)
{
    // "Thời gian" merged over two columns whose second header row was deleted: the header names
    // the first column (the start), the second has no header. Its data decides.
    const int deadline = header.map[Field::Deadline];
    if (deadline < 0 || m_options.columns)
        return;
    const int next = deadline + 1;
    if (next < header.names.size() && !header.names.at(next).isEmpty())
        return;
    for (Field f : FieldInfo::all())
        if (header.map[f] == next)
            return;
    Row row;
    while (m_pending.size() < LookAheadRows && m_reader.next(row))
        m_pending.append(row);
    int both = 0;
    for (const Row& r : std::as_const(m_pending))
        both += hasData(r, deadline) && hasData(r, next) ? 1 : 0;
    if (both == 0)
        return;
    header.map[Field::Deadline] = next;
    header.lastColumn = std::max(header.lastColumn, next);
    header.startColumns.append(deadline);
    header.notes.append(ImportIssue(
        header.rowNumber, QString(),
        tr("tiêu đề \"%1\" (cột %2) trải trên hai cột %2 và %3 có dữ liệu mà không có dòng tiêu đề thứ hai: lấy cột %3 "
           "(cột sau, như \"Kết thúc\") làm thời hạn; cột %2 (như \"Bắt đầu\") không được nhập")
            .arg(header.names.value(deadline), columnLetter(deadline), columnLetter(next)),
        next, IssueKind::ColumnChoice));
}

QString TableFinder::tableList(const QVector<int>& indexes) const
{
    const QVector<TableInfo> tables = m_reader.tables();
    QStringList names;
    for (int i : indexes)
        names.append(QLatin1Char('"') + tables.at(i).name + QLatin1Char('"'));
    return names.join(QStringLiteral(", "));
}

bool TableFinder::find(ImportResult& result)
{
    result.tables = m_reader.tables();
    result.table = m_reader.currentTable();
    Search s = search();
    if (m_reader.failed())
        return false;
    const QString read = result.tableLabel();
    QVector<int> others; // the other tables, which a message lists
    for (int i = 0; i < result.tables.size(); ++i)
        if (i != result.table)
            others.append(i);

    if (!s.header && s.duplicate.isEmpty() && m_options.read.sheet.isEmpty() && !others.isEmpty()) {
        // Not on the first table: a cover sheet, an explanation. Look at the visible others.
        for (int i : std::as_const(others)) {
            const TableInfo& t = result.tables.at(i);
            if (t.hidden || !t.hasCells || !m_reader.selectTable(i))
                continue;
            if (search().header)
                result.candidates.append(i);
        }
        if (result.candidates.size() == 1) {
            const int chosen = result.candidates.first();
            if (m_reader.selectTable(chosen)) {
                s = search();
                if (m_reader.failed())
                    return false;
                result.table = chosen;
                result.addWarning(ImportIssue(
                    0, QString(),
                    tr("%1 không có dòng tiêu đề của bảng; đã đọc bảng ở %2").arg(read, result.tableLabel()), -1,
                    IssueKind::TableChoice));
            }
        } else if (result.candidates.size() > 1) {
            ImportIssue issue(0, QString(),
                              tr("%1 không có dòng tiêu đề của bảng; các trang tính có bảng: %2: hãy chọn một")
                                  .arg(read, tableList(result.candidates)));
            issue.cliHint = tr("chọn bằng --sheet TÊN");
            result.addError(std::move(issue));
            return false;
        }
    }
    if (!s.duplicate.isEmpty()) {
        result.addError(ImportIssue(s.duplicateRow, QString(), s.duplicate));
        return false;
    }
    if (!s.header) {
        // Name the table read and the others, when the file has several.
        QString others_;
        if (!others.isEmpty())
            others_ = m_options.read.sheet.isEmpty()
                          ? tr("các trang tính khác (%1) cũng không có bảng").arg(tableList(others))
                          : tr("tệp còn có các trang tính %1").arg(tableList(others));
        const QString where = others.isEmpty() ? QString() : tr(" ở %1; %2").arg(read, others_);
        if (s.partial) {
            QStringList missing;
            for (Field f : {Field::Content, Field::LeadUnit})
                if (!s.partial->map.has(f))
                    missing.append(QStringLiteral("\"%1\"").arg(FieldInfo::header(f)));
            result.addError(
                ImportIssue(s.partial->rowNumber, QString(),
                            tr("thiếu cột bắt buộc %1 trong dòng tiêu đề").arg(missing.join(tr(" và "))) + where));
        } else if (s.rowsSeen == 0) {
            result.addError(ImportIssue(0, QString(),
                                        others.isEmpty() ? tr("tệp không có dữ liệu")
                                                         : tr("%1 không có dữ liệu; %2").arg(read, others_)));
        } else {
            result.addError(
                ImportIssue(0, QString(),
                            tr("không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột \"%1\" và \"%2\")")
                                    .arg(FieldInfo::header(Field::Content), FieldInfo::header(Field::LeadUnit)) +
                                where));
        }
        if (!others.isEmpty() && !m_options.read.sheet.isEmpty() && !result.errors.isEmpty())
            result.errors.last().cliHint = tr("chọn trang tính khác bằng --sheet TÊN");
        return false;
    }
    lookAhead(*s.header);
    result.header = *s.header;
    for (const ImportIssue& note : std::as_const(s.header->notes))
        result.addWarning(note);
    return true;
}

} // namespace wp::io
