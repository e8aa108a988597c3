#include "rowreader.h"

#include "workprogram/core/text.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wp::io {

RowInterpreter::RowInterpreter(const HeaderMatch& header, const QVector<Unit>& units, const ImportOptions& options,
                               bool strictWidth)
    : m_header(header), m_matcher(units), m_suggester(units), m_options(options), m_strictWidth(strictWidth),
      m_reconciler(options.strict)
{
    for (const Unit& u : units)
        m_units.insert(u.id, u);
    for (int c = 0; c <= m_header.lastColumn; ++c) {
        bool mapped = m_header.startColumns.contains(c);
        for (Field f : FieldInfo::all())
            mapped = mapped || m_header.map[f] == c;
        if (!mapped && (c >= m_header.names.size() || m_header.names.at(c).isEmpty()))
            m_unnamedColumns.append(c);
    }
}

const Cell* RowInterpreter::cell(const Row& row, Field f) const
{
    const int c = m_header.map[f];
    return (c >= 0 && c < row.cells.size()) ? &row.cells.at(c) : nullptr;
}

QString RowInterpreter::cellText(const Row& row, Field f) const
{
    const Cell* c = cell(row, f);
    if (!c || c->isEmpty())
        return QString();
    QString t = c->text.trimmed();
    // Exports protect text that starts like a formula with an apostrophe: take it off again.
    if (t.size() > 1 && t.at(0) == QLatin1Char('\'') && QStringLiteral("=+-@").contains(t.at(1)))
        t.remove(0, 1);
    return t;
}

QString RowInterpreter::columnName(Field f) const
{
    const int c = m_header.map[f];
    if (c < 0)
        return FieldInfo::header(f);
    const QString name = c < m_header.names.size() ? m_header.names.at(c) : QString();
    return name.isEmpty() ? columnLetter(c) : name;
}

void RowInterpreter::error(ImportPlan& plan, int row, Field f, const QString& message, const QString& cliHint,
                           const QStringList& suggestions, const QString& windowHint) const
{
    ImportIssue issue(row, columnName(f), message, m_header.map[f]);
    issue.cliHint = cliHint;
    issue.windowHint = windowHint;
    issue.suggestions = suggestions;
    plan.result.addError(std::move(issue));
}

bool RowInterpreter::isColumnNumbering(const Row& row) const
{
    // Vietnamese tables often number their columns under the header: (1) (2) (3) ...
    static const QRegularExpression numbered(QStringLiteral("^\\(?\\d{1,2}\\)?$"));
    const QString content = cellText(row, Field::Content);
    if (content.size() > 4) // "(12)" at most: most rows end here, before any expression
        return false;
    return numbered.match(content).hasMatch() && numbered.match(cellText(row, Field::LeadUnit)).hasMatch();
}

int RowInterpreter::itemNumber(const Row& row) const
{
    const Cell* c = cell(row, Field::Number);
    if (!c || c->isEmpty())
        return 0;
    double n = 0;
    if (c->type == Cell::Type::Number && c->number == std::trunc(c->number)) {
        n = c->number;
    } else { // as the cell's text reads (Excel's 15 digits: 2.9999999999999996 is "3")
        // Plain digits, the common case, without QString::toDouble()'s general parsing.
        const QString text = cellText(row, Field::Number);
        qint64 digits = 0;
        bool plain = !text.isEmpty() && text.size() <= 10;
        for (QChar ch : text) {
            if (ch < u'0' || ch > u'9') {
                plain = false;
                break;
            }
            digits = digits * 10 + (ch.unicode() - u'0');
        }
        bool ok = plain;
        n = plain ? double(digits) : text.toDouble(&ok);
        if (!ok)
            return 0;
    }
    return (n >= 1 && n <= 1e9 && n == int(n)) ? int(n) : 0;
}

