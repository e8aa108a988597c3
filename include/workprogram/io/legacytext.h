#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace wp::io {

/// The 8-bit Vietnamese encodings of the 1990s that old office files still hold. Typed with the
/// ABC keyboard in a ".VnTime" font (TCVN3, TCVN 5712:1993 VN3) or in a "VNI-Times" font
/// (VNI-Windows), the text is stored as the font's byte codes; a Unicode program then shows
/// those bytes as Windows-1252 letters: "Phßng Tµi chÝnh" (TCVN3), "Phoøng Taøi chính" (VNI).
enum class LegacyEncoding
{
    Auto, ///< detect such columns and convert them (the default)
    None, ///< take the text as it is
    Tcvn3,
    Vni
};

/// Pure functions over text: conversion to Unicode, a Vietnamese syllable check, and the
/// evidence the column detector weighs. No I/O; any reader's rows can go through them.
namespace legacy {

/// "auto", "none", "tcvn3", "vni" (the CLI's words); nullopt for anything else.
std::optional<LegacyEncoding> parseEncoding(const QString& name);

/// The encoding as a person knows it: "TCVN3 (ABC, phông .VnTime)", "VNI (phông VNI-Times)".
QString displayName(LegacyEncoding encoding);

/// True when every character of @p text can be the Windows-1252 (or Latin-1, or symbol-font)
/// reading of a byte: text with any other character is Unicode already and never converted.
bool inLegacyRepertoire(QStringView text);

/// What a text can be, found in one pass that stops at the first character beyond the legacy
/// repertoire (most Vietnamese Unicode text stops at its first "ư", "ạ" or "ế").
enum class TextKind
{
    Ascii,   ///< nothing to convert or repair
    Unicode, ///< a character no legacy byte reads as: Unicode already
    Legacy   ///< non-ASCII, every character a byte's reading: TCVN3, VNI, mojibake or Latin-1 text
};
TextKind classify(QStringView text);

/// Converts @p text read from a TCVN3 or VNI font into Unicode NFC. Characters that are not
/// codes of the encoding are kept. TCVN3 has no capitals with a tone mark (they were the
/// lowercase codes in a ".VnTimeH" font): a word in capitals gets its converted letters in
/// capitals too ("PHßNG" -> "PHÒNG").
QString toUnicode(QStringView text, LegacyEncoding encoding);

/// True when @p word (letters only, any case, NFC) is one Vietnamese syllable: an initial
/// consonant, a vowel nucleus, a final consonant and at most one tone mark that fit together.
bool isVietnameseSyllable(QStringView word);

/// What a text says about its encoding: of its words with a non-ASCII character, how many
/// are Vietnamese syllables as written, read as TCVN3, read as VNI.
struct Evidence
{
    int words = 0;
    int asWritten = 0;
    int tcvn3 = 0;
    int vni = 0;
    Evidence& operator+=(const Evidence& o)
    {
        words += o.words;
        asWritten += o.asWritten;
        tcvn3 += o.tcvn3;
        vni += o.vni;
        return *this;
    }
};

/// The evidence of @p text; empty for text outside the legacy repertoire or all ASCII.
Evidence weigh(QStringView text);

/// The encoding @p e argues for over the text as written, or None: more of its words read as
/// Vietnamese in that encoding than as written and than in the other one, and most of them.
LegacyEncoding verdict(const Evidence& e);

/// UTF-8 bytes read as Windows-1252 ("PhÃ²ng TÃ i chÃ­nh"): the text they were
/// ("Phòng Tài chính"), or nullopt when @p text is not such mojibake.
std::optional<QString> repairMojibake(QStringView text);

/// @p text with the C1 controls U+0080-U+009F (bytes read as Latin-1) shown as the Windows-1252
/// signs of the same bytes ("™" for U+0099), as a message should quote them.
QString asWindows1252(QStringView text);

/// Collects the evidence of a column's cells and decides whether the column is TCVN3 or VNI.
class ColumnDetector
{
public:
    void add(QStringView text) { m_evidence += weigh(text); }
    LegacyEncoding verdict() const { return legacy::verdict(m_evidence); }
    const Evidence& evidence() const { return m_evidence; }

private:
    Evidence m_evidence;
};

} // namespace legacy
} // namespace wp::io
