#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace wp {

/// A deadline as a work program writes it ("Quý II", "Tháng 6/2023", "15/06/2023",
/// "Thường xuyên", ...) together with the due date it resolves to in the program's year.
class Deadline
{
    Q_DECLARE_TR_FUNCTIONS(wp::Deadline)

public:
    enum class Kind
    {
        None,      ///< nothing written
        Date,      ///< a day: 15/06/2023 or an Excel date cell
        Before,    ///< "Trước 30/6"
        Month,     ///< "Tháng 6", "Tháng 6/2023", "Tháng 3-4"
        Quarter,   ///< "Quý II", "Quý 2/2023"
        Half,      ///< "6 tháng đầu năm", "6 tháng cuối năm"
        Year,      ///< "Cả năm", "Năm 2023"
        Ongoing,   ///< "Thường xuyên": no due date
        Recurring, ///< "Hàng tháng", "Hằng quý", "Định kỳ": repeats, no single due date
    };

    Deadline() = default;
    Deadline(QString text, QDate due, Kind kind) : m_text(std::move(text)), m_due(due), m_kind(kind) {}

    /// The deadline for a calendar date, written as dd/MM/yyyy.
    static Deadline fromDate(QDate date);

    /// Parses @p text in the program year @p year. Returns std::nullopt and sets @p error
    /// for unreadable or impossible values ("Quý V", "31/02/2023").
    static std::optional<Deadline> parse(const QString& text, int year, QString* error = nullptr);

    const QString& text() const { return m_text; }
    QDate due() const { return m_due; }
    Kind kind() const { return m_kind; }
    bool hasDueDate() const { return m_due.isValid(); }
    bool isEmpty() const { return m_kind == Kind::None; }

    /// Stable names of the kinds, for storage and files: "date", "quarter", ...
    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key);

    /// A short description of the accepted forms, for error messages and help.
    static QString acceptedForms();

    friend bool operator==(const Deadline& a, const Deadline& b)
    {
        return a.m_text == b.m_text && a.m_due == b.m_due && a.m_kind == b.m_kind;
    }

private:
    QString m_text;
    QDate m_due;
    Kind m_kind = Kind::None;
};

/// Parses a calendar date typed by a person: dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy,
/// yyyy-MM-dd. Returns an invalid date for anything else.
QDate parseUserDate(const QString& text);

/// @p date as dd/MM/yyyy, the way the program writes every date (empty when invalid). Formats
/// directly: QDate::toString() with a pattern goes through the locale and a calendar, which an
/// import of 100 000 date cells notices.
QString formatDate(QDate date);

/// Converts an Excel serial day number to a date (1900 or 1904 date system).
QDate excelSerialToDate(double serial, bool date1904 = false);

} // namespace wp

// Plain values (a QString, a QDate, an enum): moved in memory by QList without copying.
Q_DECLARE_TYPEINFO(wp::Deadline, Q_RELOCATABLE_TYPE);
