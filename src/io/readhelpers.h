#pragma once

// Private to wp_io: small helpers shared by the streaming table readers.

#include "workprogram/io/table.h"

#include <QString>

#include <string>

namespace wp::io::detail {

/// "32 767": digits grouped by three with a space, as the messages write limits.
QString groupDigits(qint64 n);

/// A byte count for messages: "256 MB", "12 345 byte".
QString formatBytes(qint64 bytes);

/// How many UTF-16 units (QString::size()) the UTF-8 byte @p b adds: lead bytes of 4-byte
/// sequences become surrogate pairs, continuation bytes add nothing. Lets the readers check
/// Excel's per-cell limit while bytes accumulate, before a huge cell is held in memory.
inline int utf16Units(unsigned char b)
{
    return (b & 0xC0) == 0x80 ? 0 : (b >= 0xF0 ? 2 : 1);
}

/// A QString from valid UTF-8, in Unicode normalization form C so that text typed with
/// combining tone marks (Windows-1258, some input methods) compares equal to precomposed text.
QString textFromUtf8(const std::string& bytes);

/// Decodes the escapes of an Office Open XML string in place (ECMA-376 ST_Xstring): "_xHHHH_"
/// stands for the UTF-16 unit HHHH, which XML cannot hold (Excel writes "_x000D_" for the CR
/// of a Windows line break) and "_x005F_" for a literal underscore. A CR before a line feed is
/// dropped: one line break, as the program writes it. Surrogate pairs are joined; a lone
/// surrogate, or anything not in that form, is left as it is.
void decodeXmlEscapes(std::string& bytes);

/// Makes @p cell a Number cell of @p value, its text as Excel shows it (15 significant digits:
/// "12", "0.1"), for the readers of other formats than xlsx.
void setNumber(Cell& cell, double value);

} // namespace wp::io::detail
