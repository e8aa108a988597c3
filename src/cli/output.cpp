#include "output.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>

namespace wp::cli {
namespace {

// A row in Table's blocks: each cell either its UTF-8 followed by CellEnd, or Reference and a
// two-byte index into the column's repeated values; then RowEnd. UTF-8 never holds these bytes.
constexpr char CellEnd = char(0xFF);
constexpr char RowEnd = char(0xFE);
constexpr char Reference = char(0xFD);
constexpr int MaxRepeated = 4096; ///< per column; beyond that a column's values do not repeat much
constexpr qsizetype BlockSize = 1024 * 1024;

} // namespace

Table::Table(QStringList header, QVector<int> numeric)
    : m_header(std::move(header)), m_numeric(std::move(numeric)), m_widths(m_header.size(), 0),
      m_repeated(m_header.size()), m_values(m_header.size())
{
    for (int i = 0; i < m_header.size(); ++i)
        m_widths[i] = int(m_header.at(i).size());
}

void Table::add(const QStringList& row)
{
    m_row.resize(0);
    for (int i = 0; i < row.size(); ++i) {
        const QString cell = printable(row.at(i)); // data never steers the terminal
        if (i >= m_widths.size()) {                // wider than the header: printed, not measured
            m_row += cell.toUtf8();
            m_row += CellEnd;
            continue;
        }
        m_widths[i] = std::max(m_widths[i], int(cell.size()));
        auto known = m_repeated[i].constFind(cell);
        if (known == m_repeated[i].constEnd() && m_values[i].size() < MaxRepeated) {
            known = m_repeated[i].insert(cell, int(m_values[i].size()));
            m_values[i].append(cell);
        }
        if (known != m_repeated[i].constEnd()) {
            m_row += Reference;
            m_row += char(*known >> 8);
            m_row += char(*known & 0xff);
        } else {
            m_row += cell.toUtf8();
            m_row += CellEnd;
        }
    }
    m_row += RowEnd;
    if (m_blocks.empty() || m_blocks.back().size() + m_row.size() > BlockSize) {
        m_blocks.emplace_back();
        m_blocks.back().reserve(std::max(BlockSize, m_row.size()));
    }
    m_blocks.back() += m_row;
}

void Table::printLine(QTextStream& out, const QStringList& cells) const
{
    QString s;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            s += QStringLiteral("  ");
        const bool last = i == cells.size() - 1;
        if (i >= m_widths.size()) // a cell beyond the header's columns
            s += cells.at(i);
        else if (m_numeric.contains(i))
            s += cells.at(i).rightJustified(m_widths[i]);
        else
            s += last ? cells.at(i) : cells.at(i).leftJustified(m_widths[i]);
    }
    out << s << "\n";
}

void Table::print(QTextStream& out) const
{
    printLine(out, m_header);
    QStringList cells;
    for (int w : m_widths)
        cells.append(QString(w, QLatin1Char('-')));
    printLine(out, cells);
    for (const QByteArray& block : m_blocks) {
        const char* p = block.constData();
        const char* const end = p + block.size();
        cells.clear();
        while (p < end) {
            if (*p == RowEnd) {
                printLine(out, cells);
                cells.clear();
                ++p;
            } else if (*p == Reference) {
                const int index = (uchar(p[1]) << 8) | uchar(p[2]);
                cells.append(m_values[cells.size()].at(index));
                p += 3;
            } else {
                const char* cellEnd = static_cast<const char*>(std::memchr(p, CellEnd, size_t(end - p)));
                cells.append(QString::fromUtf8(p, cellEnd - p));
                p = cellEnd + 1;
            }
        }
    }
}

QString printable(const QString& text)
{
    const auto plain = [](QChar ch) {
        const char16_t c = ch.unicode();
        return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !(c >= 0x202A && c <= 0x202E) &&
               !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F && c != 0x061C;
    };
    if (std::all_of(text.cbegin(), text.cend(), plain))
        return text; // the common case: shared, not copied
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool bidi =
            (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
        if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || bidi)
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

void printTable(QTextStream& out, const QStringList& header, const QVector<QStringList>& rawRows,
                const QVector<int>& numeric)
{
    Table table(header, numeric);
    for (const QStringList& r : rawRows)
        table.add(r);
    table.print(out);
}

QString csvLine(const QStringList& cells)
{
    QStringList quoted;
    for (QString c : cells) {
        if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n'))) {
            c.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            c = QLatin1Char('"') + c + QLatin1Char('"');
        }
        quoted.append(c);
    }
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

void printJson(QTextStream& out, const QJsonDocument& doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void writeBytes(QTextStream& out, const std::function<void(QIODevice&)>& write)
{
    if (QIODevice* device = out.device()) {
        out.flush();
        write(*device);
        return;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    out << QString::fromUtf8(buffer.data());
}

} // namespace wp::cli
