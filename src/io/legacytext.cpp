// TCVN3 and VNI text as it arrives inside Unicode files: each byte of the old font shown as the
// Windows-1252 character of that byte (Excel, Word, LibreOffice), as the Latin-1 character (a
// CSV read byte for byte) or as U+F0xx (a symbol-charset font). The tables below are the
// fonts' codes; tests/io/test_legacytext.cpp checks every letter against an independent list.

#include "workprogram/io/legacytext.h"

#include <QStringDecoder>

#include <array>
#include <utility>

namespace wp::io::legacy {

namespace {

/// The byte a character stands for, or -1 when it is no byte's reading.
int legacyByte(char16_t c)
{
    if (c < 0x100)
        return c;
    if (c >= 0xF000 && c <= 0xF0FF)
        return c - 0xF000;
    switch (c) { // Windows-1252's letters and signs for 0x80-0x9F
    case 0x20AC:
        return 0x80;
    case 0x201A:
        return 0x82;
    case 0x0192:
        return 0x83;
    case 0x201E:
        return 0x84;
    case 0x2026:
        return 0x85;
    case 0x2020:
        return 0x86;
    case 0x2021:
        return 0x87;
    case 0x02C6:
        return 0x88;
    case 0x2030:
        return 0x89;
    case 0x0160:
        return 0x8A;
    case 0x2039:
        return 0x8B;
    case 0x0152:
        return 0x8C;
    case 0x017D:
        return 0x8E;
    case 0x2018:
        return 0x91;
    case 0x2019:
        return 0x92;
    case 0x201C:
        return 0x93;
    case 0x201D:
        return 0x94;
    case 0x2022:
        return 0x95;
    case 0x2013:
        return 0x96;
    case 0x2014:
        return 0x97;
    case 0x02DC:
        return 0x98;
    case 0x2122:
        return 0x99;
    case 0x0161:
        return 0x9A;
    case 0x203A:
        return 0x9B;
    case 0x0153:
        return 0x9C;
    case 0x017E:
        return 0x9E;
    case 0x0178:
        return 0x9F;
    default:
        return -1;
    }
}

/// TCVN3 (VN3): the Unicode letter of each code from 0xA1, 0 where the code is no letter.
/// Capitals with a tone mark have no code of their own.
constexpr std::array<char16_t, 0x5F> Tcvn3Letters = {
    // A1-AF
    u'Ă', u'Â', u'Ê', u'Ô', u'Ơ', u'Ư', u'Đ', u'ă', u'â', u'ê', u'ô', u'ơ', u'ư', u'đ', 0,
    // B0-BF
    0, 0, 0, 0, 0, u'à', u'ả', u'ã', u'á', u'ạ', 0, u'ằ', u'ẳ', u'ẵ', u'ắ', 0,
    // C0-CF
    0, 0, 0, 0, 0, 0, u'ặ', u'ầ', u'ẩ', u'ẫ', u'ấ', u'ậ', u'è', 0, u'ẻ', u'ẽ',
    // D0-DF
    u'é', u'ẹ', u'ề', u'ể', u'ễ', u'ế', u'ệ', u'ì', u'ỉ', 0, 0, 0, u'ĩ', u'í', u'ị', u'ò',
    // E0-EF
    0, u'ỏ', u'õ', u'ó', u'ọ', u'ồ', u'ổ', u'ỗ', u'ố', u'ộ', u'ờ', u'ở', u'ỡ', u'ớ', u'ợ', u'ù',
    // F0-FE
    0, u'ủ', u'ũ', u'ú', u'ụ', u'ừ', u'ử', u'ữ', u'ứ', u'ự', u'ỳ', u'ỷ', u'ỹ', u'ý', u'ỵ'};

char16_t tcvn3Letter(int byte)
{
    return byte >= 0xA1 && byte <= 0xFE ? Tcvn3Letters[size_t(byte - 0xA1)] : 0;
}

// VNI-Windows: a vowel followed by a mark byte; i, ỵ, đ, ơ and ư have codes of their own.
enum class Mark
{
    None,
    Tone,       // on any vowel
    Circumflex, // on a, e, o (with an optional tone)
    Breve       // on a (with an optional tone)
};

struct VniMark
{
    Mark kind = Mark::None;
    char16_t tone = 0; ///< the combining tone mark, 0 for none
};

constexpr char16_t Acute = 0x0301, Grave = 0x0300, Hook = 0x0309, Tilde = 0x0303, DotBelow = 0x0323;

/// The mark a byte is, in either case (VNI has upper-case marks for capitals: 0xD9 = 0xF9 - 0x20).
VniMark vniMark(int byte)
{
    const int b = byte >= 0xC0 && byte <= 0xDF ? byte + 0x20 : byte;
    switch (b) {
    case 0xF9:
        return {Mark::Tone, Acute};
    case 0xF8:
        return {Mark::Tone, Grave};
    case 0xFB:
        return {Mark::Tone, Hook};
    case 0xF5:
        return {Mark::Tone, Tilde};
    case 0xEF:
        return {Mark::Tone, DotBelow};
    case 0xE2:
        return {Mark::Circumflex, 0};
    case 0xE1:
        return {Mark::Circumflex, Acute};
    case 0xE0:
        return {Mark::Circumflex, Grave};
    case 0xE5:
        return {Mark::Circumflex, Hook};
    case 0xE3:
        return {Mark::Circumflex, Tilde};
    case 0xE4:
        return {Mark::Circumflex, DotBelow};
    case 0xEA:
        return {Mark::Breve, 0};
    case 0xE9:
        return {Mark::Breve, Acute};
    case 0xE8:
        return {Mark::Breve, Grave};
    case 0xFA:
        return {Mark::Breve, Hook};
    case 0xFC:
        return {Mark::Breve, Tilde};
    case 0xEB:
        return {Mark::Breve, DotBelow};
    default:
        return {};
    }
}

/// The letters VNI codes with one byte.
char16_t vniLetter(int byte)
{
    switch (byte) {
    case 0xED:
        return u'í';
    case 0xEC:
        return u'ì';
    case 0xE6:
        return u'ỉ';
    case 0xF3:
        return u'ĩ';
    case 0xF2:
        return u'ị';
    case 0xEE:
        return u'ỵ';
    case 0xF1:
        return u'đ';
    case 0xF4:
        return u'ơ';
    case 0xF6:
        return u'ư';
    case 0xCD:
        return u'Í';
    case 0xCC:
        return u'Ì';
    case 0xC6:
        return u'Ỉ';
    case 0xD3:
        return u'Ĩ';
    case 0xD2:
        return u'Ị';
    case 0xCE:
        return u'Ỵ';
    case 0xD1:
        return u'Đ';
    case 0xD4:
        return u'Ơ';
    case 0xD6:
        return u'Ư';
    default:
        return 0;
    }
}

bool isVowelBase(char16_t c)
{
    return QStringView(u"aeiouyAEIOUYơưƠƯ").contains(QChar(c));
}

/// Applies a VNI mark to a base vowel; empty when the mark does not belong on it.
QString applyVni(char16_t base, const VniMark& m)
{
    const char16_t lower = QChar(base).toLower().unicode();
    QString out(QChar{base});
    if (m.kind == Mark::Circumflex) {
        if (lower != u'a' && lower != u'e' && lower != u'o')
            return QString();
        out.append(QChar(0x0302));
    } else if (m.kind == Mark::Breve) {
        if (lower != u'a')
            return QString();
        out.append(QChar(0x0306));
    }
    if (m.tone)
        out.append(QChar(m.tone));
    return out.normalized(QString::NormalizationForm_C);
}

/// A character of a legacy word: an ASCII letter or a byte above 0xA0 (TCVN3 and VNI letters
/// are shown as signs like "§", "µ" or "¬", which are no letters to Unicode).
bool isWordChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return true;
    const int b = legacyByte(c);
    return b > 0xA0 && (c < 0x100 || c >= 0xF000);
}

/// Converts one word; @p complete is false when a non-ASCII character of it is not a code
/// of @p encoding (the word then is no text of that encoding).
QString convertWord(QStringView word, LegacyEncoding encoding, bool upper, bool* complete)
{
    QString out;
    out.reserve(word.size());
    bool all = true;
    if (encoding == LegacyEncoding::Tcvn3) {
        for (const QChar qc : word) {
            const char16_t c = qc.unicode();
            if (c < 0x80) {
                out.append(qc);
                continue;
            }
            const char16_t letter = tcvn3Letter(legacyByte(c));
            all = all && letter;
            out.append(letter ? QChar(letter) : qc);
        }
        if (upper)
            out = out.toUpper();
    } else {
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word.at(i).unicode();
            if (isVowelBase(c) || vniLetter(legacyByte(c)) == u'ơ' || vniLetter(legacyByte(c)) == u'ư' ||
                vniLetter(legacyByte(c)) == u'Ơ' || vniLetter(legacyByte(c)) == u'Ư') {
                const char16_t base = c < 0x80 ? c : vniLetter(legacyByte(c));
                const VniMark m = i + 1 < word.size() ? vniMark(legacyByte(word.at(i + 1).unicode())) : VniMark{};
                if (m.kind != Mark::None) {
                    const QString composed = applyVni(base, m);
                    if (!composed.isEmpty()) {
                        out.append(composed);
                        ++i;
                        continue;
                    }
                }
                out.append(QChar(base));
                continue;
            }
            if (c < 0x80) {
                out.append(QChar(c));
                continue;
            }
            const char16_t letter = vniLetter(legacyByte(c));
            all = all && letter;
            out.append(letter ? QChar(letter) : QChar(c));
        }
    }
    if (complete)
        *complete = all;
    return out;
}