namespace {
// Only the start matters: folding a long content in full for every row would be waste. The
// decomposed "Tổng cộng" is 13 characters; 24 leave room.
constexpr int TotalPrefix = 24;

/// "Tổng cộng", "Tổng số" at the start of @p written, or "Cộng", "Total" as all of it but a
/// number ("Cộng: 30"): how many characters say so (0: not a total).
int totalWordLength(const QString& written)
{
    // Every form starts with a T or a C: most rows, starting with another ASCII character, end
    // here before any folding.
    const char16_t first = written.isEmpty() ? 0 : written.at(0).unicode();
    if (first < 0x80 && first != u'T' && first != u't' && first != u'C' && first != u'c')
        return 0;
    const QString s = text::fold(QStringView(written).left(TotalPrefix));
    for (const char* word : {"tong cong", "tong so"})
        if (s.startsWith(QLatin1String(word)))
            return int(qstrlen(word));
    if (written.size() > TotalPrefix)
        return 0;
    static const QRegularExpression alone(
        QStringLiteral("^(cong|total)\\s*[:.]?\\s*(?:\\d+\\s*(?:noi dung|nhiem vu|viec)?)?\\s*[.]?$"));
    const QRegularExpressionMatch m = alone.match(s);
    return m.hasMatch() ? int(m.capturedLength(1)) : 0;
}

/// An item count written in a cell: a whole number cell, or digits.
std::optional<int> countIn(const Cell& c)
{
    if (c.type == Cell::Type::Number)
        return c.number >= 0 && c.number <= 1e7 && c.number == std::trunc(c.number) ? std::optional<int>(int(c.number))
                                                                                    : std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^\\s*(\\d{1,7})\\s*(?:nội dung|nhiệm vụ|việc)?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (c.type != Cell::Type::Text)
        return std::nullopt;
    // Every data row's lead unit comes here from isHeading(): most end at the first letter.
    const QString trimmed = c.text.trimmed();
    if (trimmed.isEmpty() || !trimmed.at(0).isDigit())
        return std::nullopt;
    const QRegularExpressionMatch m = digits.match(c.text);
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}
} // namespace

bool RowInterpreter::isTotalRow(const Row& row) const
{
    if (totalWordLength(cellText(row, Field::Content)) == 0 && totalWordLength(cellText(row, Field::Number)) == 0)
        return false;
    // No lead unit: a total row may write its count there, but no unit.
    const Cell* lead = cell(row, Field::LeadUnit);
    return !lead || lead->isEmpty() || countIn(*lead).has_value();
}

void RowInterpreter::readTotal(const Row& row, ImportPlan& plan)
{
    // The number stated: in a cell of its own, or after the words ("Tổng cộng: 534 nội dung").
    const int contentColumn = m_header.map[Field::Content];
    const int numberColumn = m_header.map[Field::Number];
    std::optional<int> stated;
    for (int c = 0; c < row.cells.size() && !stated; ++c)
        if (c != contentColumn && c != numberColumn)
            stated = countIn(row.cells.at(c));
    QString written = cellText(row, Field::Content);
    if (totalWordLength(written) == 0)
        written = cellText(row, Field::Number);
    const int wordLength = totalWordLength(written);
    static const QRegularExpression after(QStringLiteral("^\\W*(\\d{1,7})(?!\\d)"));
    if (!stated) {
        const QRegularExpressionMatch m = after.match(written.mid(wordLength));
        if (m.hasMatch())
            stated = m.captured(1).toInt();
    }
    if (!stated)
        return;
    const QString label = written.left(wordLength).trimmed();
    m_reconciler.total(row.number, label, *stated, text::fold(label) == QLatin1String("cong"), plan.result);
}

bool RowInterpreter::isHeading(const Row& row, std::optional<int>* stated) const
{
    // A section heading ("II. PHÒNG TÀI CHÍNH - KẾ HOẠCH", "A | NHIỆM VỤ TRỌNG TÂM"): only the
    // number and content cells hold anything — and perhaps one more with the section's count —
    // and the number is a roman numeral or a letter, or is missing and the content is written in
    // capitals.
    const QString content = cellText(row, Field::Content);
    if (content.isEmpty())
        return false;
    const int numberColumn = m_header.map[Field::Number];
    const int contentColumn = m_header.map[Field::Content];
    std::optional<int> count;
    for (int c = 0; c < row.cells.size(); ++c) {
        if (c == numberColumn || c == contentColumn || row.cells.at(c).isEmpty())
            continue;
        if (count)
            return false;
        count = countIn(row.cells.at(c));
        if (!count)
            return false;
    }
    static const QRegularExpression sectionNumber(QStringLiteral("^(?:[IVXLC]+|[A-Za-z])[.)]?$"));
    const QString number = cellText(row, Field::Number);
    const bool heading = number.isEmpty() ? content == content.toUpper() : sectionNumber.match(number).hasMatch();
    if (heading)
        *stated = count;
    return heading;
}

