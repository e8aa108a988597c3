#pragma once

#include <QByteArray>
#include <QCollator>
#include <QString>
#include <QStringView>

/// Vietnamese text helpers: accent/case/đ-insensitive folding and Vietnamese ordering.
namespace wp::text {

/// Lower-case, strips diacritics (precomposed or combining), maps đ/Đ to d, every dash to
/// "-" and curly quotes to straight ones, and collapses runs of white space to one space.
/// "Quản lý Đô thị" -> "quan ly do thi".
QString fold(QStringView s);

/// @p s as UTF-8 at the end of @p out (QString::toUtf8() without the temporary).
void appendUtf8(QStringView s, QByteArray& out);

/// fold() and then drops every character that is not a letter or digit:
/// "Phòng TC-KH" -> "phongtckh". Used to match unit names written in different ways.
QString foldKey(QStringView s);

/// A collator for Vietnamese ordering that never depends on the system locale.
/// Each thread gets its own instance (QCollator is not thread-safe).
const QCollator& collator();

/// Vietnamese comparison: < 0, 0, > 0.
int compare(const QString& a, const QString& b);

/// Escapes a folded needle for a SQL LIKE pattern using '\' as the escape character.
QString likeEscape(QStringView folded);

} // namespace wp::text
