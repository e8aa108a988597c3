#include "legacyreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace wp::io {

namespace {

/// A cell's text cut for a message, bytes read as Latin-1 shown as Windows shows them.
QString sample(const QString& text)
{
    const QString s = legacy::asWindows1252(text.simplified());
    return s.size() > 40 ? s.left(40) + QStringLiteral("…") : s;
}

bool hasNonAscii(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return true;
    return false;
}

int scoreOf(const legacy::Evidence& e, LegacyEncoding encoding)
{
    return encoding == LegacyEncoding::Tcvn3 ? e.tcvn3 : e.vni;
}

} // namespace

LegacyTextReader::LegacyTextReader(std::unique_ptr<TableReader> inner, LegacyEncoding mode, Origin origin)
    : m_inner(std::move(inner)), m_mode(mode), m_origin(origin)
{}

bool LegacyTextReader::selectTable(int index)
{
    // Another table is another text: its columns are detected afresh.
    m_primed = false;
    m_ahead.clear();
    m_columns.clear();
    m_converted.clear();
    m_seen.clear();
    clearFailure();
    if (m_inner->selectTable(index))
        return true;
    return fail(m_inner->error().row, m_inner->error().column, m_inner->error().message);
}

void LegacyTextReader::lookAhead()
{
    m_primed = true;
    if (m_mode != LegacyEncoding::Auto)
        return;
    QHash<int, legacy::ColumnDetector> detectors;
    qint64 chars = 0;
    Row row;
    while (int(m_ahead.size()) < LookaheadRows && chars < LookaheadChars && m_inner->next(row)) {
        for (int c = 0; c < row.cells.size(); ++c) {
            const Cell& cell = row.cells.at(c);
            if (cell.type != Cell::Type::Text)
                continue;
            chars += cell.text.size();
            if (hasNonAscii(cell.text))
                detectors[c].add(cell.text);
        }
        m_ahead.push_back(std::move(row));
        row = Row();
    }
    // A file is typed in one font: a column too short to tell TCVN3 from VNI on its own (a
    // header "Cô quan chuû trì" reads as Vietnamese both ways) goes with the rest of the file.
    legacy::Evidence total;
    for (const legacy::ColumnDetector& d : std::as_const(detectors))
        total += d.evidence();
    const LegacyEncoding file = legacy::verdict(total);
    for (auto it = detectors.cbegin(); it != detectors.cend(); ++it) {
        LegacyEncoding e = it->verdict();
        const legacy::Evidence& ev = it->evidence();
        if (e == LegacyEncoding::None && file != LegacyEncoding::None && scoreOf(ev, file) > ev.asWritten &&
            scoreOf(ev, file) * 2 >= ev.words)
            e = file;
        if (e != LegacyEncoding::None)
            m_columns.insert(it.key(), e);
    }
}

LegacyEncoding LegacyTextReader::encodingFor(int column, const QString& text) const
{
    if (m_mode == LegacyEncoding::Tcvn3 || m_mode == LegacyEncoding::Vni)
        return legacy::inLegacyRepertoire(text) ? m_mode : LegacyEncoding::None;
    const legacy::Evidence e = legacy::weigh(text);
    if (e.words == 0)
        return LegacyEncoding::None;
    if (const auto it = m_columns.constFind(column); it != m_columns.cend())
        return scoreOf(e, *it) > e.asWritten ? *it : LegacyEncoding::None;
    // A column the look-ahead did not decide (empty there, or beyond it): only a cell that is
    // plainly old text on its own.
    const LegacyEncoding v = legacy::verdict(e);
    return v != LegacyEncoding::None && scoreOf(e, v) >= 2 && e.asWritten == 0 ? v : LegacyEncoding::None;
}

bool LegacyTextReader::failOnMojibake(int row, int column, const QString& text, const QString& repaired)
{
    QString how;
    switch (m_origin) {
    case Origin::UserEncoding:
        how = QCoreApplication::translate("wp::io", "tệp là UTF-8: hãy nhập lại không có --encoding");
        break;
    case Origin::Unicode:
    case Origin::Sniffed:
        how = QCoreApplication::translate(
            "wp::io", "tệp đã bị lưu lại sau khi mở sai bảng mã; hãy dùng tệp gốc, hoặc mở tệp CSV gốc trong Excel "
                      "bằng Dữ liệu > Từ Văn bản/CSV, chọn \"65001: Unicode (UTF-8)\" rồi lưu lại "
                      "(--legacy-encoding none để nhập nguyên văn)");
        break;
    }
    return fail(row, column,
                QCoreApplication::translate("wp::io", "chữ bị lỗi bảng mã: \"%1\" là chữ UTF-8 bị đọc thành "
                                                      "Windows-1252 (đúng ra là \"%2\"); %3")
                    .arg(sample(text), sample(repaired), how));
}

bool LegacyTextReader::convert(Row& row)
{
    constexpr qsizetype MaxSeen = 4096;
    for (int c = 0; c < row.cells.size(); ++c) {
        Cell& cell = row.cells[c];
        // ASCII and Unicode text (the great majority of cells) leave here, after one short scan.
        if (cell.type != Cell::Type::Text || legacy::classify(cell.text) != legacy::TextKind::Legacy)
            continue;
        QHash<QString, QString>& seen = m_seen[c];
        QString converted;
        if (const auto it = seen.constFind(cell.text); it != seen.cend()) {
            converted = *it;
        } else {
            if (m_mode == LegacyEncoding::Auto && m_origin != Origin::Sniffed) {
                if (const std::optional<QString> repaired = legacy::repairMojibake(cell.text))
                    return failOnMojibake(row.number, c, cell.text, *repaired);
            }
            const LegacyEncoding e = encodingFor(c, cell.text);
            converted = e == LegacyEncoding::None ? cell.text : legacy::toUnicode(cell.text, e);
            if (seen.size() >= MaxSeen)
                seen.clear();
            seen.insert(cell.text, converted);
            if (converted != cell.text && !m_converted.contains(c))
                m_converted[c] = Converted{e, 0, cell.text, converted};
        }
        if (converted == cell.text)
            continue;
        ++m_converted[c].cells;
        cell.text = converted;
    }
    return true;
}

bool LegacyTextReader::next(Row& row)
{
    if (failed())
        return false;
    if (!m_primed)
        lookAhead();
    if (!m_ahead.empty()) {
        row = std::move(m_ahead.front());
        m_ahead.pop_front();
    } else if (!m_inner->next(row)) {
        if (m_inner->failed())
            return fail(m_inner->error().row, m_inner->error().column, m_inner->error().message);
        return false;
    }
    if (m_mode == LegacyEncoding::None)
        return true;
    return convert(row);
}

QVector<ReadError> LegacyTextReader::warnings() const
{
    QVector<ReadError> out = m_inner->warnings();
    QList<int> columns = m_converted.keys();
    std::sort(columns.begin(), columns.end());
    for (const int c : std::as_const(columns)) {
        const Converted& done = m_converted.value(c);
        out.append(ReadError{
            0, c,
            QCoreApplication::translate("wp::io", "đã chuyển %n ô từ mã %1 sang Unicode, ví dụ \"%2\" thành \"%3\"",
                                        nullptr, done.cells)
                .arg(legacy::displayName(done.encoding), sample(done.from), sample(done.to))});
    }
    return out;
}

} // namespace wp::io