bool isUpperAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLowerAscii(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

/// Counts the capitals and small letters a TCVN3 reader sees: ASCII letters and the seven
/// capital codes (Ă Â Ê Ô Ơ Ư Đ).
void countCase(QStringView s, int* upper, int* lower)
{
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        const int b = legacyByte(c);
        if (isUpperAscii(c) || (b >= 0xA1 && b <= 0xA7 && c >= 0x80))
            ++*upper;
        else if (isLowerAscii(c))
            ++*lower;
    }
}

template <typename F>
void forEachWord(QStringView text, F f)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i).unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i).unicode()))
            ++i;
        f(start, text.mid(start, i - start));
    }
}

bool hasNonAscii(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return true;
    return false;
}

bool allLetters(QStringView s)
{
    for (const QChar c : s)
        if (!c.isLetter())
            return false;
    return true;
}

} // namespace

std::optional<LegacyEncoding> parseEncoding(const QString& name)
{
    static constexpr std::pair<const char*, LegacyEncoding> names[] = {{"auto", LegacyEncoding::Auto},
                                                                       {"none", LegacyEncoding::None},
                                                                       {"tcvn3", LegacyEncoding::Tcvn3},
                                                                       {"vni", LegacyEncoding::Vni}};
    const QString n = name.trimmed().toLower();
    for (const auto& [key, encoding] : names)
        if (n == QLatin1String(key))
            return encoding;
    return std::nullopt;
}

