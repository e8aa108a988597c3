#include "rowreader.h"

#include "workprogram/core/text.h"

#include <QRegularExpression>

#include <cmath>

namespace wp::io {

RowInterpreter::RowInterpreter(const HeaderMatch& header, const QVector<Unit>& units, const ImportOptions& options,
                               bool strictWidth)
    : m_header(header), m_matcher(units), m_options(options), m_strictWidth(strictWidth)
{
    for (const Unit& u : units)
        m_units.insert(u.id, u);
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

void RowInterpreter::error(ImportPlan& plan, int row, Field f, const QString& message) const
{
    plan.result.errors.append(ImportIssue{row, columnName(f), message, m_header.map[f]});
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

bool RowInterpreter::isTotalRow(const Row& row) const
{
    // Only the start matters: folding a long content in full for every row would be waste. The
    // decomposed "Tổng cộng" is 13 characters; 24 leave room.
    constexpr int Prefix = 24;
    const auto saysTotal = [](const QString& written) {
        // Every form starts with a T or a C ("Tổng cộng", "Tổng số", "Cộng", "Total"): most
        // rows, starting with another ASCII character, end here before any folding.
        const char16_t first = written.isEmpty() ? 0 : written.at(0).unicode();
        if (first < 0x80 && first != u'T' && first != u't' && first != u'C' && first != u'c')
            return false;
        const QString s = text::fold(QStringView(written).left(Prefix));
        return s.startsWith(QLatin1String("tong cong")) || s.startsWith(QLatin1String("tong so")) ||
               (written.size() <= Prefix && (s == QLatin1String("cong") || s == QLatin1String("total")));
    };
    if (saysTotal(cellText(row, Field::Content)) || saysTotal(cellText(row, Field::Number)))
        return cellText(row, Field::LeadUnit).isEmpty();
    return false;
}

bool RowInterpreter::isHeading(const Row& row) const
{
    // A section heading ("II. PHÒNG TÀI CHÍNH - KẾ HOẠCH", "A | NHIỆM VỤ TRỌNG TÂM"): only the
    // number and content cells hold anything, and the number is a roman numeral or a letter,
    // or is missing and the content is written in capitals.
    if (cellText(row, Field::Content).isEmpty() || !cellText(row, Field::LeadUnit).isEmpty())
        return false;
    for (Field f : FieldInfo::all())
        if (f != Field::Number && f != Field::Content && !cellText(row, f).isEmpty())
            return false;
    for (int c = 0; c < row.cells.size(); ++c)
        if (c != m_header.map[Field::Number] && c != m_header.map[Field::Content] && !row.cells.at(c).isEmpty())
            return false;
    static const QRegularExpression sectionNumber(QStringLiteral("^(?:[IVXLC]+|[A-Za-z])[.)]?$"));
    const QString number = cellText(row, Field::Number);
    if (!number.isEmpty())
        return sectionNumber.match(number).hasMatch();
    const QString content = cellText(row, Field::Content);
    return content == content.toUpper();
}

bool RowInterpreter::resolveUnit(const QString& name, int row, Field f, ImportPlan& plan, qint64* id, QString* newKey)
{
    const UnitMatcher::Match m = m_matcher.match(name);
    if (m.kind == UnitMatcher::Match::Kind::Found) {
        *id = m.unitId;
        return true;
    }
    if (m.kind == UnitMatcher::Match::Kind::Ambiguous) {
        QStringList names;
        for (qint64 c : m.candidates)
            names.append(m_units.value(c).name);
        error(plan, row, f,
              tr("\"%1\" có thể là nhiều đơn vị: %2; hãy ghi rõ tên").arg(name, names.join(QStringLiteral("; "))));
        return false;
    }
    if (!m_options.createUnits) {
        error(plan, row, f,
              tr("không có đơn vị \"%1\" trong danh mục đơn vị (thêm bằng lệnh \"units add\" hoặc nhập với "
                 "--create-units)")
                  .arg(name));
        return false;
    }
    const QString key = text::foldKey(name);
    if (!m_newUnitIndex.contains(key)) {
        Unit u;
        u.name = name.simplified();
        m_newUnitIndex.insert(key, int(plan.newUnits.size()));
        plan.newUnits.append(u);
    }
    *id = 0;
    *newKey = key;
    return true;
}

void RowInterpreter::read(const Row& row, ImportPlan& plan)
{
    if (isColumnNumbering(row) || isTotalRow(row))
        return;
    if (row.heading || isHeading(row)) {
        static const QRegularExpression numbering(QStringLiteral("^(?:[IVXLC]+|[A-Za-z]|\\d+)[.)]\\s+"));
        QString heading = cellText(row, Field::Content);
        heading.remove(numbering);
        const UnitMatcher::Match unit = m_matcher.match(heading);
        if (unit.kind == UnitMatcher::Match::Kind::Found) {
            m_headingUnit = unit.unitId;
        } else {
            m_headingGroup = heading.simplified();
            m_headingUnit = 0;
        }
        return;
    }
    const int errorsBefore = int(plan.result.errors.size());
    for (int c = m_header.lastColumn + 1; c < row.cells.size(); ++c) {
        if (row.cells.at(c).isEmpty())
            continue;
        const ImportIssue issue{row.number, columnLetter(c),
                                tr("dòng có dữ liệu ngoài bảng (cột %1 không có tiêu đề)").arg(columnLetter(c)), c};
        if (m_strictWidth)
            plan.result.errors.append(issue);
        else
            plan.result.warnings.append(issue);
        break;
    }

    PlannedItem p;
    p.row = row.number;
    Item& it = p.item;
    it.content = cellText(row, Field::Content);
    if (it.content.isEmpty())
        error(plan, row.number, Field::Content, tr("thiếu nội dung công việc"));

    const QString lead = cellText(row, Field::LeadUnit);
    if (lead.isEmpty() && m_headingUnit) {
        it.leadUnitId = m_headingUnit;
    } else if (const auto known = m_leadCache.constFind(lead); known != m_leadCache.cend()) {
        it.leadUnitId = *known;
    } else if (lead.isEmpty()) {
        error(plan, row.number, Field::LeadUnit, tr("thiếu cơ quan chủ trì"));
    } else {
        const QStringList names = m_matcher.splitNames(lead);
        if (names.size() > 1 && m_matcher.match(lead).kind != UnitMatcher::Match::Kind::Found)
            error(plan, row.number, Field::LeadUnit,
                  tr("mỗi nội dung chỉ có một cơ quan chủ trì, ở đây có %1: %2; ghi các đơn vị còn lại vào cột "
                     "cơ quan phối hợp")
                      .arg(names.size())
                      .arg(names.join(QStringLiteral("; "))));
        else if (resolveUnit(lead, row.number, Field::LeadUnit, plan, &it.leadUnitId, &p.newLeadUnit) && it.leadUnitId)
            m_leadCache.insert(lead, it.leadUnitId);
    }

    const QString coUnits = cellText(row, Field::CoUnits);
    const auto addCoUnit = [&it](qint64 id) {
        if (id != it.leadUnitId && !it.coUnitIds.contains(id))
            it.coUnitIds.append(id);
    };
    if (const auto known = m_coUnitsCache.constFind(coUnits); known != m_coUnitsCache.cend()) {
        for (qint64 id : *known)
            addCoUnit(id);
    } else {
        QVector<qint64> found;
        bool allFound = true;
        for (const QString& name : m_matcher.splitNames(coUnits)) {
            qint64 id = 0;
            QString key;
            if (!resolveUnit(name, row.number, Field::CoUnits, plan, &id, &key)) {
                allFound = false;
                continue;
            }
            if (id) {
                found.append(id);
                addCoUnit(id);
            } else {
                allFound = false;
                if (key != p.newLeadUnit && !p.newCoUnits.contains(key))
                    p.newCoUnits.append(key);
            }
        }
        if (allFound)
            m_coUnitsCache.insert(coUnits, found);
    }

    if (const Cell* d = cell(row, Field::Deadline); d && !d->isEmpty()) {
        if (d->type == Cell::Type::Date && d->date.isValid()) {
            it.deadline = Deadline::fromDate(d->date);
        } else if (d->type == Cell::Type::Number) {
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
        } else {
            const QString written = cellText(row, Field::Deadline);
            if (const auto known = m_deadlineCache.constFind(written); known != m_deadlineCache.cend()) {
                it.deadline = *known;
            } else {
                QString why;
                std::optional<Deadline> parsed = Deadline::parse(written, m_options.year, &why);
                if (parsed) {
                    it.deadline = *parsed;
                    m_deadlineCache.insert(written, *parsed);
                } else {
                    error(plan, row.number, Field::Deadline, why);
                }
            }
        }
    }

    it.leader = cellText(row, Field::Leader);
    it.group = cellText(row, Field::Group);
    if (it.group.isEmpty() && !m_header.map.has(Field::Group))
        it.group = m_headingGroup;
    it.form = cellText(row, Field::Form);
    it.level = cellText(row, Field::Level);
    it.note = cellText(row, Field::Note);
    it.status = m_options.defaultStatus.value_or(Status::Proposed);
    if (const QString s = cellText(row, Field::Status); !s.isEmpty()) {
        if (const auto known = m_statusCache.constFind(s); known != m_statusCache.cend())
            it.status = *known;
        else if (std::optional<Status> st = StatusInfo::parse(s))
            m_statusCache.insert(s, it.status = *st);
        else
            error(plan, row.number, Field::Status, tr("không hiểu trạng thái \"%1\"").arg(s));
    }
    it.number = itemNumber(row);

    if (plan.result.errors.size() == errorsBefore)
        plan.items.append(std::move(p));
}

} // namespace wp::io