QString RowInterpreter::headingText(const Row& row, std::optional<int>* stated) const
{
    static const QRegularExpression numbering(QStringLiteral("^(?:[IVXLC]+|[A-Za-z]|\\d+)[.)]\\s+"));
    QString heading = cellText(row, Field::Content);
    heading.remove(numbering);
    QString withoutCount = heading;
    *stated = Reconciler::statedInHeading(heading, &withoutCount);
    return withoutCount.simplified();
}

qint64 RowInterpreter::headingUnit(const Row& row) const
{
    std::optional<int> stated;
    if (!row.heading && !isHeading(row, &stated))
        return 0;
    const UnitMatcher::Match unit = m_matcher.match(headingText(row, &stated));
    return unit.kind == UnitMatcher::Match::Kind::Found ? unit.unitId : 0;
}

void RowInterpreter::readHeading(const Row& row, std::optional<int> statedInCell, ImportPlan& plan)
{
    std::optional<int> stated;
    const QString heading = headingText(row, &stated);
    if (statedInCell)
        stated = statedInCell;
    const UnitMatcher::Match unit = m_matcher.match(heading);
    QString label = heading;
    if (unit.kind == UnitMatcher::Match::Kind::Found) {
        m_headingUnit = unit.unitId;
        label = m_units.value(unit.unitId).name;
    } else {
        m_headingGroup = heading;
        m_headingUnit = 0;
    }
    m_reconciler.heading(row.number, label, m_headingUnit, stated, plan.result);
}

bool RowInterpreter::checkRow(const Row& row, ImportPlan& plan)
{
    if (row.hidden) {
        const bool skip = m_options.hiddenRows == HiddenRows::Skip;
        ImportIssue issue(row.number, QString(),
                          skip ? tr("dòng bị ẩn trong tệp: không nhập (các dòng ẩn được bỏ qua)")
                               : tr("dòng bị ẩn trong tệp: vẫn được nhập như các dòng khác"),
                          -1, IssueKind::HiddenRow);
        if (!skip)
            issue.cliHint = tr("nhập với --skip-hidden-rows để bỏ qua các dòng ẩn");
        plan.result.addWarning(std::move(issue));
        if (skip)
            return false;
    }
    for (int c = m_header.lastColumn + 1; c < row.cells.size(); ++c) {
        if (row.cells.at(c).isEmpty())
            continue;
        ImportIssue issue(row.number, columnLetter(c),
                          tr("dòng có dữ liệu ngoài bảng (cột %1 không có tiêu đề)").arg(columnLetter(c)), c,
                          IssueKind::OutsideTable);
        if (m_strictWidth)
            plan.result.addError(std::move(issue));
        else
            plan.result.addWarning(std::move(issue));
        break;
    }
    for (int i = 0; i < m_unnamedColumns.size(); ++i) {
        const int c = m_unnamedColumns.at(i);
        if (c >= row.cells.size() || row.cells.at(c).isEmpty())
            continue;
        plan.result.addWarning(
            ImportIssue(row.number, columnLetter(c),
                        tr("cột %1 có dữ liệu nhưng không có tiêu đề: cột này không được nhập").arg(columnLetter(c)), c,
                        IssueKind::UnnamedColumn));
        m_unnamedColumns.remove(i--); // once per column
    }
    return true;
}

