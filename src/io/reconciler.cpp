#include "reconciler.h"

#include "workprogram/core/text.h"

#include <QRegularExpression>

namespace wp::io {

namespace {
// More stated numbers than any real table has: a hostile file does not grow the result past it.
constexpr int MaxStated = 10'000;
} // namespace

std::optional<int> Reconciler::statedInHeading(const QString& heading, QString* label)
{
    // On the folded text, which keeps the length of precomposed Vietnamese (what the readers give).
    static const QRegularExpression count(QStringLiteral(
        R"([\(\[\-–:,]?\s*(?:gom|co)?\s*(\d{1,7})\s*(?:noi dung|nhiem vu|cong viec|viec|nd|nv|muc)\s*[\)\]]?\s*[.:;]?\s*$)"));
    const QString folded = text::fold(heading);
    const QRegularExpressionMatch m = count.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    if (label)
        *label = folded.size() == heading.size() ? heading.left(m.capturedStart()).trimmed() : heading;
    return m.captured(1).toInt();
}

void Reconciler::record(const StatedCount& s, ImportResult& result)
{
    if (result.stated.size() < MaxStated)
        result.stated.append(s);
    if (s.matches())
        return;
    ImportIssue issue(s.row, QString(),
                      tr("ghi %1 nội dung, đếm được %2 (%3)").arg(s.stated).arg(s.counted).arg(s.label), -1,
                      IssueKind::StatedCount);
    if (m_strict) {
        issue.cliHint = tr("bỏ --strict để nhập mà chỉ cảnh báo");
        result.addError(issue);
    } else {
        issue.cliHint = tr("nhập với --strict để từ chối tệp khi số liệu không khớp");
        result.addWarning(issue);
    }
}

void Reconciler::heading(int row, const QString& label, qint64 unitId, std::optional<int> stated, ImportResult& result)
{
    finish(result);
    m_inSection = true;
    m_section = 0;
    if (stated) {
        StatedCount s;
        s.row = row;
        s.label = label;
        s.unitId = unitId;
        s.stated = *stated;
        m_open = s;
    }
}

void Reconciler::total(int row, const QString& label, int stated, bool sectionOnly, ImportResult& result)
{
    if (!(sectionOnly && m_inSection))
        finish(result); // a table's total comes after its last section
    StatedCount s;
    s.row = row;
    s.label = label;
    s.stated = stated;
    if (sectionOnly && m_inSection) {
        s.counted = m_section;
    } else {
        s.counted = m_table;
        s.total = true;
    }
    record(s, result);
}

void Reconciler::finish(ImportResult& result)
{
    if (m_open) {
        m_open->counted = m_section;
        record(*m_open, result);
        m_open.reset();
    }
    m_inSection = false;
}

} // namespace wp::io
