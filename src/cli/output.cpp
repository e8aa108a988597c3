#include "output.h"

namespace wp::cli {

void printTable(QTextStream& out, const QStringList& header, const QVector<QStringList>& rows,
                const QVector<int>& numeric)
{
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