void RowInterpreter::readDeadline(const Row& row, Item& it, ImportPlan& plan)
{
    const Cell* d = cell(row, Field::Deadline);
    if (!d || d->isEmpty())
        return;
    if (d->type == Cell::Type::Date && d->date.isValid()) {
        switch (d->dateShows) {
        case Cell::DateShows::Month: // "06/2023": June, due when it ends, not on its first day
            it.deadline =
                Deadline::parse(QStringLiteral("%1/%2").arg(d->date.month()).arg(d->date.year()), m_options.year)
                    .value_or(Deadline::fromDate(d->date));
            it.deadline = Deadline(d->text, it.deadline.due(), it.deadline.kind());
            break;
        case Cell::DateShows::Year: // the parser's Vietnamese form: data, not a message
            it.deadline = Deadline(QStringLiteral("Năm %1").arg(d->date.year()), QDate(d->date.year(), 12, 31),
                                   Deadline::Kind::Year);
            break;
        case Cell::DateShows::Day:
            it.deadline = Deadline::fromDate(d->date);
            break;
        }
        return;
    }
    if (d->type == Cell::Type::Number) {
        const double v = d->number;
        // A bare month number. The text is the parser's Vietnamese form, never translated:
        // it is data, not a message.
        std::optional<Deadline> month;
        if (v >= 1 && v <= 12 && v == int(v))
            month = Deadline::parse(QStringLiteral("Tháng %1").arg(int(v)), m_options.year);
        if (month)
            it.deadline = *month;
        else if (v >= 20000 && v < 2958466) // a date cell that lost its date format
            it.deadline = Deadline::fromDate(excelSerialToDate(v));
        else
            error(plan, row.number, Field::Deadline,
                  tr("không đọc được thời hạn \"%1\"; các cách viết được chấp nhận: %2")
                      .arg(d->text, Deadline::acceptedForms()));
        return;
    }
    const QString written = cellText(row, Field::Deadline);
    if (const auto known = m_deadlineCache.constFind(written); known != m_deadlineCache.cend()) {
        it.deadline = *known;
        return;
    }
    QString why;
    std::optional<Deadline> parsed = Deadline::parse(written, m_options.year, &why);
    if (parsed) {
        it.deadline = *parsed;
        boundCache(m_deadlineCache);
        m_deadlineCache.insert(written, *parsed);
    } else {
        error(plan, row.number, Field::Deadline, why);
    }
}

void RowInterpreter::read(const Row& row, ImportPlan& plan)
{
    if (isColumnNumbering(row))
        return;
    if (isTotalRow(row)) {
        readTotal(row, plan);
        return;
    }
    std::optional<int> statedInCell;
    // A Word cell spanning the whole table is a heading whatever it says (Row::heading).
    if (row.heading || isHeading(row, &statedInCell)) {
        readHeading(row, statedInCell, plan);
        return;
    }
    if (!checkRow(row, plan))
        return;
    m_reconciler.item();
    const int errorsBefore = plan.result.errorCount();

    PlannedItem p;
    p.row = row.number;
    Item& it = p.item;
    it.content = cellText(row, Field::Content);
    if (it.content.isEmpty())
        error(plan, row.number, Field::Content, tr("thiếu nội dung công việc"));
    readLead(row, p, plan);
    readCoUnits(row, p, plan);
    readDeadline(row, it, plan);

    it.leader = cellText(row, Field::Leader);
    it.group = cellText(row, Field::Group);
    if (it.group.isEmpty() && !m_header.map.has(Field::Group))
        it.group = m_headingGroup;
    it.form = cellText(row, Field::Form);
    it.level = cellText(row, Field::Level);
    it.note = cellText(row, Field::Note);
    it.status = m_options.defaultStatus.value_or(Status::Proposed);
    if (const QString s = cellText(row, Field::Status); !s.isEmpty()) {
        if (const auto known = m_statusCache.constFind(s); known != m_statusCache.cend()) {
            it.status = *known;
        } else if (std::optional<Status> st = StatusInfo::parse(s)) {
            boundCache(m_statusCache);
            m_statusCache.insert(s, it.status = *st);
        } else {
            error(plan, row.number, Field::Status, tr("không hiểu trạng thái \"%1\"").arg(s));
        }
    }
    it.number = itemNumber(row);

    if (plan.result.errorCount() == errorsBefore)
        plan.items.append(std::move(p));
}

void RowInterpreter::finish(ImportPlan& plan)
{
    m_reconciler.finish(plan.result);
    // A section is recorded when it ends, after a "Cộng" inside it: list them as the file does.
    std::stable_sort(plan.result.stated.begin(), plan.result.stated.end(),
                     [](const StatedCount& a, const StatedCount& b) { return a.row < b.row; });
}

} // namespace wp::io