QString displayName(LegacyEncoding encoding)
{
    switch (encoding) {
    case LegacyEncoding::Tcvn3:
        return QCoreApplication::translate("wp::io", "TCVN3 (ABC, phông .VnTime)");
    case LegacyEncoding::Vni:
        return QCoreApplication::translate("wp::io", "VNI (phông VNI-Times)");
    case LegacyEncoding::Auto:
    case LegacyEncoding::None:
        break;
    }
    return QString();
}

TextKind classify(QStringView text)
{
    bool ascii = true;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < 0x80)
            continue;
        ascii = false;
        if (c > 0xFF && (c < 0xF000 || c > 0xF0FF) && legacyByte(c) < 0)
            return TextKind::Unicode;
    }
    return ascii ? TextKind::Ascii : TextKind::Legacy;
}

bool inLegacyRepertoire(QStringView text)
{
    for (const QChar c : text)
        if (legacyByte(c.unicode()) < 0)
            return false;
    return true;
}

QString toUnicode(QStringView text, LegacyEncoding encoding)
{
    if (encoding != LegacyEncoding::Tcvn3 && encoding != LegacyEncoding::Vni)
        return text.toString();
    int upper = 0, lower = 0;
    if (encoding == LegacyEncoding::Tcvn3)
        countCase(text, &upper, &lower);
    const bool capsText = upper >= 2 && lower == 0;
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    forEachWord(text, [&](qsizetype start, QStringView word) {
        out.append(text.mid(copied, start - copied));
        copied = start + word.size();
        bool upperWord = capsText;
        if (!upperWord && encoding == LegacyEncoding::Tcvn3) {
            int u = 0, l = 0;
            countCase(word, &u, &l);
            upperWord = u >= 2 && l == 0;
        }
        out.append(convertWord(word, encoding, upperWord, nullptr));
    });
    out.append(text.mid(copied));
    return out.normalized(QString::NormalizationForm_C);
}

