#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace wp::reports {

/// The wording rules of Vietnamese administrative documents (Nghị định 30/2020) that the
/// printouts share: dates, Roman numerals, shortened body names, percentages.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::Format)

public:
    /// "Nam Từ Liêm, ngày 05 tháng 02 năm 2023": days under 10 and the months 1 and 2 take a
    /// leading zero. An invalid @p date leaves blanks for the date written at signing.
    static QString placeAndDate(const QString& place, QDate date, int year);
    /// 1 -> "I", 14 -> "XIV" (section numbers).
    static QString roman(int n);
    /// "ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM" -> "UBND quận Nam Từ Liêm", as a body is named in a
    /// sentence; other bodies are returned in sentence case.
    static QString shortBodyName(const QString& body);
    /// The abbreviation of a body in document symbols: "UBND" for a People's Committee.
    static QString bodyAbbreviation(const QString& body);
    /// "Số: 15/BC-UBND"; with no number, room to write it by hand before "/BC-UBND".
    static QString documentNumber(const QString& number, const QString& formCode, const QString& body);
    /// 63.75% as "63,8"; "-" when @p whole is 0.
    static QString percent(int part, int whole);
    /// dd/MM/yyyy.
    static QString date(QDate d);
};

} // namespace wp::reports
