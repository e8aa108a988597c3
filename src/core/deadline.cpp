#include "workprogram/core/deadline.h"

#include "workprogram/core/text.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace wp {
namespace {

int romanOrNumber(const QString& s)
{
    static const QStringList romans = {QStringLiteral("i"),   QStringLiteral("ii"),   QStringLiteral("iii"),
                                       QStringLiteral("iv"),  QStringLiteral("v"),    QStringLiteral("vi"),
                                       QStringLiteral("vii"), QStringLiteral("viii"), QStringLiteral("ix"),
                                       QStringLiteral("x"),   QStringLiteral("xi"),   QStringLiteral("xii")};
    bool ok = false;
    int n = s.toInt(&ok);
    if (ok)
        return n;
    int idx = romans.indexOf(s);
    return idx >= 0 ? idx + 1 : -1;
}

int yearFromGroup(const QString& s, int programYear)
{
    if (s.isEmpty())
        return programYear;
    int y = s.toInt();
    if (s.size() == 2)
        y += 2000;
    return y;
}

QDate endOfMonth(int year, int month)
{
    QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

// Compiled once; the patterns work on folded text (lower case, no accents, đ -> d).
struct Patterns
{
    const QString yearSuffix = QStringLiteral(R"((?:\s*(?:/|-|nam)\s*(\d{4}))?)");
    QRegularExpression dmy{QStringLiteral(R"(^(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?$)")};
    QRegularExpression iso{QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)")};
    QRegularExpression before{QStringLiteral(R"(^(?:truoc|cham nhat|han)(?: ngay)?\s+(.+)$)")};
    QRegularExpression month{QStringLiteral(R"(^thang\s+(\d{1,2})(?:\s*(?:-|den|,|va)\s*(?:thang\s+)?(\d{1,2}))?)") +
                             yearSuffix + QStringLiteral("$")};
    QRegularExpression monthShort{QStringLiteral(R"(^(\d{1,2})/(\d{4})$)")};
    // "T6", "T6/2023", "T.6 năm 2023": a month as tables abbreviate it.
    QRegularExpression monthLetter{QStringLiteral(R"(^t\.?\s*(\d{1,2}))") + yearSuffix + QStringLiteral("$")};
    // "Q2", "QII", "Q.II/2023": a quarter likewise.
    QRegularExpression quarterLetter{QStringLiteral(R"(^q\.?\s*([ivx]+|\d))") + yearSuffix + QStringLiteral("$")};
    // "Trong tháng 6", "Trong quý II": within the period, due at its end.
    QRegularExpression within{QStringLiteral(R"(^trong\s+((?:thang|quy)\s.*|[tq]\.?\s*(?:\d|[ivx]+\b).*)$)")};
    QRegularExpression quarter{
        QStringLiteral(R"(^quy\s+([ivx]+|\d+)(?:\s*(?:-|den|,|va)\s*(?:quy\s+)?([ivx]+|\d+))?)") + yearSuffix +
        QStringLiteral("$")};
    QRegularExpression half{QStringLiteral(R"(^6 thang (dau|cuoi)(?: nam)?(?:\s*(?:/|-)?\s*(\d{4}))?$)")};
    QRegularExpression wholeYear{QStringLiteral(R"(^(?:ca nam|trong nam|nam)(?:\s*(\d{4}))?$)")};
    QRegularExpression ongoing{QStringLiteral(R"(^thuong xuyen(?: trong nam)?$)")};
    QRegularExpression recurring{QStringLiteral(
        R"(^(?:hang|hang) (?:ngay|tuan|thang|quy|nam)$|^dinh ky(?: .*)?$|^theo (?:tien do|yeu cau).*$)")};
};

const Patterns& patterns()
{
    static const Patterns p;
    return p;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

Deadline Deadline::fromDate(QDate date)
{
    return Deadline(formatDate(date), date, Kind::Date);
}

QString formatDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1000 || y > 9999) // rare: the general path
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    const char16_t text[10] = {char16_t(u'0' + d / 10),   char16_t(u'0' + d % 10),       u'/',
                               char16_t(u'0' + m / 10),   char16_t(u'0' + m % 10),       u'/',
                               char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDate parseUserDate(const QString& text)
{
    const Patterns& p = patterns();
    const QString t = text.trimmed();
    if (auto m = p.iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = p.dmy.match(t); m.hasMatch() && m.capturedLength(3) == 4)
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QDate excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // Excel's 1900 system counts the non-existent 29/02/1900 as day 60.
    return QDate(1899, 12, 31).addDays(days >= 60 ? days - 1 : days);
}

namespace {
constexpr std::array<const char*, 9> kindKeys = {"none", "date", "before",  "month",    "quarter",
                                                 "half", "year", "ongoing", "recurring"};
}

QString Deadline::kindKey(Kind kind)
{
    return QString::fromLatin1(kindKeys[size_t(kind)]);
}

Deadline::Kind Deadline::kindFromKey(const QString& key)
{
    for (size_t i = 0; i < kindKeys.size(); ++i)
        if (key == QLatin1String(kindKeys[i]))
            return Kind(i);
    return Kind::Date;
}

QString Deadline::acceptedForms()
{
    return tr("dd/MM/yyyy, \"Tháng 6\", \"Tháng 6/2023\", \"T6/2023\", \"Trong tháng 6\", \"Quý II\", "
              "\"Quý II/2023\", \"Q2\", \"6 tháng đầu năm\", \"6 tháng cuối năm\", \"Cả năm\", \"Năm 2023\", "
              "\"Trước 30/6\", \"Trước ngày 30/6/2023\", \"Thường xuyên\"");
}

std::optional<Deadline> Deadline::parse(const QString& rawText, int year, QString* error)
{
    const QString text = rawText.simplified();
    if (text.isEmpty())
        return Deadline();
    QString folded = text::fold(text);
    while (folded.endsWith(QLatin1Char('.')) || folded.endsWith(QLatin1Char(',')) || folded.endsWith(QLatin1Char(';')))
        folded.chop(1);
    const Patterns& p = patterns();

    auto dayMonthYear = [&](const QRegularExpressionMatch& m, Kind kind) -> std::optional<Deadline> {
        const int d = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        const int y = yearFromGroup(m.captured(3), year);
        QDate date(y, mo, d);
        if (!date.isValid()) {
            fail(error, tr("ngày \"%1\" không tồn tại").arg(text));
            return std::nullopt;
        }
        return Deadline(text, date, kind);
    };

    if (auto m = p.iso.match(folded); m.hasMatch()) {
        QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid()) {
            fail(error, tr("ngày \"%1\" không tồn tại").arg(text));
            return std::nullopt;
        }
        return Deadline(text, date, Kind::Date);
    }
    if (auto m = p.dmy.match(folded); m.hasMatch())
        return dayMonthYear(m, Kind::Date);
    if (auto m = p.before.match(folded); m.hasMatch()) {
        const QString rest = m.captured(1).trimmed();
        if (auto dm = p.dmy.match(rest); dm.hasMatch())
            return dayMonthYear(dm, Kind::Before);
        QRegularExpressionMatch mm = p.month.match(rest);
        const bool letter = !mm.hasMatch();
        if (letter)
            mm = p.monthLetter.match(rest); // "Trước T6"
        if (mm.hasMatch()) {
            // "Trước tháng 6": before June starts, i.e. by the end of May.
            const int mo = mm.captured(1).toInt();
            const int y = yearFromGroup(mm.captured(letter ? 2 : 3), year);
            if (mo < 1 || mo > 12) {
                fail(error, tr("không có tháng %1 trong \"%2\"").arg(mo).arg(text));
                return std::nullopt;
            }
            return Deadline(text, QDate(y, mo, 1).addDays(-1), Kind::Before);
        }
        fail(error, tr("không đọc được ngày sau chữ \"Trước\" trong \"%1\"").arg(text));
        return std::nullopt;
    }
    // "Trong tháng 6" is due when June ends, as "Tháng 6" is: read what follows "trong".
    if (auto m = p.within.match(folded); m.hasMatch())
        folded = m.captured(1);
    if (auto m = p.monthLetter.match(folded); m.hasMatch()) {
        const int mo = m.captured(1).toInt();
        if (mo < 1 || mo > 12) {
            fail(error, tr("không có tháng %1 trong \"%2\"").arg(mo).arg(text));
            return std::nullopt;
        }
        return Deadline(text, endOfMonth(yearFromGroup(m.captured(2), year), mo), Kind::Month);
    }
    if (auto m = p.quarterLetter.match(folded); m.hasMatch()) {
        const int q = romanOrNumber(m.captured(1));
        if (q < 1 || q > 4) {
            fail(error, tr("không có quý \"%1\" (một năm có các quý I đến IV)").arg(text));
            return std::nullopt;
        }
        return Deadline(text, endOfMonth(yearFromGroup(m.captured(2), year), q * 3), Kind::Quarter);
    }
    if (auto m = p.month.match(folded); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int last = m.captured(2).isEmpty() ? first : m.captured(2).toInt();
        const int y = yearFromGroup(m.captured(3), year);
        if (first < 1 || first > 12 || last < 1 || last > 12 || last < first) {
            fail(error, tr("không có tháng %1 trong \"%2\"").arg(first < 1 || first > 12 ? first : last).arg(text));
            return std::nullopt;
        }
        return Deadline(text, endOfMonth(y, last), Kind::Month);
    }
    if (auto m = p.monthShort.match(folded); m.hasMatch()) {
        const int mo = m.captured(1).toInt();
        if (mo < 1 || mo > 12) {
            fail(error, tr("không có tháng %1 trong \"%2\"").arg(mo).arg(text));
            return std::nullopt;
        }
        return Deadline(text, endOfMonth(m.captured(2).toInt(), mo), Kind::Month);
    }
    if (auto m = p.quarter.match(folded); m.hasMatch()) {
        const int first = romanOrNumber(m.captured(1));
        const int last = m.captured(2).isEmpty() ? first : romanOrNumber(m.captured(2));
        const int y = yearFromGroup(m.captured(3), year);
        if (first < 1 || first > 4 || last < 1 || last > 4 || last < first) {
            fail(error, tr("không có quý \"%1\" (một năm có các quý I đến IV)").arg(text));
            return std::nullopt;
        }
        return Deadline(text, endOfMonth(y, last * 3), Kind::Quarter);
    }
    if (auto m = p.half.match(folded); m.hasMatch()) {
        const int y = yearFromGroup(m.captured(2), year);
        const bool firstHalf = m.captured(1) == QLatin1String("dau");
        return Deadline(text, firstHalf ? QDate(y, 6, 30) : QDate(y, 12, 31), Kind::Half);
    }
    if (auto m = p.wholeYear.match(folded); m.hasMatch()) {
        if (folded == QLatin1String("nam")) {
            fail(error,
                 tr("không đọc được thời hạn \"%1\"; các cách viết được chấp nhận: %2").arg(text, acceptedForms()));
            return std::nullopt;
        }
        const int y = yearFromGroup(m.captured(1), year);
        return Deadline(text, QDate(y, 12, 31), Kind::Year);
    }
    if (p.ongoing.match(folded).hasMatch())
        return Deadline(text, QDate(), Kind::Ongoing);
    if (p.recurring.match(folded).hasMatch())
        return Deadline(text, QDate(), Kind::Recurring);

    fail(error, tr("không đọc được thời hạn \"%1\"; các cách viết được chấp nhận: %2").arg(text, acceptedForms()));
    return std::nullopt;
}

} // namespace wp