Evidence weigh(QStringView text)
{
    Evidence e;
    if (!hasNonAscii(text) || !inLegacyRepertoire(text))
        return e;
    forEachWord(text, [&](qsizetype, QStringView word) {
        if (!hasNonAscii(word))
            return;
        ++e.words;
        if (allLetters(word) && isVietnameseSyllable(word))
            ++e.asWritten;
        for (const LegacyEncoding enc : {LegacyEncoding::Tcvn3, LegacyEncoding::Vni}) {
            bool complete = false;
            const QString w = convertWord(word, enc, false, &complete).normalized(QString::NormalizationForm_C);
            if (complete && allLetters(w) && isVietnameseSyllable(w))
                ++(enc == LegacyEncoding::Tcvn3 ? e.tcvn3 : e.vni);
        }
    });
    return e;
}

LegacyEncoding verdict(const Evidence& e)
{
    const auto argues = [&e](int score, int other) {
        return score >= 1 && score > e.asWritten && score > other && score * 2 >= e.words;
    };
    if (argues(e.tcvn3, e.vni))
        return LegacyEncoding::Tcvn3;
    if (argues(e.vni, e.tcvn3))
        return LegacyEncoding::Vni;
    return LegacyEncoding::None;
}

QString asWindows1252(QStringView text)
{
    QString out = text.toString();
    for (QChar& c : out) {
        if (c.unicode() < 0x80 || c.unicode() > 0x9F)
            continue;
        for (char16_t u = 0x100; u < 0x2200; ++u) // the few signs legacyByte() maps to 0x80-0x9F
            if (legacyByte(u) == c.unicode()) {
                c = QChar(u);
                break;
            }
    }
    return out;
}

std::optional<QString> repairMojibake(QStringView text)
{
    // A UTF-8 lead byte (0xC2-0xF4) shown as a letter, then a continuation byte (0x80-0xBF):
    // checked first, so that ordinary text costs one pass without allocating.
    bool candidate = false;
    for (qsizetype i = 0; i + 1 < text.size() && !candidate; ++i) {
        const int b = legacyByte(text.at(i).unicode());
        const int next = legacyByte(text.at(i + 1).unicode());
        candidate = b >= 0xC2 && b <= 0xF4 && next >= 0x80 && next <= 0xBF;
    }
    if (!candidate || !inLegacyRepertoire(text))
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text)
        bytes.append(char(legacyByte(c.unicode())));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = QString(decoder.decode(bytes)).normalized(QString::NormalizationForm_C);
    if (decoder.hasError())
        return std::nullopt;
    // Any language: mojibake is wrong whatever the text was. Only a letter makes it text
    // ("Â°" alone is a degree sign, too little to tell).
    bool letter = false;
    for (const QChar c : decoded)
        letter = letter || (c.unicode() >= 0x80 && c.isLetter());
    if (!letter)
        return std::nullopt;
    return decoded;
}

} // namespace wp::io::legacy
