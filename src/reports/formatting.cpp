#include "workprogram/reports/formatting.h"

#include "workprogram/core/adminnames.h"
#include "workprogram/core/deadline.h"

#include <QLocale>
#include <QStringList>

namespace wp::reports {
namespace {

using adminnames::isPeoplesCommittee;
using adminnames::titleCase;

} // namespace

QString Format::placeAndDate(const QString& place, QDate date, int year)
{
    const QString where = place.trimmed().isEmpty() ? QStringLiteral("……………") : place.trimmed();
    if (!date.isValid())
        return tr("%1, ngày      tháng      năm %2").arg(where).arg(year);
    const QString day = date.day() < 10 ? QStringLiteral("0%1").arg(date.day()) : QString::number(date.day());
    const QString month = date.month() < 3 ? QStringLiteral("0%1").arg(date.month()) : QString::number(date.month());
    return tr("%1, ngày %2 tháng %3 năm %4").arg(where, day, month).arg(date.year());
}

QString Format::roman(int n)
{
    static const std::pair<int, const char*> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                         {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                         {5, "V"},    {4, "IV"},   {1, "I"}};
    QString out;
    for (const auto& [value, text] : digits)
        for (; n >= value; n -= value)
            out += QLatin1String(text);
    return out;
}

QString Format::shortBodyName(const QString& body)
{
    const QString upper = body.simplified().toUpper();
    if (upper.isEmpty())
        return {};
    QString rest = upper;
    QString head;
    if (isPeoplesCommittee(upper)) {
        head = QStringLiteral("UBND");
        rest = upper.mid(QStringLiteral("ỦY BAN NHÂN DÂN").size()).trimmed();
    }
    for (const QString& word : adminnames::levelWords()) {
        if (rest.startsWith(word + QLatin1Char(' '))) {
            const QString name = titleCase(rest.mid(word.size() + 1));
            return QStringList{head, word.toLower(), name}.join(QLatin1Char(' ')).trimmed();
        }
    }
    if (head.isEmpty())
        return body.simplified();
    return (head + QLatin1Char(' ') + titleCase(rest)).trimmed();
}

QString Format::bodyAbbreviation(const QString& body)
{
    const QString upper = body.simplified().toUpper();
    if (upper.isEmpty() || isPeoplesCommittee(upper))
        return QStringLiteral("UBND");
    QString initials;
    for (const QString& w : upper.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        initials += w.at(0);
    return initials;
}

QString Format::documentNumber(const QString& number, const QString& formCode, const QString& body)
{
    if (!number.trimmed().isEmpty())
        return tr("Số: %1").arg(number.trimmed());
    // The number is given when the document is registered at signing: leave room for it.
    return tr("Số:          /%1-%2").arg(formCode, bodyAbbreviation(body));
}

QString Format::percent(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("-");
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(100.0 * part / whole, 'f', 1);
}

QString Format::date(QDate d)
{
    return formatDate(d);
}

} // namespace wp::reports
