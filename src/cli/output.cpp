#include "output.h"

namespace wp::cli {

QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
                          c == 0x200F || c == 0x061C;
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
    QVector<QStringList> rows;
    rows.reserve(rawRows.size());
    for (const QStringList& r : rawRows) {
        QStringList shown;
        for (const QString& cell : r)
            shown.append(printable(cell));
        rows.append(shown);
    }
    QVector<int> widths(header.size(), 0);
    auto measure = [&](const QStringList& r) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(r.at(i).size()));
    };
    measure(header);
    for (const QStringList& r : rows)
        measure(r);
    auto line = [&](const QStringList& r) {
        QString s;
        for (int i = 0; i < r.size(); ++i) {
            if (i)
                s += QStringLiteral("  ");
            const bool last = i == r.size() - 1;
            if (numeric.contains(i))
                s += r.at(i).rightJustified(widths[i]);
            else
                s += last ? r.at(i) : r.at(i).leftJustified(widths[i]);
        }
        out << s << "\n";
    };
    line(header);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList& r : rows)
        line(r);
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

} // namespace wp::cli
