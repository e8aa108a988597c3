#include "workprogram/core/adminnames.h"

namespace wp::adminnames {

const QStringList& levelWords()
{
    static const QStringList words = {QStringLiteral("THÀNH PHỐ"), QStringLiteral("THỊ XÃ"), QStringLiteral("THỊ TRẤN"),
                                      QStringLiteral("QUẬN"),      QStringLiteral("HUYỆN"),  QStringLiteral("TỈNH"),
                                      QStringLiteral("PHƯỜNG"),    QStringLiteral("XÃ")};
    return words;
}

QString titleCase(const QString& upper)
{
    QStringList words = upper.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words)
        w[0] = w.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

bool isPeoplesCommittee(const QString& upper)
{
    return upper.startsWith(QStringLiteral("ỦY BAN NHÂN DÂN")) || upper.startsWith(QStringLiteral("UỶ BAN NHÂN DÂN"));
}

QString placeFrom(const QString& body)
{
    const QString upper = body.simplified().toUpper();
    for (const QString& level : levelWords()) {
        const QString word = level + QLatin1Char(' ');
        const qsizetype at = upper.indexOf(word);
        if (at >= 0 && (at == 0 || upper.at(at - 1) == QLatin1Char(' ')))
            return titleCase(upper.mid(at + word.size()));
    }
    return {};
}

} // namespace wp::adminnames
