#pragma once

#include <QString>
#include <QStringList>

/// The rules of Vietnamese administrative names ("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM"), in one
/// place for the report settings' defaults (wp_storage) and the reports' short names (wp_reports).
namespace wp::adminnames {

/// The words naming the administrative level of a People's Committee, in front of the place
/// name, upper case; a word that begins another comes after it ("THỊ XÃ" before "XÃ").
const QStringList& levelWords();
/// "NAM TỪ LIÊM" -> "Nam Từ Liêm": every word with a capital first letter.
QString titleCase(const QString& upper);
/// Whether @p upper (upper case) names a People's Committee; both spellings of "Ủy" are in
/// official use.
bool isPeoplesCommittee(const QString& upper);
/// "ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM" -> "Nam Từ Liêm"; empty when the body names no place.
QString placeFrom(const QString& body);

} // namespace wp::adminnames
